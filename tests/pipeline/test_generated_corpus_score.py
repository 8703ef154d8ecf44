"""The scorer on a generated corpus (tools.corpus), built through the
whole pipeline: a larger accuracy test whose gold is right by construction."""
import subprocess
import sys

from tests.conftest import PROJECT_ROOT, make_settings, materialize, score

# Measured on 10,000 generated files (seed 7): stories 0.977, funds 0.996,
# beneficiaries 0.966, campaigns 0.998. The bars leave room for a small sample.
MIN_F1 = {"stories": 0.93, "funds": 0.97, "beneficiaries": 0.92, "campaigns": 0.95}


def test_a_generated_corpus_scores_above_the_bars(tmp_path):
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, "-m", "tools.corpus", "--out", str(corpus), "--files", "80",
                    "--seed", "11", "--quiet"], cwd=PROJECT_ROOT, check=True)
    settings = make_settings(tmp_path, seeds=corpus)
    materialize(settings)
    scores = score(settings.warehouse_path, corpus / "gold", tmp_path / "score.json")
    assert {k: scores[k]["f1"] for k in MIN_F1 if scores[k]["f1"] < MIN_F1[k]} == {}
    assert scores["funds"]["gold"] > 500  # the sample really holds facts
