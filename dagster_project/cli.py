"""`make run`: materialize every asset once, in-process, recorded in the
Dagster instance (so the run shows in the UI), then print a short summary.

    python -m dagster_project.cli run [--files NAME ...] [--force] [--progress | --no-progress]

`--files` limits the inventory to the named files (new, changed or removed),
as the folder sensor does, and reads each of them again; without it the whole
folder is compared. `--force` reads every file again (`make run FORCE=1`):
for an edit that kept size and times, or anything else the scan could miss.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import dagster as dg
from tqdm import tqdm

from dagster_project import tables
from dagster_project.lib import console, instance_files, progress, retention, store
from dagster_project.settings import SettingsError, load_settings


def run(only_files: list[str] | None = None, show_progress: bool | None = None, rescan: bool = False) -> int:
    """One refresh. With progress bars (default when stderr is a terminal) the
    console shows only warnings and errors besides the bars; without, INFO logs.
    `rescan` reads every file again (`make run FORCE=1`)."""
    try:
        settings = load_settings()  # before the definitions, which read it too
    except SettingsError as exc:
        print(f"cannot run: {exc}", file=sys.stderr)
        return 2
    from dagster_project.defs.automation import refresh_run_config
    from dagster_project.definitions import defs

    if show_progress is None:
        show_progress = sys.stderr.isatty()
    if not sys.stdout.isatty():
        os.environ.setdefault("DBT_USE_COLORS", "false")  # no escape codes in a pipe or a log file
    job = defs.resolve_job_def("refresh_warehouse")
    bars = ProgressBars(enabled=show_progress)
    # dagster-dbt echoes dbt's ~170 log lines to stdout: they go to a file, the console
    # gets dbt's one-line result (and its errors)
    stdout_log = settings.dagster_home / "last_run_stdout.log"
    quiet = console.InterruptQuiet(sys.stderr)
    try:
        instance = _instance(settings.dagster_home)
        # The whole run holds the build file's lock (the run's resource takes it again,
        # re-entrantly); taken here first so that a wait is announced on the console
        # before Dagster's own start-up output
        with store.writer_lock(settings.build_path, purpose="make run (python -m dagster_project.cli run)"), \
                progress.listening(bars), bars, _stdout_to(stdout_log), contextlib.redirect_stderr(quiet):
            result = job.execute_in_process(
                run_config=refresh_run_config(only_files, log_level="WARNING" if show_progress else "INFO",
                                              rescan=rescan),
                instance=instance, raise_on_error=False)
    except Exception as exc:
        advice = instance_files.explain(settings.dagster_home, exc)
        if advice is None:
            raise
        print(f"cannot run: {advice}", file=sys.stderr)
        return 1
    if quiet.interrupted:
        print(console.INTERRUPTED.format(warehouse=settings.warehouse_path), file=sys.stderr)
        return 130
    retention.prune_runs(instance, settings.keep_runs)  # also after a failed run, which never reaches publication
    for line in console.dbt_summary(stdout_log):
        print(line, file=sys.stderr)
    if not result.success:
        print("\n".join(failure_report(result, settings.warehouse_path)), file=sys.stderr)
        return 1
    checks = result.get_asset_check_evaluations()
    failed = sorted(f"{c.asset_key.to_user_string()}:{c.check_name}" for c in checks if not c.passed)
    extracted = _metadata(result, ["raw", "stories"]).get("files_extracted", 0)
    print(summary(settings.warehouse_path, extracted, passed=len(checks) - len(failed), failed=failed))
    return 0


def _instance(home: Path) -> dg.DagsterInstance:
    """The Dagster instance of DAGSTER_HOME, without capture of the steps' output:
    that capture runs helper processes (tail, watch_orphans) in the terminal's
    process group, and on Ctrl-C each prints a traceback. This command shows the
    run's output itself (dbt's goes to last_run_stdout.log); runs of the UI keep it."""
    from dagster._core.instance.ref import InstanceRef

    no_capture = {"compute_logs": {"module": "dagster._core.storage.noop_compute_log_manager",
                                   "class": "NoOpComputeLogManager"}}
    return dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home), overrides=no_capture))


def failure_report(result: dg.ExecuteInProcessResult, warehouse_path: Path) -> list[str]:
    """What a failed run prints: each failed step, then what users now see. A step
    can fail after publication (the checks run beside it): then the warehouse holds
    this build, and saying it was left as it was would be false."""
    lines = [f"step failed: {e.step_key}: {e.step_failure_data.error.message.strip()}"
             for e in result.all_events if e.is_step_failure]
    published = any(e.asset_key == dg.AssetKey("published_warehouse")
                     for e in result.get_asset_materialization_events())
    if published:
        lines.append(f"build FAILED after publication: {warehouse_path} holds this run's build, but not every "
                     "check finished; its files stay pending and are validated again by the next run (make run)")
    else:
        lines.append(f"build FAILED; the published warehouse {warehouse_path} was left as it was")
    return lines


@contextlib.contextmanager
def _stdout_to(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
        yield


class ProgressBars:
    """One tqdm bar per task reported through `lib.progress` (scan, extract, dbt build)."""

    def __init__(self, enabled: bool, stream: TextIO = sys.stderr):
        self.enabled, self.stream = enabled, stream
        self.bars: dict[str, tqdm] = {}

    def __call__(self, task: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        bar = self.bars.get(task)
        if bar is None:
            unit = "node" if task.startswith("dbt") else "file"
            bar = self.bars[task] = tqdm(total=total, desc=f"{task:<9}", unit=unit, file=self.stream,
                                         dynamic_ncols=True, leave=True)
        bar.total = total
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    def __enter__(self) -> "ProgressBars":
        return self

    def __exit__(self, *exc) -> None:
        for bar in self.bars.values():
            bar.close()


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
    run_parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                            help="progress bars instead of INFO logs (default: when stderr is a terminal)")
    run_parser.add_argument("--force", action="store_true",
                            help="read every file again, also those whose size and times are unchanged, and look "
                                 "again at every quarantined file (make run FORCE=1)")
    args = parser.parse_args(argv)
    try:
        return run(args.files, args.progress, rescan=args.force)
    except KeyboardInterrupt:  # Ctrl-C before or after Dagster's own handling: one line, no traceback
        print(console.INTERRUPTED.format(warehouse=load_settings().warehouse_path), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
