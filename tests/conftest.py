"""Shared fixtures: a copy of the seeds, settings pointing at temp folders,
and one full in-process build of the warehouse reused by the tests that only
read it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from dagster_project.settings import DBT_PROJECT_DIR, PROJECT_ROOT, Settings

SEEDS = PROJECT_ROOT / "seeds"
SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"

os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "true")


def pytest_sessionstart(session):
    """`make test` prepares the dbt manifest; this covers a bare `pytest`."""
    if not (DBT_PROJECT_DIR / "target" / "manifest.json").exists():
        dbt = Path(sys.executable).with_name("dbt")
        subprocess.run([str(dbt), "parse", "--profiles-dir", ".", "--quiet"], cwd=DBT_PROJECT_DIR, check=True)


def make_settings(root: Path, seeds: Path | None = None, gold_dir: Path | None = None) -> Settings:
    if seeds is None:
        seeds = root / "seeds"
        shutil.copytree(SEEDS, seeds)
    return Settings(
        seeds_dir=seeds,
        warehouse_path=root / "warehouse" / "warehouse.duckdb",
        dagster_home=root / "dagster_home",
        dbt_target="local",
        max_file_bytes=20_000_000,
        gold_dir=gold_dir,
    )


def materialize(settings: Settings, only_files: list[str] | None = None) -> dg.ExecuteInProcessResult:
    """Run the refresh job in-process, as `make run` and the sensor do."""
    from dagster_project.definitions import build_definitions

    job = build_definitions(settings).resolve_job_def("refresh_warehouse")
    run_config = {}
    if only_files is not None:
        run_config = {"ops": {"raw__article_files": {"config": {"only_files": only_files}}}}
    result = job.execute_in_process(run_config=run_config, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return result


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> tuple[Settings, dg.ExecuteInProcessResult]:
    """The warehouse built once from the five seed files, scored against the shared gold."""
    settings = make_settings(tmp_path_factory.mktemp("seed_build"), gold_dir=SHARED_EVAL / "gold")
    return settings, materialize(settings)
