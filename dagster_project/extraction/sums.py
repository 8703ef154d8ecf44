"""Figures that add up to another figure of the story are its parts.

A total listed by its pieces often has no 其中 at all; the sum says it, to the precision
the figures are written with. Round figures (30 + 20 = 50) add up by chance too often to
count as evidence. A figure of several campaigns together that their own figures add up to
restates them.
"""
from __future__ import annotations

import re
from itertools import combinations

from .amounts import MULT, MULT_RE
from .context import StoryContext
from .lexicon import (RAISED_VERBS, RECEIVED_VERBS, BALANCE_RE, CLOSING_TOTAL_RE, EVERY_KIND_WORDS, FIRST_SECTION_RE, GIVER_WORDS, HIGHER_SECTION_RE, NUMBERED_ITEM_START_RE, ORDINAL_ITEM_RE,
                      REST_OF_RE, OPENING_PART_RE, SEVERAL_CAMPAIGNS_RE, SUM_BACK_RE, TOPIC_LEAD_RE, UP_TO_NOW_WORDS, numbering_style)
from .text import DIGIT_RE, FULL_WIDTH_DIGITS, clause_before


# parts and their whole agree to the written precision: 319.74 + 186 + 62.66 = 568.4
SUM_TOLERANCE = 0.001
EXACT_DIGITS = 4  # a whole written to so many significant digits is rarely met by chance
# how many figures around a whole may be its parts (subsets of them are tried)
SUM_CANDIDATES = 12
MAX_WHOLES = 60  # wholes of a story searched for their pieces, the largest first
ROUNDED_DIGITS = 3
SUM_TOLERANCE_CLOSING = 1.01  # a closing total's pieces, rounded, may not add up past it
# the sentence of a running total up to a date: "截至7月31日，县慈善总会今年已收到…"
# (not a year's total up to its last day, "截至2016年底，全国共接收社会捐赠款827亿元": a bulletin's other sums
# after it are not its gifts)
RUNNING_TOTAL_LEAD_RE = re.compile(r"截[至止](?![^。；;，,]{0,8}(?:年底|年末|12月31日))[^。；;]{0,40}?(?:已|共|累计|共计|合计)[^。；;，,]{0,16}?"
                                   rf"(?:{RECEIVED_VERBS}|{RAISED_VERBS}|募捐|筹措)")
# the sentence of a running total of allocations: "截至目前，今年已预拨…", "至此，省级已累计下达…"
# (or "据统计，今年以来，财政部、民政部已累计下拨…")
# (the receivers may come between: "截至目前,省财政厅、省民政厅共向…8个重灾县下拨…900万元")
RUNNING_ALLOCATION_RE = re.compile(r"\s*(?:据统计[，,]\s*)?(?:截[至止][^，,。；;]{0,16}|至此|(?:今年|年初|入汛|入冬)以来)[，,][^，,。；;]{0,24}?(?:已|共|累计|共计)(?:累计)?"
                                   r"(?:向[^，,。；;]{1,24}?)?(?:预拨|下拨|拨付|下达|安排|调拨)")
# the sentence of a running total of payments so far this year: "自8月以来，…发放的救助金已达…",
# "这是今年来…第八批发放这样的救助金，总金额已达…"
RUNNING_PAID_RE = re.compile(r"(?:(?:今年|年初|入冬|自\d{1,2}月份?)以来|今年来)[^。；;]{0,30}?(?:发放|救助|资助|支出)"
                             r"[^。；;]{0,16}?(?:已达|已累计|累计|共计|已)")
# a total named by what it totals: "协议总额1,650万元", "认捐总金额…"
NAMED_TOTAL_RE = re.compile(r"(?P<noun>协议|认捐|捐赠|签约|募捐|筹款|救助|资助|补助|投资)总(?:额|金额)(?:为|达|共计|约)?$")
# ... or of money raised so far: "截至目前，今年我市“慈善一日捐”活动，已募捐善款近260万元" after the day's 23万余元
RUNNING_RAISED_RE = re.compile(r"(?:截[至止]目前|(?:今年|年初)以来|今年来)[^。；;]{0,30}?(?:已|累计|共)[^。；;]{0,30}?"
                               rf"(?:募捐|{RAISED_VERBS}|{RECEIVED_VERBS}|捐助|捐赠|捐款)")
RUNNING_SO_FAR = {"disbursed": RUNNING_PAID_RE, "raised": RUNNING_RAISED_RE}
LEVEL_RE = re.compile(r"(中央|省|市|州|县|区)(?:级|财政|民政|两级|[、和])")
# a clause that totals the figures its sentence listed before it: "…，共接收422700元"
SENTENCE_TOTAL_RE = re.compile(rf"\s*(?:共|共计|合计|总计)(?:{RECEIVED_VERBS}|{RAISED_VERBS}|捐赠|捐款|发放|支出|拨付)"
                               r"(?:款物|善款|资金|捐款)?(?:约|近|达|超过|逾)?\s*$"
                               # ... or the households or people the sentence's givers reached ("省慈善会分配名额1000户，市慈善
                               # 协会自筹慰问500户，…，全市共计慰问困难家庭2000户")
                               r"|\s*(?:全[省市县区州盟旗])?(?:共|共计|合计|总计)(?:走访)?(?:慰问|救助|帮扶|资助|惠及|覆盖)"
                               r"[^，,。；;\d]{0,10}?(?:约|近|达|超过|逾)?\s*$")
# money said to be used right before its figure: "已使用款物", "累计使用善款"
USED_RECEIVED_RE = re.compile(r"(?:已|共|累计)使用[^。；;]{0,12}?(?:募集|接收|收到|捐赠)的?[^。；;]{0,6}?(?:款物|善款|资金|捐款)")
PASSED_ON_LEFT_RE = re.compile(r"已[^，,。；;\d]{0,14}?(?:拨付|转拨|拨出|划拨|支出|发放)了?(?:首批|第一批|首笔|部分)?(?:社会)?"
                               r"(?:捐赠(?:款物|资金|款)|善款|捐款)"
                               r"(?:共|共计|合计)?$")
SPENT_SO_FAR_LEFT_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:目前|" + UP_TO_NOW_WORDS + r")[，,]?\s*(?:已|共|累计|已累计)?(?:支出|使用|拨付)(?:资金)?$")
USED_LEFT_RE = re.compile(r"(?:已|共|累计|已累计)使用了?(?:捐赠)?(?:款物|善款|资金|捐款)?(?:共|共计|合计)?$")
TOTAL_CHARS, TOTAL_LOOK_CHARS = set("共计"), 16  # (a cheap look before cutting the clause)
SIBLING_AFTER_RE = re.compile(r"[、和及]\s*[^，,。；;\d]{0,8}")
MORE_LEAD_RE = re.compile(r"\s*(?:另有|另外|另)")
# what an event raised ("晚会现场募集…", "活动当天共筹得…"), and a giver named in a gift's clause
EVENT_RAISED_RE = re.compile(rf"(?:现场|当天|当日|晚会|仪式上)[^。；;，,]{{0,8}}?(?:共|共计)?(?:{RAISED_VERBS}|{RECEIVED_VERBS}|认捐)")
# a sum of gifts, right before its figure: "…联合27家爱心企业…捐赠款物共计1,268万元"
GIFTS_TOTAL_LEFT_RE = re.compile(r"(?:捐赠|捐助|捐款)[^，,。；;\d]{0,4}(?:共计|合计|总计)$")
CASH_TOTAL_LEFT_RE = re.compile(r"(?:资金|善款|捐款|现金)(?:共计|合计|总计|共|达|约)?$")  # a total of money, no goods
AUCTION_LOT_RE = re.compile(r"拍得|拍出|拍下")  # a lot sold at the event: "该幅作品拍得60万元"
GIVER_RE = re.compile(GIVER_WORDS)
NOT_INCLUDED_RE = re.compile(r"不含在|不包含在|不包括在|未计入|不计入|未含在")


def mark_several_campaigns_totals(ctx: StoryContext, rows: list[dict], value_key: str, kind_key=None) -> None:
    """A figure of several campaigns together ("两项活动共走访慰问困难家庭1.3万余户") that adds up
    figures the story gave each campaign before is those figures again: a restatement."""
    kind = kind_key or (lambda r: None)
    for w, row in enumerate(rows):
        if not row["countable"]:
            continue
        s, _ = ctx.seg.sentence(row["span_start"])
        if not SEVERAL_CAMPAIGNS_RE.search(ctx.text, s, row["span_start"]):
            continue
        before = [i for i in range(w) if rows[i]["countable"] and kind(rows[i]) == kind(row)
                  and 0 < rows[i][value_key] < row[value_key] * 1.1][-SUM_CANDIDATES:]
        # to the precision the figures are written with ("1.3万余户" is 13,000 to 13,999)
        if _fewest_summing(before, rows, value_key, w, capped=False, max_size=4) is not None:
            row["countable"], row["not_countable_reason"] = False, "restatement"


def mark_summed_parts(ctx: StoryContext, rows: list[dict], value_key: str, kind_key=None) -> None:
    """Figures that add up to another figure of the story are its parts.

    A total listed by its pieces ("筹措款物568.4万元……一是…319.74万元……二是…186万元……
    三是…物资折价62.66万元") often has no 其中 at all; the sum says it. The pieces of a
    whole are looked for among the countable figures of the same kind in the whole's
    paragraph and the next one (two or more, the fewest that match), the largest whole
    first, so a piece may itself be the whole of smaller ones. Round figures only
    (30 + 20 = 50) add up by chance too often to count as evidence.
    """
    idx = [i for i, r in enumerate(rows) if r["countable"] and r[value_key] > 0]
    if len(idx) < 2:
        return
    # a piece already read as a part of a whole in its own sentence (其中, 含) still adds up
    # with its siblings to that whole: "共7036.7万元，其中：市慈善总会2029.2万元（含…）。县区
    # 慈善总会5007.5万元" (the second has no 其中)
    read_as_part = [i for i, r in enumerate(rows) if r[value_key] > 0 and r["not_countable_reason"] == "part"]
    # (a table's cell giving again a figure of the text is still one of its table's pieces: "特困供养金 498.62"
    # under "一季度发放特困人员救助供养金498.62万元", with the other rows, adds up to the 合计)
    restated_cells = [i for i, r in enumerate(rows) if r[value_key] > 0 and r["not_countable_reason"] == "restatement"
                      and _is_cell(r)]
    kind = kind_key or (lambda r: None)
    taken: set[int] = set()
    # a whole may be a figure given again ("合计：2140万元" under the table of its pieces) or a
    # part itself ("其中，…各县市区接收4991.2万元。各县市区接收情况为：奎文区386.5万元，…")
    # (not a total of several campaigns already read as theirs again: its pieces stay countable)
    wholes = [i for i, r in enumerate(rows) if r[value_key] > 0
              and (r["countable"] or r["not_countable_reason"] in ("restatement", "part"))
              and not (r["not_countable_reason"] == "restatement"
                       and SEVERAL_CAMPAIGNS_RE.search(ctx.text, ctx.seg.sentence(r["span_start"])[0], r["span_start"]))]
    # (worked out once: neither depends on what the loop below marks)
    larger_before = {i: _larger_before(ctx, rows, i, value_key, kind) for i in read_as_part}
    rest_of_whole = {i for i in read_as_part if REST_OF_RE.search(clause_before(ctx.text, rows[i]["span_start"]))}
    # (a page of thousands of figures is no breakdown to search: its largest wholes only)
    # (wholes written to four digits or more first: a rounded one, "2.14万人", meets pieces by chance, 16,420 + 4,975,
    # that an exact one, "18,366人", adds up from, 16,420 + 1,946)
    for w in sorted(wholes, key=lambda i: (significant_digits(rows[i][value_key]) < EXACT_DIGITS,
                                           -rows[i][value_key]))[:MAX_WHOLES]:
        whole = rows[w][value_key]  # (a part may be the whole of smaller ones: nested breakdowns)
        at = rows[w]["span_start"]
        lo, hi = _sum_scope(ctx, at)
        sentence = ctx.seg.sentence(at)
        item_end = _own_item_end(ctx.text, at)
        # a whole broken down twice ("其中单位捐款…、个人捐款…。从接收渠道看，市本级…，各县…")
        for _ in range(3):
            # (or on a row of a table: "其中：资金 4,837.16" then "物资折价 1,378.22")
            # (or on the line under it: "（一）养老服务类项目683.2万元。其中：" then "1.…326万元；" "2.…215.2万元")
            pieces = idx + restated_cells + [i for i in read_as_part
                            if ((sentence[0] <= rows[i]["span_start"] < sentence[1]
                                 or (lo <= rows[i]["span_start"] < hi and _is_cell(rows[i])))
                                and _owner(rows, idx, i, kind) == w)
                            or (sentence[1] <= rows[i]["span_start"] < hi and larger_before[i] == w)
                            # (the rest of the whole, "▶其余各县合计800万元", is one of its pieces too)
                            or (at < rows[i]["span_start"] < hi and i in rest_of_whole)]
            # (a table's cells anywhere in the report may add up to a figure of its text: "特困人员3,613人" and, in
            # the table further on, "特困供养（集中）…486" "特困供养（分散）…3,127")
            near = [i for i in pieces if i != w and i not in taken and kind(rows[i]) == kind(rows[w])
                    and (lo <= rows[i]["span_start"] < hi or (_is_cell(rows[i]) and not _is_cell(rows[w])))
                    and rows[i][value_key] < whole and rows[i]["span_start"] < item_end]
            # (a list longer than the candidates searched may add up whole: "…慈善会项目40万元；…；基本公共
            # 卫生服务项目3万元。共计下达…3580.69万元", fourteen items)
            long_side = [side for side in (sorted(i for i in near if rows[i]["span_start"] > at),
                                           sorted(i for i in near if rows[i]["span_start"] < at))
                         if len(side) > SUM_CANDIDATES]
            near = sorted(near, key=lambda i: abs(rows[i]["span_start"] - at))[:SUM_CANDIDATES]
            # the pieces of a whole stand on one side of it: listed after it, or added up after them
            after = sorted(i for i in near if rows[i]["span_start"] > at)
            before = sorted(i for i in near if rows[i]["span_start"] < at)
            # (a numbered list's items some other rule already read as parts are still items of its run: "货币资金按来源分："
            # "1.…862.35万元；" "2.…318.62万元…；" …)
            items = sorted(set(after) | {i for i in read_as_part if at < rows[i]["span_start"] < hi and i not in taken
                                         and kind(rows[i]) == kind(rows[w]) and rows[i][value_key] < whole
                                         and NUMBERED_ITEM_START_RE.match(ctx.text, ctx.seg.paragraph(rows[i]["span_start"])[0])},
                           key=lambda i: rows[i]["span_start"])
            parts = next((side for side in long_side if _all_summing(side, rows, value_key, w)), None) \
                or _leading_run(ctx, items, rows, value_key, w) or _listed_run(ctx, after, rows, value_key, w) \
                or _fewest_summing(after, rows, value_key, w) or _fewest_summing(before, rows, value_key, w)
            if not parts or all(is_round(rows[i][value_key]) for i in parts + [w]):
                break
            # (a table's cell taken as a piece stands for the same figure told in the text, still countable: both are
            # the piece, "295.92" in the table and "…发放高龄津贴295.92万元" in its section)
            told = [j for j in idx if j not in parts and not _is_cell(rows[j]) and any(
                _is_cell(rows[i]) and abs(rows[j][value_key] - rows[i][value_key]) < 0.005 * rows[i][value_key]
                for i in parts)]
            for i in parts + told:
                rows[i]["countable"], rows[i]["not_countable_reason"] = False, "part"
            taken.update(parts)  # (the text's figures may still be pieces of the whole's second breakdown)
            idx = [i for i in idx if i not in taken]


MIXED_RUN_PIECES = 3  # (a run of so many pieces, households and persons, meeting a whole exactly is no chance)


def mark_household_or_person_pieces(ctx: StoryContext, rows: list[dict], kind_key) -> None:
    """A count of households whose pieces, listed after it in order, count some groups by household and others by
    person ("…困难群众1.82万户" then "共慰问11246户…；…共慰问3652人…；…2874户…；…428人…"): the run that adds up to
    it exactly, the text counting each person as one of its households, is its parts."""
    idx = [i for i, r in enumerate(rows) if r["countable"] and r["quantity"] > 0]
    for w in idx:
        if kind_key(rows[w]) != "households" or significant_digits(rows[w]["quantity"]) < 3:
            continue
        at = rows[w]["span_start"]
        _, hi = _sum_scope(ctx, at)
        # (some pieces may already be read as its parts, by household: "其中…11246户；…3652人；…2874户")
        run = [i for i, r in enumerate(rows) if at < r["span_start"] < hi and r["quantity"] > 0
               and (r["countable"] or r["not_countable_reason"] == "part")
               and kind_key(r) in ("households", "people") and r["quantity"] < rows[w]["quantity"]]
        total = slack = 0.0
        for n, i in enumerate(run, 1):
            total, slack = total + rows[i]["quantity"], slack + _slack(rows[i])
            if total > rows[w]["quantity"] + _slack(rows[w]):
                break
            kinds = {kind_key(rows[k]) for k in run[:n]}
            if n >= MIXED_RUN_PIECES and len(kinds) == 2 \
                    and _adds_up(total, slack, rows[w]["quantity"], _slack(rows[w])):
                for k in run[:n]:
                    rows[k]["countable"], rows[k]["not_countable_reason"] = False, "part"
                break


LIST_ROW_CHARS = 80  # a table's row on a line of its own is short
BARE_NUMBER_RE = re.compile(r"[\d,.０-９，．]+")  # (full-width digits too: "５０００００")
SUMMING_UP_LEAD_RE = re.compile(r"\s*(?:总的来看|总体来看|总的来说|综合来看|综上所述|综上)[，,]")
SUM_BACK_PARAGRAPHS = 3  # paragraphs above a whole that adds them up ("两批合计")
TOTAL_BEFORE_RE = re.compile(r"(?:共计|合计|总计)(?:约|近|达)?$")  # a total right before its figure
CLOSING_TOTAL_ITEM_RE = re.compile(r"共(?:计)?[^，。；\d]{0,16}?\d[\d.,]*[万亿]?元[，,]其中[^。；]*$")  # an item of a total's 其中 list
EVERY_KIND_RE = re.compile(EVERY_KIND_WORDS)  # a total of money of every kind
CLOSING_SUM_PARAGRAPHS = 8
HEADING_LINES = 3  # headings and a list's intro between a whole and its pieces
HEADING_LINE_RE = re.compile(r"\s*[^，,。；;：:\d]{0,20}|\s*\d{1,2}\s*")  # "资金分配到县", "01"
LIST_ROWS = 40  # rows a table may run on from its whole, each way


CLOSING_TOTAL_PARAGRAPHS = 4  # paragraphs above a total standing alone that may hold its pieces (headings count)


def mark_closing_total_parts(ctx: StoryContext, rows: list[dict], value_key: str, kind_key=None) -> None:
    """A paragraph that ends on what its drive handed out in all ("活动共发放慰问金和慰问品折款
    11.18万元") holds that total's pieces before it, some only as rates times counts ("为每位百岁老人
    送去慰问金1,000元"), so the figures do not add up; the amounts of the same flow before it in
    the paragraph, together no more than it, are its parts."""
    kind = kind_key or (lambda r: None)
    for w in rows:
        if not w["countable"] or w[value_key] <= 0:
            continue
        s, _ = ctx.seg.sentence(w["span_start"])
        if TOTAL_CHARS.intersection(ctx.text[max(0, w["span_start"] - TOTAL_LOOK_CHARS):w["span_start"]]) \
                and SENTENCE_TOTAL_RE.match(clause_before(ctx.text, w["span_start"])):
            # the sentence's own last clause totals the gifts it listed ("接收到…总会20万元捐款，…10万元，
            # …公司34750元，共接收422700元")
            before = [r for r in rows if r is not w and r["countable"] and s <= r["span_start"] < w["span_start"]
                      and kind(r) == kind(w) and 0 < r[value_key] < w[value_key]]
            if len(before) >= 2 and sum(r[value_key] for r in before) <= SUM_TOLERANCE_CLOSING * w[value_key]:
                for r in before:
                    r["countable"], r["not_countable_reason"] = False, "part"
            continue
        if not CLOSING_TOTAL_RE.match(ctx.text, s):
            # (after an ellipsis, which ends no sentence: "…默默捐款……截至12月27日18时，…共接收…")
            trailed = ctx.text.rfind("…", s, w["span_start"])
            if trailed < 0 or not CLOSING_TOTAL_RE.match(ctx.text, trailed + 1):
                continue
            s = trailed + 1
        ps, _ = ctx.seg.paragraph(w["span_start"])
        if ps == s:
            # a paragraph of the total alone, after the sections it totals ("📌 入户慰问…每户500元" "📌 辅具
            # 适配…价值9.6万元" then "本次助残日活动中，全区合计发放…25.6万元")
            for _ in range(CLOSING_TOTAL_PARAGRAPHS):
                ps = ctx.seg.paragraph(ps - 2)[0] if ps >= 2 else ps
        before = [r for r in rows if r is not w and r["countable"] and ps <= r["span_start"] < s
                  and kind(r) == kind(w) and 0 < r[value_key] < w[value_key]]
        if before and sum(r[value_key] for r in before) <= SUM_TOLERANCE_CLOSING * w[value_key]:
            for r in before:
                r["countable"], r["not_countable_reason"] = False, "part"


def mark_batches_before_running_total(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """A running total of money allocated so far ("截至目前，今年已预拨地方防汛抗旱资金12.8亿元", "至此，
    省级已累计下达…") after the batch the story reports ("紧急预拨…3.6亿元"): the allocations before
    it in its paragraph and the one above, together no more than it, are its parts."""
    for w in rows:
        if not w["countable"] or w[value_key] <= 0 or flow_key(w) != "allocated":
            continue
        s, _ = ctx.seg.sentence(w["span_start"])
        if not RUNNING_ALLOCATION_RE.match(ctx.text, s, w["span_start"]):
            continue
        ps = _paragraph_above_start(ctx, w["span_start"])
        # (a running total of other levels is not of this one: "县财政局…下拨县级…500万元。截至7月17日，
        # 省、市两级共下拨…1,260万元")
        levels = _levels(ctx.text[s:w["span_start"]])
        before = [r for r in rows if r is not w and r["countable"] and ps <= r["span_start"] < s
                  and flow_key(r) == "allocated" and 0 < r[value_key] < w[value_key]
                  and not (levels and _levels(ctx.text[ctx.seg.sentence(r["span_start"])[0]:r["span_start"]]) - levels)]
        if before and sum(r[value_key] for r in before) <= SUM_TOLERANCE_CLOSING * w[value_key]:
            for r in before:
                r["countable"], r["not_countable_reason"] = False, "part"


def mark_batches_before_total_so_far(ctx: StoryContext, funds: list[dict], counts: list[dict], unit_kind) -> None:
    """A running total of money paid (or raised) so far this year ("自8月以来，通过…活动发放的救助金已达260万元，惠及
    700余人", "这是今年来…第八批发放这样的救助金，总金额已达66万元") after the batch the story reports
    ("为63位…患者发放救助金105万余元"): the payments before it in its paragraph and the one above,
    together no more than it, are its parts; so are the counts of those helped, against the count its
    sentence gives after it."""
    for w in funds:
        if not w["countable"] or w["amount_yuan"] <= 0 or w["flow"] not in RUNNING_SO_FAR:
            continue
        s, e = ctx.seg.sentence(w["span_start"])
        if not RUNNING_SO_FAR[w["flow"]].search(ctx.text, s, w["span_start"]):
            continue
        ps = _paragraph_above_start(ctx, w["span_start"])
        before = [r for r in funds if r is not w and r["countable"] and ps <= r["span_start"] < s
                  and r["flow"] == w["flow"] and 0 < r["amount_yuan"] < w["amount_yuan"]]
        if not before or sum(r["amount_yuan"] for r in before) > SUM_TOLERANCE_CLOSING * w["amount_yuan"]:
            continue
        for r in before:
            r["countable"], r["not_countable_reason"] = False, "part"
        for total in (c for c in counts if c["countable"] and w["span_end"] <= c["span_start"] < e):
            parts = [c for c in counts if c["countable"] and ps <= c["span_start"] < s
                     and unit_kind(c) == unit_kind(total) and 0 < c["quantity"] < total["quantity"]]
            if parts and sum(c["quantity"] for c in parts) <= SUM_TOLERANCE_CLOSING * total["quantity"]:
                for c in parts:
                    c["countable"], c["not_countable_reason"] = False, "part"


def mark_items_of_named_total(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """A total named by what it totals ("新设冠名基金11个，协议总额1,650万元") and the items after it named
    the same way ("…设立“天目湖助学基金”，协议金额500万元"): the items, together no more than it, in its
    paragraph and the next, are its parts."""
    for w in rows:
        if not w["countable"] or w[value_key] <= 0:
            continue
        named = NAMED_TOTAL_RE.search(clause_before(ctx.text, w["span_start"]))
        if named is None:
            continue
        item_re = re.compile(rf"{named.group('noun')}(?:金额|额)(?:为|达|共计|约)?$")
        _, pe = ctx.seg.paragraph(w["span_start"])
        _, pe = ctx.seg.paragraph(pe + 1)
        items = [r for r in rows if r is not w and r["countable"] and w["span_end"] <= r["span_start"] < pe
                 and 0 < r[value_key] < w[value_key] and item_re.search(clause_before(ctx.text, r["span_start"]))]
        if items and sum(r[value_key] for r in items) <= SUM_TOLERANCE_CLOSING * w[value_key]:
            for r in items:
                r["countable"], r["not_countable_reason"] = False, "part"


def _paragraph_above_start(ctx: StoryContext, pos: int) -> int:
    """Where the paragraph above the one at ``pos`` starts: a running total's batches stand there or in its own."""
    ps, _ = ctx.seg.paragraph(pos)
    return ctx.seg.paragraph(max(0, ps - 2))[0]


def _levels(text: str) -> set[str]:
    """The levels of government a clause names as givers ("省、市两级", "县财政局", "中央")."""
    return {m.group(1) for m in LEVEL_RE.finditer(text)}


def mark_gifts_after_running_total(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """A running total of money raised up to a date ("截至7月31日，县慈善总会今年已收到“慈善一日捐”善款
    384万余元") told before the gifts it holds ("启动首日…捐赠了5.7万元", "…募得了善款11.7万元"): the
    gifts raised after it in its paragraph and the next, together no more than it, are its parts.
    So are the named givers' gifts after a sum of gifts ("…捐赠款物共计1,268万元" … "某公司捐赠的价值
    236万元…设备") or after what an event raised ("晚会现场募集2.4398亿元" … "其中，
    某集团捐款3000万元"): the big givers of that sum."""
    for w in rows:
        if not w["countable"] or w[value_key] <= 0 or flow_key(w) != "raised":
            continue
        s, _ = ctx.seg.sentence(w["span_start"])
        givers_only = not RUNNING_TOTAL_LEAD_RE.search(ctx.text, s, w["span_start"])
        if givers_only and not EVENT_RAISED_RE.search(ctx.text, s, w["span_start"]) \
                and not GIFTS_TOTAL_LEFT_RE.search(clause_before(ctx.text, w["span_start"])):
            continue
        _, pe = ctx.seg.paragraph(w["span_start"])
        _, pe = ctx.seg.paragraph(pe + 1)
        _, lots_end = ctx.seg.paragraph(pe + 1)  # (a gala's lots may be told a paragraph further on)
        if not givers_only:
            # a running total's gifts may be told paragraphs on, each giver in turn ("截至1月17日…首周累计募集
            # 捐款总额已达2470.4363万元" … "…集团…出资1000万元，…捐款500万元" … "他就送上了2500元"): the story's
            pe = len(ctx.text)
        # (not money told as more: "另有68家企业…认捐款物3,200万元（不含在上述接收款物中）"; nor goods after a total of
        # money alone: "累计接收捐赠资金16230.61万元" … "接收物资价值13244.77万元")
        cash_only = CASH_TOTAL_LEFT_RE.search(clause_before(ctx.text, w["span_start"])) is not None
        after = [r for r in rows if r is not w and r["countable"] and w["span_end"] <= r["span_start"]
                 and not (cash_only and r.get("in_kind"))
                 and (r["span_start"] < pe or (givers_only and r["span_start"] < lots_end
                                               and AUCTION_LOT_RE.search(clause_before(ctx.text, r["span_start"]))))
                 and flow_key(r) == "raised" and 0 < r[value_key] < w[value_key]
                 and not MORE_LEAD_RE.match(ctx.text, ctx.seg.sentence(r["span_start"])[0])
                 # (nor the total's sibling in kind: "共募集善款186.7万元、物资折价42.3万元")
                 and not SIBLING_AFTER_RE.fullmatch(ctx.text, w["span_end"], r["span_start"])
                 and not NOT_INCLUDED_RE.search(ctx.text, r["span_end"], ctx.seg.sentence(r["span_start"])[1])
                 and (not givers_only or GIVER_RE.search(clause_before(ctx.text, r["span_start"]))
                      or AUCTION_LOT_RE.search(clause_before(ctx.text, r["span_start"])))]
        if after and sum(r[value_key] for r in after) <= w[value_key]:
            for r in after:
                r["countable"], r["not_countable_reason"] = False, "part"


def mark_used_of_received(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """What a report says was used of the money it received ("共接收社会捐赠款物107.36万元…另接收…
    物资…价值22.5万元。…截至1月27日，已使用款物126.88万元"): the same money again, no more than what
    came in before it."""
    for r in rows:
        if not r["countable"] or r[value_key] <= 0:
            continue
        ps, _ = ctx.seg.paragraph(r["span_start"])
        # (or its paragraph said it spends what came in: "已使用本次募集的捐赠款物，向…拨付救灾资金1,200万元，
        # 发放救灾物资折价186.5万元，…。其中，…共计370万元")
        # (or passes on the donations by name: "共接收社会捐赠款物6,852.4万元…；已向受灾市县拨付捐赠款物4,120万元")
        if not ("使用" in ctx.text[max(0, r["span_start"] - TOTAL_LOOK_CHARS):r["span_start"]]
                and USED_LEFT_RE.search(clause_before(ctx.text, r["span_start"]))) \
                and not USED_RECEIVED_RE.search(ctx.text, ps, r["span_start"]) \
                and not PASSED_ON_LEFT_RE.search(clause_before(ctx.text, r["span_start"])):
            continue
        received = sum(w[value_key] for w in rows if w["countable"] and w["span_end"] <= r["span_start"]
                       and flow_key(w) in ("raised", "allocated"))
        if r[value_key] <= SUM_TOLERANCE_CLOSING * received:
            r["countable"], r["not_countable_reason"] = False, "part"
    # what has been spent so far of the money its sentence put in ("投入未成年人保护资金48万元，目前，支出12.58万元")
    for r in rows:
        if not r["countable"] or r[value_key] <= 0:
            continue
        s, _ = ctx.seg.sentence(r["span_start"])
        if not SPENT_SO_FAR_LEFT_RE.search(ctx.text, max(s, r["span_start"] - TOTAL_LOOK_CHARS), r["span_start"]):
            continue
        if any(w["countable"] and s <= w["span_start"] and w["span_end"] <= r["span_start"] and w[value_key] > r[value_key]
               and flow_key(w) in ("raised", "allocated") for w in rows):
            r["countable"], r["not_countable_reason"] = False, "part"


# a clause handing money on ("向14个市州下拨慰问资金", "调拨米面油、棉衣被等物资价值") and a total raised before it
HANDED_ON_CLAUSE_RE = re.compile(r"\s*(?:向[^，,。；;]{1,16}?)?(?:下拨|拨付|调拨|划拨|拨出|转拨)")
RAISED_TOTAL_LEFT_RE = re.compile(rf"共(?:计)?(?:{RAISED_VERBS}|接收|认捐)[^，,。；;\d]{{0,8}}$")


def mark_handed_on_of_raised(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """Money a body hands on in the sentence telling what it raised ("省慈善联合总会本级共筹集款物3260万元，向14个市州
    下拨慰问资金1150万元，调拨米面油…等物资价值1470万元"): the same money passed on, within what came in (the raised sum
    may itself be a part of a larger total: its uses are in that total all the same)."""
    for w in rows:
        if flow_key(w) != "raised" or w[value_key] <= 0 or not (w["countable"] or w["not_countable_reason"] == "part") \
                or not RAISED_TOTAL_LEFT_RE.search(clause_before(ctx.text, w["span_start"])):
            continue
        _, end = ctx.seg.sentence(w["span_start"])
        handed = [r for r in rows if r["countable"] and w["span_end"] <= r["span_start"] < end and r[value_key] > 0
                  and flow_key(r) in ("allocated", "disbursed")
                  and HANDED_ON_CLAUSE_RE.match(clause_before(ctx.text, r["span_start"]))]
        if handed and sum(r[value_key] for r in handed) <= w[value_key]:
            for r in handed:
                r["countable"], r["not_countable_reason"] = False, "part"


def mark_spent_of_income(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """Money spent that, taken from money received, leaves the balance the report gives ("项目共筹集款物286.74万元"
    … "全年项目支出271.3万元" … "项目结余15.44万元"): the same money, spent; the books say so by their sum."""
    balances = [b for b in rows if b["not_countable_reason"] == "cumulative" and b[value_key] > 0
                and BALANCE_RE.search(clause_before(ctx.text, b["span_start"]))]
    for b in balances:
        before = [r for r in rows if r["countable"] and r["span_start"] < b["span_start"] and r[value_key] > 0]
        for i in (r for r in before if flow_key(r) == "raised"):
            for spent in (r for r in before if flow_key(r) == "disbursed" and r[value_key] < i[value_key]):
                slack = _slack(i) + _slack(spent) + _slack(b)
                if abs(i[value_key] - spent[value_key] - b[value_key]) <= slack:
                    spent["countable"], spent["not_countable_reason"] = False, "part"


PAID_OUT_PIECES = 2  # (one sum paid equal to the sum raised is that sum told again: the restatement rule's)


def mark_paid_out_of_raised(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """The sums one later sentence pays out that add up exactly to the money raised or set aside above ("共筹集慰问
    资金和物资486.35万元" … "累计发放慰问金372.6万元、…年货折合113.75万元"): the same money handed out, so its
    parts; the books say so by their sum, written to its last digit (round figures meet by chance)."""
    payments = [(ctx.seg.sentence(r["span_start"])[0], r) for r in rows
                if r.get("per_unit") is None and flow_key(r) == "disbursed" and r[value_key] > 0]
    for whole in rows:
        if not whole["countable"] or whole.get("per_unit") is not None or flow_key(whole) not in ("raised", "allocated") \
                or significant_digits(whole[value_key]) < EXACT_DIGITS:
            continue
        _, whole_end = ctx.seg.sentence(whole["span_start"])
        by_sentence: dict[int, list[dict]] = {}
        for ss, r in payments:
            if r["countable"] and r["span_start"] >= whole_end and r[value_key] < whole[value_key]:
                by_sentence.setdefault(ss, []).append(r)
        for paid in by_sentence.values():
            if len(paid) >= PAID_OUT_PIECES and not all(is_round(r[value_key]) for r in paid) and _adds_up(
                    sum(r[value_key] for r in paid), sum(_slack(r) for r in paid), whole[value_key], _slack(whole)):
                for r in paid:
                    r["countable"], r["not_countable_reason"] = False, "part"
                break


RATE_SIZE_YUAN = 10_000  # a rate written elsewhere is what each gets: below this, not a sum of money paid
TOTAL_WORDS_LEFT_RE = re.compile(r"共|合计|总计|累计|资金|总额|款物|善款")


def mark_rate_given_elsewhere(ctx: StoryContext, funds: list[dict]) -> None:
    """A small sum paid to a group and written elsewhere in the story as each one's rate ("为全市城乡低保对象、特困人员
    发放冬季取暖补贴200元" beside "按照每人200元的标准…", under the headline "每人200元…"): that rate again, each
    one's, not the total paid (no 共, 资金 or 善款 before it)."""
    rates = {(r["amount_yuan"], r["per_unit"]) for r in funds if r["per_unit"] is not None}
    for r in funds:
        if r["per_unit"] is not None or not r["countable"] or r["amount_yuan"] >= RATE_SIZE_YUAN:
            continue
        per = next((p for v, p in rates if v == r["amount_yuan"]), None)
        if per is not None and not TOTAL_WORDS_LEFT_RE.search(clause_before(ctx.text, r["span_start"])):
            r["per_unit"], r["countable"], r["not_countable_reason"] = per, False, "rate"


def mark_rate_times_count(ctx: StoryContext, funds: list[dict], counts: list[dict]) -> None:
    """An amount that, times a count of its sentence before it, gives a later amount of the sentence is
    what each one got ("为1,860名高龄困难老人送去价值300元的慰问包，折合55.8万元"): a rate, per the count's
    unit, whatever words stand around it."""
    # grouped by sentence: a statistics page has hundreds of each, and only a sentence's own may pair
    sentences: dict[tuple[int, int], tuple[list[dict], list[dict]]] = {}
    for f in funds:
        sentences.setdefault(ctx.seg.sentence(f["span_start"]), ([], []))[0].append(f)
    for b in counts:
        if b["quantity"] >= 2 and (key := ctx.seg.sentence(b["span_start"])) in sentences:
            sentences[key][1].append(b)
    for (_, e), (in_funds, in_counts) in sentences.items():
        for f in in_funds:
            if f["per_unit"] is not None or f["amount_yuan"] <= 0:
                continue
            for b in in_counts:
                if b["span_start"] >= f["span_start"]:
                    continue
                product = f["amount_yuan"] * b["quantity"]
                if any(g is not f and f["span_end"] <= g["span_start"] < e
                       and abs(g["amount_yuan"] - product) <= RATE_PRODUCT_TOLERANCE * product for g in in_funds):
                    f["per_unit"] = "household" if b["unit"] in ("户", "家") else "person"
                    f["countable"], f["not_countable_reason"] = False, "rate"
                    break


RATE_PRODUCT_TOLERANCE = 0.005


def mark_this_event_in_total(ctx: StoryContext, rows: list[dict], value_key: str, flow_key) -> None:
    """A later total said to hold this event's money ("今年以来，…已接收社会各界捐赠款物56.3万元（含本次
    捐赠）"): the gifts of the same flow told before it, together no more than it, are its parts."""
    for w in rows:
        if not w["countable"] or w[value_key] <= 0 or not THIS_EVENT_INCLUDED_RE.match(ctx.text, w["span_end"]):
            continue
        before = [r for r in rows if r is not w and r["countable"] and r["span_start"] < w["span_start"]
                  and flow_key(r) == flow_key(w) and 0 < r[value_key] < w[value_key]]
        if before and sum(r[value_key] for r in before) <= w[value_key]:
            for r in before:
                r["countable"], r["not_countable_reason"] = False, "part"


THIS_EVENT_INCLUDED_RE = re.compile(r"\s*[（(](?:含|包括|包含)(?:本次|此次|这次|上述)")
TOPIC_PARAGRAPHS = 8
YEAR_SUM_LEFT_RE = re.compile(r"^[^，,。；;\d]{0,4}全年[^，,。；;\d]{0,16}?(?:达到|达|共计|合计|总计|累计)")
SEVERAL_PARAGRAPHS = 3
STATS_LEAD_RE = re.compile(r"\s*(?:据统计|据不完全统计|数据显示|经统计)[，,：:]")
STATS_PARAGRAPHS = 6  # (past the next paragraph: a report of three drives after their total)
FIRST_SECTION_AFTER_COLON_RE = re.compile(r"[：:]\s*[（(]?一[、）)]")
BACK_LEAD_RE = re.compile(r"\s*(?:此次|本次|上述|以上|这些|该)[^，,。；;\d]{0,10}中[，,]")


LIST_PARAGRAPHS = 24  # paragraphs a numbered list of a whole's heads may run over


def _sum_scope(ctx: StoryContext, at: int) -> tuple[int, int]:
    """Where the pieces of the whole at ``at`` may stand: its paragraph and the next, and
    the short lines of a table running on from them either way."""
    seg, text = ctx.seg, ctx.text
    lo, hi = seg.paragraph(at)
    # the next paragraph, past headings and the line introducing a list ("01" "资金分配到县"
    # "此次资金…分配，具体为："), which give no figures of their own
    for _ in range(HEADING_LINES):
        s, e = seg.paragraph(hi + 1)
        if e <= hi or not (HEADING_LINE_RE.fullmatch(text, s, e) or text[s:e].rstrip().endswith(("：", ":"))):
            break
        hi = e
    # (not the next section of a report: "（一）兜牢基本民生底线。…各类社会救助资金1.86亿元…" ends where "（二）提升养老服务
    # 水平。争取…资金1,280万元" starts, whatever its figures add up to with the first section's)
    own_section = numbering_style(text, lo)
    if own_section is None or numbering_style(text, seg.paragraph(hi + 1)[0]) != own_section:
        _, hi = seg.paragraph(hi + 1)
    # a whole over a numbered list of its heads ("实现财务收入39333万元，…收入分类情况如下：" "1、会费收入" "会费收入83万元…"
    # "2、…"; "共接收各类慈善款物4,386.52万元。" "1、定向捐赠收入…"): its pieces run on through the items, up to the
    # next section ("（二）支出情况")
    own_lo, own_hi = seg.paragraph(at)
    first_item = seg.paragraph(own_hi + 1)[0]
    intro_s, intro_e = seg.paragraph(own_hi + 1)
    if intro_e > own_hi and text[intro_s:intro_e].rstrip().endswith(("：", ":")):
        # (past a line introducing them: "货币资金按来源分：" then "1.“慈善一日捐”活动收入862.35万元；" …)
        first_item = seg.paragraph(intro_e + 1)[0]
    if NUMBERED_ITEM_START_RE.match(text, first_item) and numbering_style(text, first_item) != own_section:
        for _ in range(LIST_PARAGRAPHS):
            s, e = seg.paragraph(hi + 1)
            if e <= hi or HIGHER_SECTION_RE.match(text, s):
                break
            hi = e
    # a whole leading paragraphs on its topics, one each ("养老机构运营补贴方面，…全年发放运营补贴635.2万元"
    # "居家养老服务补贴方面，…" "老年助餐方面，…"): its pieces run on through them
    if TOPIC_LEAD_RE.match(text, seg.paragraph(seg.paragraph(at)[1] + 1)[0]):
        for _ in range(TOPIC_PARAGRAPHS):
            s, e = seg.paragraph(hi + 1)
            if e <= hi or not TOPIC_LEAD_RE.match(text, s):
                break
            hi = e
    # a whole broken down by a paragraph opening on 其中, its second piece in the paragraph after ("…两项补贴2664.66万元…"
    # "其中，困难残疾人生活补贴1261.13万元…" "重度残疾人护理补贴1403.53万元…")
    if OPENING_PART_RE.match(text, seg.paragraph(own_hi + 1)[0]):
        s, e = seg.paragraph(hi + 1)
        hi = max(hi, e)
    # a whole of several drives together ("三项行动共投入资金及物资1,161.8万元"): its pieces are the paragraphs
    # that report each drive, one after another
    sent_start = seg.sentence(at)[0]
    several = SEVERAL_CAMPAIGNS_RE.search(text, sent_start, at)
    if several:
        for _ in range(SEVERAL_PARAGRAPHS):
            s, e = seg.paragraph(hi + 1)
            if e <= hi:
                break
            hi = e
    # a later paragraph of the figures, opening on 据统计 ("入冬以来…实施流浪乞讨人员救助5790多人次。" … "据统计，…街头现场
    # 救助4864人次，护送…927人次"): the whole's pieces may be there, past the paragraphs between
    nxt = hi
    for _ in range(STATS_PARAGRAPHS):
        s, e = seg.paragraph(nxt + 1)
        if e <= nxt:
            break
        if STATS_LEAD_RE.match(text, s):
            hi = e
            break
        nxt = e
    # a later paragraph opening on the whole it breaks down ("此次补发资金中，补发城乡低保金612.8万元…")
    s, e = seg.paragraph(hi + 1)
    if e > hi and BACK_LEAD_RE.match(text, s):
        hi = e

    def row(s: int, e: int) -> bool:
        return 0 < e - s <= LIST_ROW_CHARS and DIGIT_RE.search(text, s, e) is not None

    # a whole adding up what the paragraphs above told ("两批合计，…499.7万元"): its pieces are there
    s, _ = seg.sentence(at)
    # (or a paragraph opening on a total, "截至2月26日，全县已发放救灾救助资金和物资折款共计352.6万元": the
    # sums of the paragraphs above may be its pieces, the exact sum the evidence)
    # (or on a summing-up, "总的来看，今年前三季度全市…支出城乡低保、特困供养和临时救助资金6.65亿元")
    # (or on a total and its 其中 items, "上半年全县各级财政共投入养老服务资金2865.4万元，其中…、养老机构运营和建设补贴
    # 310.1万元": an item may add up sums told paragraphs above, "…运营补贴186.5万元" and "…建设补贴…计123.6万元")
    closing = s == seg.paragraph(at)[0] and (TOTAL_BEFORE_RE.search(clause_before(text, at))
                                             or SUMMING_UP_LEAD_RE.match(text, s)
                                             or CLOSING_TOTAL_ITEM_RE.search(text, s, at) is not None)
    if SUM_BACK_RE.search(text, s, at) or closing:
        # (a story's closing total of every kind may add up paragraphs all down the page: "据统计，今冬以来…已向困难
        # 群众发放各类取暖救助款物共计736.8万元" after the fund raised, the coal given and the visits' goods)
        for _ in range(CLOSING_SUM_PARAGRAPHS if closing and EVERY_KIND_RE.search(text, s, at) else SUM_BACK_PARAGRAPHS):
            if lo <= 0:
                break
            lo = seg.paragraph(lo - 1)[0]
    # a whole leading a report of numbered sections ("8月份，全县共发放各类社会救助资金…。"
    # then "一、城乡最低生活保障"…): its pieces are in the sections
    # (past the heading of the part that gives them: "一、总体情况 …共使用…1,346.8万元" then
    # "二、项目资助情况" and "（一）养老服务类项目683.2万元")
    nxt = seg.paragraph(at)[1] + 1
    # (or the first section run on after the whole's colon: "…共投入民生实事资金1.53亿元。具体完成情况如下：
    # 一、提高城乡低保标准。…", the next paragraph "二、…")
    if FIRST_SECTION_AFTER_COLON_RE.search(text, at, nxt):
        return lo, len(text)
    for _ in range(HEADING_LINES):
        if FIRST_SECTION_RE.match(text, nxt):
            return lo, len(text)
        s, e = seg.paragraph(nxt)
        if e <= nxt or not HEADING_LINE_RE.fullmatch(text, s, e):
            break
        nxt = e + 1

    # a whole of the year summing batches told in the paragraph before ("…预拨临时救助备用金360万元…" then "7月，…追加拨付第二批
    # 备用金145万元，全年下沉乡镇的临时救助备用金达到505万元")
    if YEAR_SUM_LEFT_RE.search(clause_before(text, at)) and lo > 0:
        lo = seg.paragraph(lo - 1)[0]
    for _ in range(LIST_ROWS):  # (bounded: a page of thousands of numbered lines is no one table)
        if lo <= 0:
            break
        s, e = seg.paragraph(lo - 1)
        if not row(s, e):
            break
        lo = s
    for _ in range(LIST_ROWS):
        if hi >= len(text):
            break
        s, e = seg.paragraph(hi + 1)
        if e > hi and not row(s, e) and HEADING_LINE_RE.fullmatch(text, s, e) and e < len(text):
            # a table's header ("项　目　　金　额") between its caption and its rows
            s2, e2 = seg.paragraph(e + 1)
            if e2 > e and row(s2, e2):
                hi = e
                continue
        if not row(s, e) or e <= hi or (own_section is not None and numbering_style(text, s) == own_section):
            break
        hi = e
    return lo, hi


# an item of a run-on list, "一是…。二是…": its ordinal after a pause


def _own_item_end(text: str, at: int) -> int:
    """Where the run-on list item holding the whole at ``at`` ends ("…发放特困供养财政补助资金2262人…。二是开展…"):
    the next item holds none of its pieces. No end when the next item is the first (一是): the whole introduces them."""
    nxt = ORDINAL_ITEM_RE.search(text, at)
    return nxt.start() if nxt and not nxt.group().startswith("一") else len(text)


def is_bare_figure(text: str) -> bool:
    """A figure written without its unit: a table's cell, the unit in its unit line or header."""
    return BARE_NUMBER_RE.fullmatch(text) is not None


def _is_cell(row: dict) -> bool:
    """A figure written bare, in a table under its unit line."""
    return is_bare_figure(row.get("amount_text") or row.get("quantity_text") or "")


def _owner(rows: list[dict], countable: list[int], i: int, kind) -> int | None:
    """The whole a part read from 其中/含 belongs to: the nearest countable figure of its
    kind before it."""
    before = [j for j in countable if rows[j]["span_start"] < rows[i]["span_start"] and kind(rows[j]) == kind(rows[i])]
    return max(before, key=lambda j: rows[j]["span_start"]) if before else None


def _larger_before(ctx: StoryContext, rows: list[dict], i: int, value_key: str, kind) -> int | None:
    """The nearest figure of its kind before row ``i`` that is larger than it, however it
    was read (a whole may itself be a part of a larger one); rates are no wholes. An earlier
    item of the same 其中 list is a sibling, not a whole: the search climbs past it ("惠及3014人。
    其中城镇…1051人，…；牧区…342人，…。城市特困供养25人…": 342's whole is 3014, not 1051)."""
    at, value = rows[i]["span_start"], rows[i][value_key]
    before = sorted((j for j, r in enumerate(rows) if r["span_start"] < at and r[value_key] > value
                     and kind(r) == kind(rows[i]) and r.get("per_unit") is None),
                    key=lambda j: rows[j]["span_start"], reverse=True)
    sentence = ctx.seg.sentence(at)
    for j in before:
        start = rows[j]["span_start"]
        sibling = (rows[j]["not_countable_reason"] == "part" and start >= sentence[0]
                   and not NESTED_PART_RE.search(ctx.text, rows[j]["span_end"], at))
        if not sibling:
            return j
    return None


# a part's own breakdown between it and a later figure: that figure is inside it, not its sibling
NESTED_PART_RE = re.compile(r"其中|包括|含|[（(]")


def _adds_up(total: float, total_slack: float, whole: float, whole_slack: float, capped: bool = True) -> bool:
    """``total`` is ``whole`` to the precision both are written with (``capped``: never looser than
    SUM_TOLERANCE of the whole)."""
    tolerance = whole_slack + total_slack
    if capped:
        tolerance = min(SUM_TOLERANCE * whole, tolerance)
    return abs(total - whole) <= tolerance


def _all_summing(ids: list[int], rows: list[dict], value_key: str, w: int) -> bool:
    """All of ``ids`` add up to the figure of ``w``."""
    return _adds_up(sum(rows[i][value_key] for i in ids), sum(_slack(rows[i]) for i in ids),
                    rows[w][value_key], _slack(rows[w]))


RUN_TOLERANCE = 0.005  # the pieces right after a whole, in order, may add up to it rounded a little looser


def _leading_run(ctx: StoryContext, after: list[int], rows: list[dict], value_key: str, w: int) -> list[int] | None:
    """The first pieces after a whole, one to a numbered item each, in the order they come, adding up to it
    as written: "全年发放…共计2.85亿元" over items "1.…2.31亿元", "2.…4,386.5万元", "3.…1,046.3万元" (2.853亿元,
    rounded down in the whole, past the capped tolerance that a figure further on, 1,012.6万元, meets by
    chance)."""
    total = slack = 0.0
    whole, whole_slack = rows[w][value_key], _slack(rows[w])
    items: set[int] = set()
    run: list[int] = []
    # (past the whole's own sentence, its siblings there no items: "其中货币资金2745.19万元、物资折价541.28万元。" then
    # "货币资金按来源分：" "1.…862.35万元；" "2.…318.62万元（含腾讯公益配捐41.7万元）；" …, the figure an item holds inside
    # it no item of its own)
    sentence_end = ctx.seg.sentence(rows[w]["span_start"])[1]
    for i in (i for i in after if rows[i]["span_start"] >= sentence_end):
        ps = ctx.seg.paragraph(rows[i]["span_start"])[0]
        if not NUMBERED_ITEM_START_RE.match(ctx.text, ps):
            return None
        if ps in items:
            continue
        items.add(ps)
        run.append(i)
        total, slack = total + rows[i][value_key], slack + _slack(rows[i])
        if len(run) >= 2 and abs(total - whole) <= min(RUN_TOLERANCE * whole, whole_slack + slack):
            return run
        if total > whole + whole_slack + slack:
            return None
    return None


def _listed_run(ctx: StoryContext, after: list[int], rows: list[dict], value_key: str, w: int) -> list[int] | None:
    """The first pieces after a whole, the items of one list in one sentence in the order they come, adding up to it:
    "…冬春救助资金6870万元" then "资金…分配：安定区812万元、通渭县1236万元、…、岷县1107万元" (all seven, not the fewest
    figures further on that meet the sum by chance, 812 + 1236 + 904 + 1057 + the goods' 2864)."""
    if not after:
        return None
    sentence = ctx.seg.sentence(rows[after[0]]["span_start"])
    total = slack = 0.0
    whole, whole_slack = rows[w][value_key], _slack(rows[w])
    for k, i in enumerate(after):
        if not sentence[0] <= rows[i]["span_start"] < sentence[1]:
            return None
        total, slack = total + rows[i][value_key], slack + _slack(rows[i])
        if k >= 2 and abs(total - whole) <= min(RUN_TOLERANCE * whole, whole_slack + slack):
            return after[:k + 1]
        if total > whole + whole_slack + slack:
            return None
    return None


def _fewest_summing(ids: list[int], rows: list[dict], value_key: str, w: int, capped: bool = True,
                    max_size: int | None = None) -> list[int] | None:
    """The fewest of ``ids`` (at most ``max_size``) whose figures add up to the figure of ``w``,
    to the precision they are written with (386.5万元 is 386.45–386.55万元; 46万多户 up to a
    whole 万)."""
    values = [rows[i][value_key] for i in ids]
    slack = [_slack(rows[i]) for i in ids]
    whole, whole_slack = rows[w][value_key], _slack(rows[w])
    for size in range(2, min(len(ids), max_size or len(ids)) + 1):
        for combo in combinations(range(len(ids)), size):
            if _adds_up(sum(values[k] for k in combo), sum(slack[k] for k in combo), whole, whole_slack, capped):
                return [ids[k] for k in combo]
    return None


_WRITTEN_NUMBER_RE = re.compile(rf"(\d+(?:[,，]\d{{3}})*)(?:\.(\d+))?\s*({MULT_RE})?")


WRITTEN_AS_READ = {**FULL_WIDTH_DIGITS, ord("萬"): "万", ord("億"): "亿"}


def _slack(row: dict) -> float:
    """How far the true figure may lie from the written one: half its last written digit
    (a whole digit for 多/余/约/近)."""
    # (full-width digits and point read as their ASCII: "５．０３万人" is written to the hundredth of 万; a traditional
    # text's 萬 and 億 as 万 and 亿: "818萬元" is written to the 万)
    m = _WRITTEN_NUMBER_RE.search((row.get("amount_text") or row.get("quantity_text") or "").translate(WRITTEN_AS_READ))
    if m is None:
        return SUM_TOLERANCE * row.get("amount_yuan", row.get("quantity", 0))
    unit = 10.0 ** -len(m.group(2) or "") * MULT[m.group(3) or ""]
    if row.get("qualifier") in (None, "exact"):
        return unit / 2
    if not m.group(2):  # "9000余户": 9,000 to 9,999, a whole last significant digit
        integer = m.group(1).replace(",", "").replace("，", "")
        unit *= 10.0 ** (len(integer) - len(integer.rstrip("0")))
    return unit


def significant_digits(value: float) -> int:
    return len(f"{value:.0f}".rstrip("0"))


def rounded_as(value: float, given: float) -> bool:
    """``value`` is ``given`` written exactly: an appendix table's 68,412户 after the text's 6.84万户
    (three significant digits at least: fewer match other figures by chance)."""
    digits = significant_digits(given)
    if digits < ROUNDED_DIGITS or value == given or value <= 0:
        return False
    scale = 10 ** (len(f"{value:.0f}") - digits)
    return abs(round(value / scale) * scale - given) < 0.5


def floored_as(value: float, given: float) -> bool:
    """``value``, written with 余 or 多, is ``given`` cut to its last written digit: "今年筹得的1,863万余元善款"
    after "筹得善款1,863.27万元" (three significant digits at least)."""
    digits = significant_digits(value)
    if digits < ROUNDED_DIGITS or value <= 0:
        return False
    scale = 10 ** (len(f"{value:.0f}") - digits)
    return value < given < value + scale


def is_round(value: float) -> bool:
    """One significant digit (20, 300, 5万): sums of such figures match by chance."""
    return significant_digits(value) <= 1
