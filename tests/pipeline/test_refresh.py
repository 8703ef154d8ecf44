"""Incremental refresh: only new/changed files are parsed; removed files' rows go."""
import shutil

import dagster as dg
import duckdb

from dagster_project.defs.automation import new_article_files
from dagster_project.defs.resources import WarehouseResource
from tests.conftest import SEEDS, make_settings, materialize

NEW_ARTICLE = """江西省民政厅开展“温暖赣鄱”慰问活动

1月10日，江西省民政厅启动2024年“温暖赣鄱”慰问活动，安排资金2000万元，走访慰问困难群众3万户。

（据江西省民政厅）
"""


def _metadata(result, key):
    """Metadata of the materialization of asset `key` (e.g. ["raw", "stories"]) in this run."""
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey(key)]
    return {k: v.value for k, v in event.materialization.metadata.items()}


def _files(con):
    return dict(con.execute("SELECT source_file, count(*) FROM dim_articles GROUP BY 1").fetchall())


def test_new_changed_and_removed_files_each_touch_only_their_own_rows(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ["000_834fe5786aebde17.txt", "003_22460755f7ac924c.txt"]:
        shutil.copy(SEEDS / name, seeds / name)
    settings = make_settings(tmp_path, seeds)
    materialize(settings)

    (seeds / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = materialize(settings, only_files=["new.txt"])
    assert _metadata(result, ["raw", "stories"])["files_extracted"] == 1
    scopes = {e.check_name: {k: v.value for k, v in e.metadata.items()}
              for e in result.get_asset_check_evaluations() if e.check_name.startswith("gx_")}
    assert scopes["gx_fund_mentions"]["scope"] == "rows of the 1 file(s) not validated before"
    assert scopes["gx_fund_mentions"]["rows_validated"] == 1
    # a campaign's row is validated with the files of its articles: here the new file's one campaign
    assert scopes["gx_fct_campaigns"]["scope"] == "rows of the 1 file(s) not validated before"
    assert scopes["gx_fct_campaigns"]["rows_validated"] == 1
    assert scopes["gx_article_files"]["rows_validated"] == 1
    assert scopes["gx_quarantine"]["scope"] == "whole table"
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert _files(con) == {"000_834fe5786aebde17.txt": 2, "003_22460755f7ac924c.txt": 4, "new.txt": 1}
        assert con.execute("SELECT amount_yuan FROM fct_funds f JOIN dim_articles a USING (article_id) "
                           "WHERE a.source_file = 'new.txt'").fetchall() == [(20000000.0,)]

    (seeds / "new.txt").write_text(NEW_ARTICLE.replace("2000万元", "3000万元"), encoding="utf-8")
    result = materialize(settings)  # a full scan still parses only the changed file
    assert _metadata(result, ["raw", "stories"])["files_extracted"] == 1
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert con.execute("SELECT amount_yuan FROM fct_funds f JOIN dim_articles a USING (article_id) "
                           "WHERE a.source_file = 'new.txt'").fetchall() == [(30000000.0,)]

    (seeds / "empty.txt").write_bytes(b"")  # quarantined on arrival: no extraction row, an inventory row
    result = materialize(settings, only_files=["empty.txt"])
    scopes = {e.check_name: {k: v.value for k, v in e.metadata.items()}
              for e in result.get_asset_check_evaluations() if e.check_name.startswith("gx_")}
    assert scopes["gx_article_files"]["rows_validated"] == 1
    assert scopes["gx_article_files"]["scope"] == "rows of the 1 file(s) not validated before"
    (seeds / "empty.txt").unlink()

    (seeds / "003_22460755f7ac924c.txt").unlink()
    materialize(settings, only_files=["003_22460755f7ac924c.txt"])
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert _files(con) == {"000_834fe5786aebde17.txt": 2, "new.txt": 1}
        assert con.execute("SELECT count(*) FROM fct_funds WHERE province = '江苏省'").fetchone()[0] == 0


def test_sensor_requests_a_run_for_the_new_file_only(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    warehouse = WarehouseResource(seeds_dir=str(seeds), warehouse_path=str(tmp_path / "w.duckdb"))
    with dg.instance_for_test() as instance:
        first = dg.build_sensor_context(instance=instance, resources={"warehouse": warehouse})
        initial = new_article_files(first)  # a SensorResult: its run requests and new cursor
        assert sorted(initial.run_requests[0].run_config["ops"]["raw__article_files"]["config"]["only_files"]) == sorted(
            p.name for p in SEEDS.glob("*.txt"))

        (seeds / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        import os, time
        old = time.time() - 60
        os.utime(seeds / "new.txt", (old, old))
        second = dg.build_sensor_context(instance=instance, cursor=initial.cursor, resources={"warehouse": warehouse})
        request = new_article_files(second)
        assert request.run_requests[0].run_config["ops"]["raw__article_files"]["config"]["only_files"] == ["new.txt"]

        third = dg.build_sensor_context(instance=instance, cursor=request.cursor, resources={"warehouse": warehouse})
        skipped = new_article_files(third)
        assert not skipped.run_requests and skipped.skip_reason is not None


def test_a_new_extractor_version_re_extracts_every_file_once(tmp_path, monkeypatch):
    from dagster_project.defs import extraction

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ["000_834fe5786aebde17.txt", "002_1d757981b0c1c260.txt"]:
        shutil.copy(SEEDS / name, seeds / name)
    settings = make_settings(tmp_path, seeds)
    assert _metadata(materialize(settings), ["raw", "stories"])["files_extracted"] == 2
    assert _metadata(materialize(settings), ["raw", "stories"])["files_extracted"] == 0
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "next-version")
    assert _metadata(materialize(settings), ["raw", "stories"])["files_extracted"] == 2
    assert _metadata(materialize(settings), ["raw", "stories"])["files_extracted"] == 0


def test_the_same_content_under_two_names_gives_one_set_of_facts_and_lists_both_files(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "001_1f163367fcc9556a.txt", seeds / "a.txt")
    shutil.copy(SEEDS / "001_1f163367fcc9556a.txt", seeds / "b 副本.txt")
    settings = make_settings(tmp_path, seeds)
    materialize(settings)
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert _files(con) == {"a.txt": 4}
        assert con.execute("SELECT source_file, duplicate_of, story_count FROM dim_source_files ORDER BY 1").fetchall() \
            == [("a.txt", None, 4), ("b 副本.txt", "a.txt", 0)]
    (seeds / "a.txt").unlink()
    materialize(settings)
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert _files(con) == {"b 副本.txt": 4}
        assert con.execute("SELECT count(*) FROM fct_funds").fetchone()[0] == 13  # as in the gold of 001
