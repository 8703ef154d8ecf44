"""Names and columns of the tables the Python assets land in DuckDB.

These `raw` tables are the dbt sources (dbt_models/models/staging/_sources.yml);
the user-facing marts of CONTRACT.md are built from them by dbt. Column order
here is the order frames are written in.
"""
from __future__ import annotations

import functools
from pathlib import Path

RAW_SCHEMA = "raw"

# name -> (column, DuckDB type) in order
LANDED_TABLES: dict[str, list[tuple[str, str]]] = {
    # one row per input file seen in SEEDS_DIR (inventory, incl. quarantined files)
    "article_files": [
        ("source_file", "VARCHAR"),        # file name relative to SEEDS_DIR
        ("size_bytes", "BIGINT"),
        ("content_hash", "VARCHAR"),       # sha256 of the raw bytes
        ("encoding", "VARCHAR"),           # utf-8 / utf-8-sig / gb18030 / ...
        ("status", "VARCHAR"),             # 'parsed' | 'quarantined'
        ("reason", "VARCHAR"),             # why quarantined, else NULL
        ("modified_at", "TIMESTAMP"),
        ("ingested_at", "TIMESTAMP"),
    ],
    # one row per story
    "stories": [
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("story_index", "INTEGER"),
        ("title", "VARCHAR"),
        ("body", "VARCHAR"),
        ("source", "VARCHAR"),
        ("byline", "VARCHAR"),
        ("published_date", "DATE"),
        ("year", "INTEGER"),
        ("province", "VARCHAR"),
        ("city", "VARCHAR"),
        ("county", "VARCHAR"),
        # one story counted once (extraction/duplicates.py): set at landing
        ("duplicate_of", "VARCHAR"),       # article_id of the earlier copy of this story, else NULL
        ("text_hash", "VARCHAR"),          # body without whitespace and punctuation, hashed
        ("figures", "VARCHAR"),            # the story's amounts and counts, sorted
        ("minhash", "BIGINT[]"),           # MinHash signature of the body's 5-grams
        ("lsh_bands", "VARCHAR[]"),        # its LSH band keys
    ],
    # the copy index: one row per (story, LSH band key) and per (story, figures key with one
    # figure left out, "f:…"), looked up by a batch's new stories (lib/dedupe.py)
    "story_bands": [
        ("band", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
    ],
    "fund_mentions": [
        ("fund_id", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("amount_yuan", "DOUBLE"),
        ("amount_text", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("per_unit", "VARCHAR"),
        ("flow", "VARCHAR"),
        ("in_kind", "BOOLEAN"),
        ("province", "VARCHAR"),
        ("city", "VARCHAR"),
        ("county", "VARCHAR"),
        ("year", "INTEGER"),
        ("campaign_id", "VARCHAR"),
        ("countable", "BOOLEAN"),            # may be summed (GUIDELINES "Adding up")
        ("not_countable_reason", "VARCHAR"),  # vocabulary.NOT_COUNTABLE_REASONS
        ("evidence", "VARCHAR"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ],
    "beneficiary_mentions": [
        ("beneficiary_id", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("quantity", "BIGINT"),
        ("quantity_text", "VARCHAR"),
        ("unit", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("group_text", "VARCHAR"),
        ("category", "VARCHAR"),
        ("province", "VARCHAR"),
        ("city", "VARCHAR"),
        ("county", "VARCHAR"),
        ("year", "INTEGER"),
        ("campaign_id", "VARCHAR"),
        ("countable", "BOOLEAN"),            # may be summed (GUIDELINES "Adding up")
        ("not_countable_reason", "VARCHAR"),  # vocabulary.NOT_COUNTABLE_REASONS
        ("evidence", "VARCHAR"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ],
    "campaign_mentions": [
        ("mention_id", "VARCHAR"),
        ("campaign_id", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("name", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("year", "INTEGER"),
        ("province", "VARCHAR"),
        ("organizers", "VARCHAR[]"),
        ("evidence", "VARCHAR"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ],
    # which version of each file a stage has processed (content hash, plus the
    # extractor's code fingerprint for extraction): a stage redoes a file whose
    # version differs, and drops rows of files that are gone (crash-safe, incremental)
    "processing_ledger": [
        ("stage", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("processed_version", "VARCHAR"),
        ("processed_at", "TIMESTAMP"),
        ("run_id", "VARCHAR"),  # the Dagster run that processed it: checks validate that run's files
    ],
}

# Facts extracted from stories, written together per file.
FACT_TABLES = ("fund_mentions", "beneficiary_mentions", "campaign_mentions")

# The marts of CONTRACT.md (dbt models in schema main).
MARTS = (
    "dim_articles",
    "dim_regions",
    "dim_source_files",
    "fct_funds",
    "fct_beneficiaries",
    "fct_campaigns",
    "bridge_campaign_articles",
    "quarantine",
)


# The marts' columns and types have one home: the dbt contracts of
# dbt_models/models/marts/_marts.yml (dbt enforces them on every build).
MARTS_YAML = Path(__file__).resolve().parent.parent / "dbt_models" / "models" / "marts" / "_marts.yml"


@functools.cache
def mart_columns(mart: str) -> tuple[tuple[str, str], ...]:
    """(column, DuckDB type) of a mart, in order, as its dbt contract declares them."""
    import yaml  # (installed with dbt)

    models = {m["name"]: m for m in yaml.safe_load(MARTS_YAML.read_text(encoding="utf-8"))["models"]}
    return tuple((c["name"], c["data_type"].upper()) for c in models[mart]["columns"])


def qualified(table: str) -> str:
    return f"{RAW_SCHEMA}.{table}"


def columns(table: str) -> list[str]:
    return [name for name, _ in LANDED_TABLES[table]]


def create_statement(table: str) -> str:
    cols = ", ".join(f"{name} {dtype}" for name, dtype in LANDED_TABLES[table])
    return f"CREATE TABLE IF NOT EXISTS {qualified(table)} ({cols})"
