"""The sensor looks every tick (5 s) at a folder it lists quickly, and spaces out
its looks at a folder whose listing takes long (MAX_LOOK_SHARE)."""
import json
import os
import shutil
import time

import dagster as dg

from dagster_project.defs import automation
from dagster_project.defs.automation import new_article_files
from dagster_project.defs.resources import WarehouseResource
from tests.conftest import SEEDS


def _with_look(cursor: str, started: float, seconds: float) -> str:
    state = json.loads(cursor)
    state["look"] = [started, seconds]
    return json.dumps(state)


def _add_settled_file(seeds, name="new.txt"):
    shutil.copy(SEEDS / "000_834fe5786aebde17.txt", seeds / name)
    old = time.time() - 60
    os.utime(seeds / name, (old, old))


def _only_files(result: dg.SensorResult):
    return result.run_requests[0].run_config["ops"]["raw__article_files"]["config"]["only_files"]


def test_a_quick_look_is_recorded_and_every_tick_looks(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    warehouse = WarehouseResource(seeds_dir=str(seeds), warehouse_path=str(tmp_path / "w.duckdb"))
    assert automation.SENSOR_INTERVAL_SECONDS == 5
    with dg.instance_for_test() as instance:
        first = new_article_files(dg.build_sensor_context(instance=instance, resources={"warehouse": warehouse}))
        started, seconds = json.loads(first.cursor)["look"]
        assert abs(started - time.time()) < 60 and 0 <= seconds < 5
        _add_settled_file(seeds)
        # a look of a small folder, however recent, does not hold the next one back
        second = dg.build_sensor_context(instance=instance, cursor=_with_look(first.cursor, time.time(), 0.2),
                                         resources={"warehouse": warehouse})
        assert _only_files(new_article_files(second)) == ["new.txt"]


def test_a_slow_look_spaces_out_the_next_ones(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    warehouse = WarehouseResource(seeds_dir=str(seeds), warehouse_path=str(tmp_path / "w.duckdb"))
    with dg.instance_for_test() as instance:
        first = new_article_files(dg.build_sensor_context(instance=instance, resources={"warehouse": warehouse}))
        _add_settled_file(seeds)
        # the last look took 4 s (a folder of ~100,000 files) and began 1 s ago: the next waits until 16 s
        slow = _with_look(first.cursor, time.time() - 1, 4.0)
        held = dg.build_sensor_context(instance=instance, cursor=slow, resources={"warehouse": warehouse})
        skip = new_article_files(held)
        assert not skip.run_requests and "took 4.0 s" in skip.skip_reason.skip_message
        assert skip.cursor is None  # the cursor stays: nothing looked at, nothing forgotten
        # 16 s after it began, the folder is looked at again and the new file found
        later = _with_look(first.cursor, time.time() - 16.5, 4.0)
        assert _only_files(new_article_files(dg.build_sensor_context(
            instance=instance, cursor=later, resources={"warehouse": warehouse}))) == ["new.txt"]
        # a look recorded in the future (the clock went back) holds nothing back
        ahead = _with_look(first.cursor, time.time() + 3600, 4.0)
        assert _only_files(new_article_files(dg.build_sensor_context(
            instance=instance, cursor=ahead, resources={"warehouse": warehouse}))) == ["new.txt"]


def test_a_cursor_without_a_look_still_works(tmp_path):
    """A cursor written before looks were timed (files and checked only)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    warehouse = WarehouseResource(seeds_dir=str(seeds), warehouse_path=str(tmp_path / "w.duckdb"))
    with dg.instance_for_test() as instance:
        first = new_article_files(dg.build_sensor_context(instance=instance, resources={"warehouse": warehouse}))
        state = json.loads(first.cursor)
        del state["look"]
        _add_settled_file(seeds)
        request = new_article_files(dg.build_sensor_context(instance=instance, cursor=json.dumps(state),
                                                            resources={"warehouse": warehouse}))
        assert _only_files(request) == ["new.txt"]
