"""Arrival to answer: a file dropped into the watched folder of a real `dg dev`
(webserver, daemon, code server, as `make ui` starts them), until its facts are
queryable in the published warehouse.

For each project folder (the checkout's copy, and with `--compare REV` an older
commit's export): build a warehouse of N generated files with `cli run` in a
temporary SEEDS_DIR / WAREHOUSE_PATH / DAGSTER_HOME (the project's own
config/dagster.yaml), start `dg dev` (or `dagster dev` for a project without
`[tool.dg]`) on it and wait for the sensor's first tick. Then drop the held-back
files one at a time, each after a pause that puts it at another point of the
sensor's cycle, and poll the published file read-only (a new connection each
time: the file is replaced atomically) until `main.dim_source_files` lists the
file as `parsed`. Two projects' devs run side by side and take the drops in turn,
so that the load of a shared machine weighs on both alike. Each drop's run is
then looked up in the instance, to split the latency into its parts:

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


class DevSession:
    """One project's warehouse of the corpus, built, and its `dg dev` running on it."""

    def __init__(self, project: Project, workdir: Path, corpus: Path, timeout_s: float = 600.0):
        self.project = project
        self.timeout_s = timeout_s
        root = workdir / f"arrival_{project.label}"
        self.seeds = root / "seeds"
        shutil.copytree(corpus, self.seeds, ignore=shutil.ignore_patterns("gold"))
        self.files = sum(1 for _ in self.seeds.glob("*.txt"))
        self.warehouse = root / "warehouse" / "warehouse.duckdb"
        self.home = root / "dagster_home"
        self.log = root / "dev.log"
        self.env = project.env(self.seeds, self.warehouse, self.home)
        self.proc: subprocess.Popen | None = None
        self.instance = None
        self.drops: list[Drop] = []

    def build(self) -> None:
        self.project.dbt_parse(self.warehouse)
        build = subprocess.run([str(BIN / "python"), "-m", "dagster_project.cli", "run", "--no-progress"],
                               cwd=self.project.path, env=self.env, capture_output=True, text=True)
        if build.returncode != 0:
            raise RuntimeError(f"the build of {self.seeds} ({self.project.label}) failed:\n{build.stderr[-3000:]}")

    def start(self) -> None:
        """`dg dev`, until the sensor's first tick (which counts the built files as seen)."""
        started = time.time()
        with open(self.log, "w") as out:
            self.proc = subprocess.Popen(dev_command(self.project, free_port()), cwd=self.project.path,
                                         env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.instance = _instance(self.home)
        self._wait(lambda: _sensor_ticked(self.instance, started), "the sensor's first tick under dev")

    def drop(self, source: Path) -> Drop:
        """Copy `source` in (a new file, written now); wait until it is queryable, then
        until its run has finished, so that the next drop starts from a quiet instance."""
        shutil.copy(source, self.seeds / source.name)
        dropped_at = time.time()
        self._wait(lambda: queryable(self.warehouse, source.name), f"{source.name} queryable")
        drop = Drop(source.name, time.time() - dropped_at)
        self._wait(lambda: not _runs_busy(self.instance), "the run to finish")
        _parts(self.instance, drop, dropped_at)
        self.drops.append(drop)
        print(f"  {self.project.label}: {drop.name} queryable after {drop.latency_s:.1f} s", file=sys.stderr,
              flush=True)
        return drop

    def stop(self) -> None:
        from dagster_project.supervise import stop_group

        if self.proc is not None:
            stop_group(self.proc, grace=15)
        if self.instance is not None:
            self.instance.dispose()

    def result(self) -> ArrivalResult:
        return ArrivalResult(self.project.label, self.files, self.drops, self.log)

    def _wait(self, predicate, what: str) -> None:
        _wait(predicate, self.timeout_s, what, self.log, self.proc)


def measure(projects: list[Project], workdir: Path, corpus: Path, held: list[Path], *, seed: int = 7,
            max_pause_s: float = 20.0) -> list[ArrivalResult]:
    """Build `corpus` with each project, start each one's `dg dev` (all running at
    once, idle but for their sensors), then drop the `held` files one at a time into
    each in turn, the order of the projects alternating from file to file: a shared
    machine's load then weighs on every project alike. Before each drop, a pause
    (the same for every project) puts it at another point of the sensor's cycle."""
    sessions = [DevSession(project, workdir, corpus) for project in projects]
    pauses = random.Random(seed)
    try:
        for session in sessions:
            session.build()
        for session in sessions:
            session.start()
        for k, source in enumerate(held):
            pause = pauses.uniform(0, max_pause_s)
            for session in (sessions if k % 2 == 0 else sessions[::-1]):
                time.sleep(pause)
                session.drop(source)
    finally:
        for session in sessions:
            session.stop()
    return [session.result() for session in sessions]
