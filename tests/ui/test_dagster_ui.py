"""The Dagster UI, used as a person would: in headless chromium against a real
`dagster dev` (webserver + daemon) on a temporary instance over the seeds.

One scenario, in order: every asset is listed in the catalog, "Materialize all"
on the asset graph launches a run, the run succeeds, and every asset check
shows as succeeded on its asset's Checks tab. Screenshots go to
reports/ui/ (UI_SCREENSHOTS to change); the README shows one of them.
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from dagster_project.settings import PROJECT_ROOT
from tools.workspace import Workspace
from tests.ui.dagster_ui import CHROMIUM, CHROMIUM_ARGS, DagsterDev

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in requirements.lock")

SCREENSHOTS = Path(os.environ.get("UI_SCREENSHOTS", PROJECT_ROOT / "reports" / "ui"))
RUN_TIMEOUT_MS = 300_000


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("ui"))


@pytest.fixture(scope="module")
def dagster_dev(workspace):
    server = DagsterDev(workspace.env(), workspace.root / "dagster_dev.log")
    try:
        server.wait_until_serving()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def page(dagster_dev):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (make browser)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        # Tall enough that the catalog and check lists render every row.
        page = browser.new_page(viewport={"width": 1600, "height": 2000}, base_url=dagster_dev.url)
        page.set_default_timeout(60_000)
        yield page
        browser.close()


@pytest.fixture(scope="module")
def expected(workspace):
    from dagster_project.definitions import build_definitions

    graph = build_definitions(workspace.settings).resolve_asset_graph()
    assets = sorted(graph.get_all_asset_keys(), key=lambda k: k.path)
    checks: dict[tuple[str, ...], list[str]] = {}
    for check in graph.asset_check_keys:
        checks.setdefault(tuple(check.asset_key.path), []).append(check.name)
    return assets, checks


def test_dg_dev_starts_without_warnings(dagster_dev):
    """`make ui` runs `dg dev`: its start-up log (webserver, daemon, code server) has no warning."""
    log = dagster_dev.log_path.read_text(errors="replace")
    assert "Serving dagster-webserver on" in log
    startup = log.split("Serving dagster-webserver on")[0]
    assert not [line for line in startup.splitlines() if "WARNING" in line.upper()]


def test_catalog_lists_every_asset(page, expected):
    assets, _ = expected
    page.goto("/assets")
    for key in assets:
        # The catalog shows a key's path joined by " / ", e.g. "main / fct_funds".
        page.get_by_text(" / ".join(key.path), exact=True).first.wait_for()
    page.screenshot(path=SCREENSHOTS / "catalog.png")
    assert len(assets) == 20


def test_materialize_all_from_the_asset_graph_succeeds(page, expected):
    page.set_viewport_size({"width": 1600, "height": 900})  # the graph fits this
    page.goto("/asset-groups")
    page.get_by_text("staging", exact=True).first.wait_for()
    page.wait_for_timeout(1000)  # the graph animates into place
    page.screenshot(path=SCREENSHOTS / "asset_graph.png")
    page.get_by_role("button", name="Materialize all").click()
    launched = page.get_by_role("link", name="View", exact=True).first  # in the "Launched run" toast
    launched.wait_for()
    run_path = launched.get_attribute("href")
    assert re.fullmatch(r"/runs/[0-9a-f-]{36}", run_path), run_path
    page.set_viewport_size({"width": 1600, "height": 2000})

    page.goto(run_path)
    outcome = page.get_by_text(re.compile(r"^(Success|Failure|Canceled)$")).first
    outcome.wait_for(timeout=RUN_TIMEOUT_MS)
    page.screenshot(path=SCREENSHOTS / "run.png")
    assert outcome.inner_text() == "Success"
    _, checks = expected
    page.get_by_text(f"{sum(map(len, checks.values()))} checks", exact=True).wait_for()


def test_every_asset_check_shows_as_succeeded(page, expected):
    _, checks = expected
    assert sum(map(len, checks.values())) == 82  # dbt tests + GX suites
    statuses: dict[str, str] = {}
    for path, names in sorted(checks.items()):
        page.goto(f"/assets/{'/'.join(path)}?view=checks")
        page.get_by_text(f"Checks ({len(names)})", exact=True).wait_for()
        for name, status in _check_rows(page, names).items():
            statuses[f"{'/'.join(path)}:{name}"] = status
        if path == ("main", "fct_funds"):
            page.screenshot(path=SCREENSHOTS / "checks_fct_funds.png")
    failed = {k: v for k, v in statuses.items() if v != "Succeeded"}
    assert not failed, failed
    assert len(statuses) == 82


def _check_rows(page, names: list[str], timeout_s: float = 30) -> dict[str, str]:
    """Latest status of each named check as the Checks tab shows it: each row
    reads a shortened name, the full name (the same line twice when the name
    is short), then the status."""
    deadline = time.monotonic() + timeout_s
    while True:
        lines = [line.strip() for line in page.inner_text("body").splitlines() if line.strip()]
        statuses = {name: _line_after(lines, name) for name in names}
        # The list renders after the selected check's header (which also
        # shows the name): wait until every row has its status, or give up.
        if set(statuses.values()) <= {"Succeeded", "Failed"} or time.monotonic() > deadline:
            return statuses
        page.wait_for_timeout(500)


def _line_after(lines: list[str], name: str) -> str:
    if name not in lines:
        return "not listed"
    at = lines.index(name)
    while at < len(lines) and lines[at] == name:
        at += 1
    return lines[at] if at < len(lines) else "no status"


def test_fct_funds_metadata_shows_its_png_chart(page):
    page.set_viewport_size({"width": 1600, "height": 1000})
    page.goto("/assets/main/fct_funds")
    chart_row = page.get_by_role("row").filter(has=page.get_by_text("chart", exact=True)).first
    chart_row.get_by_text("[Show Markdown]").click()
    chart = page.get_by_role("img", name="funds by province and year")
    chart.wait_for()
    assert chart.evaluate("img => img.complete && img.naturalWidth") > 300  # the PNG decoded
    page.screenshot(path=SCREENSHOTS / "fct_funds_chart.png")


def test_refresh_landed_the_seed_facts(workspace, page):
    """What the UI run built is the real warehouse: the seeds' facts are queryable."""
    assert workspace.value("SELECT count(*) FROM main.fct_funds") == 25
    assert workspace.value("SELECT count(*) FROM main.dim_articles") == 15
