"""Figures of another period than the story's: last year's beside this year's, next year's
plans and targets, a work summary's plan section (GUIDELINES "Adding up": no mixing
periods). They are the other term of a comparison, so not countable (reason ``change``).

A figure accumulated over several years is ``adding_up.py``'s; the word lists live in
``lexicon.py``.
"""
from __future__ import annotations

import re

from .context import StoryContext
from .lexicon import (RAISED_VERBS, RECEIVED_VERBS, FUTURE_RE, OWN_TIME_RE, PLAN_RE, PREVIOUS_YEAR_RE, SINCE_RE, YEAR_REPORT_HEADLINE_RE,
                      months_so_far)
from .unit_tables import PREVIOUS_COLUMN_RE, column_header
from .years import in_basis_clause
from ..vocabulary import unit_kind_of

BUDGET_RE = re.compile(r"预算")
TARGET_YEAR_RE = re.compile(r"(?:力争|争取|计划|预计|目标)[^，。；\d]{0,4}?到(?P<y>(?:19|20)\d{2})年")
EARLIER_YEAR_LEAD_RE = re.compile(r"\s*(?:(?:另)?据统计|数据显示|统计显示|据介绍|据了解)?[，,]?\s*(?P<y>(?:19|20)\d{2})"
                                  r"(?:年(?:全年|度)?(?:[，,]|(?=全[省市县区州盟]))|年度"
                                  # (or the place's name: "2023年桦甸市累计发放…")
                                  r"|年(?=[\u4e00-\u9fff]{1,5}[省市县区州旗盟](?:累计|共计?|全年|各级)))")
# an item of a list of years, after a ；("其中：2018年，募集善款…；2019年募集善款8980.18元…；2020年…"): that year's
YEAR_ITEM_LEAD_RE = re.compile(r"\s*(?P<y>(?:19|20)\d{2})年度?(?:[，,]|(?=(?:共|累计)?"
                               rf"(?:{RAISED_VERBS}|{RECEIVED_VERBS}|发放|支出|投入|安排|救助|资助)))")


# a report of the year so far, by its headline ("关于2025年1—10月全市民政重点工作推进情况的报告")
SPAN_HEADLINE_RE = re.compile(months_so_far())
STOCK_LEFT_RE = re.compile(r"共有|现有|在册|在保")  # those on a programme at the month's end: no part of a flow


def mark_month_within_year_to_date(ctx: StoryContext, rows: list[dict]) -> None:
    """In a report of the year so far (its headline names 1—N月) or of the whole year, the month's own figures
    ("10月份，…当月发放低保金4,236.8万元；1—10月累计发放低保金4.18亿元") are parts of the larger year-to-date
    figure of their kind told after them in the sentence (reason ``part``); a report of the month keeps them,
    and its year to date is another period (``adding_up``)."""
    head = SPAN_HEADLINE_RE.search(ctx.title)
    if head is not None:
        _mark_month_within(ctx, rows, head.group("month"))
    elif YEAR_REPORT_HEADLINE_RE.search(ctx.title):
        # a year's summary telling its months so far ("9月份，…当月共发放资金572.4万元，1-9月累计发放资金…")
        for month in dict.fromkeys(m.group("month") for m in SPAN_HEADLINE_RE.finditer(ctx.text)):
            _mark_month_within(ctx, rows, month)


def _mark_month_within(ctx: StoryContext, rows: list[dict], month: str) -> None:
    month_re = re.compile(rf"(?<![—\-－~～至到\d]){month}月份?[，,]|当月|本月")
    span_re = re.compile(months_so_far(month))
    text = ctx.text
    for row in rows:
        if not row["countable"] or row.get("per_unit") is not None:
            continue
        ss, se = ctx.seg.sentence(row["span_start"])
        left = text[ss:row["span_start"]]
        marks = list(month_re.finditer(left))
        spans = list(span_re.finditer(left))
        if not marks or (spans and spans[-1].start() > marks[-1].start()) or STOCK_LEFT_RE.search(left, marks[-1].end()):
            continue
        after = span_re.search(text, row["span_end"], se)
        if after and any(_same_kind(o, row) and after.start() <= o["span_start"] < se and _value(o) > _value(row)
                         for o in rows):
            row["countable"], row["not_countable_reason"] = False, "part"


def _value(row: dict) -> float:
    return row["amount_yuan"] if "amount_yuan" in row else row["quantity"]


def _same_kind(a: dict, b: dict) -> bool:
    """Money with money, counts with counts of the same unit kind."""
    if ("amount_yuan" in a) != ("amount_yuan" in b):
        return False
    return "amount_yuan" in a or unit_kind_of(a) == unit_kind_of(b)


def mark_other_period(ctx: StoryContext, rows: list[dict], story_year: int | None = None) -> None:
    """Last year's figures given beside this period's ("去年该活动共筹集善款3015万元" in a story of
    this year's drive), and next year's planned ones ("明年将…提高到300万元"), are the other
    term of a comparison, not this story's to add up (GUIDELINES: no mixing periods); reason
    ``change``. A story of last year's figures alone (a review printed in January) keeps them."""
    previous, current = [], False
    plans_from, plans_to = _plan_section(ctx)
    for row in rows:
        if not row["countable"]:
            continue
        if plans_from <= row["span_start"] < plans_to:
            # the section of a work summary that plans next year ("三、2024年工作计划"): no figure
            # there has happened yet
            row["countable"], row["not_countable_reason"] = False, "change"
            continue
        s, _ = ctx.seg.sentence(row["span_start"])
        left = ctx.text[s:row["span_start"]]
        # (or its clause: "…活动已连续开展22年，2024年度共募集善款3126.8万元"; or past a colon: "会上通报了2022年度活动情况：
        # 2022年度全市…共认捐款物2.63亿元")
        clause_start = max(left.rfind("，"), left.rfind(","), -1) + 1
        colon_start = max(left.rfind("："), left.rfind(":"), -1) + 1
        item_start = max(left.rfind("；"), left.rfind(";"), -1) + 1
        lead = EARLIER_YEAR_LEAD_RE.match(left) or EARLIER_YEAR_LEAD_RE.match(left, clause_start) \
            or (item_start > colon_start and YEAR_ITEM_LEAD_RE.match(left, item_start)) \
            or (colon_start and EARLIER_YEAR_LEAD_RE.match(left, colon_start))
        if story_year is not None and row["year"] is not None and row["year"] < story_year \
                and lead and int(lead.group("y")) == row["year"]:
            # a sentence dated an earlier year ("2023年，全区共发放…4.46亿元" in a 2024 story of
            # new standards): that year's figure, whatever else the story counts
            row["countable"], row["not_countable_reason"] = False, "change"
            continue
        if _earlier_year_of_respective(ctx, row, rows, left, s, story_year):
            row["countable"], row["not_countable_reason"] = False, "change"
            continue
        m = PREVIOUS_YEAR_RE.search(left)
        if m and in_basis_clause(left, m.start(), len(left)):
            m = None  # "结合…和上年度资金使用绩效，现将…分配下达": what the sum was weighed by
        if m and LAST_YEAR_MONEY_USED_RE.match(left, m.start()) and THIS_YEAR_RE.search(left, 0, m.start()):
            # "截至今年8月底，去年“99公益日”所筹善款已执行完毕，共资助…1960名": last year's money, used this year
            # (not told as used without this year: "去年募集的善款已全部投入使用，共救助…" is last year's work)
            m = None
        if m and m.group() in ("去年", "上年") and story_year is not None and ctx.reference_year == story_year + 1:
            m = None  # printed the year after: 去年 is the story's own year
        # a plan dated after the story's year ("2026年，市本级计划安排…", "2025年将把…提高到450万元")
        # (or budgeted for it: "2025年市级财政预算安排社会救助资金13.2亿元" in a story of 2024's figures)
        later = story_year is not None and row["year"] is not None and row["year"] > story_year \
            and (PLAN_RE.search(left) or BUDGET_RE.search(left) or _will_after_year(left, row["year"])
                 # (the year named as 今年 by a report given then looking back on the year before: "今年，我们将…")
                 or (row["year"] == ctx.reference_year and _will_after_year(left, "今"))
                 or (row["year"] == (ctx.reference_year or 0) + 1 and _will_after_year(left, "明")))
        # a target for a later year ("力争到2029年，年募集慈善款物突破5,000万元")
        target = TARGET_YEAR_RE.search(left)
        later = later or (story_year is not None and target is not None and int(target.group("y")) > story_year)
        if (m and not SINCE_RE.search(left, m.end()) and not OWN_TIME_RE.search(left, m.end())) or later:
            previous.append(row)
        else:
            current = True
    if current:
        for row in previous:
            row["countable"], row["not_countable_reason"] = False, "change"


# money raised last year, named as what is being used now ("去年“99公益日”所筹善款已执行完毕，共资助…"): its
# uses are this year's figures
# (or the verb before: "今年以来，市慈善总会已使用上年度“慈善一日捐”善款救助大病患者312人次，支出89.4万元")
LAST_YEAR_MONEY_USED_RE = re.compile(r"(?:去年|上年)[^，,。；;]{0,16}?(?:所|的)[^，,。；;\d]{0,4}?(?:善款|款物|捐款|资金)"
                                     r"[^。；;\d]{0,12}?(?:执行|使用|用于|支出|拨付)"
                                     r"|(?<=使用|动用)(?:去年|上年度?)[^，,。；;\d]{0,12}?(?:善款|款物|捐款|资金)")
THIS_YEAR_RE = re.compile(r"今年|本年")
# years given one to each figure after them ("居家养老服务补贴2023年、2024年分别投入380万元、426万元")
RESPECTIVE_YEARS_RE = re.compile(r"(?P<years>(?:(?:19|20)\d{2}年[、和及与])+(?:19|20)\d{2}年)[^，。；\d]{0,16}?分别")
YEAR_NUMBER_RE = re.compile(r"(?:19|20)\d{2}")
CLAUSE_END_RE = re.compile(r"[，。；;]|,(?!\d{3})")  # (not a thousands separator: "3,862万元、4,215万元")


def _earlier_year_of_respective(ctx: StoryContext, row: dict, rows: list[dict], left: str, sent_start: int,
                                story_year: int | None) -> bool:
    """The figure falls to an earlier year than the story's in a list of years 分别 figures."""
    m = RESPECTIVE_YEARS_RE.search(left) if story_year is not None and "分别" in left else None
    if m is None or CLAUSE_END_RE.search(left, m.end()):
        return False  # (a figure past the list's clause is not one of it: "…、426万元，今年为2,680名…")
    years = [int(y) for y in YEAR_NUMBER_RE.findall(m.group("years"))]
    money = "amount_yuan" in row
    k = sum(1 for r in rows if ("amount_yuan" in r) == money and r.get("per_unit") is None
            and sent_start + m.end() <= r["span_start"] < row["span_start"])
    return k < len(years) and years[k] < story_year


def _will_after_year(left: str, year: int | str) -> bool:
    """A future word a few characters after the year (its number, or 今/明): "2025年将把…提高到450万元". Not 将 before
    it, nor far after it, where 将 is as often 把 ("近日将2025年1月、2月的低保金提前发放", "根据
    《…2024—2025年度…的通知》…，现将…资金2,386万元下达你们")."""
    at = left.rfind(f"{year}年")
    window = left[at:at + WILL_AFTER_YEAR_CHARS] if at >= 0 else ""
    return bool(FUTURE_RE.search(window)) and not CLOSE_TITLE_RE.search(window)


WILL_AFTER_YEAR_CHARS = 12
CLOSE_TITLE_RE = re.compile(r"[》。；;]")


# the heading of the section of a work summary that plans ahead: "三、2024年工作计划", "下一步工作打算"
# ("三、下一步工作": the next step needs no word for plan)
# (a post's section head may open on an emoji: "✨ 下一步")
PLAN_SECTION_RE = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]*\s*[（(]?[一二三四五六七八九十\d]*[、）).．]?\s*"
                             r"(?:(?:(?:19|20)\d{2}年(?:度)?|明年|来年|下半年)"
                             r"(?:的)?(?:工作)?(?:计划|打算|思路|安排|目标任务)|(?:下一步|下步)(?:的)?(?:工作)?"
                             r"(?:计划|打算|思路|安排|目标任务|重点)?)\s*[:：]?\s*")


def _plan_section(ctx: StoryContext) -> tuple[int, int]:
    """Where the story's plan section begins (its heading on a line of its own) and ends (the
    report's appendix, "附表：…", is last year's figures again), or past the story's end."""
    for m in PLAN_HEADING_LINE_RE.finditer(ctx.text):
        if PLAN_SECTION_RE.fullmatch(m.group().strip()):
            appendix = APPENDIX_LINE_RE.search(ctx.text, m.end())
            return m.end(), appendix.start() if appendix else len(ctx.text) + 1
    return len(ctx.text) + 1, len(ctx.text) + 1


PLAN_HEADING_LINE_RE = re.compile(r"(?m)^[^\n。，；]{2,30}$")
APPENDIX_LINE_RE = re.compile(r"(?m)^\s*附[表件]\s*\d*\s*[:：]")


def mark_last_year_columns(ctx: StoryContext, rows: list[dict]) -> None:
    """The cells of a table's column headed 上年同期 (去年, 上年) are last year's figures, the other term of
    the comparison the table makes: not countable (reason ``change``)."""
    for row in rows:
        if not row["countable"]:
            continue
        found = column_header(ctx.text, row["span_start"])
        if found is None:
            continue
        column, header = found
        if PREVIOUS_COLUMN_RE.search(header[column]) and not PREVIOUS_COLUMN_RE.search(header[0]):
            row["countable"], row["not_countable_reason"] = False, "change"
