"""ReportData → one self-contained HTML page (inline CSS and SVG; no scripts,
no external files, fonts or links). Every string from the data is escaped."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from dagster_project.report import svg
from dagster_project.report.data import ReportData

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:0 auto;max-width:1000px;padding:16px 24px 48px;color:#222;line-height:1.45}
h1{font-size:1.6em;margin:.4em 0 .1em}h2{font-size:1.2em;margin:1.6em 0 .5em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.meta{color:#666;font-size:.9em}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 12px;min-width:150px;background:#fafafa}
.card .v{font-size:1.35em;font-weight:600}.card .k{color:#555;font-size:.85em}.card .s{color:#777;font-size:.8em}
table{border-collapse:collapse;margin:8px 0 4px;font-size:.92em}
th,td{border-bottom:1px solid #e4e4e4;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.pass{color:#1d7a3a;font-weight:600}.fail{color:#b3261e;font-weight:600}.warn{color:#a86300;font-weight:600}.info{color:#555;font-weight:600}
.note{color:#666;font-size:.85em;margin:2px 0 10px}
svg{display:block;max-width:100%;height:auto;margin:8px 0}
"""

DASH = "—"


def yuan_cn(value: float | None) -> str:
    """Chinese-style amount: 亿元 / 万元 / 元."""
    if value is None:
        return DASH
    if abs(value) >= 1e8:
        return f"{value / 1e8:,.2f}亿元"
    if abs(value) >= 1e4:
        return f"{value / 1e4:,.1f}万元"
    return f"{value:,.0f}元"


def num(value: Any) -> str:
    if value is None:
        return DASH
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def _cell(value: Any, numeric: bool = False) -> str:
    if value is None or value == "":
        text = DASH
    elif isinstance(value, (list, tuple)):
        text = "、".join(str(v) for v in value) or DASH
    else:
        text = str(value)
    cls = ' class="n"' if numeric else ""
    return f"<td{cls}>{escape(text)}</td>"


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(_cell(v, i in numeric) for i, v in enumerate(row)) + "</tr>" for row in rows
    )
    if not body:
        body = f'<tr><td colspan="{len(headers)}">{escape("(none)")}</td></tr>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _card(key: str, value: str, sub: str = "") -> str:
    sub_html = f'<div class="s">{escape(sub)}</div>' if sub else ""
    return f'<div class="card"><div class="v">{escape(value)}</div><div class="k">{escape(key)}</div>{sub_html}</div>'


def _label(*parts: Any) -> str:
    return " ".join(DASH if p is None else str(p) for p in parts)


def render(data: ReportData) -> str:
    t = data.totals
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>民政 news warehouse report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>民政 news warehouse report</h1>",
        f'<p class="meta">warehouse {escape(data.warehouse)} · built {escape(data.built_at or DASH)} · '
        f"report generated {escape(data.generated_at)}</p>",
    ]

    # totals
    out.append('<h2 id="totals">Totals</h2><div class="cards">')
    out.append(_card("input files parsed", num(t["files_parsed"]), f"{num(t['files_quarantined'])} quarantined"))
    out.append(_card("stories", num(t["stories"])))
    out.append(_card("funds total", yuan_cn(t["fund_total_yuan"]),
                     f"{num(t['fund_total_yuan'])} yuan in {num(t['fund_amounts'])} amounts"))
    out.append(_card("people helped", num(t["beneficiary_people"]), "人 / 名 / 位"))
    out.append(_card("households helped", num(t["beneficiary_households"]), "户 / 家"))
    out.append(_card("visits", num(t["beneficiary_visits"]), "人次 / 户次"))
    out.append(_card("campaigns", num(t["campaigns"]), "name × year × province"))
    out.append("</div>")
    out.append(
        f'<p class="note">Money totals add up countable amounts only: per-person / per-household rates '
        f"({num(t['fund_rates_excluded'])} rows) and other non-countable amounts ({num(t['fund_restatements_excluded'])} rows: "
        f"restatements, parts of a whole, multi-year figures, changes, copies) are left out. "
        f"Beneficiary counts ({num(t['beneficiary_mentions'])} countable mentions) are never added "
        f"across units: people, households and visits are shown apart.</p>"
    )

    # campaigns
    out.append(f'<h2 id="campaigns">Top campaigns by money (top {len(data.top_campaigns)})</h2>')
    funded = [c for c in data.top_campaigns if c["fund_total_yuan"]]
    out.append(svg.hbar_chart(
        [(_label(c["name"], c["year"], c["province"]), c["fund_total_yuan"]) for c in funded],
        fmt=yuan_cn, title="Top campaigns by fund total"))
    out.append(table(
        ["#", "campaign", "kind", "year", "province", "fund total (yuan)", "", "people", "households",
         "person-times", "stories", "organizers"],
        [(i + 1, c["name"], c["kind"], c["year"], c["province"], num(c["fund_total_yuan"]), yuan_cn(c["fund_total_yuan"]),
          num(c["people_total"]), num(c["household_total"]), num(c["person_time_total"]), c["article_count"],
          c["organizers"]) for i, c in enumerate(data.top_campaigns)],
        numeric=(0, 3, 5, 6, 7, 8, 9, 10)))
    out.append('<p class="note">totals: the sums of the campaign\'s countable amounts and counts '
               "(no rates, restatements, parts, multi-year figures, changes or copies); "
               "people, households and person-times apart.</p>")

    # funds by province and year
    out.append('<h2 id="funds">Funds by province and year</h2>')
    years = sorted({r["year"] for r in data.funds_by_province_year if r["year"] is not None})
    year_color = {y: svg.PALETTE[i % len(svg.PALETTE)] for i, y in enumerate(years)}
    rows = data.funds_by_province_year
    out.append(svg.hbar_chart(
        [(_label(r["province"], r["year"]), r["total_yuan"]) for r in rows], fmt=yuan_cn,
        title="Funds by province and year", colors=[year_color.get(r["year"], "#999") for r in rows]))
    if years:
        legend = " ".join(f'<span style="color:{year_color[y]}">■</span> {escape(str(y))}' for y in years)
        out.append(f'<p class="note">bar colour = year: {legend}</p>')
    out.append(table(
        ["province", "year", "amounts", "total (yuan)", "", "raised", "allocated", "disbursed", "other"],
        [(r["province"], r["year"], r["amounts"], num(r["total_yuan"]), yuan_cn(r["total_yuan"]),
          num(r["raised_yuan"]), num(r["allocated_yuan"]), num(r["disbursed_yuan"]), num(r["other_yuan"]))
         for r in rows],
        numeric=(1, 2, 3, 4, 5, 6, 7, 8)))

    # beneficiaries by category
    out.append('<h2 id="beneficiaries">Beneficiaries by category</h2>')
    cats = data.beneficiaries_by_category
    out.append(svg.grouped_hbar_chart(
        [(str(c["category"] or DASH), [c["people"], c["households"], c["visits"]]) for c in cats],
        series=["people", "households", "visits"], fmt=num, title="Beneficiaries by category"))
    out.append(table(
        ["category", "mentions", "people", "households", "visits"],
        [(c["category"], c["mentions"], num(c["people"]), num(c["households"]), num(c["visits"])) for c in cats],
        numeric=(1, 2, 3, 4)))

    # data quality
    out.append('<h2 id="quality">Data quality</h2>')
    counts = {s: sum(q.status == s for q in data.quality) for s in ("pass", "warn", "fail", "info")}
    overall = "fail" if counts["fail"] else ("warn" if counts["warn"] else "pass")
    out.append(f'<p>status: <span class="{overall}">{escape(overall.upper())}</span> · '
               + " · ".join(f"{n} {escape(s)}" for s, n in counts.items() if n) + "</p>")
    out.append("<table><thead><tr><th>check</th><th>status</th><th>detail</th><th>from</th></tr></thead><tbody>")
    for q in data.quality:
        out.append(f'<tr><td>{escape(q.name)}</td><td class="{escape(q.status)}">{escape(q.status)}</td>'
                   f"<td>{escape(q.detail or DASH)}</td><td>{escape(q.source)}</td></tr>")
    out.append("</tbody></table>")
    out.append('<p class="note">Computed from the warehouse tables when the report was made; the full '
               "dbt tests and Great Expectations suites run in every build (Dagster asset checks, GX Data Docs).</p>")

    out.append(f'<h2 id="quarantine">Quarantined files ({len(data.quarantined)})</h2>')
    out.append(table(["file", "reason", "detected at"],
                     [(q["source_file"], q["reason"], q["detected_at"]) for q in data.quarantined]))
    if data.duplicates:
        out.append(f"<h2 id=\"duplicates\">Identical files ({len(data.duplicates)})</h2>")
        out.append(table(["file", "same bytes as"], [(d["source_file"], d["duplicate_of"]) for d in data.duplicates]))

    out.append("</body></html>")
    return "\n".join(out) + "\n"
