"""`make run`: materialize every asset once, in-process, recorded in the
Dagster instance (so the run shows in the UI), then print a short summary.

    python -m dagster_project.cli run [--files NAME ...]

`--files` limits the inventory to the named files (new, changed or removed),
as the folder sensor does; without it the whole folder is compared.
"""
from __future__ import annotations

import argparse
import sys

import dagster as dg

from dagster_project import tables
from dagster_project.lib import store
from dagster_project.settings import load_settings


def run(only_files: list[str] | None = None) -> int:
    from dagster_project.defs.automation import refresh_run_config
    from dagster_project.definitions import defs

    settings = load_settings()
    job = defs.resolve_job_def("refresh_warehouse")
    result = job.execute_in_process(run_config=refresh_run_config(only_files, log_level="INFO"),
                                    instance=dg.DagsterInstance.get(), raise_on_error=False)
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                print(f"step failed: {event.step_key}: {event.step_failure_data.error.message.strip()}", file=sys.stderr)
        print("build FAILED; the published warehouse was left as it was", file=sys.stderr)
        return 1
    checks = result.get_asset_check_evaluations()
    failed = sorted(f"{c.asset_key.to_user_string()}:{c.check_name}" for c in checks if not c.passed)
    extracted = _metadata(result, ["raw", "stories"]).get("files_extracted", 0)
    print(summary(settings.warehouse_path, extracted, passed=len(checks) - len(failed), failed=failed))
    return 0


def _metadata(result: dg.ExecuteInProcessResult, key: list[str]) -> dict:
    for event in result.get_asset_materialization_events():
        if event.asset_key == dg.AssetKey(key):
            return {k: v.value for k, v in event.materialization.metadata.items()}
    return {}


def summary(warehouse_path, extracted: int, passed: int, failed: list[str]) -> str:
    with store.connect(warehouse_path, read_only=True) as con:
        files = dict(con.execute(f"SELECT status, count(*) FROM {tables.qualified('article_files')} GROUP BY 1").fetchall())
        counts = store.table_counts(con, ["main.dim_articles", "main.fct_funds", "main.fct_beneficiaries", "main.fct_campaigns"])
    lines = [
        f"warehouse: {warehouse_path}",
        f"files:     {files.get('parsed', 0)} parsed, {files.get('quarantined', 0)} quarantined; "
        f"{extracted} extracted in this run",
        f"stories:   {counts['main.dim_articles']}",
        f"facts:     {counts['main.fct_funds']} funds, {counts['main.fct_beneficiaries']} beneficiary counts, "
        f"{counts['main.fct_campaigns']} campaigns",
        f"checks:    {passed} passed, {len(failed)} failed",
    ]
    lines += [f"  failed: {name}" for name in failed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dagster_project.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    run_parser = sub.add_parser("run", help="materialize every asset (incremental by content hash)")
    run_parser.add_argument("--files", nargs="+", metavar="NAME", help="only these files of SEEDS_DIR (new, changed or removed)")
    args = parser.parse_args(argv)
    return run(args.files)


if __name__ == "__main__":
    sys.exit(main())
