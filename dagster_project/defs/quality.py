"""Great Expectations suites as Dagster asset checks.

The suites live in `expectations/` and run through the plain library
`lib.quality`; here each suite becomes a check on the asset it validates, with
the failing rows' sample in the check's metadata.
"""

import dagster as dg
from dagster_dbt import get_asset_key_for_model

from dagster_project.defs.dbt import warehouse_dbt_models
from dagster_project.defs.resources import WarehouseResource
from dagster_project.lib import quality


def _asset_key(table: str) -> dg.AssetKey:
    schema, name = table.split(".", 1)
    if schema == "raw":
        return dg.AssetKey(["raw", name])
    return get_asset_key_for_model([warehouse_dbt_models], name)


def _gx_check(suite: str, table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=_asset_key(table),
        name=f"gx_{suite}",
        description=f"Great Expectations suite `{suite}` on {table} (expectations/gx/expectations/{suite}.json).",
    )
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        result = quality.validate_table(warehouse.build, suite)
        return dg.AssetCheckResult(
            passed=result.success,
            metadata={
                "rows_validated": result.row_count,
                "expectations_evaluated": result.evaluated,
                "expectations_failed": result.failed,
                "failures": dg.MetadataValue.json(result.failures),
            },
        )

    return _check


gx_checks = [_gx_check(suite, table) for suite, table in quality.SUITES.items()]
