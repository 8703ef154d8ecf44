"""The DuckDB side of landing: the private build file, typed frames, per-file
row replacement and the processing ledger.

Runs write only to the private build file (`Settings.build_path`); publishing
it to users is `lib/publication.py`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from dagster_project import tables
from dagster_project.lib import build_repair
from dagster_project.lib.build_lock import writer_lock  # noqa: F401  (re-exported: store.writer_lock)
from dagster_project.settings import duckdb_config, is_build_path

_POLARS_TYPES = {
    "VARCHAR": pl.Utf8,
    "BIGINT": pl.Int64,
    "INTEGER": pl.Int32,
    "DOUBLE": pl.Float64,
    "BOOLEAN": pl.Boolean,
    "DATE": pl.Date,
    "TIMESTAMP": pl.Datetime("us"),
    "VARCHAR[]": pl.List(pl.Utf8),
    "BIGINT[]": pl.List(pl.Int64),
}


def frame(table: str, rows: Iterable[dict]) -> pl.DataFrame:
    """A polars frame with exactly the landed table's columns and types."""
    schema = {name: _POLARS_TYPES[dtype] for name, dtype in tables.LANDED_TABLES[table]}
    rows = list(rows)
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row")


@contextmanager
def connect(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a warehouse file; a writable one (the build file) holds
    the writer lock and has the raw schema in place. DuckDB's report of a
    damaged build file becomes `BuildFileDamaged`, naming the file and the fix."""
    with build_repair.noting_damage(path) if is_build_path(path) else nullcontext():
        if read_only:
            con = duckdb.connect(str(path), read_only=True, config=duckdb_config())
            try:
                yield con
            finally:
                con.close()
            return
        with writer_lock(path):
            with _writable(path) as con:
                yield con


@contextmanager
def _writable(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    # DuckDB would cache up to 80% of RAM; landing needs little (it spills beyond this)
    con = duckdb.connect(str(path), config=duckdb_config())
    try:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {tables.RAW_SCHEMA}")
        for table, cols in tables.LANDED_TABLES.items():
            con.execute(tables.create_statement(table))
            # a build file from an older version gains the columns added since
            for name, dtype in cols:
                con.execute(f"ALTER TABLE {tables.qualified(table)} ADD COLUMN IF NOT EXISTS {name} {dtype}")
        yield con
    finally:
        con.close()


def ledger(con: duckdb.DuckDBPyConnection, stage: str, only: Iterable[str] | None = None) -> dict[str, str]:
    """source_file -> the version (content hash, ...) that `stage` has processed
    (of the files named in `only`, when given)."""
    sql = f"SELECT source_file, processed_version FROM {tables.qualified('processing_ledger')} WHERE stage = ?"
    params: list = [stage]
    if only is not None:
        sql += " AND source_file IN (SELECT unnest(?::VARCHAR[]))"
        params.append(sorted(only))
    return dict(con.execute(sql, params).fetchall())


def parsed_files(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """source_file -> content_hash of every readable file in the inventory."""
    rows = con.execute(
        f"SELECT source_file, content_hash FROM {tables.qualified('article_files')} WHERE status = 'parsed'"
    ).fetchall()
    return dict(rows)


COPY_PREFIX = "copy-of:"
# ledger stage of the inventory: the stat (size:mtime:ctime) each file had when last read
INVENTORY_STAGE = "inventory"


def extraction_versions(readable: dict[str, str], code_version: str) -> dict[str, str]:
    """The ledger version each readable file should reach (name -> version).

    Files with identical bytes are extracted once: the first by name gets
    "<hash>:<code version>", the others "copy-of:<first>:<hash>" and no rows.
    When the first goes away, the next one's version changes and it is
    extracted then.
    """
    first: dict[str, str] = {}
    for name in sorted(readable):
        first.setdefault(readable[name], name)
    return {
        name: f"{digest}:{code_version}" if first[digest] == name else f"{COPY_PREFIX}{first[digest]}:{digest}"
        for name, digest in readable.items()
    }


def pending(upstream: dict[str, str], done: dict[str, str]) -> tuple[list[str], list[str]]:
    """Files a stage must (re)process, and files whose rows it must drop."""
    todo = sorted(name for name, digest in upstream.items() if done.get(name) != digest)
    gone = sorted(name for name in done if name not in upstream)
    return todo, gone


def replace_file_rows(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    source_files: Iterable[str],
    stage: str | None = None,
    processed: dict[str, str | None] | None = None,
    run_id: str | None = None,
) -> None:
    """In one transaction: delete every row of `source_files` from each table
    of `frames`, insert the frames, and record `processed` (name -> hash, or
    None for a removed file) in the ledger of `stage` (name -> version).

    One transaction per batch is what makes a crash harmless: the next run
    finds the ledger unchanged and does the batch again.
    """
    names = sorted(set(source_files))
    con.execute("BEGIN TRANSACTION")
    try:
        for table, df in frames.items():
            target = tables.qualified(table)
            con.execute(f"DELETE FROM {target} WHERE source_file IN (SELECT unnest(?::VARCHAR[]))", [names])
            if df.height:
                cols = ", ".join(tables.columns(table))
                con.register("landing_frame", df.to_arrow())
                con.execute(f"INSERT INTO {target} ({cols}) SELECT {cols} FROM landing_frame")
                con.unregister("landing_frame")
        if stage is not None and processed:
            _record(con, stage, processed, run_id)
            if frames:
                _record(con, ROWS_PREFIX + stage, _row_counts(frames, processed), run_id)
        con.execute("COMMIT")
    except BaseException as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error as rollback_error:
            # a connection DuckDB invalidated after `exc` cannot roll back either: the error
            # to report is still `exc`, not this one
            exc.add_note(f"(the ROLLBACK after this error failed too: {str(rollback_error).splitlines()[0]}. "
                         "Nothing of this batch was committed; the next run does it again.)")
        raise


ROWS_PREFIX = "rows:"  # ledger stage "rows:<stage>": the rows a stage landed per file and table


def _row_counts(frames: dict[str, pl.DataFrame], processed: dict[str, str | None]) -> dict[str, str | None]:
    """name -> JSON {table: rows landed} of each processed file (None for a removed one)."""
    per_table = {table: dict(df.group_by("source_file").len().iter_rows()) if df.height else {}
                 for table, df in frames.items()}
    return {name: None if digest is None else
            json.dumps({table: counts.get(name, 0) for table, counts in sorted(per_table.items())})
            for name, digest in processed.items()}


def files_with_changed_rows(con: duckdb.DuckDBPyConnection, stage: str) -> list[str]:
    """Files whose rows in the landed tables are no longer what `stage` landed
    (rows deleted or added by hand, or by a tool writing the build file): the
    ledger alone would call them done for ever, and every check would pass on
    what is left. The caller lands them again."""
    ledger_table = tables.qualified("processing_ledger")
    # the common case first: every table holds as many rows, of the same files, as the ledger
    # says were landed (two sums per table, instead of a count per file of every table: ~1 s
    # at 100,000 files)
    landed_tables = [t for (t,) in con.execute(
        f"SELECT DISTINCT unnest(json_keys(processed_version)) FROM {ledger_table} WHERE stage = ?",
        [ROWS_PREFIX + stage]).fetchall()]
    if all(_total_matches(con, ledger_table, stage, table) for table in sorted(landed_tables)):
        return []
    expected = {name: json.loads(counts) for name, counts in con.execute(
        f"SELECT source_file, processed_version FROM {ledger_table} WHERE stage = ?",
        [ROWS_PREFIX + stage]).fetchall()}
    actual: dict[tuple[str, str], int] = {}
    for table in sorted({table for counts in expected.values() for table in counts}):
        for name, n in con.execute(f"SELECT source_file, count(*) FROM {tables.qualified(table)} GROUP BY 1").fetchall():
            actual[(table, name)] = n
    return sorted(name for name, counts in expected.items()
                  if any(actual.get((table, name), 0) != n for table, n in counts.items()))


def _total_matches(con: duckdb.DuckDBPyConnection, ledger_table: str, stage: str, table: str) -> bool:
    """The table's rows, and the sum of a hash of each row's file, are what the ledger
    says was landed (the hash catches a row moved from one file to another)."""
    expected = con.execute(
        f"SELECT coalesce(sum(n), 0), coalesce(sum(n * hash(source_file)::HUGEINT), 0) FROM ("
        f"  SELECT source_file, CAST(json_extract(processed_version, ?) AS BIGINT) AS n FROM {ledger_table}"
        "   WHERE stage = ?)", [f'$."{table}"', ROWS_PREFIX + stage]).fetchone()
    actual = con.execute(
        f"SELECT count(*), coalesce(sum(hash(source_file)::HUGEINT), 0) FROM {tables.qualified(table)}").fetchone()
    return tuple(expected) == tuple(actual)


REMOVED_PREFIX = "removed:"  # ledger stage "removed:<stage>": when a file's rows of that stage were dropped


def _record(con: duckdb.DuckDBPyConnection, stage: str, processed: dict[str, str | None], run_id: str | None) -> None:
    target = tables.qualified("processing_ledger")
    con.execute(
        f"DELETE FROM {target} WHERE stage IN (?, ?) AND source_file IN (SELECT unnest(?::VARCHAR[]))",
        [stage, REMOVED_PREFIX + stage, sorted(processed)],
    )
    gone = sorted(name for name, digest in processed.items() if digest is None)
    if gone and not stage.startswith(ROWS_PREFIX):
        # a removal leaves its time, as a landing does: the per-file marts refresh the files
        # changed since their last build by that time alone (dbt_models/macros/per_file_incremental.sql)
        con.execute(f"INSERT INTO {target} SELECT ?, unnest(?::VARCHAR[]), '', ?, ?",
                    [REMOVED_PREFIX + stage, gone, datetime.now(), run_id])
    kept = [(name, digest) for name, digest in processed.items() if digest is not None]
    if kept:
        # one statement for the batch (executemany inserts row by row: 8% of a build's time)
        con.execute(f"INSERT INTO {target} SELECT ?, unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), ?, ?",
                    [stage, [n for n, _ in kept], [d for _, d in kept], datetime.now(), run_id])


VALIDATION_STAGE = "validation"  # ledger of the extraction versions whose rows passed every per-file suite


def files_pending_validation(con: duckdb.DuckDBPyConnection, stage: str) -> dict[str, str]:
    """The files whose rows `stage` landed, or the inventory read, but no validation
    has passed on yet (name -> extraction version): those of this run, and those of an earlier
    run whose checks failed or never finished, so that such a failure is seen
    again by every run until it is fixed, not forgotten by the next one."""
    target = tables.qualified("processing_ledger")
    # the time is part of the version, as in the marts' file_version: a file extracted
    # again with the same content and code (a copy whose kept original changed) has new rows
    version = "e.processed_version || '@' || cast(e.processed_at AS VARCHAR)"
    rows = con.execute(
        f"SELECT e.source_file, {version} FROM {target} e "
        f"LEFT JOIN {target} v ON v.stage = ? AND v.source_file = e.source_file "
        f"WHERE e.stage = ? AND v.processed_version IS DISTINCT FROM {version} ORDER BY 1",
        [VALIDATION_STAGE, stage],
    ).fetchall()
    # and the files the inventory read again since their last validation: a file
    # quarantined on arrival has no extraction row, but its inventory row is new
    read_again = con.execute(
        f"SELECT i.source_file, coalesce({version}, 'inventory@' || cast(i.processed_at AS VARCHAR)) "
        f"FROM {target} i "
        f"LEFT JOIN {target} v ON v.stage = ? AND v.source_file = i.source_file "
        f"LEFT JOIN {target} e ON e.stage = ? AND e.source_file = i.source_file "
        f"WHERE i.stage = ? AND (v.processed_at IS NULL OR v.processed_at < i.processed_at) ORDER BY 1",
        [VALIDATION_STAGE, stage, INVENTORY_STAGE],
    ).fetchall()
    return dict(sorted({**dict(read_again), **dict(rows)}.items()))


def record_validated(con: duckdb.DuckDBPyConnection, versions: dict[str, str], run_id: str | None) -> None:
    """Mark these extraction versions validated; entries of files gone from the
    extraction ledger are dropped with them."""
    target = tables.qualified("processing_ledger")
    gone = [r[0] for r in con.execute(
        f"SELECT source_file FROM {target} v WHERE stage = ? AND NOT EXISTS "
        f"(SELECT 1 FROM {target} e WHERE e.stage <> ? AND e.source_file = v.source_file)",
        [VALIDATION_STAGE, VALIDATION_STAGE]).fetchall()]
    replace_file_rows(con, {}, [], VALIDATION_STAGE, {**dict.fromkeys(gone), **versions}, run_id)


def table_counts(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> dict[str, int]:
    return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
