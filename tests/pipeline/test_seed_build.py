"""The whole graph materialized in-process from seeds/: values the seeds really contain."""
import duckdb
import pytest


@pytest.fixture(scope="module")
def con(seed_build):
    settings, _ = seed_build
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as connection:
        yield connection


def test_every_seed_file_is_parsed_and_split_into_its_stories(con):
    counts = dict(con.execute("SELECT source_file, count(*) FROM dim_articles GROUP BY 1").fetchall())
    assert counts == {
        "000_834fe5786aebde17.txt": 2,
        "001_1f163367fcc9556a.txt": 4,
        "002_1d757981b0c1c260.txt": 4,
        "003_22460755f7ac924c.txt": 4,
        "004_97b1001f26cb175d.txt": 1,
    }
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_hunan_raised_748_million_yuan_in_2022(con):
    rows = con.execute(
        "SELECT amount_text, qualifier, per_unit FROM fct_funds "
        "WHERE province = '湖南省' AND year = 2022 AND flow = 'raised' AND amount_yuan = 748000000"
    ).fetchall()
    assert rows == [("7.48亿元", "exact", None)]


def test_jiangsu_200_yuan_per_person_is_a_rate_and_in_no_total(con):
    rate = con.execute(
        "SELECT per_unit, campaign_id FROM fct_funds WHERE province = '江苏省' AND amount_yuan = 200"
    ).fetchall()
    assert [r[0] for r in rate] == ["person"]
    totals = con.execute("SELECT sum(fund_total_yuan) FROM fct_campaigns WHERE province = '江苏省'").fetchone()[0]
    with_rates = con.execute(
        "SELECT sum(amount_yuan) FROM fct_funds f JOIN fct_campaigns c USING (campaign_id) "
        "WHERE c.province = '江苏省'"
    ).fetchone()[0]
    assert totals == with_rates - sum(200 for r in rate if r[1] is not None)


def test_every_fact_points_into_its_story_body(con):
    bad = con.execute(
        "SELECT count(*) FROM fct_funds f JOIN dim_articles a USING (article_id) "
        "WHERE substr(a.body, f.span_start + 1, f.span_end - f.span_start) <> f.amount_text"
    ).fetchone()[0]
    assert bad == 0


def test_dbt_tests_and_gx_suites_pass_inside_the_dagster_run(seed_build):
    _, result = seed_build
    evaluations = result.get_asset_check_evaluations()
    failed = [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in evaluations if not e.passed]
    assert failed == []
    names = {e.check_name for e in evaluations}
    assert any(n.startswith("gx_") for n in names)
    assert any(n.startswith(("not_null", "unique", "accepted_values", "relationships")) for n in names)


def test_publication_leaves_only_the_warehouse_file_for_users(seed_build):
    settings, _ = seed_build
    names = sorted(p.name for p in settings.warehouse_path.parent.iterdir())
    # beside it only hidden working state: the build folder and the standby of the next publication
    assert names == [".build", ".warehouse.duckdb.standby", "warehouse.duckdb"]


def test_gold_score_check_reports_the_scorer_table_on_the_published_warehouse(seed_build):
    _, result = seed_build
    [score] = [e for e in result.get_asset_check_evaluations() if e.check_name == "gold_score"]
    assert score.passed
    metadata = {k: v.value for k, v in score.metadata.items()}
    assert metadata["funds_f1"] >= 0.98 and metadata["stories_f1"] >= 0.97
    assert "attribute accuracy" in metadata["scores"]


def _materialization_metadata(result, *path: str) -> dict:
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key.path == list(path)]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def test_marts_carry_row_counts_previews_and_png_charts(seed_build):
    _, result = seed_build
    funds = _materialization_metadata(result, "main", "fct_funds")
    assert funds["dagster/row_count"] == 25
    assert funds["preview"].startswith("| fund_id | article_id | amount_yuan |")
    assert funds["chart"].startswith("![funds by province and year](data:image/png;base64,iVBORw0KGgo")
    beneficiaries = _materialization_metadata(result, "main", "fct_beneficiaries")
    assert beneficiaries["dagster/row_count"] == 33
    assert beneficiaries["chart"].startswith("![beneficiaries by category](data:image/png;base64,")
    assert _materialization_metadata(result, "main", "quarantine")["preview"] == "_no rows_"


def test_stories_metadata_counts_the_facts_of_each_file_extracted(seed_build):
    _, result = seed_build
    table = _materialization_metadata(result, "raw", "stories")["extracted_per_file"]
    lines = table.splitlines()
    assert lines[0] == "| source_file | stories | funds | beneficiaries | campaigns |"
    assert len(lines) == 2 + 5  # header, rule, one row per seed file
