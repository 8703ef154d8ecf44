"""The resources the assets share: where files come from and where the
warehouse goes, and the build file's lock held for the whole run. Defaults
come from `settings` (environment variables)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from dagster_project.lib import build_lock, build_repair, store
from dagster_project.settings import Settings, build_path_for, load_settings


class WarehouseResource(dg.ConfigurableResource):
    """Paths of the incoming folder, the private build file and the published file."""

    seeds_dir: str
    warehouse_path: str
    max_file_bytes: int = 20_000_000
    # a run that would remove more than half of the warehouse's files at once stops,
    # unless the operator confirms it (ALLOW_MASS_REMOVAL=1)
    allow_mass_removal: bool = False
    # a file with a story or line longer than this is quarantined, not landed (lib/bounds.py)
    max_story_chars: int = 100_000
    # finished runs kept in DAGSTER_HOME; older ones are deleted after each publication
    keep_runs: int = 50

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> "WarehouseResource":
        settings = settings or load_settings()
        return cls(
            seeds_dir=str(settings.seeds_dir),
            warehouse_path=str(settings.warehouse_path),
            max_file_bytes=settings.max_file_bytes,
            allow_mass_removal=settings.allow_mass_removal,
            max_story_chars=settings.max_story_chars,
            keep_runs=settings.keep_runs,
        )

    @property
    def seeds(self) -> Path:
        return Path(self.seeds_dir)

    @property
    def published(self) -> Path:
        return Path(self.warehouse_path)

    @property
    def build(self) -> Path:
        return build_path_for(self.published)

    @contextmanager
    def get_connection(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A DuckDB connection to the private build file the run writes: writable (it
        holds the writer lock and has the raw schema in place) or read-only."""
        with store.connect(self.build, read_only=read_only) as con:
            yield con

    @contextmanager
    def get_published_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection to the published warehouse, as users query it."""
        with store.connect(self.published, read_only=True) as con:
            yield con


class BuildLockResource(dg.ConfigurableResource):
    """The build file's lock, held for the whole run: every asset and check
    requires this resource, and the in-process executor sets resources up once
    per run, before the first step, and tears them down after the last.

    Steps taking the lock one at a time left gaps: a second run slipped in
    between two steps of the first and died on DuckDB's "Could not set lock".
    Now a second run waits here, before touching anything, and logs whom it waits for.
    """

    warehouse_path: str

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["BuildLockResource"]:
        run = context.dagster_run
        purpose = f"run {run.run_id[:8]} of {run.job_name}" if run else None
        warn = context.log.warning if context.log else None
        build = build_path_for(Path(self.warehouse_path))
        with build_lock.writer_lock(build, purpose=purpose, on_wait=warn):
            # before any step opens it: a damaged build file is set aside and rebuilt
            build_repair.set_aside_if_damaged(build, warn or print)
            yield self
