"""`python -m dagster_project.report --warehouse PATH --out reports/warehouse_report.html [--checks JSON]`"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dagster_project.report import build_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dagster_project.report",
        description="Write one self-contained HTML report (totals, campaigns, funds, "
        "beneficiaries, data quality) from a warehouse file, opened read-only.",
    )
    parser.add_argument("--warehouse", type=Path, default=Path("warehouse/warehouse.duckdb"),
                        help="the published DuckDB file (default: warehouse/warehouse.duckdb)")
    parser.add_argument("--out", type=Path, default=Path("reports/warehouse_report.html"),
                        help="the HTML file to write (default: reports/warehouse_report.html)")
    parser.add_argument("--checks", type=Path, default=None,
                        help="optional JSON of check results to show: {name: passed, ...} or "
                        "[{\"name\": ..., \"passed\": ..., \"detail\": ...}, ...]")
    args = parser.parse_args(argv)
    if not args.warehouse.exists():
        print(f"no warehouse at {args.warehouse}: build it first (make run)", file=sys.stderr)
        return 2
    data = build_report(args.warehouse, args.out, checks=args.checks)
    t = data.totals
    print(f"report: {args.out.resolve()}")
    print(f"  files {t['files_parsed']} parsed, {t['files_quarantined']} quarantined; "
          f"stories {t['stories']}; funds {t['fund_total_yuan']:,.0f} yuan; "
          f"quality {sum(c.status == 'pass' for c in data.quality)}/{len(data.quality)} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
