"""Parts read from the list or the table a whole introduces: an item of a list under a paragraph that
gives a whole and ends on "：" (numbered, or each item ending on "；"), a cell of a table a sentence with a
whole sends the reader to. The parts told by words (其中, 含, …) are ``adding_up.py``'s."""
from __future__ import annotations

import re

from .context import StoryContext
from .lexicon import LIST_ITEM_RE, TOP_N_RE
from .wholes import Whole, larger, stated_larger

MAX_LIST_ITEMS = 60


# the first item of a list run on after its intro's colon ("…其中:1.机关…"), by its numbering
# (an item numbered "（二）" follows a first one numbered "（一）", not "（1）": "（一）…举办“老年节”五项活动：（1）…"
# is an item of its own, its colon opening an inner list)
FIRST_ITEM_AFTER_COLON_RE = {
    "number": re.compile(r"[：:]\s*\d{1,2}[.、．](?!\d)"),
    "bracket": re.compile(r"[：:]\s*[（(][一二三四五六七八九十]{1,2}[）)]"),
    "bracket_digit": re.compile(r"[：:]\s*[（(]\d{1,2}[）)]"),
    "dash": re.compile(r"[：:]\s*——"),  # ("主要用于以下方面：" then "——“慈善助学”项目。…")
    # ("…1986.7万元，主要用于以下项目：一是助学项目，…320万元；二是…": ordinals run on, or lines unwrapped)
    "ordinal": re.compile(r"[：:]\s*一是"),
}
ITEM_NUMBERING_RE = re.compile(r"\s*(?:(?P<number>\d{1,2}[.、．](?!\d))|(?P<bracket>[（(][一二三四五六七八九十]{1,2}[）)])"
                               r"|(?P<bracket_digit>[（(]\d{1,2}[）)])|(?P<dash>——)|(?P<ordinal>[二三四五六七八九十]是))")


def listed_under(ctx: StoryContext, start: int, earlier: list[Whole], value: float | None) -> bool:
    """The fact stands in an item of a list ("一是…", "（二）…") under a paragraph that
    gives a whole and ends on "：" ("全年支出慈善款物1.72亿元，主要用于以下方面：",
    "在1.72亿元支出中，重点实施了以下项目："): the items break that whole down."""
    seg, text = ctx.seg, ctx.text
    ps, _ = seg.paragraph(start)
    for run_on in FIRST_ITEM_AFTER_COLON_RE.values():
        first = run_on.search(text, ps, start)
        if first:  # the first item, run on after the intro in the intro's paragraph
            return any(ps <= w.start <= first.start() and larger(w, value) for w in earlier)
    if not LIST_ITEM_RE.match(text, ps):
        return _in_unnumbered_items(ctx, start, earlier, value)
    if ps == 0:
        return False
    numbering = ITEM_NUMBERING_RE.match(text, ps)
    run_on = FIRST_ITEM_AFTER_COLON_RE[numbering.lastgroup] if numbering else None
    for _ in range(MAX_LIST_ITEMS):  # (bounded: thousands of numbered lines are no one list)
        if ps <= 0:
            return False
        ps, pe = seg.paragraph(ps - 1)
        # (the first item of the list may run on after its intro's colon, the intro being an
        # item of an outer list: "（一）全年慈善资金收入1362.70万元。其中:1.机关…募集资金220.85万元;")
        opened = run_on.search(text, ps, pe) if run_on else None
        if opened:
            pe = opened.start() + 1
            break
        if not LIST_ITEM_RE.match(text, ps):
            break
    else:
        return False
    intro = text[ps:pe].rstrip()
    if not intro.endswith(("：", ":")):
        return False
    if TOP_N_RE.search(intro):
        # "筹款排名前五的项目分别是：": a selection out of a whole given before it
        return any(w.start < ps and larger(w, value) for w in earlier)
    return any(ps <= w.start < pe and larger(w, value) for w in earlier)


def _in_unnumbered_items(ctx: StoryContext, start: int, earlier: list[Whole], value: float | None) -> bool:
    """An item of a list, unnumbered, its items each ending on "；", under an intro giving a whole and
    naming what follows ("支出慈善款物1,352.7万元，主要用于以下项目：“慈善助学”项目…183.6万元…；" /
    "“慈善医疗救助”项目…262.2万元…；"): the items break that whole down."""
    seg, text = ctx.seg, ctx.text
    ps, _ = seg.paragraph(start)
    lo = ps
    for _ in range(MAX_LIST_ITEMS):
        intro = FOLLOWING_ITEMS_RE.search(text, lo, start)
        if intro:
            # (the items between the intro and the figure all end on "；")
            items = text[intro.end():start]
            if "。" in items:
                return False
            return any(lo <= w.start < intro.start() and stated_larger(w, value) for w in earlier)
        if lo <= 0:
            return False
        prev_start, prev_end = seg.paragraph(lo - 1)
        if text[prev_start:prev_end].rstrip()[-1:] not in ("；", ";", "：", ":"):
            return False
        lo = prev_start
    return False


# an intro naming the list after it: "主要用于以下项目：", "重点实施了以下几个方面："
FOLLOWING_ITEMS_RE = re.compile(r"以下[^，,。；;：:]{0,6}[：:]")


# a sentence sending the reader to the table below ("主要慈善项目支出情况见下表。")
SEE_TABLE_RE = re.compile(r"见下表|如下表|见表\s*\d|详见附表|列表如下")


def tabled_under(ctx: StoryContext, start: int, earlier: list[Whole], value: float | None) -> bool:
    """The fact is a cell of a table that a sentence with a whole sends the reader to ("共支出慈善
    款物5,908.36万元，受益12.7万人次…主要慈善项目支出情况见下表。"): the rows break that whole down."""
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    if "\t" not in text[line_start:start + 1] and not TABLE_ROW_END_RE.match(text, start):
        return False  # not a cell of a row of figures
    pos = line_start
    for _ in range(MAX_LIST_ITEMS):  # up past the rows above, the header and the caption
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        see = SEE_TABLE_RE.search(text, prev, pos)
        if see:  # (the whole may be in a sentence before, in the paragraph that sends to the table)
            s, _ = ctx.seg.paragraph(see.start())
            return any(s <= w.start < see.start() and stated_larger(w, value) for w in earlier)
        # running text that sends to no table ends the search, past the line right above the
        # row (that one may be the sentence sending the reader to a one-row table)
        if pos < line_start and "\t" not in text[prev:pos] and len(text[prev:pos]) > TABLE_CAPTION_CHARS:
            return False
        pos = prev
    return False


TABLE_CAPTION_CHARS = 60
TABLE_ROW_END_RE = re.compile(r"[\d,.]*[ \t\u3000]*[—–\-－]*[ \t\u3000]*$", re.M)
