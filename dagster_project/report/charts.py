"""PNG charts of the marts (matplotlib, Agg backend), for asset metadata in
the Dagster UI: funds by province and year, beneficiaries by category.

Labels are Chinese place names. matplotlib draws them only with a CJK font
installed (Debian: fonts-wqy-microhei or fonts-noto-cjk, which `make browser`
installs); without one, provinces are labelled in pinyin so the chart never
shows empty boxes.
"""
from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402

CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
             "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC")
CJK_FILE_TAGS = ("wqy", "notosanscjk", "sourcehansans", "simhei", "msyh", "pingfang")
# 广西壮族自治区 → 广西, 香港特别行政区 → 香港, 湖南省 → 湖南
PLACE_SUFFIX = re.compile(r"(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市)$")
YI = 1e8  # 亿
TOP_PROVINCES = 12
NO_VALUE = "—"


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font family that draws Chinese, if any."""
    found = _installed_cjk()
    if found is None:
        # matplotlib caches its font list; a font installed since is not in it yet
        for path in font_manager.findSystemFonts():
            if any(tag in path.lower() for tag in CJK_FILE_TAGS):
                font_manager.fontManager.addfont(path)
        found = _installed_cjk()
    return found


def _installed_cjk() -> str | None:
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def place_label(name: str | None) -> str:
    if not name:
        return NO_VALUE
    if cjk_font():
        return name
    import jionlp

    short = PLACE_SUFFIX.sub("", name) or name
    syllables = jionlp.pinyin(short, formater="simple")
    return "".join(s.rstrip("012345") for s in syllables).capitalize()


def _style() -> dict[str, Any]:
    font = cjk_font()
    return {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"], "axes.spines.top": False,
            "axes.spines.right": False}


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def funds_by_province_year_png(rows: Sequence[dict[str, Any]]) -> bytes:
    """Horizontal bars, one per province (largest first), stacked by year, in 亿元.
    `rows` are `report.data.funds_by_province_year` rows."""
    totals: dict[str | None, float] = {}
    for row in rows:
        totals[row["province"]] = totals.get(row["province"], 0.0) + float(row["total_yuan"] or 0)
    provinces = sorted(totals, key=lambda p: -totals[p])[:TOP_PROVINCES]
    years = sorted({row["year"] for row in rows if row["province"] in provinces}, key=lambda y: (y is None, y))
    with plt.rc_context(_style()):
        fig, ax = plt.subplots(figsize=(8, 1.2 + 0.32 * max(len(provinces), 1)))
        _draw_funds(ax, rows, provinces, years)
        return _png(fig)


def _draw_funds(ax, rows, provinces: list, years: list) -> None:
    left = [0.0] * len(provinces)
    colors = plt.get_cmap("tab10")
    for i, year in enumerate(years):
        values = [sum(float(r["total_yuan"] or 0) / YI for r in rows if r["province"] == p and r["year"] == year)
                  for p in provinces]
        ax.barh(range(len(provinces)), values, left=left, color=colors(i % 10),
                label=NO_VALUE if year is None else str(year))
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(range(len(provinces)), [place_label(p) for p in provinces])
    ax.invert_yaxis()
    ax.set_xlabel("亿元 (100 million yuan)" if cjk_font() else "100 million yuan")
    ax.set_title("Funds by province and year (countable amounts)")
    if years:
        ax.legend(title="year", fontsize="small", loc="lower right")


def beneficiaries_by_category_png(rows: Sequence[dict[str, Any]]) -> bytes:
    """People and households per category, side by side (never added together).
    `rows` are `report.data.beneficiaries_by_category` rows."""
    categories = [row["category"] or NO_VALUE for row in rows]
    with plt.rc_context(_style()):
        fig, ax = plt.subplots(figsize=(8, 1.2 + 0.5 * max(len(categories), 1)))
        _draw_beneficiaries(ax, rows, categories)
        return _png(fig)


def _draw_beneficiaries(ax, rows, categories: list) -> None:
    positions = range(len(categories))
    ax.barh([p - 0.2 for p in positions], [float(r["people"]) for r in rows], height=0.4, label="people")
    ax.barh([p + 0.2 for p in positions], [float(r["households"]) for r in rows], height=0.4, label="households")
    ax.set_yticks(list(positions), categories)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlim(left=1)
    ax.set_xlabel("count (log scale)")
    ax.set_title("Beneficiaries by category (countable counts)")
    ax.legend(fontsize="small", loc="lower right")
