"""Write a corpus: N article files and their gold JSON, deterministic per seed.

Each file gets its own ``random.Random`` seeded from ``"{seed}/{index}"``
(string seeds hash with SHA-512, independent of PYTHONHASHSEED), so output is
byte-identical across runs and one file does not depend on the others.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
import time
from pathlib import Path

from . import regions
from .layout import make_page

COPY_SITES = ("民生资讯网", "城乡新闻网", "公益时报网", "社会救助信息网")


def republished(text: str, gold: dict, rng: random.Random) -> tuple[str, dict]:
    """Another site's copy of a page: its own header and footer chrome, every line
    break doubled, the same stories. Its gold counts them once: every fund and
    beneficiary row of the copy is ``countable: false`` (the original is kept)."""
    site = rng.choice(COPY_SITES)
    head = f"{site}\n首页 | 要闻 | 民生 | 公益\n当前位置：首页 > 民生 > 正文\n\n"
    foot = f"\n\n（转自{site}）\n责任编辑：王某\n上一篇：某地召开会议\n下一篇：某地举行活动\n"
    body = "\n\n".join(line for line in text.splitlines() if line.strip())
    stories = []
    for st in gold["stories"]:
        st = dict(st)
        for kind in ("funds", "beneficiaries"):
            st[kind] = [{**row, "countable": False} for row in st.get(kind, [])]
        stories.append(st)
    return head + body + foot, {"file": gold["file"].replace(".txt", "_copy.txt"), "stories": stories}


def generate_one(seed: int, index: int) -> tuple[str, str, dict]:
    """(file stem, article text, gold dict) for one index."""
    rng = random.Random(f"{seed}/{index}")
    text, stories = make_page(rng, regions.load())
    stem = f"{index:06d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    return stem, text, {"file": stem + ".txt", "stories": stories}


def write_corpus(out: Path, files: int, seed: int, progress: bool = True, republish: float = 0.0) -> dict:
    """Write ``files`` articles into ``out`` and gold into ``out/gold``; returns stats.

    ``republish``: the share of files that another site republished too (a second
    file ``<stem>_copy.txt`` whose facts the gold counts once, see ``republished``)."""
    out = Path(out)
    gold_dir = out / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    regions.load()  # pay the gazetteer load before timing the loop
    t0 = time.perf_counter()
    nbytes = 0
    every = max(1, files // 100)
    for i in range(files):
        stem, text, gold = generate_one(seed, i)
        data = text.encode("utf-8")
        (out / f"{stem}.txt").write_bytes(data)
        (gold_dir / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nbytes += len(data)
        copy_rng = random.Random(f"{seed}/{i}/copy")
        if republish and copy_rng.random() < republish:
            copy_text, copy_gold = republished(text, gold, copy_rng)
            (out / copy_gold["file"]).write_bytes(copy_text.encode("utf-8"))
            (gold_dir / copy_gold["file"].replace(".txt", ".json")).write_text(
                json.dumps(copy_gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if progress and ((i + 1) % every == 0 or i + 1 == files):
            rate = (i + 1) / max(time.perf_counter() - t0, 1e-9)
            print(f"\rcorpus: {i + 1}/{files} files, {nbytes / 1e6:.1f} MB, {rate:.0f} files/s",
                  end="" if i + 1 < files else "\n", file=sys.stderr, flush=True)
    return {"files": files, "bytes": nbytes, "seconds": time.perf_counter() - t0}
