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


def story_too_long(oversized_story: tuple[int, int] | None, limit: int) -> str | None:
    """Why a file is not landed, or None: `oversized_story` is the (index, characters)
    the extractor reports for a story over `limit` (it reads no facts of that file)."""
    if oversized_story is None:
        return None
    index, length = oversized_story
    return f"story {index} has {length:,} characters, {_fix(limit)}"
