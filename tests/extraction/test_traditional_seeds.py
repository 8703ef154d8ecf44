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


def test_a_variant_form_jionlp_lacks_is_simplified_too():
    # "陜西" (陝 typed as its variant 陜) names the province, and a campaign's name is simplified whole
    from .helpers import extract
    facts = extract("陜西萬名學子獲助學金\n陜西省慈善協會開展“陜西希望工程圓夢·牽手”行動，資助貧困大學生1600名。\n")
    assert facts.stories[0]["province"] == "陕西省"
    assert [c["name"] for c in facts.campaigns] == ["陕西希望工程圆梦·牵手"]
