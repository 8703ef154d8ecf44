"""Years and dates: story year, published date, year of a campaign mention.

* A printed date (``时间:2022-08-18``, ``2024年1月5日``) fixes the published date.
* Story year: the published year, else the latest explicit ``YYYY年`` of the
  story, ignoring ``YYYY年以来`` (a starting point, not the time of the
  report) and targets (``到2025年``); else the year of the other stories in the
  same file; else NULL.
* Mention year: an explicit year in the same sentence (nearest to the
  mention), ``去年/今年/前年`` relative to the story year, or a paragraph-leading
  ``YYYY年以来`` scope; else the story year.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .amounts import parse_number
from .lexicon import FULL_DATE_WORDS, FUTURE_RE, NO_YEAR_WORD_AFTER, SINCE_WORDS
from .text import SEMICOLON_RE

# a year written in numerals, digit by digit: "二〇二四年", "二○○七年" (○, the circle, stands for 〇 too)
_CN_YEAR_DIGITS = {**{c: i for i, c in enumerate("〇一二三四五六七八九")}, "零": 0, "○": 0}
_CN_YEAR = "".join(_CN_YEAR_DIGITS)
# (or a drive's edition, its year right before its quoted name: "市慈善总会2019“慈善情暖万家”活动在浮山县举行")
YEAR_RE = re.compile(rf"(?<![\d.])(?:((?:19|20)\d{{2}}|[{_CN_YEAR}]{{4}})\s*年(?!代)|((?:19|20)\d{{2}})(?=[“「『]))")
DATE_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)")
RELATIVE = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "上年": -1, "当年": 0, "本年": 0, "过去一年": -1, "过去的一年": -1}
# "送去年货" is not 去年
RELATIVE_RE = re.compile(NO_YEAR_WORD_AFTER + r"(?:" + "|".join(RELATIVE) + r")(?!货|度?(?:结转|结余))")
# 第N次全国助残日: the day was first held in 1991 -> a dependable year anchor
ANNIVERSARY_RE = re.compile(r"第([\d一二三四五六七八九十]+)(?:次|个)全国助残日")


def _year_value(tok: str) -> int | None:
    if tok[0] in _CN_YEAR_DIGITS:
        tok = "".join(str(_CN_YEAR_DIGITS.get(c, c)) for c in tok)
    try:
        y = int(tok)
    except ValueError:
        return None
    return y if 1949 <= y <= 2100 else None


# day first, as an aggregator prints it: "24.01.2015  11:00"
DAY_FIRST_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")


# a posting time printing its year in two digits, after its label ("发布时间:24年02月08日")
SHORT_YEAR_DATE_RE = re.compile(r"(?<![\d年])(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def parse_date(text: str, short_year: bool = False) -> dt.date | None:
    """First full date printed in ``text`` (used on chrome/dateline lines); ``short_year`` reads a
    two-digit year as this century's, for a line labelled as the posting time."""
    m = DATE_RE.search(text)
    short = SHORT_YEAR_DATE_RE.search(text) if short_year and not m else None
    if short:
        try:
            return dt.date(2000 + int(short.group(1)), int(short.group(2)), int(short.group(3)))
        except ValueError:
            return None
    if not m:
        day_first = DAY_FIRST_DATE_RE.search(text)
        if not day_first:
            return None
        d, mo, y = (int(g) for g in day_first.groups())
    else:
        y = int(m.group(1))
        mo = int(m.group(2) or m.group(4))
        d = int(m.group(3) or m.group(5))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


YEAR_MONTH_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?!\d)")


def parse_month(text: str) -> dt.date | None:
    """The first day of the first year and month printed in ``text`` ("发布时间:2016-05")."""
    m = YEAR_MONTH_RE.search(text)
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), 1) if m else None
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def explicit_years(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Cached for sentences (several facts share one); see ``_explicit_years``."""
    return tuple(_explicit_years(text))


def _explicit_years(text: str) -> list[tuple[int, int, bool]]:
    """(position, year, is_scope) for every ``YYYY年``; is_scope for ``YYYY年以来``."""
    out = []
    for m in YEAR_RE.finditer(text):
        y = _year_value(m.group(1) or m.group(2))
        if y is None:
            continue
        before = text[max(0, m.start() - 2):m.start()]
        if before.endswith(("到", "至")) and not before.endswith("截至") \
                and not (SPAN_END_AFTER_RE.match(text, m.end()) and "自" in text[max(0, m.start() - SPAN_CHARS):m.start()]):
            continue  # a target year, not when things happened
        if before.endswith(("较", "比")) or COMPARED_AFTER_RE.match(text, m.end()):
            continue  # "较2013年增加1160万元", "与2023年相比": the base of a comparison
        if PERSON_YEAR_AFTER_RE.match(text, m.end()):
            continue  # "1949年以前入党的老党员": who the people are, not when anything happened
        # "2021年以来", "自2021年启动以来": when something started, not when it happened
        # ("自2016年起连续五年实施…" stays the year it ran from)
        scope = bool(SINCE_AFTER_RE.match(text, m.end()) or DAY_SINCE_AFTER_RE.match(text, m.end()))
        # "行动自2024年12月1日启动，为期4个月，…共救助…": the day a span began, not the year of
        # what it did by the report
        scope = scope or (before.endswith(("自", "从")) and SPAN_START_AFTER_RE.match(text, m.end()) is not None)
        # "…活动是中国红十字会于1999年发起的一项品牌公益活动", "始于2002年": when it was founded
        scope = scope or (before.endswith("于") and LAUNCHED_AFTER_YEAR_RE.match(text, m.end()) is not None) \
            or FOUNDED_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) is not None
        out.append((m.start(), y, scope))
    return out


def anniversary_year(text: str) -> int | None:
    m = ANNIVERSARY_RE.search(text)
    if not m:
        return None
    n = parse_number(m.group(1))
    return int(1990 + n) if n else None


# (or "自2024年12月20日启动，至2025年2月12日结束": the span's end dates what it did)
SPAN_START_AFTER_RE = re.compile(r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:启动|开始|开展|起)[^。；]{0,12}?"
                                 r"(?:为期|[至到](?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:结束|止))")
# the end of a span begun with 自 ("…启动，至2025年2月12日结束"): when it was done, no target year
SPAN_END_AFTER_RE = re.compile(r"\d{1,2}月\d{1,2}日(?:结束|止)")
SPAN_CHARS = 30  # how far before a span's end its start (自…) may be written
COMPARED_AFTER_RE = re.compile(r"(?:同期)?相比")
PERSON_YEAR_AFTER_RE = re.compile(r"(?:以前|以后|之前|之后|前|后)?(?:入党|出生|参加工作|参军|入伍|退休|参加革命)")
# (not a bare day: "1月19日，…召开理事会" is when last year's report was given)
OPENS_ON_YEAR_RE = re.compile(r"\s*(?P<y>(?:19|20)\d{2})年(?:度)?[，,]")
# a lead opening on last year, past a dateline ("本报讯（记者…）去年，…")
LEAD_LAST_YEAR_RE = re.compile(r"\s*(?:[^，,。；;\n]{0,16}?[讯电]\s*(?:[（(][^）)\n]{0,30}[）)])?\s*)?去年[，,]")
NOW_WORDS_RE = re.compile(r"今年|本年|近日|日前|目前|当前|本月|今天|昨天|今日|昨日|近期|眼下")
# (or a month's own figures, "1月份，望奎县共发放城乡低保金…" in a paper of 16 January)
THIS_YEARS_DAY_RE = re.compile(r"截[至止](?P<m>\d{1,2})月\d{1,2}日|(?<![年\d])(?P<launch_m>\d{1,2})月\d{1,2}日(?:启动|开始)"
                               r"|(?<![—\-－~～至到\d年])(?P<month>\d{1,2})月份"
                               # ("今年1月以来，全县实施临时救助412人次": since a month of this year)
                               r"|今年(?P<since_m>\d{1,2})月(?:份)?(?:以来|起|至今)")
STARTS_ON_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?起")
LAUNCHED_YEAR_RE = re.compile(r"(?:启动|启动了|举行|举办)(?P<y>(?:19|20)\d{2})年")  # "…启动2025年“童心同行”关爱计划"
ORG_FOUNDED_RE = re.compile(r"[^，。；\d]{0,4}?(?:成立|创立|组建|建会)")
# a drive launched on a day, counted from it ("自2022年11月29日启动“寒冬送温暖”专项救助行动以来，…救助…1002人次"): the day it
# began, not the year of what it did by the report
DAY_SINCE_AFTER_RE = re.compile(r"\d{1,2}月(?:\d{1,2}日)?(?:启动|开展|开始|实施)[^，。；]{0,24}?以来")
SINCE_AFTER_RE = re.compile(rf"(?:[^，。；\d“”]|“[^”]{{1,12}}”){{0,12}}?(?:{SINCE_WORDS})")  # (“99公益日”: a name)
FULL_DATE_TAIL_RE = re.compile(r"\s*\d{1,2}\s*月")
# (or money carried over into it: "备用金结余92.3万元，全部结转2025年继续使用")
PLAN_BEFORE_RE = re.compile(r"部署|谋划|展望|筹划|规划|安排|结转(?:至|到)?|转入")
# a founding date ("成立于1999年", "始于2009年"): when a body began, not when things happened
FOUNDED_BEFORE_RE = re.compile(r"(?:成立|设立|创立|创办|建立|组建|启动|发起|开办|开展|实施|始)于$")
# "中国红十字会于1999年发起…", "长者饭堂建设自2018年启动": the year a drive began
LAUNCHED_IN_CHARS = ("于", "自", "从")
LAUNCHED_AFTER_YEAR_RE = re.compile(r"(?:发起|启动|创立|设立|成立|创办|开始|建立)")
# "2014年在市慈善总会设立了…基金，累计捐赠…": the year a fund began, told in passing
FOUNDED_AFTER_RE = re.compile(r"年[^，。；\d]{0,14}?(?:设立|成立|创立|创办)了?[^，。；\d]{0,16}?(?:基金|项目|组织|协会|慈善会)")


# (a plan's subject may stand between its year and its 将: "2025年，北站街道慈善超市将持续…")
FUTURE_AFTER_YEAR_CHARS = 18


def _sentence_cut(text: str, p: int, chars: int) -> int:
    """``chars`` after ``p``, or the end of its sentence if that comes first."""
    end = SENTENCE_END_RE.search(text, p, min(len(text), p + chars))
    return end.start() if end else min(len(text), p + chars)


SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


def _event_years(text: str, full_dates: bool) -> list[int]:
    """Years written in ``text`` that say when things happened: not "YYYY年以来"
    (a start), not plans ("部署2024年…", "2024年…力争"), and, unless ``full_dates``,
    not full dates (the day a report was given)."""
    out = []
    for p, y, scope in _explicit_years(text):
        if scope or FUTURE_RE.search(text, p, _sentence_cut(text, p, FUTURE_AFTER_YEAR_CHARS)) \
                or PLAN_BEFORE_RE.search(text, max(0, p - 4), p) or FOUNDED_BEFORE_RE.search(text, max(0, p - 3), p) \
                or FOUNDED_AFTER_RE.match(text, p + 4) \
                or (text[p - 1:p] in LAUNCHED_IN_CHARS and LAUNCHED_AFTER_YEAR_RE.match(text, p + 5)):
            continue
        if not full_dates and FULL_DATE_TAIL_RE.match(text, p + 5):
            continue
        if text[p - 1:p] == "经" and APPROVED_AFTER_RE.match(text, p):
            continue  # "（经2024年3月28日…理事会…审议通过）": when the report was approved, not when things happened
        if DELIVERED_AFTER_RE.match(text, p):
            continue  # "（2025年3月20日在…理事会第六次会议上）": when the report was given
        out.append(y)
    return out


# the year a budget or plan is for ("…2025年度预算安排…"; not a budget carried out, "2024年预算执行情况")
BUDGETED_YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年度?[^，,。；;\d]{0,8}?(?:预算(?!执行)|工作计划|工作打算|工作要点)")


def _done_before_budgeted(title: str, years: list[int]) -> list[int]:
    """A headline naming a year's accounts and the next year's budget ("关于2024年度慈善资金收支情况和2025年度预算
    安排的报告") is the accounts' year's; a budget alone ("2025年部门预算公开说明") is its own year's."""
    budgeted = {int(m.group("y")) for m in BUDGETED_YEAR_RE.finditer(title)}
    return [y for y in years if y not in budgeted] or years


def story_year(title: str, body: str, published: dt.date | None) -> int | None:
    text = title + "\n" + body
    if published:
        # a report printed early in a year about the year before ("2023年，全省…"
        # in January 2024) is that year's: its events happened then
        # (a full date "2024年1月20日" is when the report was given, a plan "部署2024年…" is
        # ahead: neither is the year of the figures)
        named = set(_event_years(body, full_dates=False))
        headline = _done_before_budgeted(title, _event_years(title, full_dates=False))
        if published.year in headline:
            return published.year  # "2026年元旦春节期间…发布会" in January 2026: the headline says so
        if headline and max(headline) < published.year:
            return max(headline)  # "某市2024年民政事业发展统计公报", printed in April 2025
        reviewed = _reviewed_year(body)
        if not headline and reviewed is not None and reviewed < published.year:
            return reviewed  # "一、2023年工作回顾", in a report approved in 2024: its figures are 2023's
        released = _released_report_year(body)
        if not headline and released is not None and released < published.year:
            return released  # "民政部近日发布《2017年社会服务发展统计公报》，…" in 2018: its figures are 2017's
        if published.month <= 3 and named and max(named) == published.year - 1 \
                and not _this_years_figures(body, published):
            return published.year - 1
        opening = OPENS_ON_YEAR_RE.match(body)
        if opening and set(named) == {int(opening.group("y"))} and int(opening.group("y")) < published.year \
                and not NOW_WORDS_RE.search(body):
            # a chronicle's entry, posted years on ("2019年，…为云南、贵州等地募集爱心款物183.16万余元"):
            # the one year it tells of, nothing of now
            return int(opening.group("y"))
        if LEAD_LAST_YEAR_RE.match(body) and not named and not NOW_WORDS_RE.search(body):
            # a story telling of last year only ("本报讯（通讯员…）去年，椒江区共对困难群众实施临时救助1486人次…"): that year's
            return published.year - 1
        return published.year
    # a headline naming the year ("…关于2024年度福彩公益金使用情况的公告") dates the story, past
    # the next year's budget in its last section
    headline = _done_before_budgeted(title, _event_years(title, full_dates=True))
    if headline:
        return max(headline)
    reviewed = _reviewed_year(body) or _released_report_year(body)
    if reviewed is not None:
        return reviewed  # "一、2023年工作回顾" above "（经2024年3月28日…审议通过）"
    this_year = YEAR_IS_OPENING_RE.match(body)
    if this_year:
        return int(this_year.group("y"))  # a story opening "2025年是“十四五”规划收官之年。" tells of that year
    delivered = DELIVERED_AFTER_RE.search(text)
    if delivered and PAST_YEAR_LOOKED_BACK_RE.search(body, 0, LOOKED_BACK_CHARS):
        # a report given at a session ("——2025年1月14日在…大会…上") looking back on "过去一年": the year before
        return int(delivered.group()[:4]) - 1
    # skip "since YYYY" and plans ("2024年将进一步…"): they are not when things happened
    years = _event_years(text, full_dates=True)
    # a year named only as ended ("截至2022年底，活动累计支出…") in a story of this year's work ("今年我市安排
    # 善款75万元") is the year before the story's
    if years and "今年" in body and YEAR_ENDED_RE.search(text) and not _event_years(YEAR_ENDED_RE.sub("", text), True):
        return max(years) + 1
    if years:
        return max(years)
    return anniversary_year(body)


APPROVED_AFTER_RE = re.compile(r"[^。；;\n]{0,50}?(?:审议通过|审定通过|批准)")
DELIVERED_AFTER_RE = re.compile(rf"{FULL_DATE_WORDS}\s*在[^。；;\n）)]{{2,40}}?(?:会议|大会|会)上")
PAST_YEAR_LOOKED_BACK_RE = re.compile(r"过去(?:的)?一年")
YEAR_IS_OPENING_RE = re.compile(r"\s*(?P<y>(?:19|20)\d{2})年是[^。；;\n]{0,24}?之年")
LOOKED_BACK_CHARS = 300  # (its opening: a work report's review comes first)
YEAR_ENDED_RE = re.compile(r"截[至止]((?:19|20)\d{2})年(?:底|末|12月31日)")
# a year told as over: "截至2013年12月31日", "2017年该总会全年累计接收…"
YEAR_OVER_RE = re.compile(r"截[至止](?P<y>(?:19|20)\d{2})年12月31日|(?P<y2>(?:19|20)\d{2})年度?[^，。；\d]{0,10}?全年")
LAST_YEAR_RE = re.compile(r"去年(?!同期)")


def reference_year(title: str, body: str, published: dt.date | None, year: int | None) -> int | None:
    """The year 今年/去年 count from: the publication's. Without a printed date, a story telling
    its own year as over and that year as 去年 ("2月6日…2017年该总会全年累计接收…。去年，…共计发放款物
    达600多万元") was printed the year after."""
    if published:
        return published.year
    text = title + "\n" + body
    this_year = YEAR_IS_OPENING_RE.match(body)
    if this_year:
        return int(this_year.group("y"))  # a story opening "2025年是“十四五”规划收官之年。" tells of that year
    delivered = DELIVERED_AFTER_RE.search(text)
    if delivered and PAST_YEAR_LOOKED_BACK_RE.search(body, 0, LOOKED_BACK_CHARS):
        # a report given at a session looking back on "过去一年": its 今年 is the year it was given
        return int(delivered.group()[:4])
    if year is not None and LAST_YEAR_RE.search(text) and any(
            int(m.group("y") or m.group("y2")) == year for m in YEAR_OVER_RE.finditer(text)):
        return year + 1
    return year


# the year a work report looks back on: "一、2023年工作回顾", "将2005年我镇民政工作总结如下"
REVIEWED_YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,6}?工作)?(?:回顾|总结如下)")


# a story opening on a year's report just published: "民政部近日发布《2017年社会服务发展统计公报》"
RELEASED_REPORT_RE = re.compile(r"(?:发布|公布|印发|公开)[了的]?《(?P<y>(?:19|20)\d{2})年度?[^》。\n]{0,30}?(?:公报|年报|报告)》")
RELEASED_REPORT_CHARS = 80  # how far into the body the report is named: its lead


def _released_report_year(body: str) -> int | None:
    m = RELEASED_REPORT_RE.search(body, 0, RELEASED_REPORT_CHARS)
    return int(m.group("y")) if m else None


def _reviewed_year(body: str) -> int | None:
    m = REVIEWED_YEAR_RE.search(body)
    return int(m.group("y")) if m else None


def _this_years_figures(body: str, published: dt.date) -> bool:
    """Something starts this year ("自2024年1月1日起，…补贴标准…提高到…", "…启动2025年“童心同行”关爱计划"), or the figures run up to a
    day of this year's ("截至2月5日，已走访慰问…", "1月16日启动的…活动")."""
    return any(int(m.group("y")) == published.year for m in STARTS_ON_RE.finditer(body)) \
        or any(int(m.group("y")) == published.year for m in LAUNCHED_YEAR_RE.finditer(body)) \
        or any(int(m.group("m") or m.group("launch_m") or m.group("month") or m.group("since_m")) <= published.month
               for m in THIS_YEARS_DAY_RE.finditer(body))


BASIS_CLAUSE_RE = re.compile(r"\s*(?:结合|根据|依据|参照|按照|综合考虑|考虑到?|参考)")
CLAUSE_BREAK_CHARS = "，,；;：:"


def in_basis_clause(sentence: str, at: int, figure_at: int) -> bool:
    """``at`` lies in a clause of what a sum was weighed by ("结合各县受灾情况…和上年度资金使用绩效，"), not the
    figure's own clause: its years say nothing of the figure's."""
    start = max(sentence.rfind(c, 0, at) for c in CLAUSE_BREAK_CHARS) + 1
    ends = [i for i in (sentence.find(c, at) for c in CLAUSE_BREAK_CHARS) if i >= 0]
    end = min(ends) if ends else len(sentence)
    return not start <= figure_at < end and bool(BASIS_CLAUSE_RE.match(sentence, start))


def mention_year(body: str, sent: tuple[int, int], para_first: tuple[int, int], pos: int,
                 default: int | None, reference: int | None = None, own_item: bool = False) -> tuple[int | None, bool]:
    """Year for something mentioned at ``pos``; second value: was it explicit.

    ``reference``: the year 今年/去年 count from (the publication year; defaults to
    ``default``).  "YYYY年以来" names when something started, not when it happened.
    """
    s, e = sent
    sentence = body[s:e]
    # (after the figure?, distance, year)
    # (for a named campaign, not one past a ；, in the next item of a list: "实施“福彩圆梦·孤儿助学”工程…；…其中
    # 2023年度续建项目900万元")
    cands = [(s + p > pos, abs(s + p - pos), y) for p, y, scope in explicit_years(sentence) if not scope
             and not (own_item and s + p > pos and SEMICOLON_RE.search(body, pos, s + p))
             and not in_basis_clause(sentence, p, pos - s)]
    ref = reference if reference is not None else default
    if ref is not None:
        for m in RELATIVE_RE.finditer(sentence):
            if sentence[max(0, m.start() - 1):m.start()] in ("比", "较") or COMPARED_AFTER_RE.match(sentence, m.end()):
                continue  # "比上年增长26.4%": the base of a comparison
            if in_basis_clause(sentence, m.start(), pos - s):
                continue  # "结合…和上年度资金使用绩效，现将…资金2846万元分配下达": what the sum was weighed by
            cands.append((s + m.start() > pos, abs(s + m.start() - pos), ref + RELATIVE[m.group()]))
    if cands:
        # the nearest year written before the figure frames it ("2014年，…投入4500万元，较2013年…，
        # 占2013年筹集的…"): one after it is more often a base or an aside
        return min(cands)[2], True
    ps, pe = para_first
    if ps != s:
        lead = body[ps:pe]
        for p, y, scope in explicit_years(lead):
            # (an organisation's founding, "我会自1996年成立以来", is no start of what it runs)
            if scope and p < 12 and not ORG_FOUNDED_RE.match(lead, p + 5):
                return y, True
    return default, False
