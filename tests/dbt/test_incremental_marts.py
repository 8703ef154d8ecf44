"""The per-file incremental marts (dim_articles, fct_funds, fct_beneficiaries):
after files change or go, an incremental `dbt build` leaves exactly what a
full rebuild gives, and rows built by other SQL are rebuilt. A build with no
error marks what it built; the next one replaces only the files the ledger
shows landed or removed since, and tests only the rows it inserted."""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from tests.fixtures.dbt_build import build_warehouse, run_dbt  # noqa: E402
from tests.fixtures.raw_rows import FILE_A, FILE_B  # noqa: E402

PER_FILE_MARTS = ("dim_articles", "fct_funds", "fct_beneficiaries")


def _contents(db: Path) -> dict[str, list[tuple]]:
    """The marts' rows, without the id of the build that inserted them."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {m: con.execute(f"SELECT * EXCLUDE (build_id) FROM main.{m} ORDER BY ALL").fetchall()
                for m in PER_FILE_MARTS}


GONE_B = [f"DELETE FROM raw.{t} WHERE source_file = '{FILE_B}'"
          for t in ("stories", "fund_mentions", "beneficiary_mentions", "campaign_mentions",
                    "processing_ledger", "article_files")]


def _changed_a_and_gone_b(by_a_run: bool) -> list[str]:
    """FILE_A re-extracted with one amount changed, FILE_B deleted from the folder: as a run
    writes it to the ledger (a new processing time, a removal marker, lib/store.py), or by hand
    (a new version only, the ledger row gone)."""
    stamp = ", processed_at = now()::TIMESTAMP" if by_a_run else ""
    marker = [f"INSERT INTO raw.processing_ledger VALUES ('removed:extraction', '{FILE_B}', '', now()::TIMESTAMP, NULL)"]
    return [f"UPDATE raw.fund_mentions SET amount_yuan = amount_yuan + 1 WHERE source_file = '{FILE_A}'",
            f"UPDATE raw.processing_ledger SET processed_version = 'v2'{stamp} WHERE source_file = '{FILE_A}'",
            *GONE_B, *(marker if by_a_run else [])]


def _execute(db: Path, *statements: str) -> None:
    with duckdb.connect(str(db)) as con:
        for sql in statements:
            con.execute(sql)


def _build(db: Path, tmp: Path, *flags: str) -> None:
    proc = run_dbt(db, "build", *flags, target_dir=tmp)
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.fixture
def built(tmp_path) -> Path:
    db = tmp_path / "warehouse.duckdb"
    build_warehouse(db, target_dir=tmp_path)
    return db


def _mark(db: Path):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT max(processed_at) FROM raw.processing_ledger WHERE stage = 'marts'").fetchone()[0]


def test_a_build_marks_what_it_built_and_a_refresh_replaces_the_files_landed_or_removed_since(built, tmp_path):
    assert _mark(built) is not None
    # FILE_A is re-extracted with one amount changed; FILE_B is deleted from the folder.
    _execute(built, *_changed_a_and_gone_b(by_a_run=True))
    before = _contents(built)
    _build(built, tmp_path)
    incremental = _contents(built)
    _build(built, tmp_path, "--full-refresh")
    assert incremental == _contents(built)
    assert incremental != before
    with duckdb.connect(str(built), read_only=True) as con:
        assert con.execute(f"SELECT count(*) FROM main.dim_articles WHERE source_file = '{FILE_B}'").fetchone()[0] == 0


def test_a_refresh_tests_the_rows_it_inserted_only(built, tmp_path):
    # a row of an unchanged file that would fail a test stays unseen; the relanded file's rows are tested
    _execute(built, f"UPDATE main.fct_funds SET flow = 'sideways' WHERE source_file = '{FILE_B}'")
    _build(built, tmp_path)
    _execute(built, f"UPDATE raw.fund_mentions SET flow = 'sideways' WHERE source_file = '{FILE_A}'",
             f"UPDATE raw.processing_ledger SET processed_at = now()::TIMESTAMP WHERE source_file = '{FILE_A}'")
    proc = run_dbt(built, "build", target_dir=tmp_path)
    assert proc.returncode != 0 and "accepted_values_fct_funds_flow" in proc.stdout


def test_without_a_mark_every_file_is_compared_with_the_ledger(built, tmp_path):
    # the ledger changed by hand (no new processing time): only a full comparison sees it
    _execute(built, "DELETE FROM raw.processing_ledger WHERE stage = 'marts'", *_changed_a_and_gone_b(by_a_run=False))
    before = _contents(built)
    _build(built, tmp_path)
    incremental = _contents(built)
    _build(built, tmp_path, "--full-refresh")
    assert incremental == _contents(built)
    assert incremental != before
    with duckdb.connect(str(built), read_only=True) as con:
        assert con.execute(f"SELECT count(*) FROM main.dim_articles WHERE source_file = '{FILE_B}'").fetchone()[0] == 0
        # file_version = the ledger's version @ the time the file was processed
        versions = con.execute(f"SELECT DISTINCT file_version FROM main.fct_funds WHERE source_file = '{FILE_A}'").fetchall()
        assert [v.split("@")[0] for (v,) in versions] == ["v2"]


def test_unchanged_files_keep_their_rows_and_rows_of_old_sql_are_rebuilt(built, tmp_path):
    first = _contents(built)
    _build(built, tmp_path)
    assert _contents(built) == first  # nothing changed: nothing moves
    _execute(built, "UPDATE main.fct_funds SET sql_version = 'older sql', amount_yuan = -1")
    _build(built, tmp_path)
    assert _contents(built) == first


def test_a_mart_built_before_the_version_columns_is_rebuilt_in_place(built, tmp_path):
    first = _contents(built)
    _execute(built, "ALTER TABLE main.fct_funds DROP COLUMN sql_version",
             "ALTER TABLE main.fct_funds DROP COLUMN file_version")
    _build(built, tmp_path)
    assert _contents(built) == first
