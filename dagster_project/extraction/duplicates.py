"""Fingerprints that find the same story published twice.

A story saved in another encoding, or republished by another site with its
own chrome, other line breaks, an edited headline or a line added, is the same
story: its facts must be counted once.  Two stories whose words agree but
whose figures differ (an office's monthly report, a template two counties
filled in) are different stories.

* ``text_hash``: the body with whitespace and punctuation removed (simplified
  characters): equal for every re-encoding and re-wrapping of one text.
* ``minhash`` / ``bands``: a MinHash (datasketch) of the body's character
  5-grams and its LSH band keys.  Stories that share a band key are
  candidates; a candidate is a duplicate when the estimated Jaccard
  similarity reaches ``NEAR_DUPLICATE`` and the figures agree.
* ``figures``: the story's amounts and counts, sorted: the words of a
  template may agree, its figures do not.

Landing (``defs/ingest.py``) looks the bands up among the stories already
landed, so a refresh compares only its new stories against the index.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

NUM_PERM = 64
BANDS, ROWS = 16, 4  # 16 bands of 4 rows: a pair at Jaccard 0.8 shares a band with p > 0.999
SHINGLE = 5
NEAR_DUPLICATE = 0.8
_DROP_RE = re.compile(r"[^\w]|_", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    text_hash: str
    figures: str
    minhash: list[int]
    bands: list[str]


def normalized(text: str) -> str:
    """Letters and digits only: chrome-free text compares equal however it was wrapped."""
    return _DROP_RE.sub("", text)


def fingerprint(simplified_body: str, figures: list[float]) -> Fingerprint:
    from datasketch import MinHash  # imported on first use: extraction-only dependency

    norm = normalized(simplified_body)
    text_hash = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:20]
    shingles = {norm[i:i + SHINGLE] for i in range(max(len(norm) - SHINGLE + 1, 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    values = mh.hashvalues.astype(np.int64)
    bands = [f"{b}:" + hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
             for b in range(BANDS)]
    return Fingerprint(text_hash, figures_key(figures), values.tolist(), bands)


def figures_key(figures: list[float]) -> str:
    return ",".join(f"{v:g}" for v in sorted(set(figures)))


def jaccard(a: list[int], b: list[int]) -> float:
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def same_story(a: Fingerprint, b: Fingerprint) -> bool:
    """Same text, or nearly the same text with the same figures (one copy may
    carry a figure more, e.g. an added line; none may carry a different one)."""
    if a.text_hash == b.text_hash:
        return True
    if jaccard(a.minhash, b.minhash) < NEAR_DUPLICATE:
        return False
    fa, fb = set(filter(None, a.figures.split(","))), set(filter(None, b.figures.split(",")))
    return fa == fb or (bool(fa) and bool(fb) and (fa <= fb or fb <= fa) and len(fa ^ fb) <= 1)
