"""A throw-away warehouse (own SEEDS_DIR, build file, published file) to
exercise the real pipeline in: used by the fault scenarios and the tests."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb

from dagster_project.settings import PROJECT_ROOT, Settings

SEEDS = PROJECT_ROOT / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


def settings_for(root: Path, seeds: Path, gold_dir: Path | None = None) -> Settings:
    """Settings of a warehouse kept entirely under `root`, reading `seeds`."""
    return Settings(
        seeds_dir=seeds,
        warehouse_path=root / "warehouse" / "warehouse.duckdb",
        dagster_home=root / "dagster_home",
        dbt_target="local",
        max_file_bytes=20_000_000,
        gold_dir=gold_dir,
    )


def run_refresh(settings: Settings, only_files: list[str] | None = None,
                raise_on_error: bool = False, rescan: bool = False) -> dg.ExecuteInProcessResult:
    """One refresh run in this process, as `make run` (or the sensor, with `only_files`) does."""
    from dagster_project.defs.automation import refresh_run_config
    from dagster_project.definitions import build_definitions

    job = build_definitions(settings).resolve_job_def("refresh_warehouse")
    return job.execute_in_process(run_config=refresh_run_config(only_files, log_level="ERROR", rescan=rescan),
                                  instance=dg.DagsterInstance.ephemeral(), raise_on_error=raise_on_error)


class Workspace:
    def __init__(self, root: Path, seed_files: list[str] | None = None, gold_dir: Path | None = None):
        self.root = root
        self.seeds = root / "seeds"
        self.seeds.mkdir(parents=True, exist_ok=True)
        for name in SEED_FILES if seed_files is None else seed_files:
            shutil.copy2(SEEDS / name, self.seeds / name)
        self.settings = settings_for(root, self.seeds, gold_dir)

    @property
    def warehouse(self) -> Path:
        return self.settings.warehouse_path

    def materialize(self, only_files: list[str] | None = None, rescan: bool = False) -> dg.ExecuteInProcessResult:
        return run_refresh(self.settings, only_files, rescan=rescan)

    def env(self) -> dict[str, str]:
        self.settings.dagster_home.mkdir(parents=True, exist_ok=True)
        # renamed into place, as `make` does: a process starting meanwhile never reads half a file
        tmp = self.settings.dagster_home / f"dagster.yaml.{os.getpid()}.tmp"
        shutil.copy(PROJECT_ROOT / "config" / "dagster.yaml", tmp)
        os.replace(tmp, self.settings.dagster_home / "dagster.yaml")
        return {**os.environ, "SEEDS_DIR": str(self.seeds), "WAREHOUSE_PATH": str(self.warehouse),
                "DAGSTER_HOME": str(self.settings.dagster_home), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
                "GX_ANALYTICS_ENABLED": "false", "DAGSTER_DISABLE_TELEMETRY": "true"}

    def start_cli_run(self, args: list[str] | None = None) -> subprocess.Popen:
        """`make run` as a separate process (to kill it, or to race a reader against it)."""
        return subprocess.Popen([sys.executable, "-m", "dagster_project.cli", "run", *(args or [])], cwd=PROJECT_ROOT,
                                env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        """Rows from the published warehouse, read-only, as a user's SQL session sees them."""
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(sql, params or []).fetchall()

    def value(self, sql: str, params: list | None = None):
        return self.query(sql, params)[0][0]

    def mart_fingerprint(self) -> dict[str, tuple[int, str]]:
        """Row count and an order-independent content hash of every mart."""
        from dagster_project.tables import MARTS

        out = {}
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            for mart in MARTS:
                cols = [r[0] for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
                    "AND table_name = ? AND column_name NOT IN ('ingested_at', 'detected_at', 'modified_at')",
                    [mart]).fetchall()]
                row = con.execute(
                    f"SELECT count(*), coalesce(bit_xor(hash({', '.join(cols)})), 0) FROM main.{mart}").fetchone()
                out[mart] = (row[0], str(row[1]))
        return out
