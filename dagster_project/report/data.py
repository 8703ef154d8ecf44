"""What the report shows, read from the marts (schema `main`) of a warehouse file.

Every figure follows the warehouse's counting rules (README, CONTRACT.md,
GUIDELINES.md):
  * only countable rows are added up (`countable`, GUIDELINES "Adding up": no
    rates, restatements, parts of a whole, multi-year figures, changes, copies);
  * beneficiary counts are never added across unit kinds (main.dim_units, from
    dagster_project/vocabulary.py): people (人/名/位), households (户/家), visits (人次/户次).
The same rules as the example queries in `queries/`.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from dagster_project.settings import duckdb_config

TOTAL_FUNDS = "countable"
# counts of one unit kind, never added across kinds
BY_UNIT_KIND = """coalesce(sum(quantity) FILTER (WHERE unit_kind = 'people'), 0) AS people,
               coalesce(sum(quantity) FILTER (WHERE unit_kind = 'households'), 0) AS households,
               coalesce(sum(quantity) FILTER (WHERE unit_kind = 'visits'), 0) AS visits"""


@dataclass
class QualityItem:
    name: str
    status: str  # pass / warn / fail / info
    detail: str
    source: str = "warehouse"  # warehouse (computed here) or checks (from --checks JSON)


@dataclass
class ReportData:
    warehouse: str
    generated_at: str
    built_at: str | None
    totals: dict[str, Any]
    top_campaigns: list[dict[str, Any]]
    funds_by_province_year: list[dict[str, Any]]
    beneficiaries_by_category: list[dict[str, Any]]
    quarantined: list[dict[str, Any]]
    duplicates: list[dict[str, Any]]
    quality: list[QualityItem] = field(default_factory=list)


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    return con.execute(sql).fetchone()[0]


def _has_table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    return bool(_one(con, f"SELECT count(*) FROM information_schema.tables "
                          f"WHERE table_schema = '{schema}' AND table_name = '{table}'"))


def funds_by_province_year(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Money totals per (province, year), split by flow; countable amounts only."""
    return _rows(con, f"""
        SELECT province, year, count(*) AS amounts, sum(amount_yuan) AS total_yuan,
               coalesce(sum(amount_yuan) FILTER (WHERE flow = 'raised'), 0) AS raised_yuan,
               coalesce(sum(amount_yuan) FILTER (WHERE flow = 'allocated'), 0) AS allocated_yuan,
               coalesce(sum(amount_yuan) FILTER (WHERE flow = 'disbursed'), 0) AS disbursed_yuan,
               coalesce(sum(amount_yuan) FILTER (WHERE flow NOT IN ('raised', 'allocated', 'disbursed')
                                                   OR flow IS NULL), 0) AS other_yuan
        FROM main.fct_funds WHERE {TOTAL_FUNDS}
        GROUP BY province, year
        ORDER BY total_yuan DESC, province NULLS LAST, year NULLS LAST""")


def beneficiaries_by_category(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """People, households and visits per category (never added across units); countable counts only."""
    return _rows(con, f"""
        SELECT category, count(*) AS mentions,
               {BY_UNIT_KIND}
        FROM main.fct_beneficiaries JOIN main.dim_units USING (unit) WHERE countable
        GROUP BY category
        ORDER BY people + households + visits DESC, category NULLS LAST""")


def collect(warehouse: Path, checks: list[QualityItem] | None = None, top: int = 10) -> ReportData:
    """Read everything the report shows from `warehouse`, opened read-only."""
    con = duckdb.connect(str(warehouse), read_only=True, config=duckdb_config())
    try:
        return _collect(con, str(warehouse), checks or [], top)
    finally:
        con.close()


def _collect(con, warehouse: str, checks: list[QualityItem], top: int) -> ReportData:
    has_files = _has_table(con, "main", "dim_source_files")
    if has_files:
        status = dict(con.execute("SELECT status, count(*) FROM main.dim_source_files GROUP BY 1").fetchall())
        built_at = _one(con, "SELECT max(ingested_at) FROM main.dim_source_files")
    else:  # an older warehouse: the quarantine table only
        status = {"quarantined": _one(con, "SELECT count(*) FROM main.quarantine")}
        built_at = None
    quarantined_n = int(status.get("quarantined", 0))
    parsed_n = int(sum(n for s, n in status.items() if s != "quarantined"))

    funds = con.execute(f"SELECT count(*), coalesce(sum(amount_yuan), 0) FROM main.fct_funds WHERE {TOTAL_FUNDS}").fetchone()
    rates = _one(con, "SELECT count(*) FROM main.fct_funds WHERE per_unit IS NOT NULL")
    restated = _one(con, "SELECT count(*) FROM main.fct_funds WHERE NOT countable AND per_unit IS NULL")
    ben = con.execute(f"""
        SELECT count(*),
               {BY_UNIT_KIND}
        FROM main.fct_beneficiaries JOIN main.dim_units USING (unit) WHERE countable""").fetchone()
    totals = {
        "files_parsed": parsed_n,
        "files_quarantined": quarantined_n,
        "stories": int(_one(con, "SELECT count(*) FROM main.dim_articles")),
        "fund_amounts": int(funds[0]),
        "fund_total_yuan": float(funds[1]),
        "fund_rates_excluded": int(rates),
        "fund_restatements_excluded": int(restated),
        "beneficiary_mentions": int(ben[0]),
        "beneficiary_people": int(ben[1]),
        "beneficiary_households": int(ben[2]),
        "beneficiary_visits": int(ben[3]),
        "campaigns": int(_one(con, "SELECT count(*) FROM main.fct_campaigns")),
    }

    top_campaigns = _rows(con, f"""
        SELECT name, kind, year, province, fund_total_yuan, people_total, household_total, person_time_total,
               article_count, organizers
        FROM main.fct_campaigns
        ORDER BY fund_total_yuan DESC NULLS LAST, people_total DESC NULLS LAST, name, year, province
        LIMIT {int(top)}""")
    funds_by_py = funds_by_province_year(con)
    ben_by_cat = beneficiaries_by_category(con)

    quarantined = _rows(con, "SELECT source_file, reason, detected_at FROM main.quarantine ORDER BY source_file")
    duplicates = (_rows(con, "SELECT source_file, duplicate_of FROM main.dim_source_files "
                             "WHERE duplicate_of IS NOT NULL ORDER BY source_file") if has_files else [])

    quality = _warehouse_quality(con, totals, duplicates) + list(checks)
    return ReportData(
        warehouse=warehouse,
        generated_at=dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        built_at=built_at.strftime("%Y-%m-%d %H:%M:%S") if built_at else None,
        totals=totals,
        top_campaigns=top_campaigns,
        funds_by_province_year=funds_by_py,
        beneficiaries_by_category=ben_by_cat,
        quarantined=quarantined,
        duplicates=duplicates,
        quality=quality,
    )


def _warehouse_quality(con, totals: dict[str, Any], duplicates: list) -> list[QualityItem]:
    """Data-quality status read from the warehouse itself: quarantined input, and
    cross-table rules a reader relies on (spans, evidence, campaign totals, keys)."""
    items: list[QualityItem] = []
    q = totals["files_quarantined"]
    items.append(QualityItem(
        "input files quarantined", "warn" if q else "pass",
        f"{q} of {q + totals['files_parsed']} input files could not be processed (see below)" if q
        else f"all {totals['files_parsed']} input files parsed"))
    if duplicates:
        items.append(QualityItem("identical input files", "info",
                                 f"{len(duplicates)} file(s) have the same bytes as another; their facts are counted once"))

    def rule(name: str, bad_sql: str, total_sql: str, what: str) -> None:
        bad, total = int(_one(con, bad_sql)), int(_one(con, total_sql))
        items.append(QualityItem(name, "fail" if bad else "pass",
                                 f"{bad} of {total} {what} break the rule" if bad else f"all {total} {what} hold"))

    span = "substring(a.body, f.span_start + 1, f.span_end - f.span_start)"
    rule("fund spans hold the amount text",
         f"SELECT count(*) FROM main.fct_funds f JOIN main.dim_articles a USING (article_id) "
         f"WHERE {span} IS DISTINCT FROM f.amount_text",
         "SELECT count(*) FROM main.fct_funds", "fund rows")
    rule("beneficiary spans hold the count text",
         f"SELECT count(*) FROM main.fct_beneficiaries f JOIN main.dim_articles a USING (article_id) "
         f"WHERE {span} IS DISTINCT FROM f.quantity_text",
         "SELECT count(*) FROM main.fct_beneficiaries", "beneficiary rows")
    rule("every fact keeps its evidence sentence",
         "SELECT (SELECT count(*) FROM main.fct_funds WHERE evidence IS NULL OR position(amount_text IN evidence) = 0)"
         " + (SELECT count(*) FROM main.fct_beneficiaries WHERE evidence IS NULL OR position(quantity_text IN evidence) = 0)",
         "SELECT (SELECT count(*) FROM main.fct_funds) + (SELECT count(*) FROM main.fct_beneficiaries)", "fact rows")
    rule("every fact belongs to a story",
         "SELECT (SELECT count(*) FROM main.fct_funds WHERE article_id NOT IN (SELECT article_id FROM main.dim_articles))"
         " + (SELECT count(*) FROM main.fct_beneficiaries WHERE article_id NOT IN (SELECT article_id FROM main.dim_articles))",
         "SELECT (SELECT count(*) FROM main.fct_funds) + (SELECT count(*) FROM main.fct_beneficiaries)", "fact rows")
    rule("campaign fund totals equal their counted funds",
         f"""SELECT count(*) FROM main.fct_campaigns c
             LEFT JOIN (SELECT campaign_id, sum(amount_yuan) AS t FROM main.fct_funds
                        WHERE {TOTAL_FUNDS} AND campaign_id IS NOT NULL GROUP BY 1) s USING (campaign_id)
             WHERE abs(coalesce(c.fund_total_yuan, 0) - coalesce(s.t, 0)) > 0.5""",
         "SELECT count(*) FROM main.fct_campaigns", "campaigns")
    no_region = int(_one(con, "SELECT (SELECT count(*) FROM main.fct_funds WHERE province IS NULL OR year IS NULL)"
                              " + (SELECT count(*) FROM main.fct_beneficiaries WHERE province IS NULL OR year IS NULL)"))
    items.append(QualityItem("facts with province and year", "info" if no_region else "pass",
                             f"{no_region} fact rows lack a province or a year (shown under “—”)" if no_region
                             else "every fact row has a province and a year"))
    return items


def load_checks(path: Path) -> list[QualityItem]:
    """Check results from a JSON file, in one of these shapes:
    `{"check name": true, ...}`, `[{"name": ..., "passed": ..., "detail": ...}, ...]`,
    or `{"checks": [...]}` (keys `check_name`/`check`, `success`/`status` accepted too)."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(raw, dict) and isinstance(raw.get("checks"), list):
        raw = raw["checks"]
    items: list[QualityItem] = []
    if isinstance(raw, dict):
        for name, passed in raw.items():
            items.append(QualityItem(str(name), _status(passed), "", source="checks"))
    elif isinstance(raw, list):
        for entry in raw:
            if not isinstance(entry, dict):
                continue
            name = entry.get("name") or entry.get("check_name") or entry.get("check") or "?"
            asset = entry.get("asset") or entry.get("asset_key")
            if asset:
                name = f"{asset}:{name}"
            passed = entry.get("passed", entry.get("success", entry.get("status")))
            detail = entry.get("detail") or entry.get("description") or ""
            items.append(QualityItem(str(name), _status(passed), str(detail), source="checks"))
    else:
        raise ValueError(f"{path}: expected a JSON object or list of check results")
    return items


def _status(value: Any) -> str:
    if isinstance(value, bool):
        return "pass" if value else "fail"
    text = str(value).strip().lower()
    if text in {"pass", "passed", "success", "ok", "true"}:
        return "pass"
    if text in {"warn", "warning"}:
        return "warn"
    return "fail" if text in {"fail", "failed", "failure", "error", "false"} else "info"
