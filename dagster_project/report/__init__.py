"""Analyst report: one self-contained HTML file built from the published warehouse.

A plain library (no Dagster import): `collect()` reads the marts of a DuckDB file
read-only into a `ReportData`, `render()` turns it into HTML with inline SVG
charts (`svg.py`, no plotting library, no external JS/CSS/fonts), and
`build_report()` does both and writes the file.

    python -m dagster_project.report --warehouse warehouse/warehouse.duckdb \
        --out reports/warehouse_report.html [--checks checks.json]
"""
from __future__ import annotations

from dagster_project.report.data import ReportData, collect, load_checks
from dagster_project.report.render import render

__all__ = ["ReportData", "build_report", "collect", "load_checks", "render"]


def build_report(warehouse, out, checks=None):
    """Read `warehouse` (read-only), write the HTML report to `out`; returns the ReportData.

    `checks` is an optional path of a JSON file of check results (see `load_checks`)."""
    from pathlib import Path

    data = collect(Path(warehouse), checks=load_checks(Path(checks)) if checks else None)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(render(data), encoding="utf-8")
    tmp.replace(out)  # a reader never sees half a report
    return data
