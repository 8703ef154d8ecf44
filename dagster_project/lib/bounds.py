"""The size bound of one story: a file that would hold a story or a line far
longer than any article is quarantined instead of landed.

Why: MAX_FILE_MB bounds a file's bytes, not what a file costs downstream. A
2 MB file of one sentence repeated is one story of a million characters with
tens of thousands of facts; every fact row is validated against its story's
body, so such a file once made one validation query hold 20 GB. A real
民政 article is a few thousand characters, so a bound of MAX_STORY_CHARS
(default 100,000) never touches one. Plain library (no Dagster import).
"""
from __future__ import annotations

from collections.abc import Iterable


def _fix(limit: int) -> str:
    return (f"over the {limit:,}-character limit of one story (MAX_STORY_CHARS). Split the file into its "
            "articles (or remove the repeated text), or raise MAX_STORY_CHARS; nothing of the file was landed")


def line_too_long(text: str, limit: int) -> str | None:
    """Why `text` is quarantined before extraction, or None. A line longer than a
    story can be is checked first: it costs no extraction (and a regex pass over a
    megabyte line is where extraction time would go)."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    if longest <= limit:
        return None
    return f"a line of {longest:,} characters, {_fix(limit)}"


def story_too_long(stories: Iterable[dict], limit: int) -> str | None:
    """Why the extracted `stories` of one file are not landed, or None."""
    longest = max(((len(s.get("body") or ""), s.get("story_index")) for s in stories), default=(0, None))
    if longest[0] <= limit:
        return None
    return f"story {longest[1]} has {longest[0]:,} characters, {_fix(limit)}"
