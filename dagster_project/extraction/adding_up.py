"""What may be summed: a fact's campaign link and whether it is countable.

GUIDELINES "Adding up".  A fact belongs to a campaign when the text ties them,
not when they are merely near:

* its sentence names exactly one campaign -> that one; several -> none
  (``开展“夏日送清凉”“寒冬送温暖”服务，救助…9万多人次``: a figure for them together);
* its sentence names none: the campaign its paragraph reports, when the
  paragraph names only that one, before the fact, about the same place
  (a round-up paragraph moving on to another city reports that city's work);
* its paragraph names none: the story's own campaign (named in the headline,
  or launched province- or city-wide in the body) for the story's summary
  figures (全省/全市…, 据统计, 共…).

A fact is not countable (``reason``) when it is a rate (per-unit standard), a
figure accumulated over several years, a change rather than a level, a part
of a whole given just before it (其中, 包括, 含), or a restatement.  The word
lists live in ``lexicon.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from .amounts import MULT, MULT_RE
from .context import StoryContext
from .text import clause_before
from .lexicon import (ANAPHORA_RE, FIRST_SECTION_RE, PERIOD_REPORTED, SUM_BACK_RE, ASIDE_RE, BACK_REFERENCE_IN_RE, BACK_REFERENCE_RE, COMPONENT_SPLIT_RE,
                      COMPONENT_TAIL_RE, COMPONENTS_RE, INCLUDED_IN_RE, CHANGE_LEFT_RE, CHANGE_RIGHT_RE, CUMULATIVE_RE,
                      EARLIER_YEAR_BASE_RE, FRAME_RE, IN_YEAR_DATE_RE, LIST_ITEM_RE, MEANS_RE, OTHER_PERIOD_RE, PART_CLOSED_RE, PART_RE,
                      POVERTY_CAMPAIGN_END, POVERTY_CAMPAIGN_RE, REGULAR_RE, SECTION_RE, SEVERAL_CAMPAIGNS_RE, STANDARD_AFTER_RE, SUMMARY_RE, USE_SUM_RE, USED_FOR_RE, PREVIOUS_YEAR_RE, SINCE_RE, OWN_TIME_RE, PARAGRAPH_BREAKDOWN_RE, RUNNING_TOTAL_RE, BREAKDOWN_LEAD_RE, CAMPAIGN_AS_TIME_RE, TAKING_PART_RE, YEAR_TO_DATE_RE, PER_PERIOD_RE, PERIOD_TOTAL_RE, TOP_N_RE, PLAN_RE, FUTURE_RE,
                      WIDE_LAUNCH_RE, YEAR_MARK_RE)


@dataclass(frozen=True)
class CampaignSpan:
    start: int
    end: int
    campaign_id: str


PART_AFTER_RE = re.compile(r"其中")


class CampaignLinker:
    """Campaign of a fact at an offset of the story, by the rules above."""

    def __init__(self, ctx: StoryContext, spans: list[CampaignSpan], title_ids: set[str]):
        self.ctx = ctx
        self.spans = sorted(spans, key=lambda s: s.start)
        self.main_from_lead = False
        self.main = self._main_campaign(title_ids)
        self.main_from_title = len(title_ids) == 1

    def _main_campaign(self, title_ids: set[str]) -> str | None:
        if len(title_ids) == 1:
            return next(iter(title_ids))
        if title_ids:
            return None
        # the first campaign launched wide in its own (non-section) sentence, or the
        # only campaign of a story that names it in its opening paragraph
        for sp in self.spans[:1]:
            s, e = self.ctx.seg.sentence(sp.start)
            sentence = self.ctx.text[s:e]
            if SECTION_RE.match(sentence):
                return None
            if WIDE_LAUNCH_RE.search(sentence):
                return sp.campaign_id
            if len({x.campaign_id for x in self.spans}) == 1 and sp.start < self.ctx.seg.paragraph(0)[1]:
                self.main_from_lead = True
                return sp.campaign_id
        return None

    def _ids(self, lo: int, hi: int) -> list[CampaignSpan]:
        return [sp for sp in self.spans if lo <= sp.start < hi]

    def at(self, pos: int) -> str | None:
        if not self.spans:
            return None  # a story that names no campaign
        ctx = self.ctx
        s, e = _semicolon_part(ctx, pos)
        if any(self._names_a_part_after(sp, pos) for sp in self._ids(pos, e)):
            return None  # the sentence gives the campaign's share of this figure after 其中: not all of it
        if SEVERAL_CAMPAIGNS_RE.search(ctx.text, s, pos):
            return None  # "加上…“慈善一日捐”…，两项活动共筹集善款2.31亿元": several campaigns together
        # ("2016年首个“中华慈善日”以来，全县累计募集…": a campaign named as a time is no owner)
        # (a campaign named after a 其中 that follows the figure names a part of it: "发放临时救助金
        # 1026.3万元，其中通过“暖心敲门”主动发现并实施救助…316.8万元" — the whole is not the campaign's)
        here = {sp.campaign_id for sp in self._ids(s, e) if not self._named_as_time(sp)
                and not self._names_a_part_after(sp, pos)}
        if len(here) == 1:
            return here.pop()
        if here:
            # several campaigns in one part: a figure goes with the one its own clause names
            # ("其中“慈善一日捐”活动募集善款8640万元，“99公益日”…筹款2180万元（含…310万元）")
            cs = max(ctx.text.rfind("，", s, pos), ctx.text.rfind(",", s, pos), s - 1) + 1
            own = {sp.campaign_id for sp in self._ids(cs, pos)}
            return own.pop() if len(own) == 1 else None
        # (in the figure's own ；-part: "“99公益日”活动期间…；接收定向捐赠…" names no campaign)
        ref = ANAPHORA_RE.search(ctx.text, ctx.seg.sentence(pos)[0], pos)
        if ref and ref.start() < s and self._list_of_campaigns(pos, s):
            # an item of a ；-list whose other items name their own campaigns ("“慈善一日捐”募集…；
            # “99公益日”活动期间…募捐…；接收定向捐赠款物7620.3万元"): this one names none
            return None
        if ref:
            # "该行动累计…", "为此次活动筹措资金6.8万元": the campaign named last before the reference
            before = [sp for sp in self.spans if sp.start < ref.start()]
            if before:
                return before[-1].campaign_id
        if self._other_business(pos, s, e):
            return None
        ss, se = ctx.seg.sentence(pos)
        if len(MEANS_RE.findall(ctx.text, ss, se)) >= 2:
            return None  # "通过开展“X”活动…；通过…，让106.5万名…": the result of several means
        ps, pe = ctx.seg.paragraph(pos)
        para = [sp for sp in self._ids(ps, pe) if not self._names_a_part_after(sp, pos)]
        ids = {sp.campaign_id for sp in para}
        if len(ids) > 1:
            # "在“我为群众办实事”实践活动中，…；组织开展“千站帮扶”活动…；减免会费…": the
            # campaign framing the paragraph owns the clauses that name no other one
            framed = self._frame(ps, para)
            if framed is None and self.main_from_title and self.main in ids \
                    and not SEVERAL_CAMPAIGNS_RE.search(ctx.text, ctx.seg.sentence(pos)[0], pos):
                # the headline's campaign among its projects ("上线“助学圆梦”等3个项目，开展
                # “99公益日”活动。三天筹集善款…"): the clauses naming none are the headline's
                return self.main
            return framed
        if ids:
            before = [sp for sp in para if sp.start < pos]
            if not before:
                # named only after the fact: the paragraph reports it if the story does
                # (its headline names it, or it is the story's only campaign, named in the lead)
                # ("至此，…“慈善情暖万家”活动拉开序幕"), unless the lead names it as a plan
                # ("今年将实施“幸福食光”工程": the figures before are the work done so far)
                first = para[0].start
                planned = FUTURE_RE.search(ctx.text, ctx.seg.sentence(first)[0], first)
                reports = self.main_from_title or (self.main_from_lead and not planned)
                return self.main if reports and ids == {self.main} else None
            where = ctx.region_at(before[-1].start)
            here_region = ctx.region_at(pos)
            if where.city and here_region.city and where.city != here_region.city:
                return None
            if self.main_from_title and before[-1].campaign_id != self.main \
                    and before[-1].start < ss and INCLUDED_IN_RE.search(ctx.text, before[-1].start, ss):
                # "“万人上街”募捐活动筹得128.6万元，已计入上述募集资金。市慈善基金会还为…":
                # a sub-activity told as part of the headline campaign; the next sentence
                # goes back to the headline campaign
                return self.main
            return before[-1].campaign_id
        if self.main is None:
            return None
        if self._other_place(pos):
            return None  # a round-up's paragraph on another county's work ("江安将…")
        if self.main_from_title or self.main_from_lead:  # the story reports that campaign
            return self.main
        if pos < self.spans[0].start:
            return None  # a figure given before the campaign is first named is not its own
        sentence = ctx.text[s:e]
        if SUMMARY_RE.search(ctx.text, s, pos) and not SECTION_RE.match(sentence):
            return self.main
        return None

    def _names_a_part_after(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign is named after a 其中 that follows the figure, in its sentence."""
        _, se = self.ctx.seg.sentence(pos)
        return pos < sp.start < se and PART_AFTER_RE.search(self.ctx.text, pos, sp.start) is not None

    def _other_place(self, pos: int) -> bool:
        """The fact's paragraph is about another county or city than the one where the
        story's campaign was named."""
        first = next(sp.start for sp in self.spans if sp.campaign_id == self.main)
        named = self.ctx.region_at(first)
        here = self.ctx.region_at(pos)
        if named.city and here.city and named.city != here.city:
            return True
        if named.county and here.county and named.county != here.county:
            return True
        there, then = self.ctx.paragraph_county(first), self.ctx.paragraph_county(pos)
        return bool(there and then and there != then)

    def _named_as_time(self, sp: CampaignSpan) -> bool:
        text = self.ctx.text
        return bool(CAMPAIGN_AS_TIME_RE.match(text, sp.end)) \
            and not TAKING_PART_RE.search(text, max(0, sp.start - 8), max(0, sp.start - 1))

    def _list_of_campaigns(self, pos: int, part_start: int) -> bool:
        """The sentence's earlier ；-items name several campaigns, and no campaign frames the paragraph."""
        ss, _ = self.ctx.seg.sentence(pos)
        ps, pe = self.ctx.seg.paragraph(pos)
        return len({sp.campaign_id for sp in self._ids(ss, part_start)}) > 1 \
            and self._frame(ps, self._ids(ps, pe)) is None

    def _frame(self, para_start: int, para: list[CampaignSpan]) -> str | None:
        first = para[0]
        fs, fe = self.ctx.seg.sentence(para_start)
        if first.start >= fe:
            return None
        m = FRAME_RE.search(self.ctx.text, fs, fe)
        return first.campaign_id if m and m.start("name") <= first.start < m.end("name") else None

    def _other_business(self, pos: int, part_start: int, part_end: int) -> bool:
        """The sentence reports regular work, another period or other work ("另外，…高龄津贴",
        "去年全市共实施临时救助…", "协会成立8年来…", "冬春生活救助方面，…"), not the campaign's."""
        s, _ = self.ctx.seg.sentence(pos)
        left = self.ctx.text[s:pos]
        return bool(REGULAR_RE.search(self.ctx.text, part_start, part_end) or OTHER_PERIOD_RE.search(left)
                    or CUMULATIVE_RE.search(left) or ASIDE_RE.match(left))


def _semicolon_part(ctx: StoryContext, pos: int) -> tuple[int, int]:
    """The sentence of ``pos``, narrowed to its ；-separated item (items of a list
    of measures report different work)."""
    s, e = ctx.seg.sentence(pos)
    lo = max(ctx.text.rfind("；", s, pos), ctx.text.rfind(";", s, pos))
    hi_candidates = [i for i in (ctx.text.find("；", pos, e), ctx.text.find(";", pos, e)) if i >= 0]
    return (lo + 1 if lo >= 0 else s), (min(hi_candidates) + 1 if hi_candidates else e)


@dataclass(frozen=True)
class Whole:
    """An earlier fact a later one may be a part of: where it stands and, for a
    count, the head noun of its group (城乡低保对象 -> 对象)."""
    start: int
    head: str | None = None
    value: float | None = None  # a part is smaller than its whole
    rate: bool = False  # a rate or standard: no period's figure
    flow: str | None = None  # of an amount: raised, allocated, disbursed, other


def group_head(group: str | None) -> str | None:
    """The last two characters of a group, past an open end of an age bracket ("100周岁及以上"
    is of the kind of "80至89周岁")."""
    group = OPEN_END_RE.sub("", group or "")
    return group[-2:] if len(group) >= 2 else None


OPEN_END_RE = re.compile(r"及?以[上下]$")


def not_countable_reason(ctx: StoryContext, start: int, per: str | None, restated: bool,
                         earlier_same_kind: list[Whole], year: int | None,
                         multi_year_story: bool = False, head: str | None = None,
                         end: int | None = None, value: float | None = None,
                         flow: str | None = None) -> str | None:
    """Why the fact at ``start`` may not be added to the others (None: it may).

    ``earlier_same_kind``: the story's earlier facts of the same kind (amounts
    for an amount; counts of the same unit kind for a count), for parts of a
    whole; ``head``: the head noun of a count's group; ``end``: where the
    figure ends, for words after it (…新纳入低保).
    """
    text = ctx.text
    if per is not None or (end is not None and STANDARD_AFTER_RE.match(text, end)):
        return "rate"
    clause = clause_before(text, start)
    if PER_PERIOD_RE.search(clause) and not PERIOD_TOTAL_RE.search(clause):
        return "rate"  # "受助对象每年可免费选购600元的必需品": so much per year, no total
    s, _ = ctx.seg.sentence(start)
    left = text[s:start]
    if multi_year_story and not YEAR_MARK_RE.search(left) and not IN_YEAR_DATE_RE.search(left):
        return "cumulative"  # a review of several years ("全省5年累计募捐…"), no single year named
    for cum in CUMULATIVE_RE.finditer(left):
        since = cum.group("since") or cum.group("founded") or cum.group("set_up") or cum.group("started")
        # "2023年以来" in a 2023 story is this year's figure, not a multi-year one;
        # "5年来累计…，全年募集…": a later one-year scope closes the multi-year one
        if (since is None or year is None or int(since) < year - 1) \
                and not YEAR_MARK_RE.search(left, cum.end()):
            return "cumulative"
    if value is not None and _running_total(ctx, s, start, earlier_same_kind, value):
        return "cumulative"
    if value is not None and _year_to_date_beside_month(ctx, s, left, earlier_same_kind, value):
        return "cumulative"  # "1—3月，全市累计实施临时救助6905人次" beside March's own figures
    if year is not None and year > POVERTY_CAMPAIGN_END and POVERTY_CAMPAIGN_RE.search(left):
        return "cumulative"  # reported after 2020, the poverty battle's figures span its years
    if CHANGE_LEFT_RE.search(left[-40:]) or (end is not None and CHANGE_RIGHT_RE.match(text, end)):
        return "change"
    base = EARLIER_YEAR_BASE_RE.search(left)
    if base and year is not None and int(base.group("y")) < year:
        return "change"  # "2022年和2021年分别为61.2亿元和58.7亿元": the bases of a comparison
    if end is not None and INCLUDED_IN_RE.match(text, end):
        return "part"  # "当天筹得善款3.62万元，已计入上述186万元专项善款"
    # the last marker, past any 含 of a parenthesis already closed ("其中，市本级1862.4万元（含
    # 基金600万元），各县4991.2万元": 其中 still governs 4991.2万元)
    part = next((p for p in reversed(list(PART_RE.finditer(left))) if not _in_closed_aside(left, p)), None)
    if part is not None and not PART_CLOSED_RE.search(left, part.end()) \
            and not _whole_of_its_own(ctx, s + part.end(), start, end):
        marker = s + part.start()
        # "对其中386名…": 其中 right before the figure picks out of a whole named anywhere above;
        # "上述款物中，包含…": out of a whole given in an earlier paragraph
        back = BACK_REFERENCE_IN_RE.search(left, 0, part.start()) or part.group("lead")
        scope = 0 if start - (s + part.end()) <= 2 or back else _scope_start(ctx, s, marker)
        wholes = [w for w in earlier_same_kind if scope <= w.start < marker and _larger(w, value)]
        stated = bool(wholes)  # a whole is written (else the parts are true: GUIDELINES)
        if head is not None and _semicolon_part(ctx, start)[0] > marker:
            # past a ；, a list goes on only with the kind of group of its whole or of its
            # first parts ("其中，城市低保对象…；农村低保对象…", "其中本科新生318名…；专科新生234名"),
            # not with a group of its own ("…；事实无人抚养儿童36.7万人")
            parts = [w for w in earlier_same_kind if marker < w.start < start and w.head == head]
            wholes = [w for w in wholes if w.head == head] + parts
        item_start = _semicolon_part(ctx, start)[0]
        if item_start > marker:
            # past a ；, a whole its parts before already add up to has no more parts: "共募集款物
            # 1126万元，其中款612万元、物资514万元；全年支出款物982万元" is the next report
            listed = [x for x in earlier_same_kind if marker < x.start < item_start]
            filled = sum(x.value or 0 for x in listed if not x.rate)
            wholes = [w for w in wholes if w.start > marker or w.value is None or filled < 0.99 * w.value]
            if flow not in (None, "other") and listed and listed[0].flow not in (None, "other", flow):
                # money moved another way than both the whole and its first part is the next
                # report: "全年募集善款4987.31万元，其中“慈善一日捐”455.31万元；慈善救助支出3772.96万元"
                wholes = [w for w in wholes if w.flow in (None, "other", flow)]
        if wholes and stated:
            return "part"
    if _listed_under(ctx, start, earlier_same_kind, value):
        return "part"
    if BREAKDOWN_LEAD_RE.match(text, s) and any(w.start < s and _larger(w, value) and not w.rate
                                                and w.value is not None for w in earlier_same_kind):
        return "part"  # "从救助对象看，救助低保对象897人次、…": a whole given before, broken down
    if _spent_out_of(ctx, s, start, earlier_same_kind, value):
        return "part"
    if restated:
        return "restatement"
    return None


def _running_total(ctx: StoryContext, sent_start: int, start: int, earlier: list[Whole], value: float) -> bool:
    """The running total beside the period's own smaller figure of the same kind, in one
    sentence: "市慈善总会共募集善款3536.1万元，累计募集善款5.53亿元；…受助群众1.6万人次，累计救助
    支出4亿元，受助群众20.2万人次" (a clause opening on 累计 governs the figures after it up to the
    next one of the kind; not the year's "全年累计发放…")."""
    text = ctx.text
    acc = text.rfind("累计", sent_start, start)
    if acc < 0 or any(acc < w.start < start for w in earlier):
        return False
    clause = clause_before(text, acc + 2)
    clause_start = acc + 2 - len(clause)
    if not RUNNING_TOTAL_RE.match(clause) or YEAR_MARK_RE.search(text, clause_start, start):
        return False
    return any(sent_start <= w.start < clause_start and w.value is not None and w.value < value and not w.rate
               for w in earlier)


def _year_to_date_beside_month(ctx: StoryContext, sent_start: int, left: str, earlier: list[Whole],
                               value: float) -> bool:
    """A monthly report's year-to-date figure ("3月份，全市共实施临时救助2318人次…1—3月，全市累计实施
    临时救助6905人次"): another period than the month the story reports."""
    m = YEAR_TO_DATE_RE.search(left)
    if m is None:
        return False
    reported = rf"(?<![—\-－~～至到\d]){m.group('month')}月份" if m.group("month") else \
        PERIOD_REPORTED["half" if m.group("half") else "three"]
    if not re.search(reported, ctx.text[:sent_start]):
        return False
    return any(w.start < sent_start and w.value is not None and not w.rate and w.value < value for w in earlier)


MAX_LIST_ITEMS = 60


def _listed_under(ctx: StoryContext, start: int, earlier: list[Whole], value: float | None) -> bool:
    """The fact stands in an item of a list ("一是…", "（二）…") under a paragraph that
    gives a whole and ends on "：" ("全年支出慈善款物1.72亿元，主要用于以下方面：",
    "在1.72亿元支出中，重点实施了以下项目："): the items break that whole down."""
    seg, text = ctx.seg, ctx.text
    ps, _ = seg.paragraph(start)
    if ps == 0 or not LIST_ITEM_RE.match(text, ps):
        return False
    for _ in range(MAX_LIST_ITEMS):  # (bounded: thousands of numbered lines are no one list)
        if ps <= 0:
            return False
        ps, pe = seg.paragraph(ps - 1)
        if not LIST_ITEM_RE.match(text, ps):
            break
    else:
        return False
    intro = text[ps:pe].rstrip()
    if not intro.endswith(("：", ":")):
        return False
    if TOP_N_RE.search(intro):
        # "筹款排名前五的项目分别是：": a selection out of a whole given before it
        return any(w.start < ps and _larger(w, value) for w in earlier)
    return any(ps <= w.start < pe and _larger(w, value) for w in earlier)


def _in_closed_aside(left: str, part) -> bool:
    """The 含/包括 stands in a parenthesis closed before the fact: "青州市612.7万元（含冠名基金
    200万元），诸城市698.2万元" (the parenthesis breaks down 612.7万元 only)."""
    opened = max(left.rfind("（", 0, part.start()), left.rfind("(", 0, part.start()))
    return opened >= 0 and max(left.rfind("）"), left.rfind(")")) > part.end() \
        and max(left.rfind("）", 0, part.start()), left.rfind(")", 0, part.start())) < opened


def _spent_out_of(ctx: StoryContext, sent_start: int, start: int, earlier: list[Whole],
                  value: float | None) -> bool:
    """"募集专项善款186万元，主要用于慰问930户…，每户1000元，共计93万元": the sum of a use the
    sentence gives its money is a part of that money."""
    if not USE_SUM_RE.search(ctx.text, max(sent_start, start - 4), start):
        return False
    return any(sent_start <= w.start and _larger(w, value) and USED_FOR_RE.search(ctx.text, w.start, start)
               for w in earlier if w.value is not None)


def _larger(whole: Whole, value: float | None) -> bool:
    return whole.value is None or value is None or whole.value > value


def _whole_of_its_own(ctx: StoryContext, marker_end: int, start: int, end: int | None) -> bool:
    """An item past a ；that is broken down itself ("农村低保金1342.6万元，其中…；集中供养
    资金88万元，其中春节补贴21万元；…") is the next whole of the list, not a part of the first."""
    lo, hi = _semicolon_part(ctx, start)
    if lo <= marker_end or end is None:
        return False
    own = PART_RE.search(ctx.text, end, hi)
    # (a parenthesis right after it, "网络募捐1268.5万元（含配捐146.2万元）", only says what it holds)
    return own is not None and ctx.text[end:own.start()].strip() not in ("（", "(")


def refers_back(ctx: StoryContext, start: int, amount: float, seen) -> bool:
    """"这近570万元款物", "上述2600余万元": a figure pointed back at is one already
    given, rounded ("近", "余") as the writer recalls it."""
    if not BACK_REFERENCE_RE.search(ctx.text, max(0, start - 4), start):
        return False
    return any(per is None and abs(value - amount) <= 0.05 * amount for value, per in seen)


def mark_listed_components(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """A total that names its components ("民政事业费支出31.45亿元（含城乡低保、特困人员救助
    供养、临时救助…等资金）") makes each later figure of a named component a part: a
    statistics bulletin gives the total first and each programme's spending further down;
    and an earlier figure it names by what it was ("…（含启动仪式当天捐赠款物）")."""
    text = ctx.text
    for w in rows:
        listed = COMPONENTS_RE.match(text, w["span_end"])
        if not listed or not w["countable"]:
            continue
        keys = set()
        for item in COMPONENT_SPLIT_RE.split(COMPONENT_TAIL_RE.sub("", listed.group("items"))):
            item = item.strip()
            if len(item) >= 2:
                keys.update({item[:2], item[-4:]} if len(item) >= 4 else {item})
        items = [item.strip() for item in COMPONENT_SPLIT_RE.split(listed.group("items")) if item.strip()]
        # (one thing named, not a list of programmes: those are broken down after the total)
        heads = {items[0][:4]} if len(items) == 1 and len(items[0]) >= 4 and not re.search(r"\d", items[0]) \
            else set()
        for r in rows:
            if r is w or not r["countable"] or r[value_key] >= w[value_key]:
                continue
            if r["span_end"] <= w["span_start"]:
                # a figure told before, named by what it was: "启动仪式上，…现场捐赠款物385.6万元" …
                # "已筹集款物1126.8万元（含启动仪式当天捐赠款物）"
                s, _ = ctx.seg.sentence(r["span_start"])
                if s < ctx.seg.sentence(w["span_start"])[0] and any(h in text[s:r["span_start"]] for h in heads):
                    r["countable"], r["not_countable_reason"] = False, "part"
                continue
            if r["span_start"] <= w["span_end"]:
                continue
            clause = text[max(text.rfind("，", 0, r["span_start"]), text.rfind("。", 0, r["span_start"])) + 1:
                          r["span_start"]]
            if any(k in clause for k in keys):
                r["countable"], r["not_countable_reason"] = False, "part"


# parts and their whole agree to the written precision: 319.74 + 186 + 62.66 = 568.4
SUM_TOLERANCE = 0.001
# how many figures around a whole may be its parts (subsets of them are tried)
SUM_CANDIDATES = 12
MAX_WHOLES = 60  # wholes of a story searched for their pieces, the largest first


# a sentence opening on its year ("2023年，全区…", "据统计，2023年全年，…")
EARLIER_YEAR_LEAD_RE = re.compile(r"\s*(?:(?:另)?据统计|数据显示|统计显示)?[，,]?\s*(?P<y>(?:19|20)\d{2})年(?:全年|度)?[，,]")


def mark_other_period(ctx: StoryContext, rows: list[dict], story_year: int | None = None) -> None:
    """Last year's figures given beside this period's ("去年该活动共筹集善款3015万元" in a story of
    this year's drive), and next year's planned ones ("明年将…提高到300万元"), are the other
    term of a comparison, not this story's to add up (GUIDELINES: no mixing periods); reason
    ``change``. A story of last year's figures alone (a review printed in January) keeps them."""
    previous, current = [], False
    plans_from = _plan_section_start(ctx)
    for row in rows:
        if not row["countable"]:
            continue
        if row["span_start"] >= plans_from:
            # the section of a work summary that plans next year ("三、2024年工作计划"): no figure
            # there has happened yet
            row["countable"], row["not_countable_reason"] = False, "change"
            continue
        s, _ = ctx.seg.sentence(row["span_start"])
        left = ctx.text[s:row["span_start"]]
        if story_year is not None and row["year"] is not None and row["year"] < story_year \
                and EARLIER_YEAR_LEAD_RE.match(left) and int(EARLIER_YEAR_LEAD_RE.match(left).group("y")) == row["year"]:
            # a sentence dated an earlier year ("2023年，全区共发放…4.46亿元" in a 2024 story of
            # new standards): that year's figure, whatever else the story counts
            row["countable"], row["not_countable_reason"] = False, "change"
            continue
        m = PREVIOUS_YEAR_RE.search(left)
        # a plan dated after the story's year ("2026年，市本级计划安排…")
        later = story_year is not None and row["year"] is not None and row["year"] > story_year \
            and PLAN_RE.search(left)
        if (m and not SINCE_RE.search(left, m.end()) and not OWN_TIME_RE.search(left, m.end())) or later:
            previous.append(row)
        else:
            current = True
    if current:
        for row in previous:
            row["countable"], row["not_countable_reason"] = False, "change"


# the heading of the section of a work summary that plans ahead: "三、2024年工作计划", "下一步工作打算"
PLAN_SECTION_RE = re.compile(r"[（(]?[一二三四五六七八九十\d]*[、）).．]?\s*(?:(?:19|20)\d{2}年(?:度)?|明年|下一步|下步|来年)"
                             r"(?:的)?(?:工作)?(?:计划|打算|思路|安排|目标任务)\s*[:：]?\s*")


def _plan_section_start(ctx: StoryContext) -> int:
    """Where the story's plan section begins (its heading on a line of its own), or past its end."""
    for m in PLAN_HEADING_LINE_RE.finditer(ctx.text):
        if PLAN_SECTION_RE.fullmatch(m.group().strip()):
            return m.end()
    return len(ctx.text) + 1


PLAN_HEADING_LINE_RE = re.compile(r"(?m)^[^\n。，；]{2,30}$")


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
    kind = kind_key or (lambda r: None)
    taken: set[int] = set()
    # a whole may be a figure given again ("合计：2140万元" under the table of its pieces) or a
    # part itself ("其中，…各县市区接收4991.2万元。各县市区接收情况为：奎文区386.5万元，…")
    wholes = [i for i, r in enumerate(rows) if r[value_key] > 0
              and (r["countable"] or r["not_countable_reason"] in ("restatement", "part"))]
    # (a page of thousands of figures is no breakdown to search: its largest wholes only)
    for w in sorted(wholes, key=lambda i: -rows[i][value_key])[:MAX_WHOLES]:
        whole = rows[w][value_key]  # (a part may be the whole of smaller ones: nested breakdowns)
        at = rows[w]["span_start"]
        lo, hi = _sum_scope(ctx, at)
        sentence = ctx.seg.sentence(at)
        # a whole broken down twice ("其中单位捐款…、个人捐款…。从接收渠道看，市本级…，各县…")
        for _ in range(3):
            # (or on a row of a table: "其中：资金 4,837.16" then "物资折价 1,378.22")
            pieces = idx + [i for i in read_as_part if (sentence[0] <= rows[i]["span_start"] < sentence[1]
                                                        or (lo <= rows[i]["span_start"] < hi and _is_cell(rows[i])))
                            and _owner(rows, idx, i, kind) == w]
            near = [i for i in pieces if i != w and i not in taken and kind(rows[i]) == kind(rows[w])
                    and lo <= rows[i]["span_start"] < hi and rows[i][value_key] < whole]
            near = sorted(near, key=lambda i: abs(rows[i]["span_start"] - at))[:SUM_CANDIDATES]
            # the pieces of a whole stand on one side of it: listed after it, or added up after them
            after = sorted(i for i in near if rows[i]["span_start"] > at)
            before = sorted(i for i in near if rows[i]["span_start"] < at)
            parts = _fewest_summing(after, rows, value_key, w) or _fewest_summing(before, rows, value_key, w)
            if not parts or all(is_round(rows[i][value_key]) for i in parts + [w]):
                break
            for i in parts:
                rows[i]["countable"], rows[i]["not_countable_reason"] = False, "part"
            taken.update(parts)
            idx = [i for i in idx if i not in taken]


LIST_ROW_CHARS = 80  # a table's row on a line of its own is short
BARE_NUMBER_RE = re.compile(r"[\d,.]+")
SUM_BACK_PARAGRAPHS = 3  # paragraphs above a whole that adds them up ("两批合计")
HEADING_LINES = 3  # headings and a list's intro between a whole and its pieces
HEADING_LINE_RE = re.compile(r"\s*[^，,。；;：:\d]{0,20}|\s*\d{1,2}\s*")  # "资金分配到县", "01"
LIST_ROWS = 40  # rows a table may run on from its whole, each way


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
    _, hi = seg.paragraph(hi + 1)

    def row(s: int, e: int) -> bool:
        return 0 < e - s <= LIST_ROW_CHARS and any(c.isdigit() for c in text[s:e])

    # a whole adding up what the paragraphs above told ("两批合计，…499.7万元"): its pieces are there
    s, _ = seg.sentence(at)
    if SUM_BACK_RE.search(text, s, at):
        for _ in range(SUM_BACK_PARAGRAPHS):
            if lo <= 0:
                break
            lo = seg.paragraph(lo - 1)[0]
    # a whole leading a report of numbered sections ("8月份，全县共发放各类社会救助资金…。"
    # then "一、城乡最低生活保障"…): its pieces are in the sections
    if FIRST_SECTION_RE.match(text, seg.paragraph(at)[1] + 1):
        return lo, len(text)

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
        if not row(s, e) or e <= hi:
            break
        hi = e
    return lo, hi


def _is_cell(row: dict) -> bool:
    """A figure written bare, in a table under its unit line."""
    return bool(BARE_NUMBER_RE.fullmatch(row.get("amount_text") or row.get("quantity_text") or ""))


def _owner(rows: list[dict], countable: list[int], i: int, kind) -> int | None:
    """The whole a part read from 其中/含 belongs to: the nearest countable figure of its
    kind before it."""
    before = [j for j in countable if rows[j]["span_start"] < rows[i]["span_start"] and kind(rows[j]) == kind(rows[i])]
    return max(before, key=lambda j: rows[j]["span_start"]) if before else None


def _fewest_summing(ids: list[int], rows: list[dict], value_key: str, w: int, capped: bool = True,
                    max_size: int | None = None) -> list[int] | None:
    """The fewest of ``ids`` (at most ``max_size``) whose figures add up to the figure of ``w``,
    to the precision they are written with (386.5万元 is 386.45–386.55万元; 46万多户 up to a
    whole 万); ``capped``: never looser than SUM_TOLERANCE of the whole."""
    values = [rows[i][value_key] for i in ids]
    slack = [_slack(rows[i]) for i in ids]
    whole, whole_slack = rows[w][value_key], _slack(rows[w])
    for size in range(2, min(len(ids), max_size or len(ids)) + 1):
        for combo in combinations(range(len(ids)), size):
            tolerance = whole_slack + sum(slack[k] for k in combo)
            if capped:
                tolerance = min(SUM_TOLERANCE * whole, tolerance)
            if abs(sum(values[k] for k in combo) - whole) <= tolerance:
                return [ids[k] for k in combo]
    return None


_WRITTEN_NUMBER_RE = re.compile(rf"(\d+(?:[,，]\d{{3}})*)(?:\.(\d+))?\s*({MULT_RE})?")


def _slack(row: dict) -> float:
    """How far the true figure may lie from the written one: half its last written digit
    (a whole digit for 多/余/约/近)."""
    m = _WRITTEN_NUMBER_RE.search(row.get("amount_text") or row.get("quantity_text") or "")
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


def is_round(value: float) -> bool:
    """One significant digit (20, 300, 5万): sums of such figures match by chance."""
    return significant_digits(value) <= 1


def _scope_start(ctx: StoryContext, sent_start: int, marker: int) -> int:
    """Where the whole a part refers to may stand: its own sentence, or the
    previous sentence of the paragraph (``共服务36名老人。…选取其中6位…``)."""
    ps, _ = ctx.seg.paragraph(sent_start)
    if sent_start > ps:
        return ctx.seg.sentence(sent_start - 1)[0]
    if marker - sent_start <= 1 and ps >= 2:
        # a paragraph opening on "其中，…" breaks down the figure the paragraph above ended on
        return ctx.seg.sentence(ps - 2)[0]
    if ps >= 2 and PARAGRAPH_BREAKDOWN_RE.match(ctx.text, ps):
        # "募集款物主要包括：…" breaks down a whole of the paragraph above
        return ctx.seg.paragraph(ps - 2)[0]
    return sent_start


def is_multi_year(title: str) -> bool:
    """A headline that announces figures of several years (``5年累计募捐…``)."""
    return any((m.group("since") or m.group("started")) is None or "累计" in title for m in CUMULATIVE_RE.finditer(title))
