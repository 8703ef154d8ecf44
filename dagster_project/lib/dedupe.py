"""One story counted once, at landing: the LSH index lookup.

A batch's new stories are compared with the stories already landed that share
their text hash, or an LSH band key and figures that could be the same story's
(``raw.story_bands`` holds both kinds of key; hash joins), and with the batch's
earlier stories.  A copy points at the story kept (the one landed
first; within a batch, the first by file name) through ``duplicate_of``, and
its facts are not countable (reason ``duplicate``).  When the kept story's
file changes or goes, its copies are extracted again (``dependent_files``),
so one of them takes its place.
"""
from __future__ import annotations

import duckdb
import numpy as np

from dagster_project import tables
from dagster_project.extraction.duplicates import NEAR_DUPLICATE, NUM_PERM, Fingerprint, one_figure_less, same_story

FACTS = ("fund_mentions", "beneficiary_mentions")
FIGURE_KEY = "f:"  # prefix of a figures-key row of the index (LSH band keys start with their band number)


def _fp(row: dict) -> Fingerprint:
    return Fingerprint(row["text_hash"], row["figures"] or "", list(row["minhash"] or []), list(row["lsh_bands"] or []))


def mark_duplicates(con: duckdb.DuckDBPyConnection, found: dict[str, list[dict]], replacing: list[str]) -> int:
    """Set ``duplicate_of`` on the batch's stories that repeat an earlier one, make
    their facts not countable, and add the batch's band rows to ``found``.
    Returns the number of copies found."""
    stories = found["stories"]
    # the index rows: a story's LSH bands, and its figures keys with one figure left out
    # (FIGURE_KEY prefix), under which a later copy with one figure fewer finds it
    found["story_bands"] = [{"band": b, "article_id": s["article_id"], "source_file": s["source_file"]}
                            for s in stories
                            for b in (*s["lsh_bands"], *(FIGURE_KEY + k for k in one_figure_less(s["figures"] or "")))]
    if not stories:
        return 0
    # Landed stories that could be a batch story's copy (``same_story``): the same text hash,
    # or an LSH band in common and figures that are the same or one more or fewer. The figures
    # are looked up first, by key: in a templated corpus a story shares bands with every
    # earlier story of its template, and a lookup by band alone grew with the warehouse.
    lookup = [(s["article_id"], key) for s in stories
              for key in (s["figures"] or "", *one_figure_less(s["figures"] or ""))]
    bands = [(s["article_id"], b) for s in stories for b in s["lsh_bands"]]
    cur = con.execute(
        f"""
        WITH batch AS (
            SELECT unnest(?::VARCHAR[]) AS article_id, unnest(?::VARCHAR[]) AS text_hash,
                   unnest(?::VARCHAR[]) AS figures
        ), lookup AS (
            SELECT unnest(?::VARCHAR[]) AS new_id, unnest(?::VARCHAR[]) AS figures
        ), batch_bands AS (
            SELECT unnest(?::VARCHAR[]) AS new_id, unnest(?::VARCHAR[]) AS band
        ), same_figures AS (
            -- the same figures, or one fewer: the landed story's key is a lookup key
            SELECT l.new_id, s.article_id AS old_id
            FROM lookup AS l JOIN {tables.qualified('stories')} AS s ON coalesce(s.figures, '') = l.figures
            UNION
            -- one figure more: a landed key with one figure left out is the batch story's key
            SELECT b.article_id, sb.article_id
            FROM batch AS b JOIN {tables.qualified('story_bands')} AS sb ON sb.band = '{FIGURE_KEY}' || b.figures
            WHERE b.figures <> ''
        ), candidates AS (
            SELECT f.old_id AS article_id
            FROM same_figures AS f JOIN batch_bands AS bb ON bb.new_id = f.new_id
                 JOIN {tables.qualified('story_bands')} AS sb ON sb.article_id = f.old_id AND sb.band = bb.band
            UNION
            SELECT s.article_id FROM {tables.qualified('stories')} AS s
            WHERE s.text_hash IN (SELECT text_hash FROM batch)
        )
        SELECT s.article_id, s.source_file, s.duplicate_of, s.text_hash, s.figures, s.minhash, s.lsh_bands
        FROM {tables.qualified('stories')} AS s
        WHERE s.article_id IN (SELECT article_id FROM candidates)
          AND s.source_file NOT IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY s.source_file, s.story_index
        """,
        [[s["article_id"] for s in stories], [s["text_hash"] for s in stories],
         [s["figures"] or "" for s in stories],
         [i for i, _ in lookup], [k for _, k in lookup], [i for i, _ in bands], [b for _, b in bands],
         sorted(set(replacing))],
    )
    cols = [d[0] for d in cur.description]
    index = _StoryIndex()
    for row in cur.fetchall():
        index.add(dict(zip(cols, row)))
    copies: set[str] = set()
    for story in stories:
        kept = index.first_copy_of(story)
        if kept is not None:
            story["duplicate_of"] = kept["duplicate_of"] or kept["article_id"]
            copies.add(story["article_id"])
        index.add(story)
    for table in FACTS:
        for row in found[table]:
            if row["article_id"] in copies:
                row["countable"], row["not_countable_reason"] = False, "duplicate"
    return len(copies)


class _StoryIndex:
    """Stories already landed or earlier in the batch, looked up by text hash and LSH
    band. A story's candidates share one of them; their MinHash similarity is computed
    at once over a matrix of signatures (a templated corpus gives a story hundreds of
    candidates: a loop over pairs made each batch slower than the last)."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.by_key: dict[str, list[int]] = {}
        self.signatures = np.zeros((64, NUM_PERM), dtype=np.int64)

    def add(self, row: dict) -> None:
        i = len(self.rows)
        self.rows.append(row)
        if i == len(self.signatures):
            self.signatures = np.concatenate([self.signatures, np.zeros_like(self.signatures)])
        signature = list(row["minhash"] or [])
        if len(signature) == NUM_PERM:
            self.signatures[i] = signature
        for key in ("#" + (row["text_hash"] or ""), *(row["lsh_bands"] or [])):
            self.by_key.setdefault(key, []).append(i)

    def first_copy_of(self, story: dict) -> dict | None:
        """The first indexed story that ``story`` repeats, or None."""
        keys = ("#" + story["text_hash"], *story["lsh_bands"])
        candidates = sorted({i for key in keys for i in self.by_key.get(key, ())})
        if not candidates:
            return None
        mine = np.asarray(story["minhash"], dtype=np.int64)
        similar = (self.signatures[candidates] == mine).mean(axis=1)
        fp = _fp(story)
        for i, sim in zip(candidates, similar):
            other = self.rows[i]
            if (sim >= NEAR_DUPLICATE or other["text_hash"] == story["text_hash"]) and same_story(fp, _fp(other)):
                return other
        return None


def dependent_files(con: duckdb.DuckDBPyConnection, changed: list[str]) -> set[str]:
    """Files holding copies of stories of ``changed`` files (to be extracted again)."""
    if not changed:
        return set()
    stories = tables.qualified("stories")
    rows = con.execute(
        f"""
        SELECT DISTINCT copy.source_file
        FROM {stories} AS copy JOIN {stories} AS kept ON copy.duplicate_of = kept.article_id
        WHERE kept.source_file IN (SELECT unnest(?::VARCHAR[]))
        """,
        [sorted(changed)],
    ).fetchall()
    return {r[0] for r in rows}
