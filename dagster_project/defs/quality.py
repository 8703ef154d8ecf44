"""Great Expectations suites as Dagster asset checks.

The suites live in `expectations/` and run through the plain library
`lib.quality`; here each suite becomes a check on the asset it validates (all run in one
step, `gx_suites`), with the failing rows' sample in the check's metadata. On a refresh the
suites whose rows a file can change validate only the rows of the files not validated
before (`quality_frames.ROWS_OF_FILES`); the others, and a run without extraction, the whole table.
"""

from collections.abc import Iterator

import dagster as dg
from dagster_dbt import get_asset_key_for_model

from dagster_project.defs.dbt import warehouse_dbt_models
from dagster_project.defs import extraction
from dagster_project.defs.resources import BuildLockResource, WarehouseResource
from dagster_project.lib import quality, store


def _asset_key(table: str) -> dg.AssetKey:
    schema, name = table.split(".", 1)
    if schema == "raw":
        return dg.AssetKey(["raw", name])
    return get_asset_key_for_model([warehouse_dbt_models], name)


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            f"gx_{suite}", asset=_asset_key(table),
            description=f"Great Expectations suite `{suite}` on {table} (expectations/gx/expectations/{suite}.json).")
        for suite, table in quality.SUITES.items()
    ],
    can_subset=True,
    name="gx_suites",
)
def gx_suites(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource,
              build_lock: BuildLockResource) -> Iterator[dg.AssetCheckResult]:
    """Every selected suite, one after another in one step: a step per suite
    cost more in Dagster's bookkeeping than most suites take to validate, and
    running after dbt lets the GX import overlap dbt's subprocess."""
    selected = context.selected_asset_check_keys
    with store.writer_lock(warehouse.build):  # a writer of another run must not hold the file
        pending = _files_to_validate(context, warehouse)
        run_files = None if pending is None else sorted(pending)
        all_passed = True
        for suite, table in quality.SUITES.items():
            key = dg.AssetCheckKey(_asset_key(table), f"gx_{suite}")
            if key not in selected:
                continue
            files = run_files if suite in quality.PER_FILE_SUITES else None
            result = quality.validate_table(warehouse.build, suite, files=files)
            all_passed &= result.success
            yield dg.AssetCheckResult(
                asset_key=key.asset_key,
                check_name=key.name,
                passed=result.success,
                metadata={
                    "scope": "whole table" if files is None else f"rows of the {len(files)} file(s) not validated before",
                    "rows_validated": result.row_count,
                    "expectations_evaluated": result.evaluated,
                    "expectations_failed": result.failed,
                    "failures": dg.MetadataValue.json(result.failures),
                },
            )
        if pending and all_passed and selected >= _PER_FILE_CHECKS:
            # only now: rows whose checks failed, or whose step died (out of memory, killed),
            # are validated again by the next run instead of passing unseen
            with warehouse.get_connection() as con:
                store.record_validated(con, pending, context.run.run_id)


def _files_to_validate(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> dict[str, str] | None:
    """When the run ran the extraction (a refresh): the files whose rows no run has
    validated yet (this run's, and those of a run whose checks failed or died), name ->
    extraction version; per-file suites then validate only their rows. None: the whole table."""
    selection = context.run.asset_selection  # empty or None: the whole job
    if selection and extraction.STORIES not in selection:
        return None
    with warehouse.get_connection(read_only=True) as con:
        return store.files_pending_validation(con, extraction.STAGE)


_PER_FILE_CHECKS = {dg.AssetCheckKey(_asset_key(table), f"gx_{suite}")
                    for suite, table in quality.SUITES.items() if suite in quality.PER_FILE_SUITES}


gx_checks = [gx_suites]
