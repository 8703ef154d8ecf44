"""Every seed converted to traditional characters yields the same facts."""
from pathlib import Path

import jionlp as jio
import pytest

from dagster_project.extraction import extract_document

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def signature(facts):
    return (
        [(s["province"], s["city"], s["year"]) for s in facts.stories],
        sorted((r["amount_yuan"], r["qualifier"], r["per_unit"], r["flow"], r["in_kind"], r["province"], r["city"])
               for r in facts.funds),
        sorted((r["quantity"], r["unit"], r["qualifier"], r["category"], r["province"], r["city"])
               for r in facts.beneficiaries),
        sorted((r["kind"], r["year"], r["province"], r["campaign_id"]) for r in facts.campaigns),
    )


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_traditional_version_of_seed_gives_same_facts(path):
    text = path.read_text(encoding="utf-8")
    trad = jio.sim2tra(text, mode="char")
    assert trad != text
    simp_facts, trad_facts = extract_document(path.name, text), extract_document(path.name, trad)
    assert signature(trad_facts) == signature(simp_facts)
    # the stored body is the traditional text, spans point into it
    for r in trad_facts.funds:
        body = next(s["body"] for s in trad_facts.stories if s["article_id"] == r["article_id"])
        assert body[r["span_start"]:r["span_end"]] == r["amount_text"]
