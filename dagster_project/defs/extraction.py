"""The extraction asset: stories and fact mentions of every new or changed file,
landed in the raw tables.

Incremental by content hash and extractor version: it (re)processes only files
whose version its ledger has not seen, and drops rows of files that are gone.
The work is done by the plain libraries (`extraction` in worker processes via
`lib.extract_pool`, `lib.dedupe`, `lib.store`); this module orchestrates, logs
progress and attaches metadata. Before it: `defs/inventory.py`; after it: dbt.
"""

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import polars as pl

from dagster_project import extraction, tables
from dagster_project.defs.inventory import ARTICLE_FILES, NO_STORY_REASON
from dagster_project.defs.resources import BuildLockResource, WarehouseResource
from dagster_project.lib import bounds, dedupe, extract_pool, files, previews, progress, store

BATCH_FILES = 200  # files per transaction: bounded memory, bounded redo after a crash
PER_FILE_ROWS = 50  # files listed in the per-file extraction counts of a run

STORIES = dg.AssetKey(["raw", "stories"])
FACT_KEYS = {table: dg.AssetKey(["raw", table]) for table in tables.FACT_TABLES}
EXTRACTED_TABLES = ("stories", *tables.FACT_TABLES)
STAGE = "extraction"  # ledger stage of extracted_articles


def _code_fingerprint(package_dir: Path) -> str:
    """Hash of the extraction library's source: a new extractor re-extracts
    every file once, an unchanged one re-extracts nothing."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*.py")):
        digest.update(path.relative_to(package_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = _code_fingerprint(Path(extraction.__file__).parent)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(STORIES, deps=[ARTICLE_FILES], group_name="extraction", kinds={"python", "polars", "duckdb"},
                     code_version=EXTRACTOR_VERSION,
                     description="Stories split out of each readable file: page chrome dropped, OCR line breaks "
                                 "joined, title (also when printed after the body), source, byline, date, year, province."),
        *[
            dg.AssetSpec(FACT_KEYS[table], deps=[STORIES], group_name="extraction", kinds={"python", "polars", "duckdb"},
                         code_version=EXTRACTOR_VERSION, description=text)
            for table, text in (
                ("fund_mentions", "Every amount of money in a story: qualifier, per-unit rate, flow, in-kind, region, year, evidence."),
                ("beneficiary_mentions", "Every count of people or households helped: group, category, region, year, evidence."),
                ("campaign_mentions", "Every named campaign / action / project: kind, year, province, organizers."),
            )
        ],
    ],
    name="extracted_articles",
)
def extracted_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                       build_lock: BuildLockResource) -> Iterator[dg.MaterializeResult]:
    """Splits new or changed files into stories and extracts their facts, in
    one pass per file (a story's year can come from the other stories of its
    page). Rows land as polars frames, one transaction per batch of files; a
    removed file's rows are dropped. Files with identical bytes are extracted
    once (see `dim_source_files.duplicate_of`). A file with no story text left
    after removing page chrome is moved to quarantine.
    """
    with warehouse.get_connection() as con:
        readable = store.parsed_files(con)
        # a file's version is its content and the extractor's code; copies are extracted once
        wanted = store.extraction_versions(readable, EXTRACTOR_VERSION)
        landed = store.ledger(con, STAGE)
        todo, gone = store.pending(wanted, landed)
        # rows deleted or added outside a run: landed again, not left to pass every check unseen
        tampered = sorted(set(store.files_with_changed_rows(con, STAGE)) & set(wanted))
        if tampered:
            context.log.warning(f"the landed rows of {len(tampered)} file(s) were changed outside a run "
                                f"({', '.join(tampered[:5])}{' …' if len(tampered) > 5 else ''}): extracting them again")
        todo = sorted(set(todo) | set(tampered))
        # copies of a changed or removed story are looked at again: one of them is kept now
        todo = sorted(set(todo) | (dedupe.dependent_files(con, todo + gone) & set(wanted)))
        copies = 0
        done_files: set[str] = set()
        # files whose old rows are still landed until this run redoes them (none in a first build:
        # the set is not rebuilt from every file of the run for each batch)
        redo_landed = set(todo) & (set(landed) | set(tampered))
        # removed files go first: a story must not be found a copy of one that is gone
        if gone:
            frames = {table: store.frame(table, []) for table in (*EXTRACTED_TABLES, "story_bands")}
            store.replace_file_rows(con, frames, gone, STAGE, dict.fromkeys(gone))
        empty: list[str] = []
        oversized: dict[str, str] = {}  # name -> why its story is too long to land (lib/bounds.py)
        per_file: list[dict] = []
        done = 0
        extract_started = time.monotonic()
        pool = extract_pool.ExtractionPool(max_story_chars=warehouse.max_story_chars)

        def start(batch: list[str]):
            """Read a batch's files and hand them to the workers. Copies and files with an
            over-long line need no extraction: they are done, with no rows."""
            no_rows = {name: wanted[name] for name in batch if wanted[name].startswith(store.COPY_PREFIX)}
            texts = []
            for name in batch:
                if name not in no_rows:
                    decoded = _reread(warehouse, name, readable[name])
                    if decoded is None:
                        continue
                    too_long = bounds.line_too_long(decoded.text, warehouse.max_story_chars)
                    if too_long:
                        oversized[name] = too_long
                        no_rows[name] = wanted[name]
                    else:
                        texts.append((name, decoded.text))
            return batch, no_rows, texts, pool.submit(texts)

        batches = _batches(todo)
        try:
            started = start(batches[0]) if batches else None
            for k in range(len(batches)):
                batch, processed, texts, results = started
                # the workers extract the next batch while this one lands (one writer, in order)
                started = start(batches[k + 1]) if k + 1 < len(batches) else None
                found: dict[str, list[dict]] = {table: [] for table in EXTRACTED_TABLES}
                done += len(batch) - len(texts)  # copies and files gone since the scan count as done
                for (name, _), facts in zip(texts, results()):
                    done += 1
                    progress.report("extract", done, len(todo))
                    processed[name] = wanted[name]
                    too_long = bounds.story_too_long(facts.oversized_story, warehouse.max_story_chars)
                    if too_long:
                        oversized[name] = too_long
                        continue
                    if not facts.stories:
                        empty.append(name)
                    found["stories"] += facts.stories
                    found["fund_mentions"] += facts.funds
                    found["beneficiary_mentions"] += facts.beneficiaries
                    found["campaign_mentions"] += facts.campaigns
                    per_file.append({"source_file": name, "stories": len(facts.stories), "funds": len(facts.funds),
                                     "beneficiaries": len(facts.beneficiaries), "campaigns": len(facts.campaigns)})
                # compare with what is landed, except the old rows of files this run has still to redo
                not_yet = redo_landed - done_files
                copies += dedupe.mark_duplicates(con, found, sorted(not_yet))
                done_files.update(batch)
                frames = {table: store.frame(table, rows) for table, rows in found.items()}
                # only files landed before have rows to delete: a first build scans no table to delete nothing
                store.replace_file_rows(con, frames, [name for name in processed if name in redo_landed], STAGE,
                                        processed, run_id=context.run_id)
                rate = done / max(time.monotonic() - extract_started, 1e-9)
                context.log.info(f"extract: {done}/{len(todo)} files ({rate:.0f} files/s, {pool.workers} worker(s))")
        finally:
            pool.close()  # the workers stop however the batches end
        if empty:
            con.execute(
                f"UPDATE {tables.qualified('article_files')} SET status = 'quarantined', reason = ? "
                "WHERE source_file IN (SELECT unnest(?::VARCHAR[]))",
                [NO_STORY_REASON, empty],
            )
        for name, reason in oversized.items():
            context.log.warning(f"quarantined {name}: {reason}")
            con.execute(f"UPDATE {tables.qualified('article_files')} SET status = 'quarantined', reason = ? "
                        "WHERE source_file = ?", [reason, name])
        counts = store.table_counts(con, [tables.qualified(t) for t in EXTRACTED_TABLES])
        sample = con.execute(
            f"SELECT source_file, story_index, title, source, year, province FROM {tables.qualified('stories')} "
            "ORDER BY source_file, story_index LIMIT 10"
        ).pl()
    for table in EXTRACTED_TABLES:
        metadata = {"dagster/row_count": counts[tables.qualified(table)], "files_extracted": len(todo),
                    "files_removed": len(gone)}
        if table == "stories":
            metadata["files_without_story"] = len(empty)
            metadata["files_with_oversized_story"] = len(oversized)
            metadata["duplicate_stories_found"] = copies
            metadata["preview"] = dg.MetadataValue.md(previews.markdown_table(sample))
            metadata["extracted_per_file"] = dg.MetadataValue.md(
                previews.markdown_table(pl.DataFrame(per_file), rows=PER_FILE_ROWS) if per_file else "_no file extracted in this run_")
        yield dg.MaterializeResult(asset_key=dg.AssetKey(["raw", table]), metadata=metadata)


def _reread(warehouse: WarehouseResource, name: str, expected_hash: str) -> files.DecodedFile | None:
    """The file as the inventory saw it, or None if it changed or went away
    since (the next run's inventory picks the new version up)."""
    path = warehouse.seeds / name
    try:
        st = path.stat()
        decoded = files.read_article(files.FileStat(name, path, st.st_size, st.st_mtime_ns), warehouse.max_file_bytes)
    except (OSError, files.UnreadableFile):
        return None
    return decoded if decoded.content_hash == expected_hash else None


def _batches(names: list[str]) -> list[list[str]]:
    """Batches of `names`: files per transaction (bounded memory, bounded redo after a crash)."""
    return [names[start : start + BATCH_FILES] for start in range(0, len(names), BATCH_FILES)]
