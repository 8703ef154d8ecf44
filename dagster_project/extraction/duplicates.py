"""Fingerprints that find the same story published twice.

A story saved in another encoding, or republished by another site with its
own chrome, other line breaks, an edited headline or a line added, is the same
story: its facts must be counted once.  Two stories whose words agree but
whose figures differ (an office's monthly report, a template two counties
filled in) are different stories.

* ``text_hash``: the body with whitespace and punctuation removed (simplified
  characters): equal for every re-encoding and re-wrapping of one text.
* ``minhash`` / ``bands``: a 32-permutation MinHash (datasketch's permutations and
  scheme) of the body's character 5-grams and its 8 LSH band keys.  Stories that share a band key are
  candidates; a candidate is a duplicate when the estimated Jaccard
  similarity reaches ``NEAR_DUPLICATE`` and the figures agree.
* ``figures``: the story's amounts and counts, sorted: the words of a
  template may agree, its figures do not.

Landing (``defs/extraction.py``) looks the bands up among the stories already
landed, so a refresh compares only its new stories against the index.

Within one page the stories are compared exactly (``repeats_on_page``): a
listing page often carries a story twice, the second time as another outlet
republished it, cut short (a paragraph left out) and with its own dateline and
credit.  Such a copy is too unlike the whole for ``NEAR_DUPLICATE``, but nearly
all of its 5-grams (``CONTAINED``) lie inside the first one and its figures are
some of the first one's.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

NUM_PERM = 32
BANDS, ROWS = 8, 4  # 8 bands of 4 rows: a pair at Jaccard 0.8 shares a band with p = 0.985, at 0.9 with 0.9998
SHINGLE = 5
NEAR_DUPLICATE = 0.8
CONTAINED = 0.8  # share of a shortened copy's 5-grams found in the story it copies
_DROP_RE = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Fingerprint:
    text_hash: str
    figures: str
    minhash: list[int]
    bands: list[str]
    # the 5-gram hashes, for comparing stories of one page exactly; not stored
    shingles: np.ndarray | None = field(default=None, compare=False, repr=False)


def normalized(text: str) -> str:
    """Letters and digits only: chrome-free text compares equal however it was wrapped."""
    return _DROP_RE.sub("", text)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's MinHash permutations (seed 1, 32-bit affine scheme), made once."""
    from datasketch import MinHash  # imported on first use: extraction-only dependency

    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


def _shingle_hashes(norm: str) -> np.ndarray:
    """32-bit hashes of every character 5-gram, computed at once (a polynomial over
    the code points; numpy wraps around 2**64, the same on every machine)."""
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        codes = np.concatenate([codes, np.zeros(SHINGLE - len(codes), dtype=np.uint64)])
    n = len(codes) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        h = h * np.uint64(1_000_003) + codes[k:k + n]
    return h & np.uint64(0xFFFFFFFF)  # repeated 5-grams change no minimum: no need to dedupe


def fingerprint(simplified_body: str, figures: list[float]) -> Fingerprint:
    norm = normalized(simplified_body)
    text_hash = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:20]
    from datasketch.minhash import _fmix

    a, b = _permutations()
    shingles = _shingle_hashes(norm).astype(np.uint32)
    hv = _fmix(shingles, 32).reshape(-1, 1)
    # datasketch's MinHash update (affine32 scheme: mix, then a*h+b mod 2**32),
    # on all 5-grams in one array operation
    with np.errstate(over="ignore"):
        values = (hv * a + b).min(axis=0).astype(np.int64)
    bands = [f"{b}:" + hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
             for b in range(BANDS)]
    return Fingerprint(text_hash, figures_key(figures), values.tolist(), bands, shingles)


def figures_key(figures: list[float]) -> str:
    return ",".join(f"{v:g}" for v in sorted(set(figures)))


def one_figure_less(figures: str) -> list[str]:
    """The figures keys of ``figures`` with one figure left out (none for fewer than two
    figures): a copy with a figure more (``same_story``) has one of them as its whole key."""
    parts = figures.split(",") if figures else []
    if len(parts) < 2:
        return []
    return [",".join(parts[:i] + parts[i + 1:]) for i in range(len(parts))]


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


def repeats_on_page(stories: list[Fingerprint]) -> list[int | None]:
    """For each story of one page (in order), the index of an earlier story of the
    page that it repeats, whole or cut short; None for a story of its own."""
    keys = [set(fp.figures.split(",")) - {""} for fp in stories]
    out: list[int | None] = [None] * len(stories)
    for i in range(1, len(stories)):
        for j in range(i):
            if out[j] is not None or not keys[i] or not keys[i] <= keys[j]:
                continue  # a copy's figures are all the first one's
            # (distinct 5-grams, made here: few stories of a page get this far)
            a, b = np.unique(stories[i].shingles), np.unique(stories[j].shingles)
            if np.isin(a, b, assume_unique=True).sum() >= CONTAINED * len(a):
                out[i] = j
                break
    return out
