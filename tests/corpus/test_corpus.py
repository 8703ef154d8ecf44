"""Tests for the synthetic corpus generator (tools.corpus).

The gold is checked against the article text with parsers written here, not
with the generator's own code: amounts and counts are parsed back from their
``text`` (cn2an for Chinese numerals), regions are checked against jionlp's
gazetteer directly, and the article is scanned for 元 amounts and quoted
campaign names that the gold does not list.
"""
from __future__ import annotations

import contextlib
import io
import json
import random
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest

from tools.corpus import write_corpus
from tools.corpus.amounts import int_to_cn, money, money_range, quantity

ROOT = Path(__file__).resolve().parents[2]
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
FLOWS = {"raised", "allocated", "disbursed", "other"}
PERS = {None, "person", "household"}
UNITS = {"户", "人", "名", "位", "人次", "户次", "家", "个"}
CATEGORIES = {"needy_general", "dibao", "tekun", "orphans_children", "elderly", "disabled", "homeless",
              "veterans_cadres", "other"}
MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}
NAME_RE = re.compile(r"^\d{6}_[0-9a-f]{16}$")
_FW = str.maketrans("０１２３４５６７８９", "0123456789")


def squash(s: str) -> str:
    return re.sub(r"\s", "", s)


def parse_quantity(text: str, unit: str) -> tuple[int, str]:
    """(value, qualifier) of a printed amount/count, parsed independently."""
    t = text.translate(_FW).replace(",", "")
    qual = "exact"
    for pre, q in (("大约", "approx"), ("约", "approx"), ("超过", "at_least"), ("逾", "at_least"), ("超", "at_least"),
                   ("不到", "at_most"), ("不足", "at_most"), ("将近", "at_most"), ("近", "at_most")):
        if t.startswith(pre):
            t, qual = t[len(pre):], q
            break
    for suf, q in (("左右", "approx"), ("以上", "at_least")):
        if t.endswith(suf):
            t, qual = t[: -len(suf)], q
    if unit and t.endswith(unit):
        t = t[: -len(unit)]
    if "多" in t or "余" in t:
        assert qual == "exact", text
        t, qual = t.replace("多", "").replace("余", ""), "at_least"
    scale = 1
    if t.endswith("亿"):
        t, scale = t[:-1], 10**8
    elif t.endswith("万"):
        t, scale = t[:-1], 10**4
    num = Decimal(t) if re.fullmatch(r"\d+(\.\d+)?", t) else Decimal(int(cn2an.cn2an(t, "smart")))
    return int(num * scale), qual


# ------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus200")
    write_corpus(out, 200, seed=11, progress=False)
    return out


@pytest.fixture(scope="module")
def docs(corpus):
    """[(article text, gold dict)] for the 200-file corpus."""
    pairs = []
    for txt in sorted(corpus.glob("*.txt")):
        gold = json.loads((corpus / "gold" / (txt.stem + ".json")).read_text(encoding="utf-8"))
        pairs.append((txt.read_text(encoding="utf-8"), gold))
    return pairs


@pytest.fixture(scope="module")
def gazetteer():
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp as jio

        return jio.china_location_loader()


# --------------------------------------------------------------- determinism
def _tree_bytes(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, 40, seed=5, progress=False)
    write_corpus(b, 40, seed=5, progress=False)
    assert _tree_bytes(a) == _tree_bytes(b)


def test_different_seed_differs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, 20, seed=5, progress=False)
    write_corpus(b, 20, seed=6, progress=False)
    ta, tb = _tree_bytes(a), _tree_bytes(b)
    assert set(ta) != set(tb)
    assert sorted(ta.values()) != sorted(tb.values())


def test_cli_file_count_and_names(tmp_path):
    out = tmp_path / "cli"
    r = subprocess.run([sys.executable, "-m", "tools.corpus", "--out", str(out), "--files", "25",
                        "--seed", "3"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "25/25" in r.stderr  # progress line
    txts = sorted(out.glob("*.txt"))
    golds = sorted((out / "gold").glob("*.json"))
    assert len(txts) == 25 and len(golds) == 25
    assert [p.stem for p in txts] == [p.stem for p in golds]
    assert all(NAME_RE.match(p.stem) for p in txts)
    assert [int(p.stem[:6]) for p in txts] == list(range(25))
    # Same args from the CLI reproduce the library output byte for byte.
    lib = tmp_path / "lib"
    write_corpus(lib, 25, seed=3, progress=False)
    assert _tree_bytes(out) == _tree_bytes(lib)


# ------------------------------------------------------------ gold validity
def test_gold_shape_and_value_sets(docs):
    for text, gold in docs:
        assert NAME_RE.match(Path(gold["file"]).stem)
        assert gold["stories"]
        for s in gold["stories"]:
            assert set(s) == {"title", "first_sentence", "source", "year", "province", "funds",
                              "beneficiaries", "campaigns"}
            assert s["year"] is None or 2015 <= s["year"] <= 2025
            assert len(s["first_sentence"]) == 20 and not re.search(r"\s", s["first_sentence"])
            assert not re.search(r"\s", s["title"])
            for f in s["funds"]:
                assert f["qualifier"] in QUALIFIERS and f["flow"] in FLOWS and f["per"] in PERS
                assert isinstance(f["in_kind"], bool) and isinstance(f["amount_yuan"], int)
            for b in s["beneficiaries"]:
                assert b["unit"] in UNITS and b["category"] in CATEGORIES and b["qualifier"] in QUALIFIERS
                assert b["group"] and isinstance(b["count"], int)
            for c in s["campaigns"]:
                assert c["name"] and not re.search(r"[\s“”\"《》]|^\d{4}年", c["name"])
                assert c["kind"] and isinstance(c["organizers"], list)


def test_texts_occur_in_article(docs):
    for text, gold in docs:
        flat = squash(text)
        for s in gold["stories"]:
            assert s["title"] in flat, (gold["file"], s["title"])
            assert s["first_sentence"] in flat, (gold["file"], s["first_sentence"])
            for row in s["funds"] + s["beneficiaries"]:
                assert squash(row["text"]) == row["text"]
                assert row["text"] in flat, (gold["file"], row["text"])
            if s["source"]:
                assert s["source"] in flat
            if s["year"] is not None:
                assert str(s["year"]) in flat


def test_amounts_and_counts_match_text(docs):
    for text, gold in docs:
        flat = squash(text)
        for s in gold["stories"]:
            for f in s["funds"]:
                unit = "元" if f["text"].endswith(("元", "元左右", "元以上")) else ""
                value, qual = parse_quantity(f["text"], unit)
                assert value == f["amount_yuan"], f
                if qual == "exact" and f["qualifier"] == "at_least":
                    # Low end of a range (1000至4000元): the qualifier comes from the range.
                    assert f["text"] + "-" in flat or f["text"] + "至" in flat, f
                elif qual == "exact" and f["qualifier"] == "at_most":
                    assert re.search(r"(-|至)" + re.escape(f["text"]), flat), f
                else:
                    assert qual == f["qualifier"], f
            for b in s["beneficiaries"]:
                assert parse_quantity(b["text"], b["unit"]) == (b["count"], b["qualifier"]), b


def test_regions_agree_with_gazetteer(docs, gazetteer):
    for _, gold in docs:
        for s in gold["stories"]:
            assert s["province"] in gazetteer
            for row in s["funds"] + s["beneficiaries"]:
                p, c = row["province"], row["city"]
                assert p == s["province"]
                if p in MUNICIPALITIES:
                    assert c is None
                elif c is not None:
                    assert c in gazetteer[p], (p, c)
            for c in s["campaigns"]:
                assert c["province"] == s["province"]


def test_no_unlabelled_money(docs):
    """Every 元 amount printed in the file is (part of) a gold fund text."""
    # 元 not followed by 区/县/…: 三元区 is a district, not money.
    pat = re.compile(r"(?:[0-9０-９][0-9０-９.,]*(?:多|余)?[万亿]?(?:多|余)?元"
                     r"|[零一二两三四五六七八九十百千]+(?:多|余)?[万亿]?(?:多|余)?元)(?![区县市镇乡])")
    for text, gold in docs:
        texts = [f["text"] for s in gold["stories"] for f in s["funds"]]
        for m in pat.findall(squash(text)):
            assert any(m in t for t in texts), (gold["file"], m)


def test_quoted_campaigns_are_labelled(docs):
    """A quoted name followed by a campaign-kind word is a gold campaign, and
    every gold campaign is printed in quotes in its file."""
    pat = re.compile(r"“([^“”]+)”(?=(?:慰问|主题|系列|关爱|公益|慈善|民生|服务|试点|专项)?"
                     r"(?:活动|行动|项目|工程|品牌|服务))|“([^“”]+计划)”")
    for text, gold in docs:
        names = {c["name"] for s in gold["stories"] for c in s["campaigns"]}
        flat = squash(text)
        for m in pat.finditer(flat):
            name = re.sub(r"^\d{4}年", "", m.group(1) or m.group(2))
            assert name in names, (gold["file"], name)
        for n in names:
            assert re.search(r"“(\d{4}年)?" + re.escape(n), flat), (gold["file"], n)


# ---------------------------------------------------------------- variety
def test_variants_present(docs):
    multi = chrome = ocr = title_after = fullwidth_or_cn = 0
    years, quals, flows, pers, kinds, cats, units = set(), set(), set(), set(), set(), set(), set()
    in_kind = set()
    for text, gold in docs:
        stories = gold["stories"]
        multi += len(stories) >= 2
        chrome += "当前位置" in text and "扫一扫" in text
        lines = [l for l in text.splitlines() if l.strip()]
        ocr += len(lines) > 40 and sum(len(l) <= 17 for l in lines) > 0.6 * len(lines)
        flat = squash(text)
        for s in stories:
            title_after += flat.find(s["title"]) > flat.find(s["first_sentence"]) >= 0
            years.add(s["year"])
            for f in s["funds"]:
                quals.add(f["qualifier"]), flows.add(f["flow"]), pers.add(f["per"]), in_kind.add(f["in_kind"])
                fullwidth_or_cn += bool(re.search(r"[０-９一二两三四五六七八九]", f["text"]))
            for b in s["beneficiaries"]:
                cats.add(b["category"]), units.add(b["unit"])
            kinds.update(c["kind"] for c in s["campaigns"])
    assert multi >= 40 and chrome >= 20 and ocr >= 20 and title_after >= 5
    assert {2019, 2020, 2021, 2022, 2023, 2024, 2025} <= years
    assert quals == QUALIFIERS and flows == FLOWS and pers == PERS and in_kind == {True, False}
    assert cats == CATEGORIES and {"户", "人", "名", "人次"} <= units
    assert {"活动", "行动", "项目", "计划"} <= kinds
    assert fullwidth_or_cn > 0


def test_file_sizes_like_seeds(corpus):
    sizes = [p.stat().st_size for p in corpus.glob("*.txt")]
    mean = sum(sizes) / len(sizes)
    assert 3000 <= mean <= 10000, mean


# ---------------------------------------------------------------- amounts
def test_int_to_cn_matches_cn2an():
    for n in [1, 9, 10, 15, 20, 100, 105, 1020, 1200, 3000, 10001, 120000, 2000000, 30500, 100000000]:
        assert int_to_cn(n) == cn2an.an2cn(n), n
    assert int_to_cn(200, liang=True) == "两百"


def test_random_quantities_parse_back():
    rng = random.Random(0)
    for _ in range(3000):
        q = money(rng, 50, 9e9, fullwidth=rng.random() < 0.2, chinese=0.3)
        assert parse_quantity(q.text, "元") == (q.value, q.qualifier), q
        unit = rng.choice(sorted(UNITS))
        c = quantity(rng, 3, 3e6, unit, allow_yi=False, chinese=0.3)
        assert parse_quantity(c.text, unit) == (c.value, c.qualifier), c
    for _ in range(300):
        phrase, lo, hi = money_range(rng, 500, 80000)
        assert lo.text in phrase and hi.text in phrase and lo.value < hi.value
        assert (lo.qualifier, hi.qualifier) == ("at_least", "at_most")
