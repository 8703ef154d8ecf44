"""`make docs` support: dbt docs (static page) from the seed build, into a temporary target path."""
from __future__ import annotations

import json

import pytest

from dagster_project.report import docs


def test_dbt_static_docs_of_the_seed_build(seed_build, tmp_path, capsys):
    settings, _ = seed_build
    target = tmp_path / "dbt_docs"
    rc = docs.main(["--warehouse-build", str(settings.build_path), "--target-path", str(target), "--no-gx"])
    assert rc == 0
    page = target / "static_index.html"
    assert page.exists() and page.stat().st_size > 100_000
    assert f"dbt docs:     {page}" in capsys.readouterr().out
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    assert {"model.minzheng.fct_funds", "model.minzheng.fct_campaigns", "model.minzheng.dim_articles"} <= set(catalog["nodes"])


def test_missing_build_file_is_reported(tmp_path):
    with pytest.raises(FileNotFoundError, match="make run"):
        docs.dbt_docs(tmp_path / "nothing.duckdb", str(tmp_path / "t"))
    assert not (tmp_path / "nothing.duckdb").exists()
