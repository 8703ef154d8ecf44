"""Deterministic synthetic corpus of Chinese civil-affairs (民政) news with gold.

Plain Python (no Dagster): ``python -m tools.corpus --out DIR
--files N --seed S`` writes ``DIR/NNNNNN_<hash>.txt`` articles and
``DIR/gold/NNNNNN_<hash>.json`` annotations in the format of
``/work/shared/eval/GUIDELINES.md``.

Modules, one concern each:

* :mod:`.regions` – provinces/cities/counties from jionlp's gazetteer
* :mod:`.vocab`   – groups and categories, campaign parts, organizers, filler
* :mod:`.amounts` – amounts and counts in their printed Chinese forms
* :mod:`.story`   – story templates that emit text and gold together
* :mod:`.layout`  – web chrome, plain pages, multi-story OCR newspaper pages
* :mod:`.writer`  – file naming, JSON, progress; ``__main__`` is the CLI
"""
from .writer import generate_one, write_corpus

__all__ = ["generate_one", "write_corpus"]
