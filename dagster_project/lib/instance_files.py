"""The Dagster instance's own SQLite files under DAGSTER_HOME: which one is damaged.

Dagster reports a garbled run database as SQLite's bare "file is not a database",
with no path; the operator has to guess which of the instance's files it was and
whether the warehouse is hurt. This finds the file and says what to do.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGE_SIGNS = ("file is not a database", "database disk image is malformed")


def damaged_databases(home: Path) -> list[Path]:
    """The `*.db` files under `home` that SQLite cannot use."""
    damaged = []
    for path in sorted(home.rglob("*.db")):
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except OSError:
            continue
        if not head:
            continue  # an empty file is a new database to SQLite
        if head != SQLITE_HEADER or not _passes_quick_check(path):
            damaged.append(path)
    return damaged


def _passes_quick_check(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def explain(home: Path, exc: BaseException) -> str | None:
    """What to tell the operator when `exc` comes from a damaged instance
    database (None when it does not)."""
    if not any(sign in str(exc) for sign in _DAMAGE_SIGNS):
        return None
    damaged = damaged_databases(home)
    if not damaged:
        return None
    moves = "; ".join(f"mv '{p}' '{p}.damaged'" for p in damaged)
    return (f"the Dagster instance database {', '.join(map(str, damaged))} is damaged ({str(exc).splitlines()[0]}). "
            f"The warehouse is not affected. Move the file away and run again; Dagster starts a new one "
            f"(the run history kept in it is lost): {moves}")
