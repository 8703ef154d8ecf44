"""Publication: the complete build replaces the user-facing warehouse file."""

import dagster as dg
from dagster_dbt import get_asset_key_for_model

from dagster_project import tables
from dagster_project.defs.dbt import warehouse_dbt_models
from dagster_project.defs.resources import BuildLockResource, WarehouseResource
from dagster_project.lib import publication, retention, store

MART_KEYS = [get_asset_key_for_model([warehouse_dbt_models], mart) for mart in tables.MARTS]


@dg.asset(deps=MART_KEYS, group_name="publish", kinds={"duckdb"})
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                        build_lock: BuildLockResource) -> dg.MaterializeResult:
    """WAREHOUSE_PATH, the file users query: an atomic copy of the finished build.

    Runs write only to a private build file; this step checkpoints it, copies
    it beside WAREHOUSE_PATH and renames it into place, so an open `make sql`
    session keeps its old consistent view and never blocks or breaks a refresh.
    """
    size = publication.publish(warehouse.build, warehouse.published)
    with warehouse.get_published_connection() as con:
        counts = store.table_counts(con, [f"main.{m}" for m in tables.MARTS])
    context.log.info(f"published {warehouse.published} ({size / 1e6:.1f} MB)")
    # here, because every refresh (make run, sensor, schedule, the UI) ends with this step
    pruned = retention.prune_runs(context.instance, warehouse.keep_runs)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(warehouse.published)),
            "size_bytes": size,
            "old_runs_deleted": pruned,
            **{f"rows_{name.split('.', 1)[1]}": n for name, n in counts.items()},
        }
    )
