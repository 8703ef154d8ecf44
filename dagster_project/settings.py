"""Every path and setting of the project, read from the environment in one place.

All are optional; defaults are relative to the project root so that a fresh
clone works with no configuration (see CONTRACT.md).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_models"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
# DuckDB caches up to 80% of RAM by default; the build needs far less and spills
# past this (the dbt profile reads the same variable).
DUCKDB_MEMORY_LIMIT = os.environ.get("DUCKDB_MEMORY_LIMIT", "1GB")
# DuckDB lets spill files grow to 90% of the free disk by default: one bad query
# would fill the disk. Every connection (runs, GX, dbt's profile) caps them here.
DUCKDB_TEMP_LIMIT = os.environ.get("DUCKDB_TEMP_LIMIT", "4GB")


def duckdb_config() -> dict[str, str]:
    """The resource bounds of every DuckDB connection the project opens: memory
    (it spills past it) and spill space. One dict for all, also because DuckDB
    refuses a second connection to a file with a different configuration."""
    return {"memory_limit": DUCKDB_MEMORY_LIMIT, "max_temp_directory_size": DUCKDB_TEMP_LIMIT}


def _path(var: str, default: str) -> Path:
    value = Path(os.environ.get(var) or default)
    return value if value.is_absolute() else PROJECT_ROOT / value


class SettingsError(ValueError):
    """A setting that cannot work; the message names the variable and what to set it to."""


# DuckDB names a database after its file: these names clash with DuckDB's own
# catalogs (main, temp, system) or with the warehouse's `raw` schema, and every
# query of the raw tables or the marts would fail with a catalog error.
RESERVED_WAREHOUSE_NAMES = ("raw", "main", "temp", "system")


@dataclass(frozen=True)
class Settings:
    seeds_dir: Path
    warehouse_path: Path
    dagster_home: Path
    dbt_target: str
    max_file_bytes: int  # MAX_FILE_MB: a larger file is quarantined, not parsed
    gold_dir: Path | None  # GOLD_DIR: gold annotations to score the build against (optional)
    allow_mass_removal: bool = False  # ALLOW_MASS_REMOVAL=1: confirm that most files really went away
    # MAX_STORY_CHARS: a file with a longer story or line is quarantined (lib/bounds.py)
    max_story_chars: int = 100_000
    keep_runs: int = 50  # KEEP_RUNS: finished runs kept in DAGSTER_HOME (lib/retention.py)
    schedule_timezone: str = "Asia/Shanghai"  # SCHEDULE_TIMEZONE: the daily refresh runs at 06:00 there

    def __post_init__(self) -> None:
        check_warehouse_path(self.warehouse_path)

    @property
    def scorer_path(self) -> Path | None:
        """SCORER_PATH, else `score.py` beside the gold folder (../shared/eval/)."""
        if os.environ.get("SCORER_PATH"):
            return _path("SCORER_PATH", "")
        return self.gold_dir.parent / "score.py" if self.gold_dir else None

    @property
    def build_path(self) -> Path:
        return build_path_for(self.warehouse_path)


def build_path_for(warehouse_path: Path) -> Path:
    """Private working copy that runs write to; users never open it.

    Same file name as the published file, so that the DuckDB catalog name
    (taken from the file stem) that dbt bakes into views stays valid after
    the file is copied and published.
    """
    return warehouse_path.parent / ".build" / warehouse_path.name


def dbt_target_path_for(build_path: Path) -> Path:
    """dbt's artifacts and logs of the runs on this build file, beside it: a test's or
    a bench's build never writes into the checkout's dbt_models/."""
    return build_path.parent / "dbt_target"


def dbt_vars_for(build_path: Path) -> str:
    """The `--vars` of a dbt run on this build file (the profile's `duckdb_path`)."""
    return json.dumps({"duckdb_path": str(build_path)})


def check_warehouse_path(path: Path) -> None:
    """Fail before any work when WAREHOUSE_PATH's file name cannot work as a DuckDB database name."""
    if path.stem.lower() in RESERVED_WAREHOUSE_NAMES:
        raise SettingsError(
            f"WAREHOUSE_PATH={path}: DuckDB names the database after the file, and '{path.stem}' clashes with "
            f"{'the raw schema' if path.stem.lower() == 'raw' else 'a catalog of DuckDB itself'} (every query would "
            f"fail with a catalog error). Set WAREHOUSE_PATH to another file name, e.g. "
            f"WAREHOUSE_PATH={path.with_name(f'{path.stem}_warehouse{path.suffix}')}.")


def is_build_path(path: Path) -> bool:
    return path.parent.name == ".build"


def load_settings() -> Settings:
    gold = os.environ.get("GOLD_DIR")
    return Settings(
        seeds_dir=_path("SEEDS_DIR", "seeds"),
        warehouse_path=_path("WAREHOUSE_PATH", "warehouse/warehouse.duckdb"),
        dagster_home=_path("DAGSTER_HOME", ".dagster"),
        dbt_target=os.environ.get("DBT_TARGET", "local"),
        max_file_bytes=int(float(os.environ.get("MAX_FILE_MB", "20")) * 1_000_000),
        gold_dir=_path("GOLD_DIR", gold) if gold else None,
        allow_mass_removal=os.environ.get("ALLOW_MASS_REMOVAL", "") not in ("", "0", "false", "no"),
        max_story_chars=int(os.environ.get("MAX_STORY_CHARS") or 100_000),
        keep_runs=int(os.environ.get("KEEP_RUNS") or 50),
        schedule_timezone=os.environ.get("SCHEDULE_TIMEZONE") or "Asia/Shanghai",
    )
