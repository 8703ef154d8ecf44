"""What a mart's materialization shows in the Dagster UI: its row count, its first
rows and, for the fact tables, a PNG chart. A view of the data the build file holds
once dbt is done; the dbt step attaches it (defs/dbt.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import dagster as dg

from dagster_project.lib import previews, store

PREVIEW_ROWS = 5


def for_marts(build: Path, marts: list[str]) -> dict[str, dict[str, Any]]:
    """Metadata per mart name, read from the build file."""
    from dagster_project.report import charts, data

    out: dict[str, dict[str, Any]] = {}
    with store.connect(build, read_only=True) as con:
        counts = store.table_counts(con, [f"main.{mart}" for mart in marts])
        for mart in marts:
            rows = con.execute(f"SELECT * FROM main.{mart} LIMIT {PREVIEW_ROWS}").pl()
            out[mart] = {"dagster/row_count": counts[f"main.{mart}"],
                         "preview": dg.MetadataValue.md(previews.markdown_table(rows, width=40))}
        if "fct_funds" in out:
            png = charts.funds_by_province_year_png(data.funds_by_province_year(con))
            out["fct_funds"]["chart"] = dg.MetadataValue.md(previews.markdown_png(png, "funds by province and year"))
        if "fct_beneficiaries" in out:
            png = charts.beneficiaries_by_category_png(data.beneficiaries_by_category(con))
            out["fct_beneficiaries"]["chart"] = dg.MetadataValue.md(
                previews.markdown_png(png, "beneficiaries by category"))
    return out
