"""Refresh automation: a job over every asset, a folder sensor, a daily schedule.

Both only need to say *that* something should run: every asset is
incremental by content hash, so a run parses only new or changed files.
The sensor also names the files, so the inventory does not rescan the folder.
"""

import hashlib
import json
import time
import zoneinfo
from datetime import datetime, timezone

import dagster as dg
import duckdb

from dagster_project.defs.inventory import ArticleFilesConfig
from dagster_project.defs.resources import WarehouseResource
from dagster_project.lib import files, store

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


def daily_refresh(tz_name: str) -> dg.ScheduleDefinition:
    """The daily full-folder refresh at 06:00 in `tz_name` (SCHEDULE_TIMEZONE,
    default Asia/Shanghai: the users' morning; Dagster's default would be UTC,
    14:00 in China). An unknown name fails at load, naming the setting."""
    try:
        zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"SCHEDULE_TIMEZONE={tz_name!r} is not a time zone name: set it to an IANA name "
                         "such as Asia/Shanghai or UTC") from None
    return dg.ScheduleDefinition(
        name="daily_refresh",
        job=refresh_job,
        cron_schedule="0 6 * * *",
        execution_timezone=tz_name,
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description=f"Daily full-folder refresh at 06:00 {tz_name} (SCHEDULE_TIMEZONE), in case a change was missed.",
    )


SENSOR_NAME = "new_article_files"
MAX_ATTEMPTS = 3  # a file whose runs failed this often waits for the daily refresh or `make run`
# How often the folder is looked at. The daemon's sensor loop runs every 5 s (Dagster's
# MIN_INTERVAL_LOOP_TIME), so a shorter interval gains nothing. A look lists the folder
# and stats every file: 0.2-0.4 s at 10,000 files, 1-4 s at 100,000 (2 shared cores).
SENSOR_INTERVAL_SECONDS = 5
# A look that takes long (a huge folder) is repeated only after 1/MAX_LOOK_SHARE times its
# length: looking takes at most this share of the code server's time (a 4 s look: the
# next one 16 s after it began). Folders of up to some 10,000s of files are looked at on every tick.
MAX_LOOK_SHARE = 0.25


@dg.sensor(
    name=SENSOR_NAME,
    job=refresh_job,
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts a refresh for new, changed and removed *.txt files in SEEDS_DIR.",
)
def new_article_files(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    """The cursor holds each file's fingerprint as last requested (`files`), when
    failed runs were last looked for (`checked`) and when the last look at the
    folder started and how long it took (`look`).

    Without a cursor (the first tick under `make ui`), the files the published
    warehouse already holds, as they are now, count as seen: a `make run` before
    is not redone. A requested run that failed gives its files back: they are
    requested again on the next tick, up to MAX_ATTEMPTS runs.
    """
    state = _load_cursor(context.cursor)
    look_started = time.time()
    wait = _too_soon(state, look_started)
    if wait:
        return dg.SensorResult(skip_reason=wait)  # the cursor stays: nothing looked at
    look_clock = time.monotonic()
    try:
        on_disk = files.list_article_files(warehouse.seeds)
    except files.InputFolderUnusable as exc:
        # an unmounted or vanished folder is not "every file removed": wait, keep the cursor
        return dg.SensorResult(skip_reason=str(exc))
    look_seconds = time.monotonic() - look_clock  # the listing: what grows with the folder
    if context.cursor is None:
        state["files"] = _already_landed(warehouse, on_disk)
    checked = time.time()
    retry, attempt = _files_of_failed_runs(context, state["checked"])
    for name in retry:
        state["files"].pop(name, None)
    diff_clock = time.monotonic()
    changes = files.diff_folder(state["files"], on_disk)
    look = [look_started, round(look_seconds + time.monotonic() - diff_clock, 3)]
    new_cursor = json.dumps({"files": changes.cursor, "checked": checked, "look": look})
    if not changes.names:
        return dg.SensorResult(skip_reason="no new, changed or removed files", cursor=new_cursor)
    key = [changes.names, [changes.cursor.get(n) for n in changes.names], attempt if retry else 0]
    run_key = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]
    context.log.info(f"{len(changes.changed)} new/changed, {len(changes.removed)} removed"
                     + (f"; {len(retry)} again after a failed run (attempt {attempt})" if retry else ""))
    return dg.SensorResult(run_requests=[dg.RunRequest(
        run_key=run_key,
        run_config=refresh_run_config(changes.names),
        tags={"trigger": SENSOR_NAME, "files": str(len(changes.names)), "attempt": str(attempt if retry else 1)},
    )], cursor=new_cursor)


def _load_cursor(cursor: str | None) -> dict:
    state = json.loads(cursor) if cursor else {}
    if "files" not in state:  # a cursor of an older version: the fingerprints alone
        state = {"files": state, "checked": time.time()}
    return state


def _too_soon(state: dict, now: float) -> str | None:
    """Why this tick does not look at the folder, if the last look was long and
    recent (MAX_LOOK_SHARE); None when it should look."""
    started, seconds = state.get("look", (0.0, 0.0))
    spacing = seconds / MAX_LOOK_SHARE
    if spacing <= SENSOR_INTERVAL_SECONDS or not started <= now < started + spacing:  # also: the clock went back
        return None
    return (f"the last look at the folder took {seconds:.1f} s: the next one {started + spacing - now:.0f} s "
            f"from now (looking takes at most {MAX_LOOK_SHARE:.0%} of the time)")


def _already_landed(warehouse: WarehouseResource, on_disk: dict[str, files.FileStat]) -> dict[str, list[int]]:
    """A cursor from the published warehouse: the fingerprints of the files it
    holds exactly as they are on disk now, and the files it holds that are gone
    (so the first tick reports them removed). Empty if there is no readable
    warehouse yet: then every file is new."""
    try:
        with warehouse.get_published_connection() as con:
            seen = store.ledger(con, store.INVENTORY_STAGE)
    except (duckdb.Error, OSError):
        return {}
    same = {name: files.fingerprint(stat) for name, stat in on_disk.items() if seen.get(name) == files.stat_version(stat)}
    gone = {name: [0, 0] for name in seen if name not in on_disk}
    return {**gone, **same}


def _files_of_failed_runs(context: dg.SensorEvaluationContext, since: float) -> tuple[set[str], int]:
    """Files of this sensor's runs that failed or were canceled since `since`
    (epoch seconds), and the attempt their next run is; a run already at
    MAX_ATTEMPTS gives nothing back (it would fail on every tick)."""
    failed = context.instance.get_runs(filters=dg.RunsFilter(
        tags={"dagster/sensor_name": SENSOR_NAME},
        statuses=[dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED],
        updated_after=datetime.fromtimestamp(since, tz=timezone.utc)))
    names: set[str] = set()
    attempt = 1
    for run in failed:
        tried = int(run.tags.get("attempt", "1"))
        only = run.run_config.get("ops", {}).get("raw__article_files", {}).get("config", {}).get("only_files", [])
        if tried >= MAX_ATTEMPTS:
            context.log.warning(f"run {run.run_id} failed for the {tried}th time: its {len(only)} file(s) now wait "
                                "for the daily refresh or `make run`")
            continue
        names.update(only)
        attempt = max(attempt, tried + 1)
    return names, attempt
