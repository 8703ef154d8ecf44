"""What may be summed: whether a fact is countable (GUIDELINES "Adding up").

Its campaign link is ``campaign_links.py``'s; parts found by their sum are ``sums.py``'s,
parts found by place or section ``breakdowns.py``'s, parts read from a list or table under a
whole ``listed_parts.py``'s, figures of another period (last year's, next year's plans)
``periods.py``'s.

A fact is not countable (``reason``) when it is a rate (per-unit standard), a
figure accumulated over several years, a change rather than a level, a part
of a whole given just before it (其中, 包括, 含), or a restatement.  The word
lists live in ``lexicon.py``.
"""
from __future__ import annotations

import bisect
import re

from .campaign_links import semicolon_part
from .context import StoryContext
from .lexicon import (RAISED_VERBS, OPENING_PART_RE, ACTUALLY_ARRIVED_RE, AMOUNT_IN_RE, AVERAGE_RE, BACK_REFERENCE_IN_RE, BACK_REFERENCE_RE,
                      BALANCE_RE, BREAKDOWN_LEAD_RE, CHANGE_LEFT_RE, CHANGE_RIGHT_RE, COMPONENTS_RE, NEW_LEVEL_AFTER_RE, OLD_LEVEL_LEFT_RE,
                      COMPANY_WORDS, COMPONENT_SPLIT_RE, COMPONENT_TAIL_RE, CUMULATIVE_RE, DONE_SO_FAR_RE, DRAWN_FROM_BEFORE_RE,
                      DRAWN_FROM_RE, EARLIER_YEAR_BASE_RE, EXAMPLE_LEAD_RE, FIVE_YEAR_PLAN_WORDS, FUNDING_SOURCE_LEAD_RE, INCLUDED_IN_RE,
                      IN_YEAR_DATE_RE, COUNT_PICK_LEAD_RE, MAIN_GIVERS_RE, NUMBERED_HEADING_RE, MONEY_NAMED_ABOVE_IN_RE, MONEY_PICK_LEAD_RE, MATCHING_FUNDS_RE, MILESTONE_BEFORE_RE, ONLY_PERIOD_RE,
                      PAID_SO_FAR_OF_RE, PICKED_OUT_OF_GROUP_RE, PROGRAMME_RE, RAISED_BY_RE, RAISED_TO_LEVEL_RE, STOCK_NOW_RE,
                      PARAGRAPH_BREAKDOWN_RE, PART_CLOSED_RE, PART_RE, PERIOD_HEADLINE_RE, PERIOD_REPORTED,
                      PERIOD_TOTAL_RE, PER_PERIOD_RE, PICK_LEAD_RE, PLAN_RE, POVERTY_CAMPAIGN_END,
                      POVERTY_CAMPAIGN_RE, REST_AFTER_RE, REST_OF_MONEY_AFTER_RE, REST_OF_RE, RUNNING_TOTAL_RE,
                      SHARE_OF_WHOLE_AFTER_RE, SHARE_OF_WHOLE_BEFORE_RE, SPENT_OF_BUDGET_RE, STANDARD_AFTER_RE, TOPIC_LEAD_RE,
                      UP_TO_NOW_RE, USED_FOR_RE, USE_SUM_RE, YEAR_MARK_RE, YEAR_REPORT_HEADLINE_RE, YEAR_TO_DATE_RE,
                      months_so_far, so_far_since_recent_start)
from .listed_parts import listed_under, tabled_under
from .regions import is_place_name
from .sums import is_round
from .text import DIGIT_RE, SEMICOLON_RE, bigrams, card_above_label, card_label, clause_after, clause_before
from .wholes import Whole, larger, stated_larger


def group_head(group: str | None) -> str | None:
    """The last two characters of a group, past an open end of an age bracket ("100周岁及以上"
    is of the kind of "80至89周岁"); students of every kind are one ("本科新生…；…在读高中生")."""
    group = OPEN_END_RE.sub("", group or "")
    if STUDENT_RE.search(group):
        return "学生"
    if is_place_name(group):
        return "地方"  # places' shares, one kind of item ("其中保华镇2户10人…；大河镇8户17人…；凤凰街道2户9人…")
    return group[-2:] if len(group) >= 2 else None


OPEN_END_RE = re.compile(r"及?以[上下]$")
# an item of a list opening on its money: "助医支出624.8万元，…"
MONEY_ITEM_LEAD_RE = re.compile(r"\s*[\u4e00-\u9fff“”]{1,12}?(?:支出|资金|投入|发放)[^，,。；;\d]{0,4}\d[\d,.]*(?:万|亿)?元[，,]")
STUDENT_RE = re.compile(r"(?:学|新|中|大学|本科|专科|研究|在校|在读)生$|学子$")




ARRIVED_AFTER_CHARS = 24  # (a cheap look first: the clause after is cut only where the words are)
# a running total up to an earlier year's end: "截至2022年底，…累计…"
UP_TO_YEAR_END_RE = re.compile(r"截[至止](?P<y>(?:19|20)\d{2})年(?:底|末|12月(?:底|末|31日)?)[^。；;]{0,30}?累计")
# a batch or instalment of a sum ("第一批资金", "首批", "第二笔"), right before its figure
DONATED_MONEY_RE = re.compile(r"(?:捐赠|募集|筹集|募捐)的?(?:资金|善款|款物|款项)")
# out of the money named above: "截至7月20日，上述资金中已向6,350名…群众发放…163.4万元"
# a sum said to go out in batches: "下拨…资金320万元，…分两批发放"
IN_BATCHES_RE = re.compile(r"分[两二三四五六七八九十\d]?批")
SPREAD_OVER_YEARS_AFTER_RE = re.compile(r"[，,]?\s*(?:按协议|按约定|计划|将)?分(?:[2-9]|\d{2}|[二三四五六七八九十两]+)年"
                                        r"(?:到位|拨付|注入|支付|捐赠|捐付|兑现|投入)")
BATCH_LEAD_RE = re.compile(r"\s*(?:第[一二三四五六七八九十\d]{1,2}|首)(?:批|期)")
# (its day between: "第一批于1月6日拨付712万元")
BATCH_LEFT_RE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}|首)(?:批|笔|期)[^，,。；;\d]{0,4}?"
                           r"(?:\d{1,2}月(?:\d{1,2}日)?(?:前|底|初|中旬|下旬)?)?[^，,。；;\d]{0,8}$")
# a numbered section's heading naming its subject alone ("（一）养老服务。"), and that subject's sum above
SECTION_LABEL_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*"
                              r"(?P<label>[\u4e00-\u9fff]{2,8})[。：:]")
LABELLED_AMOUNT_RE = re.compile(r"(?:资金|经费)?\d[\d,.]*(?:万|亿)?元")
WHOLE_AREA_RE = re.compile(r"(?:全|我|本)[省市县区州盟旗镇乡]|(?:全|我|本)自治区|已|共|总")
# what came of a plan, told after it ("计划募集资金40万元，实际募集…", "全年计划救助残疾儿童480名，目前完成率85.8%")
ACTUAL_AFTER_RE = re.compile(r"[，,；;]\s*(?:实际|(?:目前|现已|已)?完成率)")
# (or "捐款10万元以上的爱心企业有26家", "现场捐款100万元以上的是3家企业": the givers of a bin)
THRESHOLD_AFTER_RE = re.compile(r"的(?:爱心|慈善)?(?:单位|企业|个人|爱心人士|人士|家庭|项目|慈善信托|信托|慈善会|组织|机构|有|共|达|是)")
# a bin between two sums: "筹款在100万元到500万元之间的慈善会有31家"
BIN_BETWEEN_RE = re.compile(r"在$")
BIN_BETWEEN_AFTER_RE = re.compile(r"(?:(?:到|至|—|-|~|～)\s*\d[\d,.]*\s*[万亿]?元)?之间的")
BELOW_THRESHOLD_AFTER_RE = re.compile(r"(?:以下|以内|及以下)的[^，,。；;\d]{0,8}?(?:救助|补助|资助|事项|申请|项目|支出)")
TOTAL_SIZE_RE = re.compile(r"总规模|存量|财产规模")  # (a trust's property: "信托财产规模3.86亿元")
STOCK_REACHED_RE = re.compile(r"已(?:经)?达(?:到)?$")  # "慈善资金总规模（含认捐）已达95949.47万元": a stock reached
# "至此，德清县已累计备案慈善信托12单，财产总规模…", "截至2024年9月30日，我局累计备案慈善信托52单，信托财产总规模…"
STOCK_SO_FAR_RE = re.compile(r"(?:至此|截[至止][^，,。；;]{0,14})[，,]?[^。；]{0,16}?累计")
# a sum and its breakdown after a colon ("…支出1,043万元：…", "45万元救助金的使用范围：20万元用于…")
AMOUNT_COLON_RE = re.compile(r"\d(?:万|亿)?元(?:[^，,。；;：:\d]{0,8}(?:使用范围|用途|分配|构成|安排)(?:如下|为|是)?)?[：:]")
# so much from each of the givers listed, their total after it ("…三家各拨款15万元，共计45万元")
EACH_GIVER_RE = re.compile(r"各(?:拨款|捐款|捐赠|出资|资助|安排|下拨|补助|认捐)[^，,。；;\d]{0,4}$")
EACH_TOTAL_AFTER_RE = re.compile(r"[^。；;]{0,6}?[，,]\s*(?:共计|合计|总计|共)")
# the next step, told after the work done: its figures have not happened yet
NEXT_STEP_RE = re.compile(r"\s*(?:下一步|下步|今后|明年)[，,]|[，,]\s*(?:下一步|下步)[，,]")
FORECAST_RE = re.compile(r"预计|计划|拟")
COMING_YEARS_RE = re.compile(r"(?:今后|未来)(?:[2-9]|[二三四五六七八九十两])年")  # a plan over years to come
# (money to be spent is a plan too: "下一步，县民政局将…，并在2023年春节前安排…150万元"; not those the work
# will reach, counted now: "下一步，将对全县1.16万低保、特困对象开展动态排查")
MONEY_FORECAST_RE = re.compile(r"预计|计划|拟|将")
# (not the sum already paid, named in the plan: "将对已发放的3,408.3万元…开展“回头看”")
ALREADY_DONE_LEFT_RE = re.compile(r"已(?:发放|下拨|拨付|支出|筹集|募集|使用)的?$")
# a sentence of progress so far ("截至1月22日，已…"), and the plan it is progress on ("安排…资金…，计划…")
PROGRESS_LEAD_RE = re.compile(r"\s*截[至止][^，,。；;]{0,12}[，,]\s*(?:[^，,。；;\d]{0,8}?)已")
PLANNED_RE = re.compile(r"计划|拟|预计")
DONE_SO_FAR_LEFT_RE = re.compile(r"已(?:经)?[^，,。；;\d]{0,12}$")  # "目前已走访", "全县已走访慰问"
DEED_WORD_RE = re.compile(r"走访|慰问|救助|资助|帮扶|覆盖|惠及|服务|发放|探访|结对|改造")
PLAN_CLAUSE_END_RE = re.compile(r"(?:计划|拟|预计)[^，,。；;\d“”]{0,12}$")  # (not a quoted name's: "“春晖计划”")
# the money raised named back, without its figure, as what its uses spend ("募集款物将主要用于…")
USES_OF_RAISED_LEAD_RE = re.compile(rf"[^，,。；;\d]{{0,8}}?(?:{RAISED_VERBS}|所募|所筹|收到)的?(?:善款物|款物|善款|资金|捐款)"
                                    r"[^，,。；;\d]{0,6}?用于[^。；;\d]*。")
# ... or in the sentence of the figure: "晚会募集的款物将主要用于…“情暖万家”春节慰问活动，…所需资金约960万元"
# (or "这笔善款将用于“石榴籽·暖心”助困项目，计划…，两项共需78万元": the money just raised, pointed back at)
# (or an item of the list of its uses after a colon: "今年所筹善款将统筹用于三个方面：安排1500万元支持…，安排980万元…")
USES_OF_RAISED_IN_RE = re.compile(rf"(?:(?:{RAISED_VERBS}|所募|所筹|认捐)的?|这笔|该笔|这些|上述)(?:善款物|款物|善款|资金|捐款)"
                                  r"[^，,。；;\d]{0,6}?用于(?:[^。；;]*?(?:所需|需要|需)(?:资金|经费)?(?:约|近)?"
                                  r"|[^。；;：:\d]{0,10}[：:][^。]*)$"
                                  # (or what is done with it, its object: "县慈善会将“慈善情暖万家”募集的物资统一采购、分装，为…
                                  # 每户加送价值300元的“年货大礼包”，合计71.4万元")
                                  rf"|将[^，,。；;\d]{{0,14}}?(?:{RAISED_VERBS}|所募|所筹)的(?:善款物|款物|善款|资金|捐款|物资)"
                                  r"[^，,。；;\d]{0,8}?(?:统一|集中|全部|分批)[^。；;]*$")
# one of several categories of money named right before its figure: "食品生活类物资价值约9771万元"
CATEGORY_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{1,8}类[\u4e00-\u9fff]{0,4}?(?:价值|折价|折合|资金)?(?:约|近|达|共)?$")
CATEGORY_WORD_RE = re.compile(r"[\u4e00-\u9fff]类")
# (or the months of the year so far: "1至9月，项目累计提供上门服务…，已使用补贴资金946.5万元")
UP_TO_DATE_LEAD_RE = re.compile(r"\s*(?:截[至止][^，,。；;]{0,12}|1\s*(?:至|—|-|－)\s*\d{1,2}月(?:份)?)[，,]")
SPENT_SO_FAR_CLAUSE_RE = re.compile(r"[^，,。；;\d]{0,6}?已(?:累计)?(?:支出|发放|拨付|使用)")  # ("全县已发放…": its subject first)
# a stock told as of now after the start of what holds it ("自2012年起建立高龄津贴制度，目前全市享受高龄津贴的…老年人
# 共2.17万人"): those on it now, not everyone over the years (unless summed up to now: "目前已累计…")
# a sentence opening on a named giver and its gift ("山东沂蒙某食品有限公司认捐100万元")
# (not one told as more: "县慈善会还协调…有限公司等爱心企业捐赠…")
GIVER_LEAD_RE = re.compile(rf"\s*(?:(?!还|另|此外|协调)[^，,。；;\d]){{2,30}}?(?:{COMPANY_WORDS}|商会)"
                           r"[^，,。；;\d]{0,6}?(?:认捐|捐赠|捐款|捐资|捐助)")
SINCE_A_DAY_RE = re.compile(r"(?<![年\d])自\d{1,2}月(?:\d{1,2}日)?[^。；;]{0,20}?以来")
MORE_MATCHING_RE = re.compile(r"另(?:行)?(?:配套|安排)")
PICKED_BY_RE = re.compile(r"[^，,。；;\d]{2,20}的")  # "其中" then who, then the figure: "…其中身患重病或重度残疾的"
FIRST_INSTALMENT_RE = re.compile(r"首期|首笔|第一期")
NOW_STOCK_RE = re.compile(r"(?<!截至)(?<!截止)(?:目前|现有|当前)(?![^，。；]*累计)")
# the disaster a report counts from, told before in its paragraph
THIS_YEAR_ACCRUED_RE = re.compile(r"(?:今年|本年|年初)(?:以来)?[，,]?[^，,。；;\d]{0,12}?累计$")  # "…今年以来累计", "…今年以来财政部、民政部累计"
THIS_YEAR_BEFORE_RE = re.compile(r"今年|本年|年初以来|上半年|前三季度")
PAUSE_RE = re.compile(r"[，,：:；;、]")  # punctuation between a marker and its figure
# a figure of the other kind right after a marker: a count after it, for an amount; an amount, for a count
# ("其中为62户…每户加发…，共计4.96万元"; or through the words that pick them, "对其中生活特别困难的438户发放棉被…，价值约31.5万元")
_FIGURE = r"(?:[^，,。；;\d“”]{0,12}?的)?[，,：:]?\s*(?:为|对|向|给)?[\d.,]+(?:万|亿)?[余多]?"
OTHER_KIND_AFTER = {True: re.compile(_FIGURE + r"(?:户次|人次|户|人|名|位|家)"), False: re.compile(_FIGURE + r"(?:万|亿)?元")}


# this winter, told before a total so far in its paragraph ("今冬", "入冬以来", "2024年冬季取暖救助")
THIS_SEASON_RE = re.compile(r"今冬|今年冬季|入冬以来|(?P<y>(?:19|20)\d{2})年(?:度)?冬季")


def _this_season_above(ctx: StoryContext, sentence_start: int, year: int | None) -> bool:
    """The paragraph, before the sentence at ``sentence_start``, tells of this winter's work."""
    ps = ctx.seg.paragraph(sentence_start)[0]
    return any(m.group("y") is None or (year is not None and int(m.group("y")) == year)
               for m in THIS_SEASON_RE.finditer(ctx.text, ps, sentence_start))


def _picks_other_kind(left: str, after_marker: int, money: bool, cash_before: bool) -> bool:
    """A part marker right before a figure of the other kind picks that, not this figure."""
    other = OTHER_KIND_AFTER[money].match(left, after_marker)
    return other is not None and (not cash_before or other.group().startswith("的"))


def not_countable_reason(ctx: StoryContext, start: int, per: str | None, restated: bool,
                         earlier_same_kind: list[Whole], year: int | None,
                         multi_year_story: bool = False, head: str | None = None,
                         end: int | None = None, value: float | None = None,
                         flow: str | None = None, in_kind: bool | None = None) -> str | None:
    """Why the fact at ``start`` may not be added to the others (None: it may).

    ``earlier_same_kind``: the story's earlier facts of the same kind (amounts
    for an amount; counts of the same unit kind for a count), for parts of a
    whole; ``head``: the head noun of a count's group; ``end``: where the
    figure ends, for words after it (…新纳入低保).
    """
    text = ctx.text
    money = end is not None and text[start:end].endswith("元")
    if per is not None or (end is not None and STANDARD_AFTER_RE.match(text, end)):
        return "rate"
    clause = clause_before(text, start)
    if PER_PERIOD_RE.search(clause) and not PERIOD_TOTAL_RE.search(clause):
        return "rate"  # "受助对象每年可免费选购600元的必需品": so much per year, no total
    if EACH_THING_RE.search(clause) and not PERIOD_TOTAL_RE.search(clause):
        return "rate"  # "每个项目资助2万元至5万元": so much to each project, village or station, no total
    if AVERAGE_RE.search(clause):
        return "rate"  # "日均用餐约2800人": so many a day on average
    if end is not None and text[end - 2:end] == "以上" and THRESHOLD_AFTER_RE.match(text, end):
        return "rate"  # "捐赠20万元以上的单位有12家": a bin's edge, no money moved
    if end is not None and BIN_BETWEEN_AFTER_RE.match(text, end) and (
            BIN_BETWEEN_RE.search(clause) or BIN_BETWEEN_AFTER_RE.match(text, end).group().startswith("之间")):
        return "rate"  # "筹款在100万元到500万元之间的慈善会有31家": a bin's edges
    if end is not None and (BELOW_THRESHOLD_AFTER_RE.match(text, end)
                            or (text[end - 2:end] in ("以下", "以内") and BELOW_THRESHOLD_AFTER_RE.match(text, end - 2))):
        return "rate"  # "对5000元以下的急难型救助可直接审批发放": a limit on the cases one office may grant
    if end is not None and PLAN_RE.search(clause) and ACTUAL_AFTER_RE.search(text, end, ctx.seg.sentence(start)[1]):
        return "change"  # "项目计划募集资金40万元，实际募集资金43.26万元": the plan, beside what came of it
    if BALANCE_RE.search(clause):
        return "cumulative"  # "账面余额2,947.3万元", "结余资金83.7万元": what is left over the years, no flow
    if end is not None and SPREAD_OVER_YEARS_AFTER_RE.match(text, end):
        return "cumulative"  # "认捐总额3.2亿元，按协议分5年到位": a pledge paid over the years (as "承诺5年内注入…")
    s, _ = ctx.seg.sentence(start)
    left = text[s:start]
    label = _card_label(ctx, start)
    if label is not None and not left.strip():
        # a figure card's label reads as the words before its number would ("8.9亿元" / "“十四五”以来累计支出社会救助
        # 资金": "“十四五”以来累计支出社会救助资金8.9亿元")
        left = clause = label
        # (under a heading naming the span, "04｜“十四五”以来" over "9.8亿元" / "累计发放各类救助资金", the card's
        # label reads after it)
        heading = _numbered_heading_above(ctx, start)
        if heading is not None and CUMULATIVE_RE.search(heading):
            left = heading + "，" + left
    forecast = MONEY_FORECAST_RE if money else FORECAST_RE
    if COMING_YEARS_RE.search(text, s, start) and forecast.search(text, s, start):
        return "change"  # "出台了今后五年助力乡村振兴实施意见，计划…5年捐赠投入30亿元以上": years still to come
    if NEXT_STEP_RE.search(text, s, start) and forecast.search(text, s, start) \
            and not ALREADY_DONE_LEFT_RE.search(clause):
        return "change"  # "下一步，我市将…开展冬春生活救助，预计需要救助资金1200万元，惠及1.5万人": not yet done
    if multi_year_story and not YEAR_MARK_RE.search(left) and not IN_YEAR_DATE_RE.search(left) \
            and not YEAR_MARK_RE.match(text, ctx.seg.paragraph(s)[0]) and not STOCK_NOW_RE.search(left):
        # a review of several years ("全省5年累计募捐…"), no single year named (nor by its paragraph's opening:
        # "今年，自治区共安排…。…全区1.27万名孤儿…基本生活费按月足额发放")
        return "cumulative"
    for cum in CUMULATIVE_RE.finditer(left):
        if within_a_year(cum):
            continue
        if UP_TO_NOW_RE.search(cum.group()) and THIS_YEAR_BEFORE_RE.search(
                left, semicolon_part(ctx, s + cum.start())[0] - s, cum.start() + 1):
            # "今年上半年，…截至目前累计募捐款物5517.73万元": this year's, up to now (not past a ；, "今年
            # 以来，…新增…；截至目前，全市累计备案…": the stock of all the years after this year's change)
            continue
        if UP_TO_NOW_RE.search(cum.group()) and THIS_YEAR_ACCRUED_RE.search(cum.group()):
            continue  # "截至目前，全市共有孤儿…196名，今年以来累计发放基本生活费286.7万元": this year's so far
        if so_far_since_recent_start(text, ctx.seg.paragraph(s)[0], s, cum):
            continue
        if UP_TO_NOW_RE.search(cum.group()) and _this_season_above(ctx, s, year):
            continue  # "…发放2024年冬季取暖救助。…截至目前,累计为全省16.15万户…发放取暖救助资金1.37亿元": this winter's so far
        if SINCE_A_DAY_RE.search(left, 0, cum.end()):
            continue  # "自11月1日行动启动以来，累计…救助…213人次": since a day of this year, no years
        now = NOW_STOCK_RE.search(left, cum.end())
        if (now and "累计" not in left[now.end():]) or FIRST_INSTALMENT_RE.search(left, cum.end()):
            # (a stock now, not the years' sum, unless a clause after it sums them: "自2022年起推行…，目前已有47个
            # 村设立公益基金，累计募集资金1530万元，惠及困难群众2.1万余人次")
            continue  # (nor the first instalment of a pledge over the years: "承诺5年内注入…100万元，首期注入20万元")
        since = cum.group("since") or cum.group("founded") or cum.group("set_up") or cum.group("started") \
            or cum.group("long_since")
        # "2023年以来" in a 2023 story is this year's figure, not a multi-year one;
        # "5年来累计…，全年募集…": a later one-year scope closes the multi-year one, until an item past a ；
        # opens on 累计 again ("“十四五”以来，…累计发放…，其中2024年发放…；累计救助困难群众42.3万人次")
        reopened = [m.end() for m in CUMULATIVE_AGAIN_RE.finditer(left, cum.end())]
        if (since is None or year is None or int(since) < year) \
                and not YEAR_MARK_RE.search(left, reopened[-1] if reopened else cum.end()):
            return "cumulative"
    if _in_history_paragraph(ctx, s, left, year):
        return "cumulative"
    if TOTAL_SIZE_RE.search(clause) and (UP_TO_NOW_RE.search(left) or STOCK_SO_FAR_RE.search(left)
                                         or STOCK_REACHED_RE.search(left)) \
            and not THIS_YEAR_BEFORE_RE.search(left):
        return "cumulative"  # "截至目前，…备案的慈善信托共9单，信托财产总规模1.36亿元": the stock of all the years
    upto = UP_TO_YEAR_END_RE.search(left)
    if upto and year is not None and int(upto.group("y")) < year:
        return "cumulative"  # "截至2022年底，活动累计支出善款1063.04万元" in a 2023 story: every year up to then
    if value is not None and _running_total(ctx, s, start, earlier_same_kind, value):
        return "cumulative"
    if value is not None and _year_to_date_beside_month(ctx, s, left, earlier_same_kind, value):
        return "cumulative"  # "1—3月，全市累计实施临时救助6905人次" beside March's own figures
    if year is not None and year > POVERTY_CAMPAIGN_END and POVERTY_CAMPAIGN_RE.search(left):
        return "cumulative"  # reported after 2020, the poverty battle's figures span its years
    if CHANGE_LEFT_RE.search(left[-40:]) or RAISE_ADDS_RE.match(left) or RAISE_DIFFERENCE_RE.search(left) \
            or (end is not None and CHANGE_RIGHT_RE.match(text, end)) \
            or (end is not None and RAISED_BY_RE.search(left) and RAISED_TO_LEVEL_RE.match(text, end)) \
            or (end is not None and OLD_LEVEL_LEFT_RE.search(left) and NEW_LEVEL_AFTER_RE.match(text, end)):
        return "change"
    base = EARLIER_YEAR_BASE_RE.search(left)
    if base and year is not None and int(base.group("y")) < year:
        return "change"  # "2022年和2021年分别为61.2亿元和58.7亿元": the bases of a comparison
    if end is not None and INCLUDED_IN_RE.match(text, end):
        return "part"  # "当天筹得善款3.62万元，已计入上述186万元专项善款"
    # a part told without 其中, of a larger figure given above: "发放慰问款物243.9万元，剩余款物将于除夕前
    # …发放" (some of the 268.4万元 raised); "其余善款十五万四千余元…", "其余7人" (the rest of a whole);
    # "260万元资金中，已核销148.6万元" (out of the sum just named); "如，…投入资金60万元" (an example of
    # the work totalled); "仅2月份全区就实施临时救助412人次" (one month of the quarter); "所需资金748.8万元
    # 从省级下拨的救灾资金中列支" (out of the 2,000万元 given above)
    told_as_part = (end is not None and (REST_AFTER_RE.match(text, end) or DRAWN_FROM_RE.match(text, end)
                                         or SHARE_OF_WHOLE_AFTER_RE.match(text, end)
                                         or (flow is not None and REST_OF_MONEY_AFTER_RE.match(text, end)))) \
        or REST_OF_RE.search(left) or SHARE_OF_WHOLE_BEFORE_RE.search(left) or AMOUNT_IN_RE.search(left) \
        or (money and MONEY_NAMED_ABOVE_IN_RE.search(left)) or EXAMPLE_LEAD_RE.match(left) \
        or FUNDING_SOURCE_LEAD_RE.match(left) \
        or DRAWN_FROM_BEFORE_RE.search(left) or ACTUALLY_ARRIVED_RE.search(clause) \
        or SPENT_OF_BUDGET_RE.search(left) or PAID_SO_FAR_OF_RE.search(left) or USES_OF_RAISED_IN_RE.search(left) \
        or MAIN_GIVERS_RE.search(left) or (money and SHARED_OUT_OPENING_RE.match(text, s)) \
        or (end is not None and ACTUALLY_ARRIVED_RE.search(text, end, end + ARRIVED_AFTER_CHARS)
            and ACTUALLY_ARRIVED_RE.search(clause_after(text, end))) or DONE_SO_FAR_RE.search(clause)
    if told_as_part and any(stated_larger(w, value) and not w.years for w in earlier_same_kind):
        return "part"
    picked = PICKED_OUT_OF_GROUP_RE.search(left)
    if picked and any(stated_larger(w, value) and not w.years and _names_group(_told_with(ctx, w.start), picked.group("group"))
                      for w in earlier_same_kind):
        return "part"  # (the group's own count given before: "转移安置受灾群众3126户…" then "对转移安置群众中…的2416户")
    if ONLY_PERIOD_RE.search(left) and any(stated_larger(w, value) and not w.years
                                           and _same_programmes(ctx, w.start, s) for w in earlier_same_kind):
        return "part"  # (a stretch of the period of a larger figure of its programmes)
    if money and CATEGORY_ITEM_RE.search(clause) \
            and len(CATEGORY_WORD_RE.findall(text, s, ctx.seg.sentence(start)[1])) >= 2 \
            and any(w.start < s and stated_larger(w, value) for w in earlier_same_kind):
        # money of one of several categories ("共接收发放救援类物资价值约298万元、食品生活类物资价值约9771万元、…")
        # after the whole they make up was told: a breakdown of it
        return "part"
    # a paragraph or sentence picking out of a total above it ("在上线项目中，“暖心食堂”…筹得善款215.6万元…")
    # makes its figures parts of that total, not of each other (1,200名 of one project holds none of another's
    # 860名)
    ps = ctx.seg.paragraph(s)[0]
    for lead in (ps, s):
        if (PICK_LEAD_RE.match(text, lead) or (money and MONEY_PICK_LEAD_RE.match(text, lead))
                or (not money and COUNT_PICK_LEAD_RE.match(text, lead))) \
                and any(w.start < lead and stated_larger(w, value) for w in earlier_same_kind):
            return "part"
    # an item opening on the label of a figure before it ("…其中站内救助683人次、站外救助443人次；站外救助中，在临时避寒点接受
    # 救助的有297人次"): some of that figure
    named_in = NAMED_FIGURE_IN_RE.match(text, semicolon_part(ctx, start)[0])
    if named_in and named_in.end() <= start and any(
            w.start < named_in.start() and stated_larger(w, value)
            and text[w.start - len(named_in.group("name")):w.start] == named_in.group("name") for w in earlier_same_kind):
        return "part"
    if end is not None and EACH_GIVER_RE.search(clause) and EACH_TOTAL_AFTER_RE.match(text, end):
        return "part"  # one giver's share, their total told right after it
    colon = AMOUNT_COLON_RE.search(left)
    if colon and any(s <= w.start < s + colon.start() and stated_larger(w, value) for w in earlier_same_kind):
        return "part"  # "…支出1,043万元：“慈善助学”项目…共206万元；“银龄暖心”项目…": the sum's breakdown after its colon
    progress = PROGRESS_LEAD_RE.match(text, s)
    done_so_far = DONE_SO_FAR_LEFT_RE.search(clause) if head is None else None
    if (progress or done_so_far) and any(
            stated_larger(w, value) and PLANNED_RE.search(text, *ctx.seg.sentence(w.start))
            and ((progress and ((head is not None and w.head == head) or (flow == "disbursed" and w.flow == "allocated")))
                 or (done_so_far and _same_deed(clause_before(text, w.start), done_so_far.group())))
            for w in earlier_same_kind):
        # "计划走访慰问…困难群众3.1万户" … "截至1月22日，已走访慰问困难群众2.46万户"; "安排专项资金1,860万元，…
        # 计划…" … "截至…，已…发放慰问款物1,512.3万元": how much of the plan is done so far (its group may go
        # unsaid: "活动计划走访慰问困难群众4.8万户，目前已走访3.1万户")
        return "part"
    if flow == "disbursed" and SPENT_SO_FAR_CLAUSE_RE.match(clause) and UP_TO_DATE_LEAD_RE.match(text, s) and any(
            stated_larger(w, value) and w.flow == "allocated" for w in earlier_same_kind):
        # "县财政安排…资金1,420万元" … "截至10月底，…，已支出服务补贴资金1,183.4万元": spent so far of the sum set
        return "part"
    if flow == "disbursed" and SPENT_SO_FAR_CLAUSE_RE.match(clause) and any(
            w.start >= s and stated_larger(w, value) and w.flow in ("raised", "allocated") and not w.rate
            for w in earlier_same_kind):
        # "…募集资金80万元，为…1,350名…老年人每人每月发放50元助餐券，已累计发放助餐券价值72.9万元": spent so far,
        # in the sentence, of the money raised or set for it
        return "part"
    # (or a sentence opening on its batch: "首批共向4,870名老年人发放消费券61.4万元")
    batch = BATCH_LEFT_RE.search(clause) or BATCH_LEAD_RE.match(text, s)
    if batch and any((w.start >= s or DONATED_MONEY_RE.search(batch.group())
                      or IN_BATCHES_RE.search(text, *ctx.seg.sentence(w.start))
                      or PLANNED_RE.search(text, *ctx.seg.sentence(w.start))) and stated_larger(w, value)
                     and not w.years for w in earlier_same_kind):
        # "共安排…资金52亿元，第一批资金41.6亿元已于近日下拨": a batch of the sum just given; "首批拨付捐赠资金
        # 80万元": a batch of the donations told above
        return "part"
    if _in_named_whole(ctx, s, left, earlier_same_kind, value):
        return "part"
    if flow == "raised" and GIVER_LEAD_RE.match(text, s) and any(
            w.flow == "raised" and stated_larger(w, value) and ctx.seg.paragraph(w.start)[0] == ctx.seg.paragraph(s)[0]
            and w.start < s for w in earlier_same_kind):
        # "…共认捐善款物资861.35万元，其中现金认捐703.8万元…。山东某食品有限公司认捐100万元，某农资有限公司认捐50万元…":
        # givers named after the paragraph's total, some of those who gave it
        return "part"
    # the last marker, past any 含 of a parenthesis already closed ("其中，市本级1862.4万元（含
    # 基金600万元），各县4991.2万元": 其中 still governs 4991.2万元)
    # (nor one that picks out a figure of the other kind: "并为其中1,120户…送去面粉…，物资折合约33.6万元":
    # 其中 takes some of the households, not some of the money)
    # (unless cash was in the money before, in its paragraph: "发放慰问金和慰问品折合214.6万元。其中，为86名…每人
    # 送去慰问金1,500元，共计12.9万元" is some of it; cash on top of goods, "价值28.6万元的…物资…其中为62户…每户
    # 加发慰问金800元，共计4.96万元", is not)
    # (goods given to some of those the cash reached are more help, not a piece of it: "发放…取暖救助金347.4万元…。其中，为
    # 312户…另外送去棉衣…，折合价值9.36万元")
    # (but a value told of what each is given, "还送上价值300元的米面油", is read as before)
    more_goods = in_kind is True and end is not None and text[end:end + 1] != "的"
    para_start = ctx.seg.paragraph(s)[0]  # (once, not per earlier figure: a page of thousands of figures)
    cash_before = money and not more_goods and any(w.in_kind is False and not w.rate and para_start <= w.start < s
                                                   for w in earlier_same_kind)
    # (but never past "其中的": "结对帮扶其中的312名，发放…物资价值18.7万元" takes some of the children only)
    # (a sentence opening on 其中 breaks down every figure of the sentence before: "其中，低保、特困人员43名，获得
    # 救助金23.6万元" is some of the people and some of the money)
    opening = None if more_goods else OPENING_PART_RE.match(left)
    part = next((p for p in reversed(list(PART_RE.finditer(left)))
                 if not _in_closed_aside(left, p)
                 and ((opening is not None and p.start() == opening.start("mark"))
                      or not _picks_other_kind(left, p.end(), money, cash_before))),
                None)
    if part is not None and not PART_CLOSED_RE.search(left, part.end()) \
            and not _whole_of_its_own(ctx, s + part.end(), start, end) \
            and not _matching_after_the_parts(ctx, s + part.start(), start, clause):
        marker = s + part.start()
        # "对其中386名…": 其中 right before the figure picks out of a whole named anywhere above;
        # "上述款物中，包含…": out of a whole given in an earlier paragraph
        back = BACK_REFERENCE_IN_RE.search(left, 0, part.start()) or part.group("lead")
        # ("其中，向1.87万户…" opens a sentence: its whole is the sentence before, as for any 其中)
        # (or through the words that pick them: "对其中身患重病或重度残疾的23名儿童")
        picks_out = (start - (s + part.end()) <= 2 and not PAUSE_RE.search(text, s + part.end(), start)) \
            or bool(PICKED_BY_RE.fullmatch(text, s + part.end(), start))
        scope = 0 if picks_out or back else _scope_start(ctx, s, marker, money)
        if money and scope > 0 and marker - s <= 1 and not any(scope <= w.start < marker for w in earlier_same_kind):
            # "其中，…安排物资价值约98.6万元" after a sentence of counts only ("预计惠及…4,200户1.36万人"): the
            # whole is the last sum told in its paragraph or the one above
            ps = ctx.seg.paragraph(s)[0]
            floor = ctx.seg.paragraph(ps - 2)[0] if ps >= 2 else ps
            last = [w for w in earlier_same_kind if floor <= w.start < scope]
            scope = last[-1].start if last else scope
        wholes = [w for w in earlier_same_kind if scope <= w.start < marker and larger(w, value) and not w.years]
        if not wholes and OPENING_PART_RE.match(left) and scope < s and scope > ctx.seg.paragraph(s)[0]:
            # (past a sentence of rates only: "…共计58.4万元。…每人3000元至8000元不等。其中，…43名，获得救助金23.6万元")
            further = ctx.seg.sentence(scope - 1)[0]
            if not any(scope <= w.start < s and not w.rate for w in earlier_same_kind):
                wholes = [w for w in earlier_same_kind if further <= w.start < scope and larger(w, value) and not w.years]
        own_item = semicolon_part(ctx, marker)[0]
        if money and not picks_out and s < own_item < marker - 2 and DIGIT_RE.search(text, own_item, marker):
            # a 其中 inside a later ；item, past that item's own figure ("…发放高龄津贴1134万元；…累计提供助餐服务
            # 21.8万人次，其中…6.4万人次，发放助餐补贴96.2万元"), breaks down that item: no sum of an item before it
            # (counts may be picked out of any group above: "…；…，对其中生活特别困难的438户…")
            wholes = [w for w in wholes if w.start >= own_item]
        stated = bool(wholes)  # a whole is written (else the parts are true: GUIDELINES)
        if not stated and not YEAR_MARK_RE.search(text, marker, start) and any(
                w.years and scope <= w.start < marker and larger(w, value) for w in earlier_same_kind):
            # the parts of a sum over several years, naming no year of their own, are over those years too
            # ("2012年1月至2015年12月，…总收入为7705.01万元…。收入方面，其中募集善款收入7128.13万元")
            return "cumulative"
        if head is not None and semicolon_part(ctx, start)[0] > marker \
                and not MONEY_ITEM_LEAD_RE.match(text, semicolon_part(ctx, start)[0]):
            # (an item that opens on its money as the first did goes on whatever its group: "其中，助学支出386.2万元，
            # 资助困难学生1,452名；助医支出624.8万元，救助大病患者2,106人次")
            # past a ；, a list goes on only with the kind of group of its whole or of its
            # first parts ("其中，城市低保对象…；农村低保对象…", "其中本科新生318名…；专科新生234名"),
            # not with a group of its own ("…；事实无人抚养儿童36.7万人")
            # (items read as parts themselves: not a count the 其中 did not reach, "其中重点救助对象救助比例达74%；
            # 足额为10712名困难残疾人发放…；为21063名重度残疾人发放…")
            parts = [w for w in earlier_same_kind if marker < w.start < start and w.head == head and w.part]
            wholes = [w for w in wholes if w.head == head] + parts
        item_start = semicolon_part(ctx, start)[0]
        marker_item = semicolon_part(ctx, marker)[0]
        if item_start > marker and any(marker_item <= w.start < marker for w in earlier_same_kind):
            # a 其中 breaking down its own item's figure ("散养…供养资金177余万元，其中春节补贴60.5万元；
            # 为4648名优抚对象发放抚恤补助金314.96万元") reaches no whole of an item before it
            wholes = [w for w in wholes if w.start >= marker_item]
        if item_start > marker:
            # past a ；, an item opening on the whole's own verb, where its 其中 part did not, is the next thing done
            # ("统筹安排困难群众救助补助资金4.86亿元，…，其中中央和省级补助资金1.92亿元；安排养老服务体系建设资金
            # 1.35亿元"; not "共安排…，其中：安排A项目…；安排B项目…", every part opening on it)
            again = ITEM_VERB_RE.match(text, item_start)
            if again and not ITEM_VERB_RE.match(text, s + part.end() + len(PAUSE_LEAD_RE.match(text, s + part.end()).group())):
                wholes = [w for w in wholes if again.group("verb") not in clause_before(text, w.start)]
            # past a ；, a whole its parts before already add up to has no more parts: "共募集款物
            # 1126万元，其中款612万元、物资514万元；全年支出款物982万元" is the next report
            listed = [x for x in earlier_same_kind if marker < x.start < item_start]
            filled = sum(x.value or 0 for x in listed if not x.rate)
            # (more than the whole is a list holding its own sub-list, "社会救助支出62036.4万元：城市低保…7912.1万元；
            # 农村低保…39260.3万元": not filled yet)
            wholes = [w for w in wholes if w.start > marker or w.value is None or not 0.99 * w.value <= filled <= 1.01 * w.value]
            if in_kind is False:
                # cash past a ；is no piece of a whole of goods ("…辅具…价值约87.6万元，其中…两县分得价值32.4万元
                # 的辅具；市慈善总会捐赠助残资金50万元")
                wholes = [w for w in wholes if not w.in_kind]
            if flow not in (None, "other") and listed and listed[0].flow not in (None, "other", flow) \
                    and not part.group().startswith("分别"):
                # money moved another way than both the whole and its first part is the next
                # report: "全年募集善款4987.31万元，其中“慈善一日捐”455.31万元；慈善救助支出3772.96万元"
                # (not under a colon naming the heads: "…分别投向A、B和C三个板块：A投入…；C…发放…")
                wholes = [w for w in wholes if w.flow in (None, "other", flow)]
        if wholes and stated:
            return "part"
    own_unit = [w for w in earlier_same_kind if not w.other_unit]
    if listed_under(ctx, start, own_unit, value) or tabled_under(ctx, start, own_unit, value):
        return "part"
    if BREAKDOWN_LEAD_RE.match(text, s) and any(w.start < s and stated_larger(w, value) for w in earlier_same_kind):
        return "part"  # "从救助对象看，救助低保对象897人次、…": a whole given before, broken down
    if _spent_out_of(ctx, s, start, earlier_same_kind, value):
        return "part"
    if restated or _milestone_passed(left, earlier_same_kind, value, flow):
        return "restatement"
    if _in_coming_year_section(ctx, s, year):
        return "change"  # "二、2025年重点工作" over "…新建…养老服务中心2处，计划投资3600万元" in a report of 2024: the plan
    return None


def _same_deed(plan_clause: str, done: str) -> bool:
    """The plan's clause ends on its deed ("活动计划走访慰问困难群众") and what is done ("已走访慰问") names it too."""
    planned = PLAN_CLAUSE_END_RE.search(plan_clause)
    return planned is not None and bool(set(DEED_WORD_RE.findall(planned.group())) & set(DEED_WORD_RE.findall(done)))


def within_a_year(cum: re.Match) -> bool:
    """A span named to the month that lasts twelve months or less ("2016年12月至2017年11月")."""
    if not (cum.group("from_month") and cum.group("to_month")):
        return False
    months = (int(cum.group("span_to")) - int(cum.group("span_from"))) * 12 \
        + int(cum.group("to_month")) - int(cum.group("from_month")) + 1
    return months <= 12


def _in_history_paragraph(ctx: StoryContext, sent_start: int, left: str, year: int | None) -> bool:
    """A paragraph whose first sentence looks back over the years ("…成立于2005年，多年来，…募集善款
    9600多万元…。帮助160多名…。先后救助…13.2万人次。"): its later sentences go on with that history
    until one names a year or this event."""
    ps, _ = ctx.seg.paragraph(sent_start)
    if sent_start <= ps:
        return False
    _, first_end = ctx.seg.sentence(ps)
    between = ctx.text[first_end:sent_start] + left
    # (or a date of now: "…“十四五”以来，全区累计发放…。截至11月底，全区共有城乡低保对象163.2万人")
    if YEAR_MARK_RE.search(between) or THIS_EVENT_RE.search(between) or IN_YEAR_DATE_RE.match(left):
        return False
    for cum in HISTORY_OPENING_RE.finditer(ctx.text, ps, first_end):
        since = YEAR_IN_RE.search(cum.group())
        if since is None or year is None or int(since.group()) < year:
            return True
    return False


def _milestone_passed(left: str, earlier: list[Whole], value: float | None, flow: str | None) -> bool:
    """A round mark a figure given before has passed ("线上筹款120.33万元…线上筹款首次突破100万元"):
    that figure again, as a milestone."""
    return value is not None and is_round(value) and MILESTONE_BEFORE_RE.search(left) is not None \
        and any(w.value is not None and not w.rate and w.value >= value and w.flow == flow for w in earlier)


SUM_SLACK = 0.005  # the figures before a whole add up to it, rounded


def _running_total(ctx: StoryContext, sent_start: int, start: int, earlier: list[Whole], value: float) -> bool:
    """The running total beside the period's own smaller figure of the same kind, in one
    sentence: "市慈善总会共募集善款3536.1万元，累计募集善款5.53亿元；…受助群众1.6万人次，累计救助
    支出4亿元，受助群众20.2万人次" (a clause opening on 累计 governs the figures after it up to the
    next one of the kind; not the year's "全年累计发放…")."""
    text = ctx.text
    acc = text.rfind("累计", sent_start, start)
    if acc < 0 or any(acc < w.start < start for w in earlier) or SEMICOLON_RE.search(text, acc, start):
        return False  # (a ；closes it: "…累计保障16813人次；农村低保金1342.6万元" is the next item)
    clause = clause_before(text, acc + 2)
    clause_start = acc + 2 - len(clause)
    if not RUNNING_TOTAL_RE.match(clause) or YEAR_MARK_RE.search(text, clause_start, start):
        return False
    # (an item naming its own subject before 累计 past a ；is the next of a list of the year's items,
    # "城市低保累计保障11402人次…；农村低保累计保障121534人次…", not a running total of the item before;
    # "…83.5万元…；自运营以来，累计接收…1,270余万元" is one)
    # (an item past a ；that gives figures of its own before 累计, "城镇低保…累计保障238673人次…；农村低保17866户
    # 53491人，累计保障628007人次", is the next programme's year, not a running total of the item before; "…；自运营
    # 以来，累计接收…" is one)
    semi = [m.end() for m in SEMICOLON_RE.finditer(text, sent_start, clause_start)]
    lo = semi[-1] if semi and DIGIT_RE.search(text, semi[-1], clause_start) else sent_start
    subject = text[clause_start:acc].strip()
    if len(subject) >= 2 and not WHOLE_AREA_RE.fullmatch(subject):  # (not "全市累计备案…": the area's)
        lo = semicolon_part(ctx, clause_start)[0]
    # (of the same measure: "共募集善款3200万元，累计募集善款4.8亿元"; not "为4家敬老院筹集资金20万元…，累计保障特困供养
    # 对象8345人次，发放供养资金658万元", the year's payments after other money)
    measure = _measure_words(text[max(acc + 2, start - len(clause_before(text, start))):start])
    below = [w for w in earlier if lo <= w.start < clause_start and w.value is not None and w.value < value and not w.rate]
    smaller = [w for w in below if not measure or measure & _measure_words(clause_before(text, w.start))]
    # (the sum of the figures before it is no running total but their whole: "自治区下拨…2000万元，市本级安排…1000万元，
    # …共安排1260万元，各级累计投入救灾资金4260万元")
    return bool(smaller) and not (len(below) >= 2 and abs(sum(w.value for w in below) - value) <= SUM_SLACK * value)


MEASURE_CHARS = 6  # the words of what a figure measures, right before it: "募集善款", "救助支出", "受助群众"
# (nor every kind of money's head word, nor the words that only lead to a sum: "累计达到683万元")
NO_MEASURE_WORDS = frozenset({"资金", "善款", "款物", "经费", "金额", "物资", "价值", "折价", "达到", "已达", "共计", "总计", "合计"})


def _measure_words(words: str) -> set[str]:
    """The two-character words of what a figure measures, from the words right before it."""
    return bigrams("".join(c for c in words if "\u4e00" <= c <= "\u9fff")[-MEASURE_CHARS:]) - NO_MEASURE_WORDS


# (the high end of a range too: "每个项目资助2万元至")
# the years up to now, opening a paragraph's history: "多年来", "10年来", "成立以来", "自2006年以来"
CUMULATIVE_AGAIN_RE = re.compile(r"[；;]\s*(?:全[省市区县州盟])?累计")  # an item past a ；opening on 累计
HISTORY_OPENING_RE = re.compile(r"(?<![\d年])(?:[2-9]|\d{2}|[二三四五六七八九十两多几]+)年多?以?来|(?:成立|创立|设立)以来|"
                                rf"自(?:19|20)\d{{2}}年[^，。；\d]{{0,12}}?以来|{FIVE_YEAR_PLAN_WORDS}")
YEAR_IN_RE = re.compile(r"(?:19|20)\d{2}")
# this event or this season, or other work, not the history ("此次活动", "春节前夕", "当天", "下一步，…")
THIS_EVENT_RE = re.compile(r"此次|本次|这次|当天|当日|近日|日前|目前|春节|中秋|期间|活动中|行动中|下一步|今后|此外|另外|同时")
# (a word may qualify the thing: "对每个获奖项目分别给予1万~10万元"; or the thing is named before:
# "一等奖项目每个资助10万元", "每所发放慰问金5000元"; not 每个月, a period)
# what a raise adds, told in a sentence opening on it however long the group between ("提标后，全市1.06万名低保对象（其中…）和
# 1720名特困人员每月合计增发保障金约52万元")
RAISE_ADDS_RE = re.compile(r"\s*提标后[，,][^。；]*?(?:增加|增发|多发)[^，。；\d]{0,20}$")
# the difference of a standard raised, told after its old and new levels ("由每人每月760元提高到790元，增加30元")
RAISE_DIFFERENCE_RE = re.compile(r"由[^，,。；;]{0,12}?\d[\d,.]*元(?:/[^\d，,。；;]{1,4})?(?:提高|上调|提升|调整)到\d[\d,.]*元[，,]?"
                                 r"(?:增加|提高|上调)了?(?:约)?$")
NAMED_FIGURE_IN_RE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,8})中[，,]")  # "站外救助中，": in the figure so labelled
CARD_SECTION_LINES = 8  # the cards of a post's section: two lines each, a few to a section


def _numbered_heading_above(ctx: StoryContext, at: int) -> str | None:
    """The numbered heading of the section of cards ``at`` stands in ("04｜“十四五”以来" over "9.8亿元" / "累计发放…"
    and "28万人次" / "困难群众受益"), within CARD_SECTION_LINES lines above it."""
    ps, _ = ctx.seg.paragraph(at)
    for _ in range(CARD_SECTION_LINES):
        if ps <= 0:
            return None
        ps, pe = ctx.seg.paragraph(ps - 1)
        if NUMBERED_HEADING_RE.match(ctx.text, ps, pe):
            return ctx.text[ps:pe]
    return None


# a sentence opening on the money named above shared out ("此次下达的第二批资金分配到14个县（市、区），…分别安排186万元、…")
# (or broken down: "据介绍，山西省此次下达的资金，主要包括防灾减灾资金3400万元、…")
SHARED_OUT_OPENING_RE = re.compile(r"\s*(?:(?:据介绍|据了解|据悉)[，,]?)?[^，,。；;\d]{0,6}?(?:此次|本次|这次|该批|这批|上述)"
                                   r"[^，,。；;\d]{0,10}?(?:资金|款物|善款)[^，,。；;\d]{0,4}?"
                                   r"(?:(?:分配|下达|拨付|切块)(?:到|给|至)|[，,]\s*(?:主要)?包括)")


# a report's part on the work of a year to come: "二、2025年重点工作", "三、明年工作安排"
COMING_WORK_HEADING_RE = re.compile(r"\s*[一二三四五六七八九十]{1,3}、\s*(?:(?P<y>(?:19|20)\d{2})年|明年|下一步|下步)"
                                    r"[^，,。；;\d]{0,6}?(?:工作|任务|打算|安排|计划|目标)")


HEADING_LOOK_PARAGRAPHS = 3
HEADING_LINE_CHARS = 40  # a heading line is short
# a heading line of no number over the plan ("🎯 2025年，我们将……", "明年，我们将这样干")
COMING_WORK_LINE_RE = re.compile(r"[^\w\u4e00-\u9fff]*(?:(?P<y>(?:19|20)\d{2})年|明年|新的一年|下一步)[，,]?\s*"
                                 r"(?:我们将|我们要|我局将|将|要)[^，,。；;\d]{0,10}$")


def _in_coming_year_section(ctx: StoryContext, at: int, year: int | None) -> bool:
    """The figure stands in a report's top-level section on the work of a later year than the story's, or in the
    paragraph right under a heading line announcing it."""
    ps, _ = ctx.seg.paragraph(at)
    for _ in range(HEADING_LOOK_PARAGRAPHS):  # the nearest paragraph above with words (past blank lines)
        if ps < 2:
            break
        ps, pe = ctx.seg.paragraph(ps - 2)
        if pe - ps > HEADING_LINE_CHARS:
            break  # (a paragraph of running text: neither blank nor a heading, and not copied for every figure)
        if ctx.text[ps:pe].strip():
            line = COMING_WORK_LINE_RE.fullmatch(ctx.text[ps:pe].strip())
            if line and (line.group("y") is None or (year is not None and int(line.group("y")) > year)):
                return True
            break
    heads = ctx.seg.top_section_starts
    i = bisect.bisect_left(heads, ctx.seg.paragraph(at)[0]) - 1  # the last section opened before its paragraph
    if i < 0:
        return False
    m = COMING_WORK_HEADING_RE.match(ctx.text, heads[i], ctx.seg.paragraph(heads[i])[1])
    return m is not None and (m.group("y") is None or (year is not None and int(m.group("y")) > year))


# an item of a list opening on what its subject did with money (after 另, 还, 同时)
ITEM_VERB_RE = re.compile(r"\s*(?:另|还|并|同时[，,]?)?(?:统筹)?(?P<verb>安排|投入|下拨|拨付|发放|支出|筹集|募集|下达)")
PAUSE_LEAD_RE = re.compile(r"[，,：:\s]*")  # the pause after 其中
EACH_THING_RE = re.compile(r"每个?[^，,。；;每\d]{0,4}?(?:项目|村|社区|镇|乡镇|街道|站点?|服务点|单位|机构|基地)[^，,。；;]{0,20}$"
                           r"|每(?:个|所|处|座)(?!月|季|年|工作日)[^，,。；;\d]{0,12}$"
                           # ("按每张床位3000元给予一次性建设补贴": so much a bed built, no one's)
                           r"|每张(?:床位|床)[^，,。；;\d]{0,12}$")
QUARTER_ENDING = {3: "一", 6: "二", 9: "三", 12: "四"}


def _year_to_date_beside_month(ctx: StoryContext, sent_start: int, left: str, earlier: list[Whole],
                               value: float) -> bool:
    """A monthly report's year-to-date figure ("3月份，全市共实施临时救助2318人次…1—3月，全市累计实施
    临时救助6905人次"): another period than the month the story reports."""
    m = YEAR_TO_DATE_RE.search(left)
    semi = max(left.rfind("；"), left.rfind(";"))
    if m is not None and m.start() < semi and "累计" not in left[semi:]:
        # past a ；the month's own figures go on ("1-11月份累计发放补贴…元；有护理补贴对象7682人，
        # 发放补贴1641650元"), unless the item accumulates again ("…；累计实施临时救助…")
        m = YEAR_TO_DATE_RE.search(left, semi)
    if m is None:
        return False
    # (the period's own figure may stand earlier in the same sentence: "三季度共发放城乡低保金2,083.4万元，
    # 1至9月累计发放城乡低保金6,212.9万元")
    sent_start = sent_start + m.start()
    smaller = [w for w in earlier if w.start < sent_start and w.value is not None and not w.rate and w.value < value]
    if m.group("year"):
        return bool(PERIOD_HEADLINE_RE.search(ctx.title)) and bool(smaller)
    if m.group("month"):
        month = int(m.group("month"))
        if re.search(months_so_far(str(month)), ctx.title) or YEAR_REPORT_HEADLINE_RE.search(ctx.title):
            # a report of the year so far ("关于2025年1—10月…工作…的报告") or of the whole year ("2022年工作
            # 总结…"): its own period
            return False
        # or the quarter ending on that month, in a sentence of its own figures ("三季度，…发放…
        # 654.8万元" then "1至9月，…累计…"; not a quarter's bulletin whose figures are all to date)
        quarter = QUARTER_ENDING.get(month)
        for q in re.finditer(rf"(?<!前)第?{quarter}季度", ctx.text[:sent_start]) if quarter else ():
            # (figures told after the quarter's word: not the year-to-date ones before "其中三季度…")
            _, qe = ctx.seg.sentence(q.start())
            if any(q.start() <= w.start < qe for w in smaller):
                return True
        # ("11月份，…", "2024年11月，…当月发放…")
        reported = rf"(?<![—\-－~～至到\d]){month}月份|(?<=年){month}月(?=[，,])"
    else:
        reported = PERIOD_REPORTED["half" if m.group("half") else "three"]
    return bool(re.search(reported, ctx.text[:sent_start])) and bool(smaller)


def _matching_after_the_parts(ctx: StoryContext, marker: int, start: int, clause: str) -> bool:
    """Matching money past a ；after the parts is added to the whole, not taken out of it ("…1.2亿元，
    其中下达我市830万元；市县两级财政配套安排960万元"); in the list it is a part of a whole that says
    so ("共投入…736.8万元，其中…拨付善款420万元，各县慈善会配套资金248.5万元")."""
    # (or told as more, "其中，吴忠市获得8632万元，市本级另配套安排资金1260万元": the city's own money beside its share)
    return bool(MATCHING_FUNDS_RE.search(clause)) and (semicolon_part(ctx, start)[0] > marker
                                                       or bool(MORE_MATCHING_RE.search(clause)))


# a sentence opening on the name of a figure given before it ("货币捐赠中，“慈善一日捐”活动募集
# 1,386.52万元" after "其中：货币捐赠4,915.30万元"): its figures are out of that one
# (past a topic lead and the area's word: "在资金保障上，全县过渡期生活救助资金中，中央…2,100万元" after
# "…发放过渡期生活救助资金3,408.3万元")
NAMED_WHOLE_IN_RE = re.compile(r"\s*(?:在[^，,。；;\d]{1,8}(?:上|方面)[，,])?(?:全[省市县区州旗]|本次|此次|今年)?"
                               r"(?P<noun>[\u4e00-\u9fff]{2,12})中[，,]")
NAME_BEFORE_FIGURE_CHARS = 3  # (a colon or 为 may stand between a figure's name and the figure)


def _in_named_whole(ctx: StoryContext, sent_start: int, left: str, earlier: list[Whole], value: float | None) -> bool:
    m = NAMED_WHOLE_IN_RE.match(left)
    if m is None:
        return False
    noun = m.group("noun")
    return any(w.start < sent_start and stated_larger(w, value)
               and noun in ctx.text[max(0, w.start - len(noun) - NAME_BEFORE_FIGURE_CHARS):w.start]
               for w in earlier)


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
    return any(sent_start <= w.start and larger(w, value) and USED_FOR_RE.search(ctx.text, w.start, start)
               for w in earlier if w.value is not None)


def _whole_of_its_own(ctx: StoryContext, marker_end: int, start: int, end: int | None) -> bool:
    """An item past a ；that is broken down itself ("农村低保金1342.6万元，其中…；集中供养
    资金88万元，其中春节补贴21万元；…") is the next whole of the list, not a part of the first."""
    lo, hi = semicolon_part(ctx, start)
    if lo <= marker_end or end is None:
        return False
    own = PART_RE.search(ctx.text, end, hi)
    # (a parenthesis right after it, "网络募捐1268.5万元（含配捐146.2万元）", only says what it holds)
    return own is not None and ctx.text[end:own.start()].strip() not in ("（", "(")


def refers_back(ctx: StoryContext, start: int, amount: float, seen) -> bool:
    """"这近570万元款物", "上述2600余万元", "这4000元": a figure pointed back at is one already
    given, rounded ("近", "余") as the writer recalls it."""
    if not BACK_REFERENCE_RE.search(ctx.text, max(0, start - 4), start):
        return False
    # (a rate too: "每人一次性资助4,000元" … "这4000元正好能交上…" is one student's share again)
    return any(abs(value - amount) <= 0.05 * amount for value, per in seen)


FOLLOWING_MARK_RE = re.compile(r"^(?:下述|下列|以下|后述)")  # "含下述低保…": the components told further on


def mark_listed_components(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """A total that names its components ("民政事业费支出31.45亿元（含城乡低保、特困人员救助
    供养、临时救助…等资金）") makes each later figure of a named component a part: a
    statistics bulletin gives the total first and each programme's spending further down;
    and an earlier figure it names by what it was ("…（含启动仪式当天捐赠款物）")."""
    text = ctx.text
    for w in rows:
        listed = COMPONENTS_RE.match(text, w["span_end"])
        # (a part naming its own components is their whole too: "其中：社会救助支出9.37亿元（含下述低保、
        # 特困人员救助供养和临时救助资金）")
        if not listed or not (w["countable"] or w["not_countable_reason"] == "part"):
            continue
        keys = set()
        for item in COMPONENT_SPLIT_RE.split(COMPONENT_TAIL_RE.sub("", listed.group("items"))):
            item = FOLLOWING_MARK_RE.sub("", item.strip())
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




# a sentence opening on its year ("2023年，全区…", "据统计，2023年全年，…", "2023年全市累计探访…",
# "据介绍，2023年度…资助的38个项目…": a year's edition)
def _scope_start(ctx: StoryContext, sent_start: int, marker: int, money: bool = False) -> int:
    """Where the whole a part refers to may stand: its own sentence, or the
    previous sentence of the paragraph (``共服务36名老人。…选取其中6位…``)."""
    ps, _ = ctx.seg.paragraph(sent_start)
    if sent_start > ps:
        # a numbered section headed by an item of a breakdown of money above ("其中养老服务1,860万元…"
        # then "（一）养老服务。…其中，“长者助餐”项目使用…1,020万元"): that item is the whole
        head = SECTION_LABEL_RE.match(ctx.text, ps) if money else None
        if head:
            at = ctx.text.rfind(head.group("label"), 0, ps)
            if at >= 0 and LABELLED_AMOUNT_RE.match(ctx.text, at + len(head.group("label"))):
                return at
        before = ctx.seg.sentence(sent_start - 1)[0]
        if before == ps and ps >= 2 and USES_OF_RAISED_LEAD_RE.match(ctx.text, ps):
            # "募集款物将主要用于…。其中，春节慰问安排资金380万元…": the uses of the sum raised in the
            # paragraph above, named back without its figure
            return ctx.seg.paragraph(ps - 2)[0]
        return before
    if (marker - sent_start <= 1 or TOPIC_LEAD_RE.fullmatch(ctx.text, sent_start, marker)) and ps >= 2:
        # a paragraph opening on "其中，…" breaks down the figure the paragraph above ended on
        # (after its side of the figure too: "收入方面，其中募集善款收入…"; or the card above, its label the
        # paragraph: "986万元" / "区慈善会全年募集善款善物" / "其中“99公益日”网络募捐活动筹款312万元")
        above = ctx.seg.sentence(ps - 2)[0]
        card = card_above_label(ctx.text, ctx.seg.paragraph(above)[0])
        return card if card is not None else above
    if ps >= 2 and PARAGRAPH_BREAKDOWN_RE.match(ctx.text, ps):
        # "募集款物主要包括：…" breaks down a whole of the paragraph above
        return ctx.seg.paragraph(ps - 2)[0]
    return sent_start


# a body opening on a count of years it reviews: "五年来，", "过去五年，", "近3年来，" (not a plan's
# span, "“十三五”期间，…", whose stocks an annotator reads as now)
YEARS_OPENING_RE = re.compile(r"\s*(?:近|过去|这)?(?:[2-9]|\d{2}|[二三四五六七八九十两]+)年多?(?:来|以来|间|里)?[，,]")


def is_multi_year(title: str, body: str = "") -> bool:
    """A headline that announces figures of several years (``5年累计募捐…``), or a body that opens on
    the years it reviews ("五年来，市民政局…": a term's report, its figures those years' together)."""
    return any(((m.group("since") or m.group("started") or m.group("long_since")) is None or "累计" in title)
               and not within_a_year(m)
               for m in CUMULATIVE_RE.finditer(title)) or YEARS_OPENING_RE.match(body) is not None


def _same_programmes(ctx: StoryContext, whole_start: int, part_sentence: int) -> bool:
    """Whether the sentence of a figure singled out for a stretch of time ("仅2月份全区就实施临时救助412人次") names no
    regular programme that the larger figure's sentence does not: one month of the quarter's 临时救助 is its part, not
    December's 低保金 ("…低保金和特困供养金按月足额发放，仅12月份就发放4120万元") of a winter relief fund told above."""
    whole_sentence = ctx.text[slice(*ctx.seg.sentence(whole_start))]
    part_words = set(PROGRAMME_RE.findall(ctx.text, part_sentence, ctx.seg.sentence(part_sentence)[1]))
    return part_words <= set(PROGRAMME_RE.findall(whole_sentence))


def _card_label(ctx: StoryContext, at: int) -> str | None:
    """The label of the figure card whose number is at ``at``, or None if it is no card."""
    span = card_label(ctx.text, at)
    return ctx.text[span[0]:span[1]] if span else None


def _told_with(ctx: StoryContext, at: int) -> str:
    """The words a figure is told with: its sentence, and a figure card's label, the line under its number."""
    s, e = ctx.seg.sentence(at)
    return ctx.text[s:e] + (_card_label(ctx, at) or "")


def _names_group(sentence: str, group: str) -> bool:
    """Whether a sentence names the group: its noun and the four characters that qualify it ("转移安置" and "群众" of
    "转移安置群众", in "紧急转移安置受灾群众3126户")."""
    noun, qualifier = group[-2:], group[:-2][-4:]
    return noun in sentence and qualifier in sentence
