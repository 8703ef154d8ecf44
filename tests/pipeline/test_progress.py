"""Progress of a run as `make run` draws it: scan, extract and dbt build
report files (nodes) done / total, and the CLI turns them into bars."""
from __future__ import annotations

import io

from dagster_project import cli
from dagster_project.lib import progress
from tools.workspace import SEED_FILES, Workspace


def test_a_run_reports_scan_extract_and_dbt_progress_to_the_end(tmp_path):
    workspace = Workspace(tmp_path, seed_files=SEED_FILES[:2])
    seen: list[tuple[str, int, int]] = []
    with progress.listening(lambda task, done, total: seen.append((task, done, total))):
        assert workspace.materialize().success
    assert [s for s in seen if s[0] == "extract"] == [("extract", 1, 2), ("extract", 2, 2)]
    assert ("scan", 2, 2) in seen
    dbt = [s for s in seen if s[0] == "dbt build"]
    assert dbt[-1] == ("dbt build", 84, 84)  # 14 models + 70 tests
    assert [d for _, d, _ in dbt] == sorted(d for _, d, _ in dbt)
    progress.report("extract", 1, 1)  # no listener left: nothing to call, no error


def test_progress_bars_draw_each_task_to_its_total():
    stream = io.StringIO()
    with cli.ProgressBars(enabled=True, stream=stream) as bars:
        for done in range(1, 4):
            bars("extract", done, 3)
        bars("dbt build", 84, 84)
    text = stream.getvalue()
    assert "extract  : 100%" in text and "3/3" in text
    assert "dbt build: 100%" in text and "84/84" in text


def test_no_bars_when_disabled():
    stream = io.StringIO()
    with cli.ProgressBars(enabled=False, stream=stream) as bars:
        bars("extract", 1, 1)
    assert stream.getvalue() == ""
