"""The `dg` CLI works on the project as a user runs it from the checkout:
`[tool.dg]` in pyproject.toml points it at dagster_project.definitions."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dagster_project.settings import PROJECT_ROOT

DG = Path(sys.executable).with_name("dg")


def _dg(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path), "SEEDS_DIR": str(tmp_path / "seeds"),
           "WAREHOUSE_PATH": str(tmp_path / "warehouse.duckdb")}
    return subprocess.run([str(DG), *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_dg_check_defs_loads_every_definition(tmp_path):
    done = _dg(tmp_path, "check", "defs")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All definitions loaded successfully." in done.stdout


def test_dg_list_defs_names_the_pipeline(tmp_path):
    done = _dg(tmp_path, "list", "defs", "--json")
    assert done.returncode == 0, done.stderr
    defs = json.loads(done.stdout)
    assets = {a["asset_key"] for a in defs["assets"]}
    assert {"raw/article_files", "raw/stories", "raw/fund_mentions", "main/fct_funds", "main/fct_campaigns",
            "published_warehouse"} <= assets
    assert len(defs["assets"]) == 20
    assert [j["name"] for j in defs["jobs"]] == ["refresh_warehouse"]
    assert [s["name"] for s in defs["sensors"]] == ["new_article_files"]
    assert [s["name"] for s in defs["schedules"]] == ["daily_refresh"]
    assert {r["name"] for r in defs["resources"]} == {"warehouse", "dbt", "build_lock"}
