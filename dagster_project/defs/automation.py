"""Refresh automation: a job over every asset, a folder sensor, a daily schedule.

Both only need to say *that* something should run: every asset is
incremental by content hash, so a run parses only new or changed files.
The sensor also names the files, so the inventory does not rescan the folder.
"""

import hashlib
import json

import dagster as dg

from dagster_project.defs.ingest import ArticleFilesConfig
from dagster_project.defs.resources import WarehouseResource
from dagster_project.lib import files

refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest new/changed/removed article files, extract, rebuild marts, check, publish.",
)

def refresh_run_config(only_files: list[str] | None = None, log_level: str | None = None,
                       rescan: bool = False) -> dict:
    """Run config of `refresh_warehouse`: optionally only the named files (as the
    sensor passes them), every file read again (`rescan`), a console log level."""
    config: dict = {}
    if only_files or rescan:
        files_config = ArticleFilesConfig(only_files=only_files or [], rescan=rescan)
        config["ops"] = {"raw__article_files": {"config": files_config.model_dump()}}
    if log_level:
        config["loggers"] = {"console": {"config": {"log_level": log_level}}}
    return config


daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=refresh_job,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Daily full-folder refresh at 06:00, in case a change was missed.",
)


@dg.sensor(
    job=refresh_job,
    minimum_interval_seconds=15,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts a refresh for new, changed and removed *.txt files in SEEDS_DIR.",
)
def new_article_files(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    previous = json.loads(context.cursor) if context.cursor else {}
    try:
        on_disk = files.list_article_files(warehouse.seeds)
    except files.InputFolderUnusable as exc:
        # an unmounted or vanished folder is not "every file removed": wait, keep the cursor
        return dg.SkipReason(str(exc))
    changes = files.diff_folder(previous, on_disk)
    if not changes.names:
        context.update_cursor(json.dumps(changes.cursor))
        return dg.SkipReason("no new, changed or removed files")
    run_key = hashlib.sha256(json.dumps([changes.names, [changes.cursor.get(n) for n in changes.names]]).encode()).hexdigest()[:16]
    context.update_cursor(json.dumps(changes.cursor))
    context.log.info(f"{len(changes.changed)} new/changed, {len(changes.removed)} removed")
    return dg.RunRequest(
        run_key=run_key,
        run_config=refresh_run_config(changes.names),
        tags={"trigger": "new_article_files", "files": str(len(changes.names))},
    )
