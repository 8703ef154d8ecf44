"""Bounded Dagster history: only the newest KEEP_RUNS finished runs stay in
DAGSTER_HOME, with their event logs.

Why: every refresh adds about 2 MB (its event log shard, the mirrored events
in the index, the asset materializations with their previews and charts), and
the sensor refreshes all day. Dagster keeps runs forever and its `retention:`
setting covers only schedule and sensor ticks (set in config/dagster.yaml).
Deleting a run leaves its materializations in the index and its shard file
on disk; both go here too. The newest run of every asset is always among the
kept ones, so the asset catalog still shows each asset's last materialization.
"""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import dagster as dg

FINISHED = [dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED]


def prune_runs(instance: dg.DagsterInstance, keep: int) -> int:
    """Delete all but the newest `keep` finished runs; returns how many went.
    Runs still queued or in progress are never touched."""
    old = instance.get_run_ids(filters=dg.RunsFilter(statuses=FINISHED))[keep:]  # newest first
    for run_id in old:
        instance.delete_run(run_id)
        _drop_asset_events(instance, run_id)
        _remove_files(instance, run_id)
    return len(old)


def _drop_asset_events(instance: dg.DagsterInstance, run_id: str) -> None:
    """`delete_run` keeps a run's materializations (asset history): without this,
    the index database still grows with every run."""
    from dagster._core.storage.event_log.schema import SqlEventLogStorageTable
    from dagster._core.storage.event_log.sql_event_log import SqlEventLogStorage

    storage = instance.event_log_storage
    if isinstance(storage, SqlEventLogStorage):
        with storage.index_connection() as conn:
            conn.execute(SqlEventLogStorageTable.delete().where(SqlEventLogStorageTable.c.run_id == run_id))


def _remove_files(instance: dg.DagsterInstance, run_id: str) -> None:
    """The run's SQLite event-log shard and its compute logs (emptied, not removed, by Dagster)."""
    if not instance.root_directory:
        return
    root = Path(instance.root_directory)
    for suffix in (".db", ".db-wal", ".db-shm"):
        with contextlib.suppress(FileNotFoundError):
            (root / "history" / "runs" / f"{run_id}{suffix}").unlink()
    shutil.rmtree(root / "storage" / run_id, ignore_errors=True)
