"""Deterministic ids: short hex digests of the fields that identify a row."""
from __future__ import annotations

import hashlib
import re


def short_hash(*parts: object, length: int = 16) -> str:
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:length]


def article_id(source_file: str, story_index: int) -> str:
    return short_hash("article", source_file, story_index)


def campaign_id(name: str, year: int | None, province: str | None) -> str:
    """Same campaign x year x province -> same id, across stories and files."""
    from .text import to_simplified  # same campaign written in traditional characters

    norm = to_simplified(re.sub(r"[\s\"“”'‘’「」『』《》]", "", name or ""))
    norm = re.sub(r"^(?:19|20)\d{2}年?", "", norm)
    return short_hash("campaign", norm, year, province)


def fact_id(article: str, kind: str, span_start: int, span_end: int, text: str) -> str:
    return short_hash(article, kind, span_start, span_end, text)
