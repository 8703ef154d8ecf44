"""The places of an area-wide whole: "全省共筹集慰问款物3.46亿元，走访慰问困难群众107.6万户" and
then, sentence by sentence, "武汉市筹集慰问款物6,820万元，走访慰问困难群众19.4万户" — a round-up
gives the area's total first and then what some of its places did. Those places' figures
are in the total already (GUIDELINES "Adding up": amounts listed under a stated total are
parts), even when they do not add up to it (only some places are named).

A place's figure is a part only when it says the same thing as the whole: the same flow of
money (raised with raised) or the same kind of count of the same group, of the same year, told for a place
below the whole's area, in a sentence that opens on that place and does not set its figure apart
("另行安排…", "此外…").
"""
from __future__ import annotations

import re

from .context import StoryContext

# a whole told for the whole area: "全省共筹集…", "全市累计走访…"
AREA_WIDE_RE = re.compile(r"全(?P<area>省|市|州|盟|县)(?:各级|民政系统|民政部门)?[^，。；]{0,12}?(?:共|累计|合计|总计)")
# the place levels below each area-wide word
BELOW = {"省": ("city", "county"), "市": ("county",), "州": ("county",), "盟": ("county",), "县": ()}
# a figure set apart from the whole
APART_RE = re.compile(r"另行|另外|此外|还|另")
OPENING_CHARS = 2  # a place opening its sentence may follow "在" or a list mark


def mark_area_parts(ctx: StoryContext, rows: list[dict], value_key: str, kind=None) -> None:
    """Mark, in place, the countable figures of places inside an area-wide whole told
    before them as its parts (reason ``part``)."""
    kind = kind or (lambda r: r.get("flow"))
    wholes = []
    for r in rows:
        if not r["countable"] or r[value_key] <= 0:
            continue
        s, _ = ctx.seg.sentence(r["span_start"])
        area = None
        for area in AREA_WIDE_RE.finditer(ctx.text, s, r["span_start"]):
            pass
        if area is not None:
            wholes.append((r, area.group("area")))
    if not wholes:
        return
    openings = {}
    for m in ctx.mentions:
        levels = {c.level for c in m.candidates}
        if levels and not levels & {"province"}:
            openings.setdefault(m.start, levels)
    for r in rows:
        if not r["countable"] or r[value_key] <= 0:
            continue
        s, _ = ctx.seg.sentence(r["span_start"])
        lead = ctx.text[s:s + OPENING_CHARS + 1]
        levels = next((openings[s + k] for k in range(OPENING_CHARS + 1) if s + k in openings
                       and not lead[:k].strip("在（(0123456789.、 ")), None)
        if levels is None or APART_RE.search(ctx.text, s, r["span_start"]):
            continue
        for whole, area in wholes:
            if whole["span_start"] < s and kind(whole) == kind(r) and whole[value_key] > r[value_key] \
                    and whole.get("year") == r.get("year") and whole.get("category") == r.get("category") \
                    and levels & set(BELOW[area]):
                r["countable"], r["not_countable_reason"] = False, "part"
                break
