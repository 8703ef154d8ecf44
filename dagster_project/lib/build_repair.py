"""A damaged build file: say so, and rebuild instead of failing every run.

The build file (`warehouse/.build/<name>`) is private working state: every
row in it comes again from SEEDS_DIR. So when DuckDB finds it damaged (a disk
error, a copy cut short, a stray write), the right repair is a fresh build,
not a run that fails the same way forever. A run that meets the damage fails
with a message naming the file and the fix, and leaves a marker; the next run
(or the first to open it, if DuckDB refuses it at once) sets the file aside,
beside itself, and builds from scratch. The published warehouse is untouched
until that build is published.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from dagster_project.settings import duckdb_config

# What DuckDB says of a file it cannot use (1.x): a bad header, a short file, a block
# whose checksum does not match, a write-ahead log it cannot replay.
_DAMAGE_SIGNS = (
    "not a valid DuckDB database file",
    "Could not read enough bytes",
    "Corrupt database file",
    "Failure while replaying WAL",
)


class BuildFileDamaged(Exception):
    """The build file cannot be used; the message says what happens next and what to do."""


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.Error) and any(sign in str(exc) for sign in _DAMAGE_SIGNS)


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".damaged")


@contextmanager
def noting_damage(path: Path) -> Iterator[None]:
    """Turn DuckDB's report of a damaged `path` into `BuildFileDamaged`, which
    names the file and the fix, and mark the file for the next run to set aside."""
    try:
        yield
    except duckdb.Error as exc:
        if not is_damage(exc):
            raise
        _marker(path).parent.mkdir(parents=True, exist_ok=True)
        _marker(path).write_text(str(exc), encoding="utf-8")
        raise BuildFileDamaged(
            f"the warehouse build file {path} is damaged ({str(exc).splitlines()[0]}). The next run sets it "
            f"aside and rebuilds the warehouse from SEEDS_DIR; the published warehouse stays as it is until "
            f"then. To do it yourself: delete {path} (and {path}.wal) and run again.") from exc


def set_aside_if_damaged(path: Path, warn: Callable[[str], None]) -> Path | None:
    """At the start of a run, with the build lock held: if `path` was marked
    damaged or DuckDB refuses to open it, move it (and its WAL) aside so the
    run builds from scratch. Returns where it went, or None if it was sound."""
    marker = _marker(path)
    reason = marker.read_text(encoding="utf-8") if marker.exists() else None
    if reason is None and path.exists():
        try:
            duckdb.connect(str(path), config=duckdb_config()).close()
        except duckdb.Error as exc:
            if not is_damage(exc):
                raise
            reason = str(exc)
    if reason is None:
        return None
    aside = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    if path.exists():
        path.rename(aside)
    wal = Path(f"{path}.wal")
    if wal.exists():
        wal.rename(Path(f"{aside}.wal"))
    marker.unlink(missing_ok=True)
    warn(f"the warehouse build file {path} was damaged ({reason.splitlines()[0] if reason else 'unknown'}): "
         f"moved to {aside}; this run rebuilds the warehouse from SEEDS_DIR (every file is extracted again). "
         f"Delete {aside} once you no longer need it.")
    return aside
