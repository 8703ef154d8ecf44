"""Which campaign a fact belongs to (GUIDELINES "Adding up": ``campaign``).

A fact belongs to a campaign when the text ties them, not when they are merely near:

* its sentence names exactly one campaign -> that one; several -> none
  (``开展“夏日送清凉”“寒冬送温暖”服务，救助…9万多人次``: a figure for them together);
* its sentence names none: the campaign its paragraph reports, when the
  paragraph names only that one, before the fact, about the same place
  (a round-up paragraph moving on to another city reports that city's work);
* its paragraph names none: the story's own campaign (named in the headline,
  or launched province- or city-wide in the body) for the story's summary
  figures (全省/全市…, 据统计, 共…).

The word lists live in ``lexicon.py``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from .context import StoryContext
from .lexicon import (EVERY_KIND_WORDS, ALONGSIDE_BEFORE_RE, ANAPHORA_RE, ASIDE_RE, BREAKDOWN_LEAD_RE, CAMPAIGN_AS_TIME_RE, CUMULATIVE_RE,
                      DESCRIPTOR_AFTER_RE, FRAME_RE, FUTURE_RE, INCLUDED_IN_RE, LAUNCHED_AFTER_RE, LAUNCH_RE,
                      LIST_ITEM_RE, MEANS_RE, NUMBERED_HEADING_RE, NUMBERED_ITEM_START_RE, ORDINAL_ITEM_RE, OTHER_PERIOD_RE,
                      PROVINCE_AREA_WORDS, PROVINCE_OFFICE_WORDS, PROVINCE_WIDE_RE, REGULAR_RE, SECTION_RE, SEVERAL_CAMPAIGNS_RE, SUMMARY_RE, TAKING_PART_RE,
                      TOPIC_LEAD_RE, WIDE_LAUNCH_RE, so_far_since_recent_start)
from .text import CLAUSE_BREAK_RE, card_label, clause_before


@dataclass(frozen=True)
class CampaignSpan:
    start: int
    end: int
    campaign_id: str
    kind: str | None = None  # 活动, 行动, 项目…: what "此次活动" or "活动期间" may point back at


PART_AFTER_RE = re.compile(r"其中")
# what goes on beside other work: "在做好“暖心敲门”的同时，", "“99公益日”活动之外，"
BESIDE_AFTER_RE = re.compile(r"[”」』\"]?(?:行动|活动|项目|工作)?(?:的同时|之外|以外)[，,]")
KIND_WORD_RE = re.compile(r"活动|行动|项目")
DEED_LEAD_RE = re.compile(r"开展|实施|启动|举办|发起|组织|参与|参加|推出|联合|走进|来到")
COMMON_WORK_RE = re.compile(r"慰问|救助|帮扶|关爱|捐赠|募捐|服务")
DESCRIPTION_KEY_CHARS = 4  # the last words of what a campaign is ("…重度残疾人集中照护项目": 集中照护)
USES_LISTED_RE = re.compile(r"[，,]\s*(?:主要)?用于(?:以下[^，,。；;：:]{0,6})?[:：]")
USES_LOOK_CHARS = 40
# where money came from, named before the drive (or where the rest of it came from: "…定向捐赠60万元，其余由县慈善会
# “慈善一日捐”活动募集资金统筹解决")
SOURCE_BEFORE_RE = re.compile(r"来源于|来自于?|源于|出自|(?:其余|剩余|余下|不足)(?:部分|资金|款项)?(?:由|从)")
SOURCE_LOOK_CHARS = 24
EVERY_KIND_MONEY_RE = re.compile(rf"{EVERY_KIND_WORDS}[^，,。；;\d]{{0,4}}?救助(?:资金|金)[^，,。；;\d]{{0,4}}?(?:按时|足额|及时)")  # regular pay
JOINED_EVENT_RE = re.compile(r"[”」』\"]?\s*暨[^，,。；;“「『\"]{0,6}[“「『\"]?")  # "“A”暨全市“B”"
EARLIER_SOURCE_BEFORE_RE = re.compile(r"(?:从|由)?(?:去年|上年|上一年度?|上年度|往年)[“「『\"]?$")  # last year's drive
HEADLINE_CHARS = 44
# what may stand before a campaign that opens its clause: nothing, or its launch verb ("开展“精康融合行动”…")
CLAUSE_OPENING_VERB_RE = re.compile(r"(?:(?:并|还|同时)?(?:组织)?(?:开展|实施|启动|推进|举办))?")
OWN_FIGURE_AFTER_RE = re.compile(r"[^，,。；;]{0,30}?\d[\d,.]*(?:万|亿)?(?:元|人次|户次|户|人|名)")
YEAR_SO_FAR_RE = re.compile(r"今年以来|(?:今年)?1\s*[-—－至~到]\s*\d{1,2}\s*月|前三季度|上半年")
# a campaign cited as a policy the work follows: "按照“十个全覆盖”工程要求"
POLICY_BEFORE_RE = re.compile(r"(?:按照|根据|依据|对照|围绕|落实)[“「『\"]?$")
POLICY_AFTER_RE = re.compile(r"[”」』\"]?(?:工程|行动|活动|计划|项目)?(?:的)?(?:要求|部署|精神|目标任务|工作要求)")
POLICY_LOOK_CHARS = 4
PROVINCE_AREA_RE = re.compile(PROVINCE_AREA_WORDS)
# the province's office quoted as the source of a figure ("据省民政厅通报，…", "从自治区民政厅获悉", "省民政厅数据显示")
PROVINCE_QUOTED_RE = re.compile(rf"(?:据|从|根据)[^，,。；;]{{0,4}}?(?:{PROVINCE_OFFICE_WORDS}|(?:省|自治区)慈善总会)"
                                rf"|(?:{PROVINCE_OFFICE_WORDS}|(?:省|自治区)慈善总会)(?:通报|消息|数据|统计|发布|介绍)")
# a sentence opening on a year and the whole area's total: "2023年，全市共筹集…"
YEAR_AREA_LEAD_RE = re.compile(r"\s*(?:19|20)\d{2}年(?:度|全年)?[，,]\s*全[省市县区州盟旗][^，,。；;\d]{0,6}?(?:共|累计|共计|合计)"
                               r"|\s*全年[，,]?\s*全[省市县区州盟旗][^，,。；;\d]{0,8}?(?:共|累计|共计|合计|支出|募集|筹集|接收|发放)")
STOCK_NOW_LEAD_RE = re.compile(r"\s*(?:目前|现有|截至目前|当前)[，,]?\s*全(?:省|市|县|区|州|旗)(?:共)?(?:纳入|共有|现有|有)")
ALONGSIDE_PARAGRAPH_RE = re.compile(r"\s*(?:在(?:开展|做好|推进|组织|抓好)[^，,。；;]{2,20}?的同时|与此同时)[，,]")
THIS_TIME_RE = re.compile(r"今年|本年|此次|本次|这次|当天|下一步|(?:19|20)\d{2}年")  # a sentence's own time
YEAR_TO_DATE_WORDS = ("今年以来", "年初以来")
THIS_DRIVE_RE = re.compile(r"此次|本次|这次|当天")  # the drive's own time, not the year's
WORK_REPORT_LEAD_RE = re.compile(r"(?:通报|介绍|汇报|回顾)了?[^。；;，,]{0,14}?工作(?:开展)?情况")
HEADLINE_FIGURE_RE = re.compile(r"\d[\d.,]*(?:万|亿)?[余多]?(?:元|名|人次|人|户|位)")
# a numbered item of a list, on its own line or run on after the one before ("…：1.“慈善助学”项目。…2.“慈善助医”…")
ITEM_START_RE = re.compile(rf"\s*{NUMBERED_ITEM_START_RE.pattern}")
NEXT_ITEM_RE = re.compile(rf"[。；;]\s*(?={NUMBERED_ITEM_START_RE.pattern})")
ITEM_CHARS = 200  # how long one item of such a list may run
# a numbered section headed by the campaign it reports: "（三）“老伙伴”计划。街道安排项目经费36万元…"
HEADING_FRAME_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*"
                              r"(?P<name>[“\"「『][^”\"」』]{2,24}[”\"」』])[\u4e00-\u9fff]{0,10}[。：:]")
HEADLINE_TOTAL_RE = re.compile(r"\d[\d,]*\.?\d*(?:万|亿)(?:元|户|人)?")  # a headline's figure, 万 or 亿 at least
# a paragraph opening on the campaign it goes on about: "行动中，", "活动期间，", "此次活动中，", or on when
# it runs ("此次专项行动从今年11月1日持续至明年3月中旬。…截至目前，已累计…救助22人次")
PARAGRAPH_ANAPHORA_RE = re.compile(r"\s*(?:此次|本次|这次|该)?(?:活动|行动|项目)(?:中|期间|开展以来)[，,]|"
                                   r"\s*(?:此次|本次|这次)(?:专项)?(?:救助)?(?:活动|行动)(?=从|自|于\d|为期)")


LEAD_SENTENCES = 3
PART_JUST_BEFORE_RE = re.compile(r"其中[，,：:]?\s*[“「『\"]?$")
PART_JUST_BEFORE_CHARS = 5
LISTED_AFTER_RE = re.compile(r"[”」』\"]?(?:活动|行动|项目)?\s*(?:、|[，,]?\s*以及)")  # a list going on after a name
# a sentence saying what the event told is ("这是…第13次“博爱送万家”…活动", "此次活动是…")
IDENTIFIES_RE = re.compile(r"\s*(?:这|此|本次活动|此次活动)(?:已)?(?:是|为)")


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
        # (a campaign named first in an aside, "（含“夕阳暖居”项目资金25.8万元）", leads nothing)
        # (nor one cited as the policy the work follows: "按照“十个全覆盖”工程要求，…")
        for sp in [sp for sp in self.spans if self._parenthesis(sp) is None][:1]:
            if self._cited_as_policy(sp):
                return None
            s, e = self.ctx.seg.sentence(sp.start)
            sentence = self.ctx.text[s:e]
            if SECTION_RE.match(sentence) or LIST_ITEM_RE.match(self.ctx.text, self.ctx.seg.paragraph(sp.start)[0]) \
                    or self._under_section_heading(sp.start):
                return None  # (named in a numbered section of a report, "（四）走访慰问。…": that section's)
            if WIDE_LAUNCH_RE.search(sentence):
                return sp.campaign_id
            if sp.start < self._lead_end() and any(f in sentence for f in HEADLINE_TOTAL_RE.findall(self.ctx.title)) \
                    and not ASIDE_RE.match(self.ctx.text, s):
                # the lead's campaign is the one whose sentence gives the headline's total ("苍溪县发放春节慰问金物资
                # 1,086万元…" / "…开展2025年“迎新春 送温暖”走访慰问活动，统筹…共计1,086万元"), a project named later
                # one of its parts
                self.main_from_lead = True
                return sp.campaign_id
            if IDENTIFIES_RE.match(sentence) and len({x.campaign_id for x in self.spans}) == 1:
                # "这是市红十字会举行的第13次“博爱送万家”…活动": the story's event, named at its end
                self.main_from_lead = True
                return sp.campaign_id
            if len({x.campaign_id for x in self.spans}) == 1 and sp.start < self._lead_end() \
                    and not ALONGSIDE_BEFORE_RE.search(self.ctx.text, s, sp.start) \
                    and not ASIDE_RE.match(self.ctx.text, s) and not self._listed_among(sp, s):
                # (not a drive named as what the work went along with: "…共惠及困难群众18.6万户。…各县
                # 结合“暖心敲门”行动，同步…开展入户探访"; nor one told as an aside: "此外，“夕阳暖居”项目为…")
                self.main_from_lead = True
                return sp.campaign_id
        return None

    def _listed_among(self, sp: CampaignSpan, sent_start: int) -> bool:
        """The campaign is one item of a list after a colon ("募捐渠道有4个：抗震救灾专项募集、…冠名基金、“慈善
        一日捐”，以及…隐名捐款"): one channel of several, not what the story reports."""
        text = self.ctx.text
        colon = max(text.rfind("：", sent_start, sp.start), text.rfind(":", sent_start, sp.start))
        return colon >= 0 and (text[sp.start - 1:sp.start] == "、" or LISTED_AFTER_RE.match(text, sp.end) is not None)

    def _headline_of_two_topics(self) -> bool:
        """The headline names its campaign after another topic with its own figure ("德清县居家养老服务补贴惠及
        1.2万余名老人「银龄乐享」公益创投项目全部结项"), not in a sentence of its own."""
        name = next((self.ctx.text[sp.start:sp.end] for sp in self.spans if sp.campaign_id == self.main), None)
        title = self.ctx.title.replace(" ", "")
        at = title.find(name) if name else -1
        # (a headline, short: not one a lead's opening ran on into, "…6亿元保障群众基本生活由安阳市民政局…开展的…")
        return 0 < at and len(title) <= HEADLINE_CHARS and "，" not in title[:at] \
            and HEADLINE_FIGURE_RE.search(title, 0, at) is not None

    def _under_section_heading(self, pos: int) -> bool:
        """The paragraph of ``pos`` comes under a numbered heading on a line of its own ("三、探访关爱")."""
        ps, _ = self.ctx.seg.paragraph(pos)
        if ps < 2:
            return False
        hs, he = self.ctx.seg.paragraph(ps - 2)
        return NUMBERED_HEADING_RE.match(self.ctx.text[hs:he].strip()) is not None

    def _lead_end(self) -> int:
        """Where the story's lead ends: its opening paragraph, at most its first LEAD_SENTENCES
        sentences (a page printed as one paragraph names a project in passing far down it)."""
        end = self.ctx.seg.paragraph(0)[1]
        at = 0
        for _ in range(LEAD_SENTENCES):
            at = self.ctx.seg.sentence(at)[1]
            if at >= end:
                return end
            at += 1
        return min(end, at)

    def _ids(self, lo: int, hi: int) -> list[CampaignSpan]:
        return [sp for sp in self.spans if lo <= sp.start < hi]

    def names_one_in_sentence(self, pos: int) -> bool:
        """The sentence of ``pos`` names a campaign itself."""
        return bool(self._ids(*self.ctx.seg.sentence(pos)))

    def at(self, pos: int, cell: bool = False) -> str | None:
        """``cell``: the figure is a table's cell, written bare."""
        if not self.spans and self.main is None:
            return None  # a story that names no campaign
        ctx = self.ctx
        label = card_label(ctx.text, pos)
        if label is not None:
            # a figure card is its label's ("41.2万人次" / "“银龄饭桌”助餐工程全年服务老年人")
            named = {sp.campaign_id for sp in self._ids(*label) if not self._named_as_time(sp)}
            if len(named) == 1:
                return named.pop()
        s, e = semicolon_part(ctx, pos)
        if any(self._names_a_part_after(sp, pos) for sp in self._ids(pos, e)) \
                and not any(not self._named_as_time(sp) for sp in self._ids(s, pos)):
            # the sentence gives the campaign's share of this figure after 其中: not all of it (unless
            # the figure's own campaign is named before it: "开展“99公益日”…筹得善款1,086.5万元，其中
            # “侨乡暖童”项目筹款312.4万元")
            return None
        if SEVERAL_CAMPAIGNS_RE.search(ctx.text, s, pos):
            return None  # "加上…“慈善一日捐”…，两项活动共筹集善款2.31亿元": several campaigns together
        ss, se = ctx.seg.sentence(pos)
        uses = USES_LISTED_RE.search(ctx.text, pos, min(se, pos + USES_LOOK_CHARS))
        # (the list may run on over lines, its items ending on "；", to its "。"; or be numbered items, a
        # paragraph each: "主要用于以下项目：" then "1.“慈善助学”项目。…" "2.…")
        list_end = ctx.text.find("。", uses.end()) if uses else -1
        if uses and ITEM_START_RE.match(ctx.text, uses.end()):
            list_end = _numbered_list_end(ctx.text, uses.end())
        if uses and len({sp.campaign_id for sp in self._ids(uses.end(), list_end if list_end > 0 else se)}) >= 2:
            # the whole of a list of uses naming several campaigns ("全年支出捐赠款物301.62万元，主要用于：
            # 开展“博爱送万家”活动…；开展“红十字助学”行动…"): none of them alone
            return None
        # ("2016年首个“中华慈善日”以来，全县累计募集…": a campaign named as a time is no owner)
        # (a campaign named after a 其中 that follows the figure names a part of it: "发放临时救助金
        # 1026.3万元，其中通过“暖心敲门”主动发现并实施救助…316.8万元" — the whole is not the campaign's)
        spans_here = [sp for sp in self._ids(s, e) if not self._named_as_time(sp)
                      and not self._names_a_part_after(sp, pos) and not self._aside_without(sp, pos)
                      and not self._named_beside(sp, pos)
                      and not self._named_as_source(sp, pos) and not self._cited_as_policy(sp)
                      and not (pos < sp.start and LAUNCHED_AFTER_RE.search(ctx.text, pos, sp.start))]
        here = {sp.campaign_id for sp in spans_here}
        if len(here) == 1 and all(self._opens_a_clause_of_its_own(sp, pos) for sp in spans_here):
            here = set()  # (the one campaign of the part opens a later clause with its own figure)
        if len(here) == 1:
            only = here.pop()
            if self._another_item(s, e, pos, only):
                return None
            return only
        if here:
            # several campaigns in one part: a figure goes with the one its own clause names
            # ("其中“慈善一日捐”活动募集善款8640万元，“99公益日”…筹款2180万元（含…310万元）")
            own = {sp.campaign_id for sp in self._ids(self._clause_start(s, pos), pos)}
            return own.pop() if len(own) == 1 else None
        if ctx.default_region.city and PROVINCE_QUOTED_RE.search(ctx.text, ss, pos) \
                and PROVINCE_AREA_RE.search(ctx.text, ss, pos):
            # a city's or a county's story quoting the province's office for the whole province's figure, its
            # sentence naming no campaign ("据省民政厅通报，今年春节前全省各级民政部门共筹集慰问款物6.8亿元"): a
            # province-wide total, no one campaign's (GUIDELINES "Adding up")
            return None
        # (in the figure's own ；-part: "“99公益日”活动期间…；接收定向捐赠…" names no campaign)
        ref = ANAPHORA_RE.search(ctx.text, ctx.seg.sentence(pos)[0], pos)
        if ref and ref.start() < s and self._list_of_campaigns(pos, s):
            # an item of a ；-list whose other items name their own campaigns ("“慈善一日捐”募集…；
            # “99公益日”活动期间…募捐…；接收定向捐赠款物7620.3万元"): this one names none
            return None
        opens_paragraph = False
        if ref is None:
            # a paragraph framed by the campaign at its start ("行动中，各社会组织…。如，…投入资金
            # 60万元"): its figures are the campaign's, not the regular programmes it goes on to
            ref = PARAGRAPH_ANAPHORA_RE.match(ctx.text, ctx.seg.paragraph(pos)[0])
            opens_paragraph = ref is not None
            if ref and (self._other_business(pos, s, e)
                        or REGULAR_RE.search(ctx.text, ctx.seg.sentence(pos)[0], pos)):
                ref = None
        if ref:
            # "该行动累计…", "为此次活动筹措资金6.8万元": the campaign named last before the reference
            # (not one named as last year's source of the money: "市慈善总会从去年“慈善一日捐”活动募集资金中统筹65.2万元" …
            # "活动期间，…走访慰问困难群众6,532户" is the story's own drive)
            before = [sp for sp in self.spans if sp.start < ref.start()
                      and not EARLIER_SOURCE_BEFORE_RE.search(ctx.text, max(0, sp.start - 6), sp.start)]
            # (unless the paragraph goes on to launch one of its own: "活动中，市民政局同步启动“善满锡城”
            # …行动。…为3,000户…发放…" reports the new drive)
            ps, _ = ctx.seg.paragraph(pos)
            launched = [sp for sp in self.spans if opens_paragraph and ref.end() <= sp.start
                        < min(pos, ctx.seg.sentence(ps)[1]) and LAUNCH_RE.search(ctx.text, ref.end(), sp.start)]
            if launched:
                return launched[-1].campaign_id
            if len(before) >= 2 and JOINED_EVENT_RE.fullmatch(ctx.text, before[-2].end, before[-1].start):
                # "2024年“99公益日”暨全市“慈善一日捐”活动…。活动期间，全市…共募集善款4216.3万元": the joint
                # event's figure, neither drive's alone
                return None
            # (the last of the kind the reference names: "参与“99公益日”网络募捐活动，共上线“苗岭暖心”“侗乡
            # 助学”等慈善项目42个。活动期间，…共筹集善款1,026.8万元" is the 活动's)
            word = KIND_WORD_RE.search(ref.group())
            same_kind = [sp for sp in before if word and sp.kind == word.group()]
            if same_kind and before[-1].kind != word.group():
                return same_kind[-1].campaign_id
            if before:
                return before[-1].campaign_id
        headed = self._headed_by(pos)
        if headed is not None:
            # "（四）“幸福渭南·银龄安康”居家养老服务项目。为1,850名…，服务补贴标准为每人每月220元": a section of a
            # report headed by the campaign is the campaign's, its standards too
            return headed
        if self._other_business(pos, s, e):
            return None
        ss, se = ctx.seg.sentence(pos)
        if len(MEANS_RE.findall(ctx.text, ss, se)) >= 2:
            return None  # "通过开展“X”活动…；通过…，让106.5万名…": the result of several means
        ps, pe = ctx.seg.paragraph(pos)
        para = [sp for sp in self._ids(ps, pe) if not self._names_a_part_after(sp, pos)
                and not self._aside_without(sp, pos) and not self._named_as_source(sp, pos)
                and not self._named_beside(sp, pos) and not self._cited_as_policy(sp)]
        ordinals = [m.start() for m in ORDINAL_ITEM_RE.finditer(ctx.text, ps, pos)]
        if len(ordinals) >= 2:
            # a campaign named in an earlier run-on item ("一是开展“寒冬送温暖”专项救助活动…。二是…；新申请临时救助390户，
            # 发放临时救助金52.1万元") is that item's work, not this one's (one named before the first item frames them all)
            para = [sp for sp in para if not ordinals[0] <= sp.start < ordinals[-1]]
        ids = {sp.campaign_id for sp in para}
        if not ids and any(self._named_beside(sp, pos) for sp in self._ids(ps, pe)):
            return None  # the paragraph tells the other work done beside the story's campaign
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
        if ids and all(self._names_a_part_before(sp, pos) for sp in para):
            return None  # (its only campaign names a part of a whole before: "其中“慈善一日捐”455.31万元；…支出…")
        if ids:
            before = [sp for sp in para if sp.start < pos]
            if not before:
                # named only after the fact: the paragraph reports it if the story does
                # (its headline names it, or it is the story's only campaign, named in the lead)
                # ("至此，…“慈善情暖万家”活动拉开序幕"), unless the lead names it as a plan
                # ("今年将实施“幸福食光”工程": the figures before are the work done so far)
                first = para[0].start
                if LAUNCHED_AFTER_RE.search(ctx.text, pos, first):
                    # launched in a later clause ("…取暖补贴1,366.2万元…；同时启动“暖心鹤岗”…行动"): the
                    # figures before it are not the new drive's, but the headline's if it names one
                    return self.main if self.main_from_title else None
                planned = FUTURE_RE.search(ctx.text, ctx.seg.sentence(first)[0], first)
                reports = self.main_from_title or (self.main_from_lead and not planned)
                # (a paragraph going on to another drive, "…认捐1,526.8万元。…并启动“潮城助学”项目":
                # what it told before is the headline's)
                return self.main if reports and (ids == {self.main} or self.main_from_title) else None
            if before[-1].start < ss and (ctx.seg.sentence(before[-1].start)[0] > ps or TOPIC_LEAD_RE.match(ctx.text, ps)) \
                    and YEAR_AREA_LEAD_RE.match(ctx.text, ss):
                # a campaign named mid-paragraph, then a sentence of the year's area-wide total ("…“福彩圆梦·孤儿助学”
                # 工程…已累计资助…612人次。2023年，全市共筹集福彩公益金2.87亿元"): the paragraph reports no campaign alone
                # (nor a topic's paragraph, the campaign in its first sentence: "慈善事业方面，全市在…“广东扶贫济困日”活动中
                # 认捐款物2.86亿元…。全年全市慈善组织支出慈善款物2.17亿元")
                return None
            where = ctx.region_at(before[-1].start)
            here_region = ctx.region_at(pos)
            if where.city and here_region.city and where.city != here_region.city:
                return None
            if where.city and here_region.city is None and here_region.province == where.province \
                    and PROVINCE_WIDE_RE.search(ctx.text, ctx.seg.sentence(pos)[0], pos):
                # a city's drive, then the whole region's regular payment ("同期，自治区民政厅已向
                # 全区156.2万名…发放…取暖补贴3.12亿元"): not the drive's
                return None
            if self.main_from_title and before[-1].campaign_id != self.main \
                    and before[-1].start < ss and INCLUDED_IN_RE.search(ctx.text, before[-1].start, ss):
                # "“万人上街”募捐活动筹得128.6万元，已计入上述募集资金。市慈善基金会还为…":
                # a sub-activity told as part of the headline campaign; the next sentence
                # goes back to the headline campaign
                return self.main
            return before[-1].campaign_id
        if self.main is None and not cell:
            # (or the work a campaign was described as, named again: "“鹿城安护”重度残疾人集中照护项目" … "市、区两级
            # 共投入集中照护资金1186.4万元")
            return self._described(pos)
        if self.main is None or (cell and not self.main_from_title):
            # (a statistics table's rows, naming no campaign themselves, are the regular work its
            # report counts, not the drive the text above launched; under a headline naming the
            # drive, its table is the drive's: "…“情暖高原”…资金分配表")
            return None
        if self._other_place(pos):
            return None  # a round-up's paragraph on another county's work ("江安将…")
        if self.main_from_title and self.spans and pos < self.spans[0].start \
                and self.spans[0].start >= self.ctx.seg.paragraph(0)[1] \
                and self._headline_of_two_topics():
            # a headline of two topics ("…居家养老服务补贴惠及1.2万余名老人 「银龄乐享」公益创投项目全部结项"), the body
            # naming the campaign only past its opening paragraph: what it told before reports the other topic
            return None
        if self.main_from_title or self.main_from_lead:  # the story reports that campaign
            return self.main
        if pos < self.spans[0].start:
            return None  # a figure given before the campaign is first named is not its own
        sentence = ctx.text[s:e]
        if SUMMARY_RE.search(ctx.text, s, pos) and not SECTION_RE.match(sentence):
            return self.main
        return None

    def _another_item(self, s: int, e: int, pos: int, only: str) -> bool:
        """The fact is an item of a breakdown ("捐赠资金按来源分：企业捐赠…万元，…，“慈善一日捐”活动募集…万元") other
        than the one naming the campaign: that item's source, not this one's (unless the ；-item opens on it: "从项目看，
        “刺桐助学”项目募集…，将资助1,200名…；"). (After a 其中 the items take the campaign of the first: the
        annotators read "其中，“慈善一日捐”活动收入…，网络募捐收入…" so, and a rule reading it otherwise lost on 13 sets.)"""
        text = self.ctx.text
        lead = BREAKDOWN_LEAD_RE.search(text, s, pos)
        if not lead or any(sp.campaign_id == only for sp in self._ids(self._clause_start(s, pos), pos)):
            return False
        first = min(sp.start for sp in self._ids(s, e) if sp.campaign_id == only)
        return bool(text[lead.end():first].strip(" “\"「『"))

    def _clause_start(self, part_start: int, pos: int) -> int:
        """Where the figure's own clause begins, within its ；-part."""
        return max(self.ctx.text.rfind("，", part_start, pos), self.ctx.text.rfind(",", part_start, pos),
                   part_start - 1) + 1

    def _names_a_part_after(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign is named after a 其中 that follows the figure, in its sentence."""
        _, se = self.ctx.seg.sentence(pos)
        return pos < sp.start < se and PART_AFTER_RE.search(self.ctx.text, pos, sp.start) is not None

    def _names_a_part_before(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign is named right after a 其中 in another ；-part before the figure ("全年募集善款4987.31万元，
        其中“慈善一日捐”455.31万元；慈善救助支出3772.96万元"): its share of that whole, owning nothing after it."""
        return sp.start < semicolon_part(self.ctx, pos)[0] \
            and PART_JUST_BEFORE_RE.search(self.ctx.text, max(0, sp.start - PART_JUST_BEFORE_CHARS), sp.start) is not None

    def _named_as_source(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign is named as where money came from ("项目安排专项资金40万元，全部来源于2024年…“慈善一日捐”
        活动募集的善款"): the drive that raised it, not the one that spends it (but its own figure, in its clause
        after it, is its own: "募集款物主要来自：“慈善一日捐”活动募集善款2100万元；…")."""
        if sp.start < pos and not CLAUSE_BREAK_RE.search(self.ctx.text, sp.end, pos):
            return False
        ss, _ = self.ctx.seg.sentence(sp.start)
        return SOURCE_BEFORE_RE.search(self.ctx.text, max(ss, sp.start - SOURCE_LOOK_CHARS), sp.start) is not None

    def _cited_as_policy(self, sp: CampaignSpan) -> bool:
        """The campaign is cited as what the work follows ("按照“十个全覆盖”工程要求，将…老人纳入高龄津贴范围，…发放高龄
        津贴5571万元"): a policy the regular programme answers to, not the drive that pays."""
        text = self.ctx.text
        return POLICY_BEFORE_RE.search(text, max(0, sp.start - POLICY_LOOK_CHARS), sp.start) is not None \
            and POLICY_AFTER_RE.match(text, sp.end) is not None

    def _opens_a_clause_of_its_own(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign opens a later clause with a figure of its own ("今年以来，全省各类救助资金支出68.5亿元，“三秦暖冬”
        专项行动发放临时救助金3960万元"): that figure is its, the one before is the clause before's."""
        text = self.ctx.text
        if sp.start <= pos or not CLAUSE_BREAK_RE.search(text, pos, sp.start):
            return False
        clause_start = max(text.rfind(c, pos, sp.start) for c in "，,；;") + 1
        if not CLAUSE_OPENING_VERB_RE.fullmatch(text[clause_start:sp.start].strip("“「『\" ")):
            return False  # (the campaign must open its clause, maybe after its verb: "…，开展“精康融合行动”提供…1344人次")
        _, se = self.ctx.seg.sentence(pos)
        return OWN_FIGURE_AFTER_RE.match(text, sp.end, se) is not None

    def _named_beside(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign is named as what goes on beside the fact's work ("在做好“暖心敲门”的同时，…同步落实各项
        常规救助政策。市财政安排…150万元"): the figures after that clause report the other work."""
        beside = BESIDE_AFTER_RE.match(self.ctx.text, sp.end)
        return beside is not None and pos > beside.end()

    def _aside_without(self, sp: CampaignSpan, pos: int) -> bool:
        """The campaign is named in a parenthesis the fact is outside of ("…运营补贴182.3万元（含“夕阳
        暖居”项目资金25.8万元）"): the aside names a part, not what the rest of the text reports."""
        aside = self._parenthesis(sp)
        return aside is not None and not aside[0] < pos < aside[1]

    def _parenthesis(self, sp: CampaignSpan) -> tuple[int, int] | None:
        """Where the parenthesis the campaign is named in opens and closes, if it is in one."""
        text = self.ctx.text
        s, e = self.ctx.seg.sentence(sp.start)
        opened = max(text.rfind("（", s, sp.start), text.rfind("(", s, sp.start))
        if opened < 0 or max(text.rfind("）", opened, sp.start), text.rfind(")", opened, sp.start)) >= 0:
            return None
        closes = [i for i in (text.find("）", sp.end, e), text.find(")", sp.end, e)) if i >= 0]
        return (opened, min(closes)) if closes else None

    def _other_place(self, pos: int) -> bool:
        """The fact's paragraph is about another county or city than the one where the
        story's campaign was named."""
        first = next((sp.start for sp in self.spans if sp.campaign_id == self.main), None)
        # (a campaign named in the headline only is the story's own place's)
        named = self.ctx.region_at(first) if first is not None else self.ctx.default_region
        here = self.ctx.region_at(pos)
        if first is not None and here.city and here.city in self._cities_of_sentence(first):
            return False  # where the campaign's sentence says it runs ("…依托“苏铜同心”项目，在贵州省铜仁市…实施")
        if named.city and here.city and named.city != here.city:
            return True
        if named.county and here.county and named.county != here.county:
            return True
        there = self.ctx.paragraph_county(first) if first is not None else self.ctx.county
        then = self.ctx.paragraph_county(pos)
        return bool(there and then and there != then)

    def _cities_of_sentence(self, pos: int) -> set[str]:
        ctx = self.ctx
        s, e = ctx.seg.sentence(pos)
        lo, hi = bisect.bisect_left(ctx.mark_pos, s), bisect.bisect_left(ctx.mark_pos, e)
        return {r.city for r in ctx.mark_region[lo:hi] if r.city}

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

    @cached_property
    def _descriptions(self) -> list[tuple[CampaignSpan, str]]:
        """Each campaign named with a description after it, and that description's last words."""
        out = []
        for sp in self.spans:
            m = DESCRIPTOR_AFTER_RE.match(self.ctx.text, sp.end)
            # (a description, not what was done: "“展翅计划”开展孤儿走访慰问活动"; and words of its own, not
            # any visit's or aid's)
            key = m.group("desc")[-DESCRIPTION_KEY_CHARS:] if m else ""
            if m and not DEED_LEAD_RE.match(m.group("desc")) and not COMMON_WORK_RE.search(key):
                out.append((sp, key))
        return out

    def _described(self, pos: int) -> str | None:
        """The one campaign whose description's last words the figure's clause names, after it was named."""
        clause = clause_before(self.ctx.text, pos)
        found = {sp.campaign_id for sp, key in self._descriptions if sp.start < pos and key in clause}
        return found.pop() if len(found) == 1 else None

    def _headed_by(self, pos: int) -> str | None:
        """The campaign a numbered section of a report is headed by, its name the heading's."""
        ps, pe = self.ctx.seg.paragraph(pos)
        m = HEADING_FRAME_RE.match(self.ctx.text, ps, pe)
        if m is None or pos < m.end():
            return None
        return next((sp.campaign_id for sp in self.spans if m.start("name") <= sp.start < m.end("name")), None)

    def _frame(self, para_start: int, para: list[CampaignSpan]) -> str | None:
        first = para[0]
        fs, fe = self.ctx.seg.sentence(para_start)
        if first.start >= fe:
            return None
        m = FRAME_RE.search(self.ctx.text, fs, fe) or HEADING_FRAME_RE.match(self.ctx.text, fs, fe)
        return first.campaign_id if m and m.start("name") <= first.start < m.end("name") else None

    def _other_business(self, pos: int, part_start: int, part_end: int) -> bool:
        """The sentence reports regular work, another period or other work ("另外，…高龄津贴",
        "去年全市共实施临时救助…", "协会成立8年来…", "冬春生活救助方面，…"), not the campaign's."""
        s, _ = self.ctx.seg.sentence(pos)
        left = self.ctx.text[s:pos]
        # (a paragraph opening on its topic, "在兜底保障方面，…", is about that topic to its end)
        # (or a paragraph opening on the regular payments, naming no campaign: "节日期间，各类救助资金按时足额发放。…全县共对
        # 1286人次困难群众实施临时救助…")
        ps, pe = self.ctx.seg.paragraph(pos)
        regular_paragraph = not self._ids(ps, pe) and EVERY_KIND_MONEY_RE.search(self.ctx.text, *self.ctx.seg.sentence(ps))
        # (nor the year's work so far of the body running the drive, in a paragraph reporting its work: "启动仪式上，
        # 县慈善总会通报了今年以来的工作情况。今年1至8月，县慈善总会共募集款物1,326.4万元")
        so_far = YEAR_SO_FAR_RE.search(left) and WORK_REPORT_LEAD_RE.search(self.ctx.text, *self.ctx.seg.sentence(ps))
        # (not the figure so far of a drive begun this year: "此次专项行动从今年11月1日持续至明年3月中旬。…截至目前，
        # 已累计…救助22人次")
        cumulative = CUMULATIVE_RE.search(left)
        if cumulative and so_far_since_recent_start(self.ctx.text, ps, s, cumulative):
            cumulative = None
        # (nor a paragraph opening on the history of the standing work, "据了解，谷城县自2021年建立…探访关爱制度以来，累计
        # 探访…。目前，全县纳入探访关爱名录的…共5127人，县财政每年安排…经费60万元": the system's, not the drive's)
        # (a later sentence of its own time, "今年慰问资金比上年增加420万元", "下一步…确保860万元慰问资金…", is the drive's again)
        history_paragraph = not self._ids(ps, pe) and ps < s and CUMULATIVE_RE.search(self.ctx.text, *self.ctx.seg.sentence(ps)) \
            and not THIS_TIME_RE.search(self.ctx.text, s, pos)
        # (nor a paragraph opening on work done alongside the drive, naming none: "在开展慈善慰问的同时，全省民政部门提前
        # 足额发放1月份城乡低保金…；春节前…实施临时救助3.1万人次，支出资金5260万元")
        # (nor a sentence opening on those a programme holds now, naming no campaign: "目前，全县纳入保障的孤儿68名、…")
        stock_now = STOCK_NOW_LEAD_RE.match(self.ctx.text, s) is not None and not self._ids(*self.ctx.seg.sentence(pos))
        # (but "此次统筹的568万元慰问款物…" is the drive's; not the year so far, "今年1至8月，通过日常救助渠道共支出…")
        alongside = not self._ids(ps, pe) and ALONGSIDE_PARAGRAPH_RE.match(self.ctx.text, ps) is not None \
            and not THIS_DRIVE_RE.search(self.ctx.text, s, pos)
        # (the year so far of a sentence that names the drive before it is the drive's: "“银龄守护”探访关爱行动开展以来，截至
        # 11月底，…今年以来累计探访18.7万户次")
        other_period = OTHER_PERIOD_RE.search(left)
        if other_period and other_period.group() in YEAR_TO_DATE_WORDS and self._ids(s, pos):
            other_period = None
        return bool(REGULAR_RE.search(self.ctx.text, part_start, part_end) or other_period
                    or cumulative or ASIDE_RE.match(left) or so_far or history_paragraph or alongside or stock_now
                    or (TOPIC_LEAD_RE.match(self.ctx.text, ps) and not self._ids(ps, pe)) or regular_paragraph)


def _numbered_list_end(text: str, at: int) -> int:
    """Where a list of numbered items that starts at ``at`` ends: the first sentence of its last item."""
    end = at
    while ITEM_START_RE.match(text, at):
        stop = text.find("。", at)
        end = stop if stop >= 0 else len(text)
        nxt = NEXT_ITEM_RE.search(text, end, min(len(text), at + ITEM_CHARS))
        if nxt is None:
            break
        at = nxt.end()
    return end


def semicolon_part(ctx: StoryContext, pos: int) -> tuple[int, int]:
    """The sentence of ``pos``, narrowed to its ；-separated item (items of a list
    of measures report different work)."""
    s, e = ctx.seg.sentence(pos)
    lo = max(ctx.text.rfind("；", s, pos), ctx.text.rfind(";", s, pos))
    hi_candidates = [i for i in (ctx.text.find("；", pos, e), ctx.text.find(";", pos, e)) if i >= 0]
    return (lo + 1 if lo >= 0 else s), (min(hi_candidates) + 1 if hi_candidates else e)
