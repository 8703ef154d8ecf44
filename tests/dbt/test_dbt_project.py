"""dbt project: `dbt build` over a tmp DuckDB with hand-written raw rows passes, the marts
have exactly the CONTRACT.md columns (in order, with the DuckDB types), and campaign totals
exclude per-person rates and restatements."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from tests.fixtures.dbt_build import build_warehouse, run_dbt  # noqa: E402
from tests.fixtures.raw_rows import C1, C2, EXPECTED_CAMPAIGNS, RAW_ROWS  # noqa: E402

from dagster_project import tables  # noqa: E402

CONTRACT_MD = PROJECT_ROOT.parent / "shared" / "CONTRACT.md"
# the marts CONTRACT.md lists; their columns and types live in the dbt contracts (_marts.yml)
CONTRACT_MARTS = ("dim_articles", "fct_funds", "fct_beneficiaries", "fct_campaigns", "bridge_campaign_articles",
                  "quarantine")


def contract_md_columns() -> dict[str, list[str]]:
    """Column names per table of CONTRACT.md's "Tables in the warehouse" section, in order."""
    text = CONTRACT_MD.read_text(encoding="utf-8").split("## Tables in the warehouse", 1)[1].split("\n## ", 1)[0]
    found: dict[str, list[str]] = {}
    for block in re.split(r"\n(?=`\w+`)", text):
        head = re.match(r"`(\w+)`", block)
        if head and ":" in block:
            body = block.split("\n:", 1)[1] if "\n:" in block else ""
            body = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", body)  # drop "(…)" explanations
            found[head.group(1)] = re.findall(r"`(\w+)`", body)
    return found


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
    assert "ERROR=0" in proc.stdout and "FAIL=" not in proc.stdout.replace("FAIL=0", "")
    assert proc.stdout.count("PASS fct_campaigns::") == 2 or proc.stdout.count("[PASS") >= 2, proc.stdout[-3000:]


def test_dbt_parse_without_duckdb_path(tmp_path):
    proc = run_dbt(None, "parse", target_dir=tmp_path)  # DBT_DUCKDB_PATH unset -> profile default
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.mark.parametrize("mart", tables.MARTS)
def test_mart_columns_and_types_are_its_dbt_contract(con, mart):
    rows = con.execute(
        "select column_name, data_type from information_schema.columns "
        "where table_schema = 'main' and table_name = ? order by ordinal_position",
        [mart],
    ).fetchall()
    assert tuple(rows) == tables.mart_columns(mart)
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


@pytest.mark.parametrize("mart", CONTRACT_MARTS)
def test_the_dbt_contract_opens_with_the_columns_of_contract_md(mart):
    listed = contract_md_columns()[mart]
    assert len(listed) >= 2
    assert [name for name, _ in tables.mart_columns(mart)][: len(listed)] == listed
