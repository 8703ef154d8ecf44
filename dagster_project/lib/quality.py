"""Great Expectations (GX Core 1.x) suites over the warehouse, as a plain library.

No Dagster here: `dagster_project/defs/quality.py` turns each suite into an asset
check by calling `validate_table`.

How a suite runs
  1. `validation_frame(con, suite)` (lib/quality_frames.py) reads the validated
     table from DuckDB into a pandas frame with derived boolean columns for
     cross-column / cross-table rules.
  2. `validate_frame(suite, df)` validates that frame with the stored suite
     `expectations/gx/expectations/<suite>.json` through the suite's validation
     definition (pandas datasource `warehouse_frames`, one dataframe asset per suite,
     whole-dataframe batch). Results are stored under GX_RESULTS_DIR (default:
     beside the build file, `<warehouse dir>/.build/gx/validations/`) for Data Docs.

Where each rule lives
  * the expectations (sets, ranges, uniqueness, "derived column is TRUE"):
    `expectations/build_suites.py`, which writes the suite JSON (committed);
  * the SQL of each derived column: `_FRAME_SQL` in `lib/quality_frames.py`.

GX 1.x cannot validate DuckDB through SQLAlchemy, hence pandas frames. The GX
context is loaded once per process and cached; nothing is written to the
committed GX config at run time. Analytics are off (`analytics_enabled: false`
in great_expectations.yml, GX_ANALYTICS_ENABLED=false).
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import decimal
import math
import os
import pathlib
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from dagster_project.lib.quality_frames import (  # noqa: F401  (the suites' frames; re-exported)
    FILES_PER_CHUNK,
    PER_FILE_SUITES,
    SUITES,
    frame_sql,
    gazetteer,
    provinces,
    validation_frame,
)
from dagster_project.settings import EXPECTATIONS_DIR, load_settings

GX_DIR = EXPECTATIONS_DIR / "gx"


def results_dir() -> pathlib.Path:
    """Where validation results and Data Docs go: GX_RESULTS_DIR (great_expectations.yml
    reads it), by default beside the build file (`<warehouse dir>/.build/gx`), so that
    a test's or a bench's build never writes them into the checkout."""
    os.environ.setdefault("GX_RESULTS_DIR", str(load_settings().build_path.parent / "gx"))
    return pathlib.Path(os.environ["GX_RESULTS_DIR"])


def data_docs_dir() -> pathlib.Path:
    return results_dir() / "data_docs"

DATASOURCE = "warehouse_frames"
BATCH_DEFINITION = "whole_frame"

# columns identifying a row in failure samples
ID_COLUMNS: dict[str, list[str]] = {
    "article_files": ["source_file"],
    "stories": ["article_id"],
    "fund_mentions": ["fund_id"],
    "beneficiary_mentions": ["beneficiary_id"],
    "campaign_mentions": ["mention_id"],
    "dim_articles": ["article_id"],
    "dim_regions": ["region_id"],
    "fct_funds": ["fund_id"],
    "fct_beneficiaries": ["beneficiary_id"],
    "fct_campaigns": ["campaign_id"],
    "bridge_campaign_articles": ["campaign_id", "article_id"],
    "quarantine": ["source_file"],
}

SAMPLE_SIZE = 5

# columns shown with each failing row sample (besides the id and the failing column)
CONTEXT_COLUMNS: dict[str, list[str]] = {
    "article_files": ["status", "reason", "story_count"],
    "stories": ["source_file", "story_index", "title"],
    "fund_mentions": ["amount_text", "amount_yuan", "qualifier", "per_unit", "evidence", "span_start", "span_end"],
    "beneficiary_mentions": ["quantity_text", "quantity", "unit", "qualifier", "evidence", "span_start", "span_end"],
    "campaign_mentions": ["campaign_id", "name", "kind", "year", "province"],
    "dim_articles": ["source_file", "story_index", "title"],
    "dim_regions": ["province", "city", "county"],
    "fct_funds": ["amount_text", "amount_yuan", "qualifier", "per_unit", "evidence", "span_start", "span_end"],
    "fct_beneficiaries": ["quantity_text", "quantity", "unit", "qualifier", "evidence", "span_start", "span_end"],
    "fct_campaigns": ["name", "year", "province", "article_count", "fund_total_yuan", "people_total",
                      "household_total", "person_time_total"],
    "bridge_campaign_articles": [],
    "quarantine": ["reason", "detected_at"],
}


def validation_definition_name(suite: str) -> str:
    return f"{suite}__frame"


# --------------------------------------------------------------------------- GX context

_context_lock = threading.Lock()
_context = None


def get_context():
    """The file-mode GX context of expectations/gx, loaded once per process."""
    global _context
    with _context_lock:
        if _context is None:
            os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
            results_dir()
            import great_expectations as gx

            _context = gx.get_context(mode="file", project_root_dir=str(EXPECTATIONS_DIR))
        return _context


_definitions: dict[str, Any] = {}
_run_lock = threading.RLock()


def _validation_definition(suite: str):
    with _context_lock:
        vd = _definitions.get(suite)
    if vd is None:
        vd = get_context().validation_definitions.get(validation_definition_name(suite))
        with _context_lock:
            _definitions[suite] = vd
    return vd


# --------------------------------------------------------------------------- results

@dataclass
class SuiteResult:
    suite: str
    success: bool
    evaluated: int
    failed: int
    row_count: int
    failures: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _jsonable(value: Any) -> Any:
    """Numpy/pandas/duckdb values -> plain JSON values."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return _jsonable(value.tolist())
    if isinstance(value, (_dt.datetime, _dt.date, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(value)


def _failure(suite: str, res) -> dict:
    cfg = res.expectation_config
    kwargs = dict(cfg.kwargs)
    result = res.result or {}
    column = kwargs.get("column") or kwargs.get("column_list")
    entry: dict[str, Any] = {
        "expectation_type": cfg.type,
        "column": column,
        "description": getattr(cfg, "description", None),
        "unexpected_count": result.get("unexpected_count"),
        "unexpected_percent": result.get("unexpected_percent"),
        "sample_values": (result.get("partial_unexpected_list") or [])[:SAMPLE_SIZE],
        "sample_rows": (result.get("partial_unexpected_index_list") or [])[:SAMPLE_SIZE],
    }
    if "observed_value" in result:
        entry["observed_value"] = result["observed_value"]
    if res.exception_info and res.exception_info.get("raised_exception"):
        entry["exception"] = str(res.exception_info.get("exception_message"))[:500]
    small = {k: v for k, v in kwargs.items() if k not in ("column", "column_list", "batch_id")}
    for k, v in small.items():
        if isinstance(v, (list, tuple)) and len(v) > 12:
            small[k] = f"<{len(v)} values>"
    entry["kwargs"] = small
    return _jsonable(entry)


def _add_row_context(suite: str, df: pd.DataFrame, ids: list[str], failures: list[dict]) -> None:
    """Complete each sampled failing row (GX gives id + failing value) with a few context
    columns of the frame (amount_text, evidence, ...) so a failure can be read on its own."""
    context = [c for c in CONTEXT_COLUMNS.get(suite, []) if c in df.columns]
    if not ids or not context:
        return
    for failure in failures:
        rows = failure.get("sample_rows") or []
        for i, row in enumerate(rows):
            if not isinstance(row, dict) or not all(k in row for k in ids):
                continue
            mask = pd.Series(True, index=df.index)
            for k in ids:
                mask &= df[k].astype("object").eq(row[k]).fillna(False).astype(bool)
            match = df.loc[mask, context]
            if len(match):
                extra = {c: _jsonable(match.iloc[0][c]) for c in context if c not in row}
                rows[i] = {**row, **extra}


def validate_frame(suite: str, df: pd.DataFrame) -> SuiteResult:
    """Validate a frame (as built by `validation_frame`) with the stored suite."""
    if suite not in SUITES:
        raise KeyError(f"unknown suite {suite!r}; known: {sorted(SUITES)}")
    ids = [c for c in ID_COLUMNS[suite] if c in df.columns]
    result_format: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": SAMPLE_SIZE}
    if ids:
        result_format["unexpected_index_column_names"] = ids
    vd = _validation_definition(suite)
    with _run_lock:  # GX objects are not thread-safe; validation is CPU-bound anyway
        run = vd.run(batch_parameters={"dataframe": df}, result_format=result_format)
        prune_validation_results(suite=suite)
    results = list(run.results)
    failures = [_failure(suite, r) for r in results if not r.success]
    _add_row_context(suite, df, ids, failures)
    return SuiteResult(
        suite=suite,
        success=bool(run.success),
        evaluated=len(results),
        failed=len(failures),
        row_count=int(len(df)),
        failures=failures,
    )


def _connect_read_only(duckdb_path):
    import duckdb

    from dagster_project.settings import duckdb_config

    # bounded like every other connection: a validation frame of a huge story once took 20 GB here
    try:
        return duckdb.connect(str(duckdb_path), read_only=True, config=duckdb_config())
    except duckdb.ConnectionException as exc:
        # this process already holds a read-write connection to the file: share its instance
        if "different configuration" not in str(exc):
            raise
        return duckdb.connect(str(duckdb_path), config=duckdb_config())


def validate_table(duckdb_path, suite: str, files: list[str] | None = None) -> SuiteResult:
    """Open the DuckDB file read-only, build the frame of `suite`, validate it, close.

    With `files`, a per-file suite validates only those files' rows, in chunks
    of FILES_PER_CHUNK files so that memory stays bounded on a large backfill.
    """
    con = _connect_read_only(duckdb_path)
    try:
        if files is None or suite not in PER_FILE_SUITES:
            return validate_frame(suite, _frame(con, suite, None))
        chunks = [files[i : i + FILES_PER_CHUNK] for i in range(0, len(files), FILES_PER_CHUNK)] or [[]]
        return merge_results([validate_frame(suite, _frame(con, suite, chunk)) for chunk in chunks])
    finally:
        con.close()


def _frame(con, suite: str, files: list[str] | None) -> pd.DataFrame:
    """`validation_frame`, with a failure at DuckDB's memory or spill limit that
    says which files were being read and which settings to change."""
    import duckdb

    try:
        return validation_frame(con, suite, files)
    except duckdb.OutOfMemoryException as exc:
        where = "the whole table" if files is None else (
            f"the rows of {len(files)} file(s) ({', '.join(files[:5])}{' …' if len(files) > 5 else ''})")
        raise RuntimeError(
            f"GX suite {suite} ran out of DuckDB memory or spill space reading {where}: {str(exc).splitlines()[0]}. "
            "Raise DUCKDB_MEMORY_LIMIT / DUCKDB_TEMP_LIMIT, or lower MAX_STORY_CHARS so that such a file is "
            "quarantined; this run's files stay pending and are validated again by the next run") from None


def merge_results(results: list[SuiteResult]) -> SuiteResult:
    """One result for a suite validated in several chunks."""
    if len(results) == 1:
        return results[0]
    merged: dict[tuple, dict] = {}
    for result in results:
        for failure in result.failures:
            key = (failure.get("expectation_type"), failure.get("column"))
            if key not in merged:
                merged[key] = dict(failure)
            else:
                merged[key]["unexpected_count"] = (merged[key].get("unexpected_count") or 0) + (
                    failure.get("unexpected_count") or 0)
    return SuiteResult(
        suite=results[0].suite,
        success=all(r.success for r in results),
        evaluated=max(r.evaluated for r in results),
        failed=len(merged),
        row_count=sum(r.row_count for r in results),
        failures=list(merged.values()),
    )


KEEP_RESULTS_PER_SUITE = 20


def prune_validation_results(keep: int = KEEP_RESULTS_PER_SUITE, suite: str | None = None) -> int:
    """Delete all but the newest `keep` stored validation results of each suite
    (or of `suite`) under `results_dir()`/validations; returns how
    many were deleted. Runs after every validation, so storage stays bounded
    under a sensor that refreshes all day."""
    root = results_dir() / "validations"
    deleted = 0
    if not root.is_dir():
        return 0
    for suite_dir in (p for p in root.iterdir() if p.is_dir() and suite in (None, p.name)):
        files = sorted(suite_dir.rglob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            with contextlib.suppress(OSError):
                old.unlink()
                deleted += 1
        for d in sorted((p for p in suite_dir.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):
                d.rmdir()  # only succeeds when empty
    return deleted


def build_data_docs() -> pathlib.Path:
    """Render Data Docs (suites + the newest stored validation results) into
    `data_docs_dir()`; returns the index.html path."""
    ctx = get_context()
    with _run_lock:
        prune_validation_results()
        sites = ctx.build_data_docs()
    index = data_docs_dir() / "local_site" / "index.html"
    for url in (sites or {}).values():
        if isinstance(url, str) and url.startswith("file://"):
            index = pathlib.Path(url[len("file://"):])
            break
    from dagster_project.report.offline_docs import make_offline

    make_offline(index.parent)  # GX's pages load their scripts from CDNs: blank offline
    return index


def main(argv: list[str] | None = None) -> int:
    """`python -m dagster_project.lib.quality [DUCKDB_PATH] [SUITE ...]`: run suites, print a
    summary, build Data Docs. Exit 1 if any suite failed."""
    import json
    import sys
    import time

    args = list(sys.argv[1:] if argv is None else argv)
    path = args.pop(0) if args else str(load_settings().warehouse_path)
    suites = args or list(SUITES)
    started = time.perf_counter()
    con = _connect_read_only(path)
    try:
        frames = {suite: validation_frame(con, suite) for suite in suites}
    finally:
        con.close()
    ok = True
    for suite, df in frames.items():
        r = validate_frame(suite, df)
        ok &= r.success
        print(f"{'PASS' if r.success else 'FAIL'} {suite:26s} rows={r.row_count:<6d} "
              f"expectations={r.evaluated:<3d} failed={r.failed}")
        for f in r.failures:
            print("     ", json.dumps(f, ensure_ascii=False)[:300])
    print(f"validated {len(frames)} suite(s) in {time.perf_counter() - started:.1f}s; "
          f"Data Docs: {build_data_docs()}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
