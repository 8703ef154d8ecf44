"""The copy of the project a bench runs, and the environment of its runs.

Every process the bench starts (`cli run`, `dbt parse`, `dg dev`) runs from a
copy of the project in the bench's work folder, never from the checkout: dbt's
artifacts and logs (`dbt_models/target`, `dbt_models/logs`), GX's local state and
the Dagster instance all land in that copy or beside the bench's warehouses.
`--compare REV` runs the same steps on another commit, exported with `git archive`
(which writes nothing into the repository).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# Left out of the copy: built or local state (never needed to run the project).
_NOT_COPIED = {".git", ".venv", ".dagster", "warehouse", "reports", "target", "logs", "__pycache__",
               ".pytest_cache", "uncommitted", "tests"}

QUIET_ENV = {"DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "false",
             "DAGSTER_DISABLE_TELEMETRY": "true"}


def copy_checkout(dest: Path) -> Path:
    """The working tree as it is (uncommitted changes included), without built state."""
    shutil.copytree(ROOT, dest, ignore=lambda _dir, names: [n for n in names if n in _NOT_COPIED], symlinks=True)
    (dest / "warehouse").mkdir(exist_ok=True)
    return dest


def export_commit(rev: str, dest: Path) -> Path:
    """The tree of commit `rev` (`git archive`: nothing is written into the repository)."""
    dest.mkdir(parents=True)
    archive = dest.with_suffix(".tar")
    with open(archive, "wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    archive.unlink()
    (dest / "warehouse").mkdir(exist_ok=True)
    return dest


def describe(rev: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s", rev], capture_output=True,
                          text=True, check=True).stdout.strip()[:90]


class Project:
    """A project folder (copy or export) and the settings of one warehouse in it."""

    def __init__(self, path: Path, label: str):
        self.path = path
        self.label = label
        self._parsed = False

    def env(self, seeds: Path, warehouse: Path, home: Path, **extra: str) -> dict[str, str]:
        """The environment of a run on `seeds` into `warehouse`, Dagster instance `home`
        (created with this project's config/dagster.yaml if missing)."""
        home.mkdir(parents=True, exist_ok=True)
        if not (home / "dagster.yaml").exists():
            shutil.copy(self.path / "config" / "dagster.yaml", home / "dagster.yaml")
        env = {**os.environ, **QUIET_ENV, "SEEDS_DIR": str(seeds), "WAREHOUSE_PATH": str(warehouse),
               "DAGSTER_HOME": str(home), "PYTHONPATH": str(self.path), **extra}
        env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
        return env

    def dbt_parse(self, warehouse: Path) -> None:
        """What `make` does before a run: the manifest Dagster loads (in this copy's
        dbt_models/target), parsed with the profile of the runs on `warehouse`. The
        same parse is also written beside the build file, where runs keep their dbt
        artifacts once they do (settings.dbt_target_path_for), so their partial parse reuses it."""
        build = warehouse.parent / ".build" / warehouse.name
        build.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **QUIET_ENV, "DBT_DUCKDB_PATH": str(build)}
        dbt = str(BIN / "dbt")
        common = ["parse", "--profiles-dir", ".", "--quiet", "--vars", json.dumps({"duckdb_path": str(build)})]
        targets = [] if self._parsed else [["--target-path", "target", "--log-path", "logs"]]
        targets.append(["--target-path", str(build.parent / "dbt_target"), "--log-path",
                        str(build.parent / "dbt_target")])
        for target in targets:
            subprocess.run([dbt, *common, *target], cwd=self.path / "dbt_models", env=env, check=True,
                           stdout=subprocess.DEVNULL)
        self._parsed = True

    def has_dg(self) -> bool:
        return "[tool.dg]" in (self.path / "pyproject.toml").read_text(encoding="utf-8")
