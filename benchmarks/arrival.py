"""Arrival to answer: a file dropped into the watched folder of a real `dg dev`
(webserver, daemon, code server, as `make ui` starts them), until its facts are
queryable in the published warehouse.

For one project folder (the checkout's copy, or an older commit's export):
build a warehouse of N generated files with `cli run`, start `dg dev` (or
`dagster dev` for a project without `[tool.dg]`) on it, wait for the sensor's
first tick, then drop the held-back files one at a time, each after a pause that
puts it at another point of the sensor's cycle, and poll the published file
read-only (a new connection each time: the file is replaced atomically) until
`main.dim_source_files` lists the file as `parsed`. Each drop's run is then
looked up in the instance, to split the latency into its parts:

    tick      the drop until the sensor's run request (the run's creation)
    queue     the run's creation until the daemon launched it (RUN_STARTING)
    start     until the run process started executing (RUN_START: imports, code load)
    run       until the facts were queryable (steps up to publication, + polling)
"""
from __future__ import annotations

import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.project import BIN, Project

SENSOR = "new_article_files"
POLL_S = 0.2


@dataclass
class Drop:
    name: str
    latency_s: float
    tick_s: float | None = None
    queue_s: float | None = None
    start_s: float | None = None
    run_s: float | None = None


@dataclass
class ArrivalResult:
    label: str
    files: int
    drops: list[Drop]
    log: Path

    @property
    def median_s(self) -> float:
        return statistics.median(d.latency_s for d in self.drops)

    def part_median(self, part: str) -> float | None:
        values = [getattr(d, part) for d in self.drops if getattr(d, part) is not None]
        return statistics.median(values) if values else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dev_command(project: Project, port: int) -> list[str]:
    if project.has_dg() and (BIN / "dg").exists():
        return [str(BIN / "dg"), "dev", "-h", "127.0.0.1", "-p", str(port)]
    return [str(BIN / "dagster"), "dev", "-m", "dagster_project.definitions", "-h", "127.0.0.1", "-p", str(port)]


def queryable(warehouse: Path, name: str) -> bool:
    import duckdb

    from dagster_project.settings import duckdb_config

    try:
        con = duckdb.connect(str(warehouse), read_only=True, config=duckdb_config())
    except duckdb.Error:  # between a replace and the next look, or not there yet
        return False
    try:
        row = con.execute("SELECT status FROM main.dim_source_files WHERE source_file = ?", [name]).fetchone()
        return row is not None and row[0] == "parsed"
    except duckdb.Error:
        return False
    finally:
        con.close()


def _instance(home: Path):
    import dagster as dg

    return dg.DagsterInstance.from_config(str(home))


def _sensor_ticked(instance, after: float) -> bool:
    from dagster._core.scheduler.instigation import InstigatorType

    for state in instance.all_instigator_state(instigator_type=InstigatorType.SENSOR):
        if state.instigator_name == SENSOR:
            ticks = instance.get_ticks(state.instigator_origin_id, state.selector_id, limit=1)
            return bool(ticks) and ticks[0].timestamp >= after
    return False


def _runs_busy(instance) -> bool:
    import dagster as dg

    busy = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
            dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]
    return bool(instance.get_run_ids(filters=dg.RunsFilter(statuses=busy)))


def _parts(instance, drop: Drop, dropped_at: float) -> None:
    """Fill in the drop's parts from the run the sensor requested for its file."""
    import dagster as dg

    for record in instance.get_run_records(filters=dg.RunsFilter(tags={"dagster/sensor_name": SENSOR}), limit=10):
        only = (record.dagster_run.run_config.get("ops", {}).get("raw__article_files", {})
                .get("config", {}).get("only_files", []))
        if drop.name not in only:
            continue
        created = record.create_timestamp.timestamp()
        events = {r.event_log_entry.dagster_event.event_type: r.event_log_entry.timestamp
                  for r in instance.get_records_for_run(
                      record.dagster_run.run_id,
                      of_type={dg.DagsterEventType.RUN_STARTING, dg.DagsterEventType.RUN_START}).records}
        drop.tick_s = created - dropped_at
        starting = events.get(dg.DagsterEventType.RUN_STARTING)
        start = events.get(dg.DagsterEventType.RUN_START)
        if starting is not None:
            drop.queue_s = starting - created
            if start is not None:
                drop.start_s = start - starting
                drop.run_s = dropped_at + drop.latency_s - start
        return


def _wait(predicate, timeout_s: float, what: str, log: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline or proc.poll() is not None:
            tail = log.read_text(errors="replace").splitlines()[-30:] if log.exists() else []
            why = f"dev exited ({proc.returncode})" if proc.poll() is not None else f"not within {timeout_s:.0f} s"
            raise RuntimeError(f"{what}: {why}; last lines of {log}:\n" + "\n".join(tail))
        time.sleep(POLL_S)


def measure(project: Project, workdir: Path, corpus: Path, held: list[Path], *, seed: int = 7,
            max_pause_s: float = 20.0, timeout_s: float = 600.0) -> ArrivalResult:
    """Build `corpus` into a warehouse with `project`, start its `dg dev`, drop the
    `held` files one at a time and time each until queryable."""
    from dagster_project.supervise import stop_group

    root = workdir / f"arrival_{project.label}"
    seeds = root / "seeds"
    shutil.copytree(corpus, seeds, ignore=shutil.ignore_patterns("gold"))
    warehouse = root / "warehouse" / "warehouse.duckdb"
    home = root / "dagster_home"
    env = project.env(seeds, warehouse, home)
    project.dbt_parse(warehouse)
    build = subprocess.run([str(BIN / "python"), "-m", "dagster_project.cli", "run", "--no-progress"],
                           cwd=project.path, env=env, capture_output=True, text=True)
    if build.returncode != 0:
        raise RuntimeError(f"the build of {seeds} ({project.label}) failed:\n{build.stderr[-3000:]}")
    log = root / "dev.log"
    started = time.time()
    with open(log, "w") as out:
        proc = subprocess.Popen(dev_command(project, free_port()), cwd=project.path, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    drops: list[Drop] = []
    pauses = random.Random(seed)
    instance = None
    try:
        instance = _instance(home)
        _wait(lambda: _sensor_ticked(instance, started), timeout_s, "the sensor's first tick under dev", log, proc)
        for source in held:
            # a pause so that the drops fall at different points of the sensor's cycle
            time.sleep(pauses.uniform(0, max_pause_s))
            shutil.copy(source, seeds / source.name)  # a new file: written now
            dropped_at = time.time()
            _wait(lambda: queryable(warehouse, source.name), timeout_s, f"{source.name} queryable", log, proc)
            drop = Drop(source.name, time.time() - dropped_at)
            _wait(lambda: not _runs_busy(instance), timeout_s, "the run to finish", log, proc)
            _parts(instance, drop, dropped_at)
            drops.append(drop)
            print(f"  {project.label}: {drop.name} queryable after {drop.latency_s:.1f} s", file=sys.stderr,
                  flush=True)
    finally:
        stop_group(proc, grace=15)
        if instance is not None:
            instance.dispose()
    return ArrivalResult(project.label, sum(1 for _ in corpus.glob("*.txt")), drops, log)
