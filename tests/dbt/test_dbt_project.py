"""dbt project: `dbt build` over a tmp DuckDB with hand-written raw rows passes, the marts
have exactly the CONTRACT.md columns (in order, with the DuckDB types), and campaign totals
exclude per-person rates and restatements."""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from tests.fixtures.dbt_build import build_warehouse, run_dbt  # noqa: E402
from tests.fixtures.raw_rows import C1, C2, EXPECTED_CAMPAIGNS, RAW_ROWS  # noqa: E402

# CONTRACT.md columns and DuckDB types; marts may carry extra columns after these.
CONTRACT: dict[str, list[tuple[str, str]]] = {
    "dim_articles": [
        ("article_id", "VARCHAR"), ("source_file", "VARCHAR"), ("story_index", "INTEGER"),
        ("title", "VARCHAR"), ("body", "VARCHAR"), ("source", "VARCHAR"), ("year", "INTEGER"),
        ("province", "VARCHAR"), ("duplicate_of", "VARCHAR"),
    ],
    "fct_funds": [
        ("fund_id", "VARCHAR"), ("article_id", "VARCHAR"), ("amount_yuan", "DOUBLE"),
        ("amount_text", "VARCHAR"), ("qualifier", "VARCHAR"), ("per_unit", "VARCHAR"),
        ("flow", "VARCHAR"), ("in_kind", "BOOLEAN"), ("province", "VARCHAR"), ("city", "VARCHAR"),
        ("county", "VARCHAR"), ("year", "INTEGER"), ("campaign_id", "VARCHAR"),
        ("evidence", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
        ("countable", "BOOLEAN"), ("not_countable_reason", "VARCHAR"),
    ],
    "fct_beneficiaries": [
        ("beneficiary_id", "VARCHAR"), ("article_id", "VARCHAR"), ("quantity", "BIGINT"),
        ("quantity_text", "VARCHAR"), ("unit", "VARCHAR"), ("qualifier", "VARCHAR"),
        ("group_text", "VARCHAR"), ("category", "VARCHAR"), ("province", "VARCHAR"),
        ("city", "VARCHAR"), ("county", "VARCHAR"), ("year", "INTEGER"),
        ("campaign_id", "VARCHAR"), ("evidence", "VARCHAR"), ("span_start", "INTEGER"),
        ("span_end", "INTEGER"), ("countable", "BOOLEAN"), ("not_countable_reason", "VARCHAR"),
    ],
    "fct_campaigns": [
        ("campaign_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"), ("year", "INTEGER"),
        ("province", "VARCHAR"), ("organizers", "VARCHAR[]"), ("article_count", "BIGINT"),
        ("fund_total_yuan", "DOUBLE"), ("people_total", "BIGINT"),
        ("household_total", "BIGINT"), ("person_time_total", "BIGINT"),
    ],
    "bridge_campaign_articles": [("campaign_id", "VARCHAR"), ("article_id", "VARCHAR")],
    "quarantine": [("source_file", "VARCHAR"), ("reason", "VARCHAR"), ("detected_at", "TIMESTAMP")],
    "dim_regions": [("region_id", "VARCHAR"), ("province", "VARCHAR"), ("city", "VARCHAR"),
                    ("county", "VARCHAR")],
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("dbt")
    db = tmp / "warehouse.duckdb"
    proc = build_warehouse(db, target_dir=tmp)
    assert "Completed successfully" in proc.stdout
    return db


@pytest.fixture(scope="module")
def con(warehouse):
    c = duckdb.connect(str(warehouse), read_only=True)
    yield c
    c.close()


def test_unit_tests_of_the_campaign_totals_pass(warehouse, tmp_path):
    """dbt unit tests (models/marts/_unit_tests.yml): given rows, expected campaign totals."""
    proc = run_dbt(warehouse, "test", "--select", "test_type:unit", target_dir=tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "PASS=2" in proc.stdout and "ERROR=0" in proc.stdout


def test_dbt_parse_without_duckdb_path(tmp_path):
    proc = run_dbt(None, "parse", target_dir=tmp_path)  # DBT_DUCKDB_PATH unset -> profile default
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.mark.parametrize("mart", sorted(CONTRACT))
def test_mart_contract_columns_and_types(con, mart):
    rows = con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'main' and table_name = ? order by ordinal_position",
        [mart],
    ).fetchall()
    expected = CONTRACT[mart]
    assert rows[: len(expected)] == expected
    ttype = con.execute(
        "select table_type from information_schema.tables where table_schema='main' and table_name=?", [mart]
    ).fetchone()
    assert ttype == ("BASE TABLE",)


def test_staging_are_views_in_staging_schema(con):
    views = {r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_schema='staging' and table_type='VIEW'"
    ).fetchall()}
    assert views == {"stg_article_files", "stg_stories", "stg_fund_mentions",
                     "stg_beneficiary_mentions", "stg_campaign_mentions"}


def test_row_counts(con):
    assert con.execute("select count(*) from main.dim_articles").fetchone()[0] == len(RAW_ROWS["stories"])
    assert con.execute("select count(*) from main.fct_funds").fetchone()[0] == len(RAW_ROWS["fund_mentions"])
    assert con.execute("select count(*) from main.fct_beneficiaries").fetchone()[0] == len(RAW_ROWS["beneficiary_mentions"])
    assert con.execute("select count(*) from main.bridge_campaign_articles").fetchone()[0] == 3
    assert con.execute("select source_file, reason from main.quarantine").fetchall() == [
        ("005_9b2c7e11d0a4f3aa.txt", "empty file")
    ]


def test_campaign_totals_exclude_rates_and_restatements(con):
    got = {
        r[0]: dict(zip(["name", "kind", "year", "province", "organizers", "article_count",
                        "fund_total_yuan", "people_total", "household_total", "person_time_total"], r[1:]))
        for r in con.execute(
            "select campaign_id, name, kind, year, province, organizers, article_count, "
            "fund_total_yuan, people_total, household_total, person_time_total from main.fct_campaigns"
        ).fetchall()
    }
    assert set(got) == {C1, C2}
    for cid, exp in EXPECTED_CAMPAIGNS.items():
        assert got[cid] == exp, cid
    # the real numbers: 7.48亿 + 3000万 + 1500万, not counting the 200元 rate or the restated 7.48亿
    assert got[C1]["fund_total_yuan"] == 793_000_000.0
    naive = con.execute(
        "select sum(amount_yuan) from main.fct_funds where campaign_id = ?", [C1]
    ).fetchone()[0]
    assert naive == 793_000_000.0 + 748_000_000.0 + 200.0


def test_regions_cover_every_fact_region(con):
    missing = con.execute(
        "select count(*) from main.fct_funds f left join main.dim_regions r using (region_id) "
        "where coalesce(f.province, f.city, f.county) is not null and r.region_id is null"
    ).fetchone()[0]
    assert missing == 0
