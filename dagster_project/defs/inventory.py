"""The inventory asset: which article files are in SEEDS_DIR, their bytes' hash,
encoding and status (parsed or quarantined, with the reason).

Incremental: a file is read again only when it may have changed. The reading
and decoding is done by `lib.files`, the landing by `lib.store`; this module
orchestrates, logs progress and attaches metadata. Next on the data's way:
`defs/extraction.py`.
"""

from datetime import datetime
from typing import NamedTuple

import dagster as dg

from dagster_project import tables
from dagster_project.defs.resources import BuildLockResource, WarehouseResource
from dagster_project.lib import files, previews, progress, store

INVENTORY_REPORT_EVERY = 500  # files scanned between progress reports

ARTICLE_FILES = dg.AssetKey(["raw", "article_files"])


class ArticleFilesConfig(dg.Config):
    """`only_files`: names to look at (the sensor passes new, changed and
    removed files); empty means scan the whole folder. A named file is always
    read again. `rescan` (`make run FORCE=1`): read every file again."""

    only_files: list[str] = []
    rescan: bool = False


# Set by the extraction, not the inventory: the same bytes give the same verdict, so
# reading such a file again does not undo it.
NO_STORY_REASON = "no article text left after removing page chrome"


@dg.asset(key=ARTICLE_FILES, group_name="ingest", kinds={"python", "duckdb"})
def article_files(
    context: dg.AssetExecutionContext, config: ArticleFilesConfig, warehouse: WarehouseResource,
    build_lock: BuildLockResource,  # held for the whole run (see BuildLockResource)
) -> dg.MaterializeResult:
    """Inventory of the article files in SEEDS_DIR: name, size, sha256, encoding, status.

    A file is read again only when it may have changed (see `_look_again`):
    its size, modification or status-change time differ from the last look,
    it is quarantined (the cause may be gone), it was named, or a rescan was
    asked for. A file that cannot be decoded, or holds no text, is marked
    `quarantined` with a reason (it shows in the `quarantine` mart); the rest go on.
    """
    named = set(config.only_files)
    try:
        # a run for named files (the sensor's) looks at those only: its cost follows them,
        # not the size of the folder or of the warehouse
        on_disk = files.list_article_files(warehouse.seeds, only=named or None)
    except files.InputFolderUnusable as exc:
        raise dg.Failure(description=str(exc)) from None
    with warehouse.get_connection() as con:
        only = "WHERE source_file IN (SELECT unnest($names::VARCHAR[]))" if named else ""
        params = {"names": sorted(named)} if named else {}
        known = {
            row[0]: _Known(*row[1:])
            for row in con.execute(
                f"SELECT source_file, content_hash, size_bytes, modified_at, status, reason "
                f"FROM {tables.qualified('article_files')} {only}", params
            ).fetchall()
        }
        held = con.execute(f"SELECT count(*) FROM {tables.qualified('article_files')}").fetchone()[0]
        looked = store.ledger(con, store.INVENTORY_STAGE, only=named or None)  # name -> stat when last read
        names = sorted(named) if named else sorted(set(on_disk) | set(known))
        rows, removed, read_now = [], [], {}
        for done, name in enumerate(names, 1):
            if done % INVENTORY_REPORT_EVERY == 0 or done == len(names):
                progress.report("scan", done, len(names))
            stat = on_disk.get(name)
            if stat is None:
                if name in known:
                    removed.append(name)
                continue
            previous = known.get(name)
            if previous and not _look_again(previous, stat, looked.get(name), warehouse.max_file_bytes,
                                            forced=config.rescan or name in named):
                continue
            row = _inventory_row(stat, warehouse.max_file_bytes)
            read_now[name] = files.stat_version(stat)
            if previous and previous.reason == NO_STORY_REASON and row["content_hash"] == previous.content_hash:
                row.update(status="quarantined", reason=NO_STORY_REASON)  # same bytes: the extraction's verdict stands
            if previous is None or previous != _Known(*(row[k] for k in _Known._fields)):
                rows.append(row)
        _guard_mass_removal(removed, held, None if named else on_disk, warehouse)
        inventory = store.frame("article_files", rows)
        store.replace_file_rows(con, {"article_files": inventory}, [r["source_file"] for r in rows] + removed,
                                store.INVENTORY_STAGE, {**read_now, **dict.fromkeys(removed)})
        totals = dict(
            con.execute(f"SELECT status, count(*) FROM {tables.qualified('article_files')} GROUP BY 1").fetchall()
        )
    quarantined = [r for r in rows if r["status"] == "quarantined"]
    for r in quarantined:
        context.log.warning(f"quarantined {r['source_file']}: {r['reason']}")
    released = [r["source_file"] for r in rows if r["status"] == "parsed"
                and r["source_file"] in known and known[r["source_file"]].status == "quarantined"]
    for name in released:
        context.log.info(f"{name} is readable now: taken out of quarantine")
    context.log.info(f"scanned {len(names)} file(s): {len(read_now)} read, {len(rows)} new or changed, "
                     f"{len(removed)} removed")
    return dg.MaterializeResult(
        metadata={
            "files_on_disk": len(on_disk),
            "files_read": len(read_now),
            "new_or_changed": len(rows),
            "removed": len(removed),
            "newly_quarantined": len(quarantined),
            "out_of_quarantine": len(released),
            "parsed_total": totals.get("parsed", 0),
            "quarantined_total": totals.get("quarantined", 0),
            "changes": dg.MetadataValue.md(previews.markdown_table(inventory.drop("content_hash"))),
        }
    )


class _Known(NamedTuple):
    """What the inventory holds of a file; a new reading that differs in any of it is written."""

    content_hash: str | None
    size_bytes: int
    modified_at: datetime
    status: str
    reason: str | None


def _look_again(previous: _Known, stat: files.FileStat, last_look: str | None, max_bytes: int, forced: bool) -> bool:
    """Whether a file the inventory holds must be read again.

    Size and modification time alone miss an edit that puts them back (`cp -p`,
    `rsync -t`); the status-change time (ctime) moves on any write, so a file
    whose recorded stat differs in any of the three is read and its hash compared.
    A quarantined file is looked at on every scan: what quarantined it (MAX_FILE_MB,
    permissions, a decoder that could not read it) may have changed without the file.
    """
    return (forced or last_look != files.stat_version(stat)
            or (previous.status == "quarantined" and previous.reason != NO_STORY_REASON)
            or (previous.status == "parsed" and stat.size_bytes > max_bytes))  # MAX_FILE_MB lowered


def _guard_mass_removal(removed: list[str], held: int, on_disk: dict | None, warehouse: WarehouseResource) -> None:
    """Stop before removing most of the warehouse's `held` files at once (an emptied or
    swapped folder, a half-finished sync) unless the operator confirmed it. `on_disk`:
    the folder's files when it was listed whole (None for a run of named files)."""
    if warehouse.allow_mass_removal or not removed:
        return
    if (on_disk is not None and not on_disk and held) or (len(removed) > 2 and len(removed) > held / 2):
        there = "" if on_disk is None else f"; {len(on_disk)} file(s) there now"
        raise dg.Failure(description=(
            f"{len(removed)} of the {held} files in the warehouse are gone from {warehouse.seeds} "
            f"(SEEDS_DIR{there}): nothing was changed or published. If they were "
            "removed on purpose, run again with ALLOW_MASS_REMOVAL=1 (make run ALLOW_MASS_REMOVAL=1)."))


def _inventory_row(stat: files.FileStat, max_bytes: int) -> dict:
    row = {
        "source_file": stat.name,
        "size_bytes": stat.size_bytes,
        "modified_at": stat.modified_at,
        "ingested_at": datetime.now(),
        "status": "parsed",
        "content_hash": None,
        "encoding": None,
        "reason": None,
    }
    if stat.problem:
        row.update(status="quarantined", reason=stat.problem)
        return row
    try:
        decoded = files.read_article(stat, max_bytes)
        row.update(content_hash=decoded.content_hash, encoding=decoded.encoding)
    except files.UnreadableFile as exc:
        row.update(content_hash=getattr(exc, "content_hash", None), status="quarantined", reason=str(exc))
    except OSError as exc:
        row.update(status="quarantined",
                   reason=f"cannot read the file ({exc.strerror or exc}): give this user read access to it")
    return row

