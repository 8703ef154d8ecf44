"""Wires the project's assets, checks, jobs, sensor, schedule and resources."""
from __future__ import annotations

import dagster as dg

from dagster_project.defs import automation, dbt, extraction, gold, inventory, publish, quality
from dagster_project.defs.resources import BuildLockResource, WarehouseResource
from dagster_project.settings import Settings, load_settings


def build_definitions(settings: Settings | None = None) -> dg.Definitions:
    settings = settings or load_settings()
    checks = list(quality.gx_checks)
    if settings.gold_dir is not None:
        checks.append(gold.gold_score_check(settings.gold_dir, settings.scorer_path))
    return dg.Definitions(
        assets=[inventory.article_files, extraction.extracted_articles, dbt.warehouse_dbt_models,
                publish.published_warehouse],
        asset_checks=checks,
        jobs=[automation.refresh_job],
        sensors=[automation.new_article_files],
        schedules=[automation.daily_refresh(settings.schedule_timezone)],
        resources={"warehouse": WarehouseResource.from_settings(settings), "dbt": dbt.dbt_resource(settings.dbt_target),
                   # the build file's lock, held from the run's first step to its last
                   "build_lock": BuildLockResource(warehouse_path=str(settings.warehouse_path))},
        # Every step writes the one DuckDB build file: run steps one after another.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
