"""The HTML report built from the seed build: self-contained, well-formed, with
the real totals and campaigns; data from the warehouse is escaped."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import duckdb
import pytest

from dagster_project.report import build_report
from dagster_project.report.__main__ import main as report_main
from dagster_project.settings import PROJECT_ROOT

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    """Collects tags, attributes and text; records every unbalanced or stray closing tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


@pytest.fixture(scope="module")
def report(seed_build, tmp_path_factory):
    settings, _ = seed_build
    out = tmp_path_factory.mktemp("report") / "reports" / "warehouse_report.html"
    data = build_report(settings.warehouse_path, out)
    return data, out.read_text(encoding="utf-8")


def test_totals_are_the_seed_build_values(report):
    data, _ = report
    t = data.totals
    assert (t["files_parsed"], t["files_quarantined"], t["stories"]) == (5, 0, 15)
    # countable rows only: 4 rates and 4 multi-year amounts (80多亿元, 13亿多元, 20多亿元, and the
    # 约9.88亿元 of the poverty battle's years) left out
    assert (t["fund_amounts"], t["fund_total_yuan"]) == (17, 1_303_934_765)
    assert (t["fund_rates_excluded"], t["fund_restatements_excluded"]) == (4, 4)
    assert (t["beneficiary_mentions"], t["beneficiary_people"], t["beneficiary_households"],
            t["beneficiary_visits"]) == (26, 7_215_868, 1_041_622, 109_370)
    assert t["campaigns"] == 44
    assert [(c["name"], c["year"]) for c in data.top_campaigns[:3]] == [
        ("迎新春送温暖", 2022), ("迎新春送温暖", 2024), ("我为群众办实事", 2022)]
    assert all(q.status == "pass" for q in data.quality), data.quality
    assert data.quarantined == []


def test_html_is_self_contained_and_well_formed(report):
    _, html = report
    assert html.startswith("<!DOCTYPE html>")
    checker = parse(html)
    for tag, attrs in checker.tags:
        for name in ("src", "href", "xlink:href", "action", "data"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), (tag, attrs)
        assert tag not in {"script", "link", "iframe", "img", "object", "embed"}, tag
    assert not re.search(r"https?://", html)  # no URL at all: nothing to fetch
    assert "@import" not in html and "url(" not in html
    assert html.count("<svg") == 3


def test_html_shows_the_real_figures(report):
    _, html = report
    text = re.sub(r"\s+", " ", "".join(parse(html).text))
    assert "1,303,934,765 yuan in 17 amounts" in text
    assert "13.04亿元" in text
    for figure in ("7,215,868", "1,041,622", "109,370"):
        assert figure in text
    for name in ("迎新春送温暖", "禾计划", "情暖江苏", "慈善情暖万家", "湖南省民政厅、省慈善总会"):
        assert name in text
    assert "748,000,000" in text  # 迎新春送温暖 2022's fund total
    assert "869,000,000" in text and "748,000,000" in text  # 湖南省 2022 total, raised
    assert "needy_general" in text and "orphans_children" in text
    assert "Quarantined files (0)" in text
    assert "status: PASS" in text


def test_quarantined_files_and_checks_are_shown_escaped(seed_build, tmp_path):
    """A copy of the seed build with a quarantined file whose name and reason carry
    markup; and a --checks JSON with a failed check."""
    settings, _ = seed_build
    wh = tmp_path / "warehouse.duckdb"
    shutil.copy(settings.warehouse_path, wh)
    con = duckdb.connect(str(wh))
    con.execute("INSERT INTO main.quarantine (source_file, reason, detected_at) "
                "VALUES ('<b>evil</b>.txt', 'binary file <script>alert(1)</script> & more', now())")
    con.execute("INSERT INTO main.dim_source_files (source_file, status, reason) "
                "VALUES ('<b>evil</b>.txt', 'quarantined', 'binary')")
    con.close()
    checks = tmp_path / "checks.json"
    checks.write_text(json.dumps([{"asset": "fct_funds", "name": "gx_fct_funds", "passed": True},
                                  {"name": "dbt <unique>", "passed": False, "detail": "2 duplicates"}]))
    out = tmp_path / "r.html"
    assert report_main(["--warehouse", str(wh), "--out", str(out), "--checks", str(checks)]) == 0
    html = out.read_text(encoding="utf-8")
    checker = parse(html)
    assert "<script>" not in html and "<b>evil" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    text = re.sub(r"\s+", " ", "".join(checker.text))
    assert "Quarantined files (1)" in text
    assert "<b>evil</b>.txt" in text  # shown as text, not markup
    assert "fct_funds:gx_fct_funds" in text and "dbt <unique>" in text
    assert "status: FAIL" in text
    assert [t for t, _ in checker.tags].count("script") == 0


def test_cli_runs_as_a_module_without_dagster(seed_build, tmp_path):
    settings, _ = seed_build
    out = tmp_path / "reports" / "warehouse_report.html"
    code = ("import sys; from dagster_project.report.__main__ import main; rc = main(sys.argv[1:]); "
            "assert 'dagster' not in sys.modules, 'report imports dagster'; sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "--warehouse", str(settings.warehouse_path), "--out", str(out)],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "report:" in proc.stdout and out.exists()
    proc = subprocess.run([sys.executable, "-m", "dagster_project.report", "--warehouse", str(tmp_path / "none.duckdb"),
                           "--out", str(tmp_path / "x.html")], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "make run" in proc.stderr
