"""The scorer on the hand-written test articles (tests/articles/), which the
extractor was not written against: stories from other provinces, web chrome,
OCR pages, a title after its body, traditional characters, a cut-off story."""
import json
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_ROOT, SHARED_EVAL, make_settings, materialize

ARTICLES = PROJECT_ROOT / "tests" / "articles"
# Bars held on 62 stories from 30 provinces written and annotated (campaign and
# countable too) by helpers who had not seen the extractor; a little under the
# measured F1 (README "Extraction quality": 0.967 / 0.999 / 0.971 / 0.947).
MIN_F1 = {"stories": 0.95, "funds": 0.97, "beneficiaries": 0.95, "campaigns": 0.93}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("own_articles")
    settings = make_settings(root, seeds=ARTICLES)
    result = materialize(settings)
    out = root / "score.json"
    subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), "--warehouse", str(settings.warehouse_path),
         "--gold", str(ARTICLES / "gold"), "--json", str(out)],
        check=True, capture_output=True,
    )
    return json.loads(out.read_text()), result


def test_facts_of_unseen_articles_reach_the_f1_bars(report):
    scores, _ = report
    below = {k: scores[k]["f1"] for k, bar in MIN_F1.items() if scores[k]["f1"] < bar}
    assert below == {}


def test_attributes_of_unseen_articles_are_mostly_right(report):
    scores, _ = report
    weak = {k: v for k, v in scores["attributes"].items() if v is not None and v < 0.70}
    assert weak == {}


def test_every_quality_check_passes_on_unseen_articles(report):
    _, result = report
    failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    assert failed == []
