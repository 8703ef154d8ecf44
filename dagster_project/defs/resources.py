"""The one resource the Python assets share: where files come from and where
the warehouse goes. Defaults come from `settings` (environment variables)."""

from pathlib import Path

import dagster as dg

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
