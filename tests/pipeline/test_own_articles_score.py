"""The scorer on the hand-written test articles, built through the whole pipeline:
tests/articles/ (62 stories, 31 provinces: chrome, OCR pages, titles after their
body, traditional characters, statistics bulletins, county papers), tests/heldout/
(12 stories written after the rules were tuned) and tests/heldout2/ (17 stories,
10 provinces, written blind later: listing pages, WeChat posts, GB18030, converter
leftovers). All were annotated, campaign and countable included, by helpers who
had not seen the extractor (see each folder's README)."""
import pytest

from tests.conftest import PROJECT_ROOT, make_settings, materialize, score

# Bars a little under the F1 measured on 2026-11-29 (README "Accuracy"): tests/articles
# 1.000 / 1.000 / 0.994 / 0.993; tests/heldout and tests/heldout2 1.000 on all four.
SETS = {
    "articles": {"stories": 0.98, "funds": 0.98, "beneficiaries": 0.98, "campaigns": 0.97},
    "heldout": {"stories": 0.98, "funds": 0.98, "beneficiaries": 0.98, "campaigns": 0.97},
    "heldout2": {"stories": 0.98, "funds": 0.98, "beneficiaries": 0.98, "campaigns": 0.97},
}
# attributes (lowest now: funds.campaign 0.947 on tests/articles) and totals by province
# (lowest now: funds 0.867 on tests/articles); the hidden sets' bars are 0.90 and 0.80
MIN_ATTRIBUTE = 0.92
MIN_PROVINCE_TOTALS = 0.85


@pytest.fixture(scope="module", params=sorted(SETS))
def report(request, tmp_path_factory):
    folder = PROJECT_ROOT / "tests" / request.param
    root = tmp_path_factory.mktemp(request.param)
    settings = make_settings(root, seeds=folder)
    result = materialize(settings)
    return request.param, score(settings.warehouse_path, folder / "gold", root / "score.json"), result


def test_facts_of_unseen_articles_reach_the_f1_bars(report):
    name, scores, _ = report
    below = {k: scores[k]["f1"] for k, bar in SETS[name].items() if scores[k]["f1"] < bar}
    assert below == {}


def test_attributes_of_unseen_articles_are_mostly_right(report):
    _, scores, _ = report
    weak = {k: v for k, v in scores["attributes"].items() if v is not None and v < MIN_ATTRIBUTE}
    assert weak == {}


def test_countable_totals_by_province_mostly_agree_with_the_gold(report):
    _, scores, _ = report
    totals = scores["totals"]
    assert totals["funds_by_province"]["share"] >= MIN_PROVINCE_TOTALS
    assert totals["people_by_province"]["share"] >= MIN_PROVINCE_TOTALS


def test_every_quality_check_passes_on_unseen_articles(report):
    _, _, result = report
    failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    assert failed == []
