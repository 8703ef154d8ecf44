"""Smoke test: every seed file extracts, columns match tables.py, spans are valid."""
from pathlib import Path

import pytest

from dagster_project import tables
from dagster_project.extraction import extract_document

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_rows_match_landed_columns_and_spans(path):
    facts = extract_document(path.name, path.read_text(encoding="utf-8"))
    assert facts.stories
    bodies = {s["article_id"]: s["body"] for s in facts.stories}
    for key, table in (("stories", "stories"), ("funds", "fund_mentions"),
                       ("beneficiaries", "beneficiary_mentions"), ("campaigns", "campaign_mentions")):
        for row in getattr(facts, key):
            assert list(row) == tables.columns(table)
    for row in facts.funds:
        assert bodies[row["article_id"]][row["span_start"]:row["span_end"]] == row["amount_text"]
    for row in facts.beneficiaries:
        assert bodies[row["article_id"]][row["span_start"]:row["span_end"]] == row["quantity_text"]
