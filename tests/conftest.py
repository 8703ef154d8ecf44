"""Shared fixtures: a copy of the seeds, settings pointing at temp folders,
and one full in-process build of the warehouse reused by the tests that only
read it."""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import dagster as dg
import pytest

from dagster_project.settings import DBT_PROJECT_DIR, PROJECT_ROOT, Settings
from tools.workspace import run_refresh, settings_for

SEEDS = PROJECT_ROOT / "seeds"
SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"

os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "true")
# GX validation results and Data Docs of the test builds: a temporary folder, never the
# checkout, removed when the session ends (each is ~25 MB; a folder given by the caller stays)
if "GX_RESULTS_DIR" not in os.environ:
    os.environ["GX_RESULTS_DIR"] = tempfile.mkdtemp(prefix="gx-results-")
    atexit.register(shutil.rmtree, os.environ["GX_RESULTS_DIR"], ignore_errors=True)


def pytest_sessionstart(session):
    """`make test` prepares the dbt manifest; this covers a bare `pytest`."""
    if not (DBT_PROJECT_DIR / "target" / "manifest.json").exists():
        dbt = Path(sys.executable).with_name("dbt")
        subprocess.run([str(dbt), "parse", "--profiles-dir", ".", "--quiet"], cwd=DBT_PROJECT_DIR, check=True)


def make_settings(root: Path, seeds: Path | None = None, gold_dir: Path | None = None) -> Settings:
    """Settings of a temporary warehouse under `root`; by default on a copy of seeds/."""
    if seeds is None:
        seeds = root / "seeds"
        shutil.copytree(SEEDS, seeds)
    return settings_for(root, seeds, gold_dir)


def score(warehouse: Path, gold: Path, out: Path) -> dict:
    """The shared scorer's report (score.py --json) of `warehouse` against `gold`."""
    import json

    subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), "--warehouse", str(warehouse),
                    "--gold", str(gold), "--json", str(out)], check=True, capture_output=True)
    return json.loads(out.read_text())


def materialize(settings: Settings, only_files: list[str] | None = None) -> dg.ExecuteInProcessResult:
    """Run the refresh job in-process, as `make run` and the sensor do."""
    result = run_refresh(settings, only_files, raise_on_error=True)
    assert result.success
    return result


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> tuple[Settings, dg.ExecuteInProcessResult]:
    """The warehouse built once from the five seed files, scored against the shared gold."""
    settings = make_settings(tmp_path_factory.mktemp("seed_build"), gold_dir=SHARED_EVAL / "gold")
    return settings, materialize(settings)
