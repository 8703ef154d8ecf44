"""Small inline-SVG bar charts (no plotting library, no external fonts or scripts).

Every label is escaped; each bar carries a <title> so a browser shows the exact
value on hover. Widths are estimated from character counts (a CJK character is
about one em, a Latin one about half), good enough for labels of a few words.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

PALETTE = ("#3b6ea8", "#e08a2c", "#4f9d69", "#b5496b", "#7a5fa8", "#8c8c3a", "#3a9aa3", "#9c6b4e")
FONT = 13  # px
ROW = 24  # px per bar row
BAR = 16  # px bar thickness


def text_width(text: str, size: int = FONT) -> float:
    """Approximate rendered width of `text` in px."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.6 for ch in text)


def _clip(text: str, max_px: float) -> str:
    if text_width(text) <= max_px:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch + "…") > max_px:
            break
        out += ch
    return out + "…"


def _nice_max(value: float) -> float:
    """A round axis end at or above `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k)."""
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * exp >= value:
            return step * exp
    return 10 * exp


def hbar_chart(
    rows: Sequence[tuple[str, float | None]],
    fmt: Callable[[float], str],
    title: str,
    width: int = 760,
    color: str = PALETTE[0],
    colors: Sequence[str] | None = None,
) -> str:
    """Horizontal bars, one per (label, value); None or negative values draw no bar.
    `colors` (one per row) overrides `color`."""
    return grouped_hbar_chart(
        [(label, [value]) for label, value in rows], series=[""], fmt=fmt, title=title, width=width,
        colors=[color], row_colors=colors,
    )


def grouped_hbar_chart(
    rows: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    fmt: Callable[[float], str],
    title: str,
    width: int = 760,
    colors: Sequence[str] = PALETTE,
    row_colors: Sequence[str] | None = None,
) -> str:
    """Horizontal bars grouped per row label, one bar per series, on one shared linear
    axis; a legend when there are several series."""
    if not rows:
        return f'<svg role="img" width="{width}" height="30" viewBox="0 0 {width} 30"><title>{escape(title)}</title><text x="0" y="20" font-size="{FONT}" fill="#666">no data</text></svg>'
    n_series = len(series)
    label_w = min(max(text_width(label) for label, _ in rows) + 12, width * 0.38)
    values = [v for _, vals in rows for v in vals if v is not None and v > 0]
    vmax = _nice_max(max(values) if values else 0)
    value_w = max((text_width(fmt(v)) for v in values), default=40) + 10
    plot_x = label_w
    plot_w = max(width - label_w - value_w, 80)
    legend_h = 22 if n_series > 1 else 0
    group_h = (BAR * n_series + 6) if n_series > 1 else ROW
    top = 6 + legend_h
    height = int(top + group_h * len(rows) + 22)

    parts = [
        f'<svg role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-size="{FONT}" font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
    ]
    if n_series > 1:
        x = plot_x
        for i, name in enumerate(series):
            parts.append(f'<rect x="{x:.1f}" y="4" width="12" height="12" fill="{colors[i % len(colors)]}" />')
            parts.append(f'<text x="{x + 16:.1f}" y="14">{escape(name)}</text>')
            x += 16 + text_width(name) + 18
    # axis: gridlines at 0, 1/4 … vmax
    axis_y = top + group_h * len(rows)
    for k in range(5):
        gx = plot_x + plot_w * k / 4
        parts.append(f'<line x1="{gx:.1f}" y1="{top}" x2="{gx:.1f}" y2="{axis_y}" stroke="#ddd" stroke-width="1" />')
        anchor = "start" if k == 0 else ("end" if k == 4 else "middle")
        parts.append(f'<text x="{gx:.1f}" y="{axis_y + 15}" fill="#666" font-size="11" text-anchor="{anchor}">'
                     f"{escape(fmt(vmax * k / 4))}</text>")
    for r, (label, vals) in enumerate(rows):
        gy = top + group_h * r
        parts.append(f'<text x="{label_w - 8:.1f}" y="{gy + group_h / 2 + 4.5:.1f}" text-anchor="end">'
                     f"<title>{escape(label)}</title>{escape(_clip(label, label_w - 12))}</text>")
        for i, value in enumerate(vals):
            y = gy + (3 + BAR * i if n_series > 1 else (ROW - BAR) / 2)
            bh = BAR - 2 if n_series > 1 else BAR
            if value is None or value <= 0:
                continue
            w = max(plot_w * value / vmax, 1.0)
            fill = row_colors[r % len(row_colors)] if row_colors else colors[i % len(colors)]
            tip = f"{label} · {series[i]}: {fmt(value)}" if n_series > 1 else f"{label}: {fmt(value)}"
            parts.append(f'<rect x="{plot_x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bh}" fill="{fill}">'
                         f"<title>{escape(tip)}</title></rect>")
            parts.append(f'<text x="{plot_x + w + 4:.1f}" y="{y + bh / 2 + 4:.1f}" font-size="11" fill="#333">'
                         f"{escape(fmt(value))}</text>")
    parts.append("</svg>")
    return "".join(parts)
