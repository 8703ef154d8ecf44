"""dbt models as Dagster assets (dagster-dbt), downstream of the raw tables.

dbt sources `raw.*` map to the Python assets' keys (["raw", table]), so the
graph reads files → stories → fact mentions → staging → marts. dbt tests show
as asset checks. The manifest is prepared by `make` (`dbt parse`), never
parsed at import.
"""

import importlib.metadata
import os
import sys
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from collections.abc import Mapping
from typing import Any

import dagster as dg
from packaging import version
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from dagster_project.defs.resources import WarehouseResource
from dagster_project.lib import store
from dagster_project.settings import DBT_PROJECT_DIR, load_settings

dbt_project = DbtProject(
    project_dir=DBT_PROJECT_DIR,
    profiles_dir=DBT_PROJECT_DIR,
    target=load_settings().dbt_target,
)


DBT_RUN_TARGET = DBT_PROJECT_DIR / "target" / "last_run"


class WarehouseDbtTranslator(DagsterDbtTranslator):
    """Groups models by their folder (staging / marts) so the UI shows layers."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        fqn = dbt_resource_props.get("fqn", [])
        if dbt_resource_props.get("resource_type") == "model" and len(fqn) > 2:
            return fqn[1]
        return super().get_group_name(dbt_resource_props)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseDbtTranslator(),
)
def warehouse_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """Builds staging views and marts in the private build file and runs dbt tests."""
    # profiles.yml reads the target file from this variable; the dbt
    # subprocess inherits the environment at call time.
    os.environ["DBT_DUCKDB_PATH"] = str(warehouse.build)
    # One artifacts folder, overwritten by each run (runs are serialized), instead
    # of a new folder per run that would grow without bound under the sensor.
    with store.writer_lock(warehouse.build):
        yield from dbt.cli(["build"], context=context, target_path=DBT_RUN_TARGET).stream()


class WarehouseDbtCli(DbtCliResource):
    """DbtCliResource without two per-run costs (~3.5 s of a 20 s refresh):
    the version comes from the installed dbt-core's metadata instead of a
    `dbt --version` subprocess, and no in-process dbt adapter is opened (it
    serves only row-count and column-metadata fetching, which we don't use).
    Tied to the pinned dagster-dbt 0.29.x internals; tests cover the dbt step."""

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


def dbt_resource() -> DbtCliResource:
    # The dbt of this environment, also when its bin/ is not on PATH (the UI, tests).
    executable = Path(sys.executable).with_name("dbt")
    return WarehouseDbtCli(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=str(executable))
