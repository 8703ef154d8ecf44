"""The worked example queries of queries/ run on the seed build, read-only, and
give the values the five seed files really contain."""
from __future__ import annotations

import duckdb
import pytest

from dagster_project.settings import PROJECT_ROOT

QUERIES = PROJECT_ROOT / "queries"


@pytest.fixture(scope="module")
def con(seed_build):
    settings, _ = seed_build
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    yield con
    con.close()


def run(con, name: str) -> list[dict]:
    cur = con.execute((QUERIES / name).read_text(encoding="utf-8"))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def test_every_query_has_a_header_comment_and_is_documented():
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    files = sorted(QUERIES.glob("*.sql"))
    assert {f.name for f in files} >= {
        "funds_by_province_year.sql", "campaign_league.sql",
        "beneficiaries_by_category_region.sql", "article_facts_with_evidence.sql",
    }
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("-- "), f.name
        assert f.name in readme, f.name


def test_funds_by_province_year(con):
    rows = run(con, "funds_by_province_year.sql")
    by = {(r["province"], r["year"]): r for r in rows}
    assert len(rows) == 8
    # countable amounts only (GUIDELINES "Adding up")
    # 湖南省 2022: 7.48亿元 raised, 近6000万元 + 100多万元 allocated, 近6000万元 disbursed; not
    # the 约9.88亿元 the social organisations gave over the poverty battle's years (cumulative)
    hn22 = by[("湖南省", 2022)]
    assert hn22["amounts"] == 4
    assert hn22["raised_yuan"] == 748_000_000
    assert hn22["allocated_yuan"] == 61_000_000
    assert hn22["disbursed_yuan"] == 60_000_000
    assert hn22["total_yuan"] == 869_000_000
    # 江苏省 2024: 1040万元 + 500万元; the 每人200元 rate is not a total
    js = by[("江苏省", 2024)]
    assert (js["amounts"], js["total_yuan"]) == (2, 15_400_000)
    assert js["total_yuan"] % 1000 == 0  # no 200
    # largest first: 湖南省 2022. 湖南省 2021 keeps only 5400多万元: the five-year
    # total (80多亿元) and the pandemic donations of those years (13亿多元) are cumulative
    assert (rows[0]["province"], rows[0]["year"], rows[0]["total_yuan"]) == ("湖南省", 2022, 869_000_000)
    assert by[("湖南省", 2021)]["total_yuan"] == 54_000_000
    # 湖南省 2024: 500万元 + 近3.5亿元; not the 20多亿元 of the last five years
    assert by[("湖南省", 2024)]["total_yuan"] == 355_000_000
    assert by[("辽宁省", 2024)]["total_yuan"] == 5_089_000  # the 600元 / 360元 per-household rates left out
    assert by[("黑龙江省", 2024)]["total_yuan"] == 140_565
    assert sum(r["amounts"] for r in rows) == 17
    assert sum(r["total_yuan"] for r in rows) == 2_291_934_765 - 988_000_000
    for r in rows:
        assert r["raised_yuan"] + r["allocated_yuan"] + r["disbursed_yuan"] + r["other_yuan"] == r["total_yuan"]


def test_campaign_league(con):
    rows = run(con, "campaign_league.sql")
    assert len(rows) == 25  # LIMIT 25 of 44 campaign instances
    top = [(r["rank"], r["name"], r["year"], r["province"], r["fund_total_yuan"]) for r in rows[:5]]
    # what a reader of the seed articles adds up: 迎新春送温暖 2022 raised 7.48亿元 and
    # visited 50万户 (its parts, 近4万户 and 46万多户, not again); no five-year totals,
    # no figure shared by several campaigns (光明行…五个专项行动, 慈善一日捐…等品牌);
    # 我为群众办实事 frames the paragraph whose clause waives 近6000万元 of fees
    assert top == [
        (1, "迎新春送温暖", 2022, "湖南省", 748_000_000),
        (2, "迎新春送温暖", 2024, "湖南省", 355_000_000),
        (3, "我为群众办实事", 2022, "湖南省", 60_000_000),
        (4, "禾计划", 2021, "湖南省", 54_000_000),
        (5, "情暖江苏", 2024, "江苏省", 10_400_000),
    ]
    assert rows[0]["household_total"] == 500_000 and rows[0]["people_total"] is None
    ys = rows[1]
    assert (ys["people_total"], ys["household_total"], ys["person_time_total"]) == (10, 536_000, None)
    assert ys["article_count"] == 1
    assert ys["organizers"] == "湖南省民政厅、省慈善总会"
    by_name = {r["name"]: r for r in rows}
    assert by_name["暖心敲门"]["fund_total_yuan"] == 140_565
    assert by_name["暖心敲门"]["article_count"] == 2
    assert by_name["暖心敲门"]["people_total"] == 34_075  # 30801名 + 103人 + 3171人
    # campaigns with no money rank after every funded one
    funded = [r for r in rows if r["fund_total_yuan"] is not None]
    assert len(funded) == 8 and rows[:8] == funded
    assert {r["rank"] for r in rows[8:]} == {9}


def test_beneficiaries_by_category_region(con):
    rows = run(con, "beneficiaries_by_category_region.sql")
    by = {(r["category"], r["province"]): r for r in rows}
    hn = by[("needy_general", "湖南省")]
    # countable only: not the parts of 50万户, not the 300多万户次 / 400万人次 of five years,
    # not the 106.5万名 / 74万多人 of the poverty battle's years (2016-2020, told in 2022)
    assert (hn["mentions"], hn["people"], hn["households"], hn["visits"]) == (3, 10, 1_036_000, 0)
    assert by[("orphans_children", "江苏省")]["people"] == 145_000
    assert by[("tekun", "河北省")]["people"] == 824
    assert ("veterans_cadres", "湖南省") not in by  # 近4万户 is a part of 50万户
    assert by[("homeless", "江苏省")]["visits"] == 4_370
    assert sum(r["mentions"] for r in rows) == 26
    assert len({r["category"] for r in rows}) == 7
    assert sum(r["people"] for r in rows) == 7_215_868
    assert sum(r["households"] for r in rows) == 1_041_622
    assert sum(r["visits"] for r in rows) == 109_370
    assert all(r["other_units"] == 0 for r in rows)


def test_article_facts_with_evidence_default_example(con):
    con.execute("RESET VARIABLE title_like")
    rows = run(con, "article_facts_with_evidence.sql")
    assert {r["title"] for r in rows} == {"2024年湖南省“迎新春送温暖活动”启动"}
    funds = [(r["text"], r["value"]) for r in rows if r["fact"] == "fund"]
    assert funds == [("500万元", 5_000_000), ("近3.5亿元", 350_000_000), ("20多亿元", 2_000_000_000)]
    bens = [(r["text"], r["value"]) for r in rows if r["fact"] == "beneficiary"]
    assert bens == [("10名", 10), ("53.6万户", 536_000), ("300多万户次", 3_000_000)]
    assert [r["text"] for r in rows if r["fact"] == "campaign"] == ["迎新春送温暖"]
    for r in rows:
        if r["fact"] != "campaign":
            assert r["span_ok"] is True and r["text"] in r["evidence"]


def test_article_facts_with_evidence_parameter(con):
    con.execute("SET VARIABLE title_like = ?", ["%牡丹江市民政局%暖心敲门%"])
    try:
        rows = run(con, "article_facts_with_evidence.sql")
    finally:
        con.execute("RESET VARIABLE title_like")
    assert {r["title"] for r in rows} == {"黑龙江省牡丹江市民政局启动两节期间社会救助“暖心敲门”行动"}
    funds = {r["text"]: r for r in rows if r["fact"] == "fund"}
    assert set(funds) == {"134237元", "6328元"}
    assert "in kind" in funds["6328元"]["detail"]  # 生活物资折款
    assert "发放救助资金134237元" in funds["134237元"]["evidence"]
    assert {r["text"] for r in rows if r["fact"] == "beneficiary"} == {"30801名", "103人"}
    assert all(r["span_ok"] for r in rows if r["fact"] != "campaign")


def test_queries_run_in_the_duckdb_shell(seed_build):
    """As documented in queries/README.md: the CLI on the file, read-only, query on stdin."""
    import subprocess
    import sys
    from pathlib import Path

    shell = Path(sys.executable).with_name("duckdb")
    if not shell.exists():
        pytest.skip("duckdb shell not installed in this environment")
    settings, _ = seed_build
    out = subprocess.run(
        [str(shell), "-readonly", "-csv", str(settings.warehouse_path),
         "-cmd", "SET VARIABLE title_like = '%绥芬河%'"],
        stdin=(QUERIES / "article_facts_with_evidence.sql").open("rb"),
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    assert "黑龙江省绥芬河市民政局开展“暖心敲门”行动" in out
