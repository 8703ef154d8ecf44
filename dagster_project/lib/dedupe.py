"""One story counted once, at landing: the LSH index lookup.

A batch's new stories are compared with the stories already landed that share
their text hash or an LSH band key (``raw.story_bands``, a hash join), and with
the batch's earlier stories.  A copy points at the story kept (the one landed
first; within a batch, the first by file name) through ``duplicate_of``, and
its facts are not countable (reason ``duplicate``).  When the kept story's
file changes or goes, its copies are extracted again (``dependent_files``),
so one of them takes its place.
"""
from __future__ import annotations

import duckdb

from dagster_project import tables
from dagster_project.extraction.duplicates import Fingerprint, same_story

FACTS = ("fund_mentions", "beneficiary_mentions")


def _fp(row: dict) -> Fingerprint:
    return Fingerprint(row["text_hash"], row["figures"] or "", list(row["minhash"] or []), list(row["lsh_bands"] or []))


def mark_duplicates(con: duckdb.DuckDBPyConnection, found: dict[str, list[dict]], replacing: list[str]) -> int:
    """Set ``duplicate_of`` on the batch's stories that repeat an earlier one, make
    their facts not countable, and add the batch's band rows to ``found``.
    Returns the number of copies found."""
    stories = found["stories"]
    found["story_bands"] = [{"band": b, "article_id": s["article_id"], "source_file": s["source_file"]}
                            for s in stories for b in s["lsh_bands"]]
    if not stories:
        return 0
    cur = con.execute(
        f"""
        SELECT s.article_id, s.source_file, s.duplicate_of, s.text_hash, s.figures, s.minhash, s.lsh_bands
        FROM {tables.qualified('stories')} AS s
        WHERE s.source_file NOT IN (SELECT unnest(?::VARCHAR[]))
          AND (s.text_hash IN (SELECT unnest(?::VARCHAR[]))
               OR s.article_id IN (SELECT b.article_id FROM {tables.qualified('story_bands')} AS b
                                   WHERE b.band IN (SELECT unnest(?::VARCHAR[]))))
        ORDER BY s.source_file, s.story_index
        """,
        [sorted(set(replacing)), [s["text_hash"] for s in stories], [r["band"] for r in found["story_bands"]]],
    )
    cols = [d[0] for d in cur.description]
    earlier = [dict(zip(cols, r)) for r in cur.fetchall()]
    copies: set[str] = set()
    for story in stories:
        fp = _fp(story)
        bands = set(fp.bands)
        for other in earlier:
            if other["article_id"] == story["article_id"]:
                continue
            if (other["text_hash"] == fp.text_hash or bands & set(other["lsh_bands"] or [])) \
                    and same_story(fp, _fp(other)):
                story["duplicate_of"] = other["duplicate_of"] or other["article_id"]
                copies.add(story["article_id"])
                break
        earlier.append(story)
    for table in FACTS:
        for row in found[table]:
            if row["article_id"] in copies:
                row["countable"], row["not_countable_reason"] = False, "duplicate"
    return len(copies)


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
