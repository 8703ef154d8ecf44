"""CLI: ``python -m tools.corpus --out DIR --files N --seed S``."""
from __future__ import annotations

import argparse
from pathlib import Path

from .writer import write_corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.corpus",
                                 description="Write a deterministic synthetic civil-affairs news corpus with gold.")
    ap.add_argument("--out", required=True, type=Path, help="output directory (gold goes to OUT/gold)")
    ap.add_argument("--files", required=True, type=int, help="number of article files")
    ap.add_argument("--seed", type=int, default=0, help="random seed (same args → identical bytes)")
    ap.add_argument("--quiet", action="store_true", help="no progress line on stderr")
    ap.add_argument("--republished", type=float, default=0.0,
                    help="share of files also written as another site's copy (gold counts them once)")
    a = ap.parse_args(argv)
    if a.files < 0:
        ap.error("--files must be >= 0")
    if not 0.0 <= a.republished <= 1.0:
        ap.error("--republished must be between 0 and 1")
    write_corpus(a.out, a.files, a.seed, progress=not a.quiet, republish=a.republished)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
