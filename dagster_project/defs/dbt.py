"""dbt models as Dagster assets (dagster-dbt), downstream of the raw tables.

dbt sources `raw.*` map to the Python assets' keys (["raw", table]), so the
graph reads files → stories → fact mentions → staging → marts. dbt tests show
as asset checks. The manifest is prepared by `make` (`dbt parse`), never
parsed at import.
"""

import contextlib
import importlib
import importlib.metadata
import sys
import threading
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from collections.abc import Mapping
from typing import Any

import dagster as dg
from packaging import version
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from dagster_project.defs.resources import BuildLockResource, WarehouseResource
from dagster_project import tables
from dagster_project.lib import mart_metadata, progress, store
from dagster_project.settings import DBT_PROJECT_DIR, dbt_target_path_for, dbt_vars_for

# The target (DBT_TARGET) is the resource's, set when the definitions are built.
dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)



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
def warehouse_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource,
                         build_lock: BuildLockResource):
    """Builds staging views and marts in the private build file and runs dbt tests."""
    _import_in_background("great_expectations", "dagster_project.report.charts")
    # Mart events wait for the build to end, to carry what the marts hold then
    # (row count, first rows, a chart); they follow within seconds.
    held: list = []
    nodes = len(context.selected_asset_keys) + len(context.selected_asset_check_keys)
    try:
        with store.writer_lock(warehouse.build):
            # One artifacts folder beside the build file, overwritten by each run (runs
            # are serialized), not a new one per run: dbt's partial parse of the last
            # run is reused. dbt's debug-level file log (~2 MB a run) costs ~0.5 s; its
            # events reach the run's logs anyway. dbt unit tests check the models'
            # logic on given rows: `make test` runs them (tests/dbt), a refresh of the
            # data does not need to. The profile reads the build file from --vars.
            build = dbt.cli(["build", "--exclude-resource-type", "unit_test", "--log-level-file", "warn",
                             "--vars", dbt_vars_for(warehouse.build)],
                            context=context, target_path=dbt_target_path_for(warehouse.build))
            for done, event in enumerate(build.stream(), 1):
                progress.report("dbt build", min(done, nodes), nodes)
                if isinstance(event, dg.Output) and _mart_of(context, event) is not None:
                    held.append(event)
                else:
                    yield event
    except Exception:
        yield from held  # the marts dbt built before it failed still count as materialized
        raise
    yield from _with_mart_metadata(context, held, warehouse.build)


def _import_in_background(*modules: str) -> None:
    """Import what the steps after dbt need (GX alone takes ~2.5 s) while this
    step mostly waits on dbt's subprocess, instead of after it; a later
    `import` of a module still loading waits for it to finish."""
    def load() -> None:
        for module in modules:
            with contextlib.suppress(Exception):  # the step that needs it reports a real failure
                importlib.import_module(module)

    threading.Thread(target=load, name="import-ahead", daemon=True).start()


def _mart_of(context: dg.AssetExecutionContext, event: dg.Output) -> str | None:
    key = context.asset_key_for_output(event.output_name)
    return key.path[-1] if key.path[-1] in tables.MARTS else None


def _with_mart_metadata(context: dg.AssetExecutionContext, outputs: list[dg.Output], build: Path):
    """The held mart outputs, each with its row count, a preview and (funds,
    beneficiaries) a PNG chart; without them if the build cannot be read."""
    try:
        extra = mart_metadata.for_marts(build, [_mart_of(context, event) for event in outputs])
    except Exception as exc:  # metadata is a view of the data, never a reason to fail the build
        context.log.warning(f"mart metadata skipped: {exc}")
        extra = {}
    for event in outputs:
        yield event.with_metadata({**event.metadata, **extra.get(_mart_of(context, event), {})})


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


def dbt_resource(target: str) -> DbtCliResource:
    # The dbt of this environment, also when its bin/ is not on PATH (the UI, tests).
    executable = Path(sys.executable).with_name("dbt")
    return WarehouseDbtCli(project_dir=dbt_project, profiles_dir=str(DBT_PROJECT_DIR), dbt_executable=str(executable),
                           target=target)
