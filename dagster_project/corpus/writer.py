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


def generate_one(seed: int, index: int) -> tuple[str, str, dict]:
    """(file stem, article text, gold dict) for one index."""
    rng = random.Random(f"{seed}/{index}")
    text, stories = make_page(rng, regions.load())
    stem = f"{index:06d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    return stem, text, {"file": stem + ".txt", "stories": stories}


def write_corpus(out: Path, files: int, seed: int, progress: bool = True) -> dict:
    """Write ``files`` articles into ``out`` and gold into ``out/gold``; returns stats."""
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
        if progress and ((i + 1) % every == 0 or i + 1 == files):
            rate = (i + 1) / max(time.perf_counter() - t0, 1e-9)
            print(f"\rcorpus: {i + 1}/{files} files, {nbytes / 1e6:.1f} MB, {rate:.0f} files/s",
                  end="" if i + 1 < files else "\n", file=sys.stderr, flush=True)
    return {"files": files, "bytes": nbytes, "seconds": time.perf_counter() - t0}
