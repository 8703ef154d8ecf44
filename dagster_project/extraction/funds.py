"""Money amounts (元/万元/亿元) with qualifier, per-unit, flow and in-kind flag.

Every amount in 元 in the body is a row; a range (``3000-6000元``) gives two
rows, the low end ``at_least`` and the high end ``at_most``; list items
(``每人每月200元、600元``) share the first item's per-unit and flow.  Prices,
incomes and output figures are not civil-affairs money and are skipped.

Flow (see ``_flow``): the clause's own main verb (``统筹整合…社会捐赠款物近3.5亿元``
is *allocated*), else a verb in the following clauses (``按每人200元的标准，发放…``
is *disbursed*), else, for totals, the sentence's earlier flow, else *disbursed*.  A standard
being set (``提高到每人每月800元``) is *other*.  In-kind: the value of goods
(``物资折款``, ``价值…的物资``, ``价值…`` after a list of goods); money and goods
together (``款物``, ``慰问金（含物折款）``) is not in-kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .amounts import (CN_DIGITS, MULT, MULT_RE, NUM, NUM_FAST, money_value, parse_number, prefix_before, qualifier,
                      scaled, valid_number)
from .context import Region, StoryContext
from .lexicon import (CHANGE_LEFT_RE, FLOW_WORDS, LISTING_ROW_WORDS, STANDARD_WORDS, TABLE_CAPTION_WORDS,
                      TABLE_ROW_NOTE_WORDS, TABLE_UNIT_WORDS, VISIT_RE)
from .text import card_label, clause_before
from .unit_tables import unit_column_cells

_NOT_YUAN = r"(?!旦|宵|月|素|件|首|帅|老|勋|年|气|音|凶|器)"
MONEY_RE = re.compile(
    rf"(?P<num>{NUM_FAST})(?P<q1>多|余)?(?P<mult>{MULT_RE})?(?P<q2>多|余)?元{_NOT_YUAN}(?P<suf>左右|以上|以下|以内)?")
# 元 left out after a money noun ("发放慰问金32.9万、蛋白质粉1272罐"): still yuan, with 万 or 亿
# and nothing after that names another unit
MONEY_NO_YUAN_RE = re.compile(
    rf"(?:慰问金|救助金|资金|善款|款物|经费|捐款|补助金)(?P<num>{NUM_FAST})(?P<q1>多|余)?(?P<mult>万|亿)(?P<q2>多|余)?(?P<suf>)"
    r"(?![\u4e00-\u9fff\d元])")
# a minus sign written right before a number, not after one ("3000-6000元" is a range); 负 is one
# only where no word ends on it ("为群众减负2900多万元": a burden taken off, no sign)
MINUS_BEFORE_RE = re.compile(r"(?:^|(?<=[^\d.万亿千百元]))(?:[-−－]|(?<!减)负)$|[^\d.万亿千百元](?:[-−－]|(?<!减)负)$")
# what joins a rate to the change of it written right after ("…812元，比上年提高")
CHANGE_OF_PREV_RE = re.compile(r"[，,]?(?:比|较)(?:上年|去年|上一年|同期|上年同期)(?:分别)?(?:提高|增加|上调|增长)了?")
# the low end of a range, read backwards from a money match: 3000-6000元, 1000元至4000元
RANGE_LEFT_RE = re.compile(rf"(?P<n1>{NUM})(?P<m1>{MULT_RE})?(?P<y1>元)?\s*(?:-|－|—|–|~|～|至|到)\s*$")

FLOW_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in FLOW_WORDS))
# a flow word naming what goods or money are ("捐赠物资", "募集资金"), not moving them
GOODS_NOUN_AFTER_RE = re.compile(r"(?:的)?(?:物资|款物|资金|善款)")
RAISED_NOUN_AFTER_RE = re.compile(r"配捐|捐赠|捐款|善款|爱心款")
# a clause opening on a part of the figure before it
PART_LEAD_RE = re.compile(r"\s*(?:其中|含|包括)")
# the verb of a relative clause right before the amount ("…等渠道募集的400多万元"): the amount's own
OWN_VERB_RE = re.compile("(?:" + "|".join(f"(?P<{k}>{v})" for k, v in FLOW_WORDS) + r")(?:了|到)?的(?:[^，。；]{0,4})?$")
# 每人200元, 每户每月600元, 为每户困难家庭发放价值200元, 人均300元, 个人每月自付1500元,
# 每餐补贴3元 (a rate per meal, bed or visit is a person's; so is one per body, 每具遗体减免1000元, per case,
# 每例手术补助最高不超过3,000元, or per
# device or set handed to each, 每台设备价值280元)
# ... 向9800户困难家庭各发放1个价值300元 (各: each), 人次均救助水平1180元, 新生可获2000元助学金
PER_LEFT_RE = re.compile(r"(?:每(?P<u>人次|人|户|名|位|家|个家庭|家庭|餐|床|具|例|台|套|份|生|个(?:心愿|孩子|儿童|学生))|(?P<avg>人均|户均|人次均|户次均|次均)|(?P<ind>个人)(?=每)|"
                         # ("为每个城市低保家庭在取暖季节每月加发取暖费50元": each household, named after 每个)
                         r"每个[\u4e00-\u9fff]{1,8}?(?P<ku>家庭|户|老人|儿童|学生|孩子)|"
                         r"(?P<eu>户|家庭|人|名)[^\d，,；;。、]{0,8}各(?!类|种|项|地|级|界|方面))"
                         # (the old level of a standard raised, "由每人每年6,360元提高到", written with commas;
                         # a quoted name between, "每人发放“新春红包”600元"; goods before their value,
                         # "每户2吨、价值1,860元")
                         r"(?:每个?(?:[月年季次天餐周]|学期|学年|季度|[采供取]暖[期季]))?(?:(?!每)[\u4e00-\u9fff\d“”「」、]|(?<=\d)[,.](?=\d)"
                         r"|(?<=[\u4e00-\u9fff])每[月年季天周](?=[\u4e00-\u9fff])){0,14}$|"
                         r"(?P<get>可获得?|可领取?|可享受)[^，,。；;\d]{0,6}$")
# (a division slash may stand for the slash: "162元∕人、月")
PER_RIGHT_RE = re.compile(r"^\s*(?:/|／|∕|每)(?P<u>人次|人|户|名|位|家|餐|床|具|例)")
# so much to each of those counted right after it: "获5000元助学金的有40人"
GOT_BY_COUNT_RIGHT_RE = re.compile(r"^[^，,。；;\d]{0,8}的(?:学生|人员|对象|家庭)?(?:有|共有|共)\d")
PER_PERIOD_RIGHT_RE = re.compile(r"^\s*[/／∕]每?(?:月|年|季度?|学年|学期|天|日)")  # ("10000元/每学年")
GOODS = (r"物资|物品|慰问品|实物|衣物|棉被|棉衣|羽绒服|被褥|衣被|大米|面粉|食用油|米面油|礼包|年货|用品|药品|粮油|"
         r"取暖|煤炭|温暖包|书包|文具|书籍|图书|棉服|食品|牛奶|设备|辅具|辅助器具|轮椅|助听器|助行器|取暖器|电暖器")
# goods counted in pieces earlier in the sentence: "调拨棉被2000条、棉衣3500件，价值逾600万元",
# "筹集温暖包3920个，价值156万元"
ITEMS_RE = re.compile(rf"(?:{GOODS})|\d+(?:条|件|台|套|床|袋|箱|桶|吨|斤|份|个|只|双|盒|瓶|册)")
# (or spent, or so written in a list: "捐赠物资支出6344.41万元", "物资价值累计:1522739.6元")
INKIND_LEFT_RE = re.compile(rf"(?:{GOODS})(?:折款|折合|折价|价值|总价值|共计|合计|累计|总计|支出){{0,2}}(?:人民币)?[:：]?(?:约|近|超过|逾|超|达)?$")
# goods converted into money: "棉被1.2万床、棉衣8600件…，折款约186万元"
CONVERTED_LEFT_RE = re.compile(r"(?:折款|折价|折合(?:人民币)?(?:价值)?)(?:共计|合计|总计)?(?:约|近|超过|逾|超|达)?$")
# a clause that only totals: "每人送去价值260元的冬衣…，共计4.63万元" totals the goods
TOTAL_ONLY_RE = re.compile(r"\s*(?:共计|合计|总计)(?:约|近|超过|逾|超|达)?")
# the goods right after the amount ("1080万元冬令物资", "60万元的慰问品")
GOODS_RIGHT_NEAR_RE = re.compile(rf"(?:的)?[\u4e00-\u9fff]{{0,3}}?(?:{GOODS})")
# a clause that is a total alone ("共计60余万元"): of what the clause before names
TOTAL_ONLY_CLAUSE_RE = re.compile(r"\s*(?:共计|合计|总计|共|总价值?)(?:约|近|达|超过|逾|超)?\s*")
VALUE_LEFT_RE = re.compile(r"价值(?:约|近|将近|超过|逾|超|达|共计|总计|合计)?$")
# the value of goods listed before, however it is said ("…等捐赠物资，折价1,102.9万元")
GOODS_VALUE_LEFT_RE = re.compile(r"(?:价值|折价|折款|折合(?:人民币)?)(?:约|近|将近|超过|逾|超|达|共计|总计|合计)?$")
# (a charity's receipts are no one's income: "款物收入为9632.3万元", "慈善资金总收入12449.07万元")
# (nor is a whole government's budget civil-affairs money: "全市一般公共预算支出186.4亿元"; a department's is)
CARD_PER_RE = re.compile(r"每(?:人|户)每?(?:月|年|天|日)?|人均|户均|每餐|每次")  # a card's label naming a standard's unit (a meal's: a person's)
# a clause giving a level with no noun of its own: "…，2024年达到1398亿元"
SUBJECTLESS_LEVEL_RE = re.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?)?[已将]?(?:达到|达|为|突破|增至|增长到|增加到)(?:了)?(?:约|近|超过)?")
UNRELATED_RE = re.compile(r"(?<!款物)(?<!善款)(?<!资金)(?<!捐赠)(?<!募款)(?<!捐款)(?<!物品)(?<!资金总)(?<!款物总)(?<!募捐总)(?<!募捐)(?<!项目)(?<!活动)(?<!物资)(?<!款项)(?<!拨款)(?<!会费)(?<!本级)(?<!红会)(?<!折价)(?<!低)收入(?!家庭|群体|人口|户)|工资|薪酬|月薪|年薪|薪资|薪水|生产总值|GDP|全[省市县区州盟][^，。；]{0,6}一般公共预算(?:支出|收入)|营业|贷款|信贷|销售|销量|(?<!义)卖|市场价|市面上|每吨|售价|标价|价格|经济损失|损失|单价|票价|(?:车|机|船|门|硬座|卧铺)票(?:是|为)|房价|租金|利润|产值|市值|订单|外贸|出口额|纳税|缴税|税收|"
                          # what a diner pays at a canteen ("60-69岁的老人用餐费是12元"), not a subsidy
                          r"每斤|每公斤|一斤|(?:用|就)餐费(?:是|为)|"
                          # a budget's other heads ("其中社会保障和就业支出96.7亿元、教育支出142.3亿元、卫生健康支出…")
                          r"(?:教育|卫生健康|医疗卫生|科学技术|农林水|交通运输|城乡社区|住房保障|节能环保|文化旅游体育与传媒)支出|"
                          # business investment ("社会资本参与投资建设的…项目总投资达56亿元", "引进东部产业项目12个、到位投资2.6亿元")
                          r"社会资本[^，。；]{0,20}?投资|产业项目[^，。；]{0,12}?投资|招商引资|"
                          # the projects a work report counts ("新开工过亿元项目68个，完成投资312亿元", "固定资产投资")
                          r"完成投资|固定资产投资|"
                          # a company's capital ("委托人：…有限公司（注册资本5000万元）")
                          r"注册资本|实缴资本|"
                          # what shoppers spend ("举办年货大集，预计带动消费超过5000万元")
                          r"(?:带动|拉动|促进)消费|消费额|"
                          # a work report's economy ("社会消费品零售总额完成286.5亿元", "外贸进出口总额…")
                          r"零售|进出口")
# money invested in what other departments build, told after it
INVESTED_LEFT_RE = re.compile(r"投资$|投入$")
OTHER_BUILDING_AFTER_RE = re.compile(r"[^，。；]{0,8}?(?:新建|改建|扩建|改扩建|建设)[^，。；]{0,6}?(?:中小学|学校|幼儿园|医院|卫生院|道路|公路|桥梁|学位)")
EARNINGS_AFTER_RE = re.compile(r"(?:左右)?的?(?:月|年)?(?:收入|工资|薪水|薪酬)")
# a social insurance's fund ("城乡居民基本养老保险基金支出21.8亿元"): not civil-affairs money, whatever it pays
INSURANCE_FUND_RE = re.compile(r"(?:养老|医疗|失业|工伤|生育)保险基金|医保基金|理赔款|保险[^，,。；;\d]{0,10}?(?:理赔|赔付|赔款)")
# a charity's own income lines ("总会实现总收入5368.98万元", "投资收入462万元", "增值净收入105.67万元",
# "接收社会各界捐赠和收入共…"): what it received, not anyone's earnings
CHARITY_INCOME_RE = re.compile(r"(?:慈善|总会|基金会|红十字会?|慈善会|本会)[^，。；;]{0,16}?收入|财务总?收入|"
                               r"(?:投资|利息|增值|公益|其他|其它|捐赠和)[等净]?收入")
# the cash of the money raised, the money named in the clause before: "全年募集的款物中，现金收入3905.12万元"
RAISED_CASH_RE = re.compile(r"(?:募集|募得|筹集|接收|收到)[^，。；;]{0,8}?[，,]\s*(?:现金|资金|货币)收入$")
LIST_GAP_RE = re.compile(r"\s*[、和及与或]\s*")
STANDARD_RE = re.compile(STANDARD_WORDS)
# a monthly or yearly rate is a standard, not a one-off handout
PERIODIC_RE = re.compile(r"每[月年季天日]|按月|按年|/月|/年")
PERIODIC_AFTER_RE = re.compile(r"[^，。；]{0,3}?[/·每](?:人·)?[月年]")  # "784.6元/人·月"
LOTTERY_FUND_USE_RE = re.compile(r"使用[^，,。；;\d]{0,8}?(?:福彩|彩票|福利彩票)公益金")
# a table row naming a place or body before its amount: "1.临泉县：", "合计："
PLACE_ITEM_RE = re.compile(r"(?:^|\n)\s*(?:\d{1,2}[.．、])?[\u4e00-\u9fff（）()]{2,16}[：:]\s*$")
_CLAUSE_RE = re.compile(r"[^，,；;。！？!?\n]+")
MIXED_RE = re.compile(r"资金|现金|善款|款物|慰问金|(?<!折)款|补贴|补助")
PURCHASED_VALUE_RE = re.compile(r"(?:采购|购买|购置)了?[^，,。；;\d]{0,6}?价值(?:约|近)?$")
# money named for the goods it pays for: "1459万元取暖救助金", "…元取暖费"
CASH_AFTER_GOODS_RE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:金|费)(?!额)")
# an amount noted as goods: "200,000.00元（物资折价）"
INKIND_NOTE_RE = re.compile(rf"\s*[（(](?:{GOODS})(?:折价|折款|折合)?[）)]")
VALUED_PHRASE_RE = re.compile(r"[^。；;，,\n]{0,16}")  # what a 价值… figure is the value of
INKIND_RIGHT_RE = re.compile(rf"^(?:的)?[^。；;，,\n]{{0,14}}?(?:{GOODS})")


@dataclass
class Fund:
    start: int
    end: int
    text: str
    amount: float
    qualifier: str
    per: str | None
    flow: str
    in_kind: bool
    region: Region
    # why a table's cell may not be added, known from where it stands (unit_tables): "change" in a
    # column of last year's figures, "part" in a row under the table's total
    table_reason: str | None = None


# a giver that is no government: a firm, a body of members, a person
DONOR_BEFORE_RE = re.compile(r"公司|集团|企业|商会|银行|协会|爱心人士|先生|女士|个人")
FIRM_OPENING_RE = re.compile(r"\s*[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司|集团|商会)")


def _flow(ctx: StoryContext, start: int, end: int, total: bool, prev_flow: str | None = None) -> str:
    """Flow verb governing the amount at ``start``.

    1. the first flow verb of its own clause (the clause's main verb);
    2. else the first one in the following clauses of the sentence, unless a
       clause with its *own* verb and amount comes first ("提高到每人每月90元和100元，
       全年累计发放…12.6亿元": the 发放 belongs to 12.6亿元);
    3. else, for totals only, the flow of the previous amount of the sentence
       ("安排…资金58.6亿元，比上年增加3.2亿元"), or its first verb.  A
       standard being set (提高到每人每月800元) or a per-person rate with no verb
       of its own stays ``other``.
    """
    text = ctx.text
    left = clause_before(text, start)
    m = FLOW_RE.search(left)
    standard = STANDARD_RE.search(left)
    if standard and (m is None or m.start() < standard.start()):
        s_start = ctx.seg.sentence(start)[0]
        handout = [v for v in FLOW_RE.finditer(text, s_start, start - len(left)) if v.lastgroup == "disbursed"]
        handout = handout or HANDOUT_STANDARD_RE.search(text, s_start, start)
        periodic = PERIODIC_RE.search(left) or PERIODIC_AFTER_RE.match(text, end)
        if handout and not periodic and not CHANGE_LEFT_RE.search(left):
            # a one-off handout's rate ("发放一次性生活补贴，标准为每人200元", "慰问标准为：每户500元")
            return "disbursed"
        return "other"  # a standard being set ("补贴分别提高到每人每月90元"), no transfer
    if m:
        own = OWN_VERB_RE.search(left)
        if own is None and total and prev_flow and m.group() == "救助" and PART_LEAD_RE.match(left):
            return prev_flow  # "…调拨…1260万元，其中用于…生活救助860万元": what it is for, its whole's flow
        verb = own or m
        if verb.group() in ("获得", "收到") and RAISED_NOUN_AFTER_RE.search(left, verb.end()):
            return "raised"  # "获得腾讯项目配捐2700多万元": a charity receiving gifts, not anyone paid
        if verb.group().startswith("出资") and verb.lastgroup == "allocated" and (
                DONOR_BEFORE_RE.search(left, 0, verb.start()) or FIRM_OPENING_RE.match(text, ctx.seg.sentence(start)[0])):
            # "杭州娃哈哈集团有限公司今年继续出资1000万元": a firm's gift, no budget (its name may open the sentence,
            # the gift a later clause: "某智能装备有限公司今年首次参与企业配捐，一次性出资80万元")
            return "raised"
        return verb.lastgroup or "other"
    s_start, s_end = ctx.seg.sentence(start)
    if total and LOTTERY_FUND_USE_RE.search(text, ctx.seg.paragraph(start)[0], start):
        # a lottery fund's use ("省本级共使用福彩公益金1.86亿元。其中，用于养老服务体系建设8650万元"): money put to
        # programmes, as the annotated sets type it, not paid to anyone
        return "allocated"
    if GOODS_VALUE_LEFT_RE.search(left.rstrip()[-8:]) and ITEMS_RE.search(text, s_start, start - len(left)):
        # the value of goods listed before it ("调拨棉被5000床、棉大衣3000件，价值约216万元，确保…
        # 发放到位"): the verb that moved those goods
        verbs = list(FLOW_RE.finditer(text, s_start, start - len(left)))
        # (not a word naming the goods: "拨付棉衣、棉被等捐赠物资，折价…" moved them by 拨付)
        moved = [v for v in verbs if not GOODS_NOUN_AFTER_RE.match(text, v.end())] or verbs
        if moved:
            return moved[-1].lastgroup or "other"
    if COPULA_LEFT_RE.fullmatch(left):
        # "…项目筹款最多，达612.4万元，将为…提供…": the clause before says what the money did
        prev_clause = clause_before(text, start - len(left) - 1)
        verb = None
        for verb in FLOW_RE.finditer(prev_clause):
            pass
        if verb is not None:
            return verb.lastgroup or "other"
    if total and prev_flow and PART_LEAD_RE.match(left):
        return prev_flow  # "…捐赠共计46.8万元，其中现金28万元、物资折款18.8万元": its whole's flow
    if CHANGE_LEFT_RE.search(left) and prev_flow:
        return prev_flow  # "安排…286.4万元，比去年增加23.5万元": the same money's verb
    books = _books_side(ctx, start)
    if books is not None:
        return books  # "（一）收入情况" … "(3)合作项目资金274.61万元": the side of the books it is listed under
    for clause in _CLAUSE_RE.finditer(text, end, s_end):
        verb = FLOW_RE.search(clause.group())
        amount = MONEY_RE.search(clause.group())
        if verb and amount and verb.start() < amount.start():
            break
        if verb:
            return verb.lastgroup or "other"
    # a total, or a rate of a handout ("为86户送去年货包，每户价值300元"), takes the
    # nearest verb before it in the sentence; a standard being set stays "other"
    set_standard = STANDARD_RE.search(text, s_start, end) and not HANDOUT_STANDARD_RE.search(text, s_start, end)
    if total or not (set_standard or PERIODIC_RE.search(left)):
        last = None
        for last in FLOW_RE.finditer(text, s_start, start):
            pass
        if last is not None and (total or last.lastgroup == "disbursed"):
            return last.lastgroup or "other"
        if not total and VISIT_RE.search(text, s_start, start):
            return "disbursed"  # "慰问困难家庭4500户，每户800元": what each visited household is given
        if total and prev_flow:
            return prev_flow
        if total:
            # a sum with no verb anywhere ("慰问金总计9万元", "1月份资金6620万元") is money
            # handed out: every verbless total of the annotated sets is disbursed
            return "disbursed"
    return "other"


# a section of a financial report headed by its side of the books: "（一）收入情况", "二、支出情况"
BOOKS_HEADING_RE = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?[^，,。；;\d]{0,10}?(?P<side>收入|支出)(?:情况|明细)?\s*")
BOOKS_SIDE = {"收入": "raised", "支出": "disbursed"}
BOOKS_HEADING_PARAGRAPHS = 6


def _books_side(ctx: StoryContext, start: int) -> str | None:
    """The flow of a verbless amount listed under a heading naming its side of the books."""
    heading = ctx.heading_above(start, BOOKS_HEADING_PARAGRAPHS)
    m = BOOKS_HEADING_RE.fullmatch(heading) if heading is not None else None
    return BOOKS_SIDE[m.group("side")] if m else None


# the last 标准 of the clause, with only its verb and figures of the same standard after it
# (or a limit: "先行救助额度由1,000元提高到2,000元")
# (not a fund's quota, "福彩公益金控制使用额度为14302万元": a level of money, nobody's rate)
STANDARD_NO_UNIT_RE = re.compile(r"(?:标准|(?<!使用)(?<!资金)(?<!总)(?<!年的)(?<!年度)额度|限额|封顶线)(?:[^共合总计金额资费款，,；;。]|(?<=\d),(?=\d)){0,16}$")


# the 亿 part of an amount written in two units ("1亿3200万元", "2亿零500万元", "3亿5千万元")
# the higher units of one amount written before its last part: "1亿3200万元", "9166万7040元",
# "3亿5280万5962元" (a Taiwan or Hong Kong page's full figure)
HIGHER_UNITS_BEFORE_RE = re.compile(rf"(?<![\d.,{CN_DIGITS}亿万])(?:(?P<yi>\d+|[{CN_DIGITS}]+)亿零?)?"
                                    rf"(?:(?<![\d.,{CN_DIGITS}])(?P<wan>\d+|[{CN_DIGITS}]+)万零?)?\Z")
HIGHER_UNITS_CHARS = 16
# the units that may stand before a last part of each multiplier
HIGHER_UNITS = {None: ("yi", "wan"), "": ("yi", "wan"), "千": ("yi", "wan"), "万": ("yi",), "十万": ("yi",),
                "百万": ("yi",), "千万": ("yi",)}
# a Chinese numeral holding 亿 before a smaller multiplier: "三亿八百七十六万元" is 3亿 + 876万
YI_INSIDE_RE = re.compile(rf"(?P<yi>[{CN_DIGITS}]+)亿零?(?P<rest>[{CN_DIGITS}]+)$")
CAP_WORD_RE = re.compile(r"最高|最多")  # of the clause, before the amount
CAP_WORD_CHARS = 6
# (or a single project's: "单个项目经费不超过10万元")
SINGLE_LEFT_RE = re.compile(r"单户|单人|单次|同一家庭|同一户|单个(?:项目|村|社区|机构|单位)|单支(?:基金)?")
SINGLE_HOUSEHOLD_RE = re.compile(r"单户|同一家庭|同一户")
GROUP_RECEIVES_RE = re.compile(r"(?P<who>对象|人员|群体|群众|老人|儿童|家庭|户)(?:将|可|均|都|还|还将|也将|每月|每年)*"
                               r"(?:领到|领取|获得|享受到?|得到)[^，,。；;\d]{0,16}$")
TOTAL_WORD_RE = re.compile(r"共|合计|总计|累计|资金|总额")
BY_SUM_LEFT_RE = re.compile(r"(?<![共总])按(?:照)?$")
BY_SUM_RIGHT_RE = re.compile(r"(?:的标准)?(?:发放|给予|补助|补贴|救助|资助|慰问)")


def _per(left: str, right: str, sentence_left: str = "") -> str | None:
    if PAID_BY_STANDARD_RE.search(left):
        return None  # "按每人每年50元标准支出214万元": the total paid by the rate before it
    m = PER_LEFT_RE.search(left[-24:])
    if m and RATE_THEN_TOTAL_RE.search(left[-24:], m.start()):
        m = None  # the rate, then the total it paid: "标准为每户300元共计412.65万元" (a post's lines joined unpunctuated)
    u = None
    if m:
        u = m.group("u") or m.group("eu") or m.group("ku") or ("户" if m.group("avg") in ("户均", "户次均") else "人")
    else:
        r = PER_RIGHT_RE.match(right)
        u = r.group("u") if r else ("人" if GOT_BY_COUNT_RIGHT_RE.match(right) else None)
    if u is None and (one := ONE_EACH_LEFT_RE.search(sentence_left or left)):
        u = one.group("u")  # "送到1500户…手中，每户一份，价值260元": the worth of each one's share
    if u is None and SINGLE_LEFT_RE.search(left):
        # a cap on one payment: "单户单次5000元以内", "对同一家庭单次救助金额原则上不超过1.2万元", "单人最高救助2万元"
        return "household" if SINGLE_HOUSEHOLD_RE.search(left) else "person"
    if u is None:
        # a standard named with no unit ("农村低保标准从年标准1680元提高到2760元", "供养标准为人年
        # 6240元") is a person's: the unit is said only when it is a household's
        # ("按每户1,600元的标准发放取暖补助2,992万元": a verb after 标准 pays the total by it)
        standard = STANDARD_NO_UNIT_RE.search(left)
        if standard and not FLOW_RE.search(standard.group(), 2):
            return "person"
        # so much a month or a year with no one named ("特困人员基本生活费分别提高到962元/月"): a
        # standard, a person's as above
        if PER_PERIOD_RIGHT_RE.match(right):
            return "person"
        # paid by a sum ("对其家属按10000元发放抚慰金"): what each one gets, not the total paid
        if BY_SUM_LEFT_RE.search(left) and BY_SUM_RIGHT_RE.match(right):
            return "person"
        # what each of a group named with no count receives ("城市低保、特困人员…救助对象将领到年终一次性
        # 生活补贴800元", "困难群体还将领到100元的春节过节费"): each member's, not the group's total
        receives = GROUP_RECEIVES_RE.search(left)
        if receives and not TOTAL_WORD_RE.search(receives.group()):
            return "household" if receives.group("who") in ("家庭", "户") else "person"
        return None
    if u in EACH_ITEM_UNITS:
        # so much a device or set, one to each recipient: theirs ("为其中312户…安装…报警器，每套价值约260元")
        recipients = RECIPIENTS_RE.findall(sentence_left or left)
        u = recipients[-1] if recipients else "人"
    return "household" if u in ("户", "家", "个家庭", "家庭") else "person"


# one piece to each, then its worth past a pause ("每户一份，价值260元")
ONE_EACH_LEFT_RE = re.compile(r"每(?P<u>人|户|名|位|家)[^，,。；;\d]{0,4}?一(?:份|个|套|袋|箱|件|桶|张|床|条)[，,]\s*"
                              r"(?:价值|折合|约值)(?:约|近)?$")
# a rate's own figure, then a word of the total after it
RATE_THEN_TOTAL_RE = re.compile(r"\d[\d,.]*万?元[^\d，,。；;]{0,4}?(?:共计|合计|总计|累计|共)[^\d，,。；;]{0,6}$")
# a rate's figure, then 标准 and the verb paying the total by it
PAID_BY_STANDARD_RE = re.compile(r"每[^，,。；;\d]{0,6}\d[\d,.]*万?元的?标准[^，,。；;\d]{0,2}(?:支出|发放|拨付|下拨|安排|投入|资助|补助|救助|给予)"
                                 r"[^，,。；;\d]{0,8}$")
EACH_ITEM_UNITS = ("台", "套", "份")
RECIPIENTS_RE = re.compile(r"\d[\d,.]*万?(户|家|人|名|位)(?!次)")


# a clause that only gives the figure ("达612.4万元"): the verb is in the clause before
COPULA_LEFT_RE = re.compile(r"\s*(?:已|共|总共|累计)?(?:达到?|为|计|是)(?:约|近|超过|逾|超)?\s*")
# the standard of a visit's gift is what each one visited is handed ("慰问标准为：低保家庭每户500元")
HANDOUT_STANDARD_RE = re.compile(r"慰问(?:金)?标准")
RANGE_RECIPIENT_CHARS = 40
RANGE_LIST_CHARS = 40  # the rest of a range or a list of amounts after its first one
# a range given as so much to each ("视情给予1000元至3000元不等的一次性慰问"): the rest of it after its low end
# (or a list of them: "获2000元、3000元、5000元、10000元不等额度助学金")
RANGE_VARIES_RE = re.compile(rf"(?:\s*(?:-|－|—|–|~|～|至|到|、|和)\s*{NUM}(?:{MULT_RE})?元)*不等")
# one amount to each of several ("分别送上1000元"; not "分别为120万元、80万元", a list of amounts)
EACH_BEFORE_RE = re.compile(r"分别(?:送上|送去|送来|发放|给予|获得|资助|奖励|补助)了?[^，,。；;\d]{0,4}$")
GIVEN_TO_RE = re.compile(r"为[^，,。；;]{0,40}?(?:户|人|名|位|老人|儿童|家庭|对象|群众)")
ANOTHER_AMOUNT_RE = re.compile(rf"[^，,。；;\d]{{0,6}}?[、和及与]\s*{NUM}")
# ... to whom: the last recipient named before it in the sentence
RANGE_RECIPIENT_RE = re.compile(r"(?P<household>家庭|户)|(?P<person>人员|对象|群众|老人|儿童|学生|患者|患儿|残疾人|[人名])")


# what one may be given, a standard ("对…陷入困境的家庭，可先行给予1000元至5000元的救助"): each one's (a range's
# ends both stand after the verb)
MAY_GIVE_RE = re.compile(r"可(?:先行)?(?:给予|发放|获得|领取)[^，,。；;\d]{0,4}$")


def _per_of_range(before: str, right: str) -> str | None:
    """A range of amounts that varies ("不等") is what each recipient gets: a rate per the
    household or person the sentence names before it (none named: no rate); so is one amount
    given to each of them ("为他们分别送上1000元慰问金"), and what one may be given ("可先行给予1000元至5000元")."""
    # (a list of amounts after 分别 is one for each of the groups given to: "为37名百岁老人和412名…老人
    # 分别送上慰问金1000元和300元"; given by several, it is their sums: "两家企业分别捐赠100万元和50万元")
    each = EACH_BEFORE_RE.search(before)
    if not (RANGE_VARIES_RE.match(right) or MAY_GIVE_RE.search(before)
            or (each and (not ANOTHER_AMOUNT_RE.match(right) or GIVEN_TO_RE.search(before, 0, each.start())))):
        return None
    last = None
    for last in RANGE_RECIPIENT_RE.finditer(before):
        pass
    return last.lastgroup if last else None


def _in_kind(left: str, right: str, sentence_before: str) -> bool:
    left = left.rstrip()
    # an item of a list names its own kind: "其中现金28万元、物资折款18.8万元" (the 现金 and the
    # 物资 are two items, not money and goods together)
    clause = re.split(r"[，,；;。]", left[left.rfind("元") + 1:])[-1]
    if any(c.isdigit() for c in clause[:clause.rfind("、") + 1]):
        clause = clause[clause.rfind("、") + 1:]  # (an item of a list of amounts: "慰问金12.6万、慰问品折款3.2万元")
    left = left[max(left.rfind("、"), left.rfind("元")) + 1:]
    if PURCHASED_VALUE_RE.search(clause):
        return True  # "用募集的善款采购了价值20万元的米、面…": the goods the money bought
    # (nor is a list of goods: "发放慰问金和米、油、面、糖果等慰问物资22万元" names money too, in its clause)
    if MIXED_RE.search(left) or MIXED_RE.search(clause):
        return False  # money and goods together (款物, 资金和物资) is not in-kind
    if INKIND_LEFT_RE.search(left[-12:]) or INKIND_NOTE_RE.match(right):
        return True
    near = GOODS_RIGHT_NEAR_RE.match(right)
    if near and not MIXED_RE.search(near.group()) and not MIXED_RE.match(right, near.end()) \
            and not CASH_AFTER_GOODS_RE.match(right, near.end()) and not FLOW_RE.search(near.group()):
        # "发放1080万元冬令物资": the sum of the goods it names (not "500元取暖补贴", money for
        # heating, nor "…元发放取暖补助", a verb before the goods)
        return True
    if CONVERTED_LEFT_RE.search(left[-10:]) or TOTAL_ONLY_CLAUSE_RE.fullmatch(left):
        # (or a clause of the total alone after the goods: "送去各类生活物资和慰问品，共计60余万元")
        # "送去棉被和慰问金，户均折款约800元": both, told in the clause before; not "共接收捐赠款物
        # 1286.45万元，其中货币捐赠…，物资捐赠折价184.15万元", whose whole is told further back
        before = sentence_before.rstrip()
        previous_clause = re.split(r"[，,；;]", before[:len(before) - len(left)].rstrip("，,；;"))[-1]
        if TOTAL_ONLY_CLAUSE_RE.fullmatch(left) and not ITEMS_RE.search(previous_clause):
            return False
        return not MIXED_RE.search(previous_clause)
    if not VALUE_LEFT_RE.search(left[-6:]):
        return False
    if MIXED_RE.search(VALUED_PHRASE_RE.match(right).group()):
        return False  # "价值120多万元的慰问品和慰问金": goods and money together
    # 价值…的物资 (价值…的 anything: "价值500元的“博爱温暖包”"; money is not valued), or 价值…
    # after a list of goods in the same sentence
    return bool(INKIND_RIGHT_RE.match(right) or right.startswith("的") or ITEMS_RE.search(sentence_before))


def _row(ctx: StoryContext, start: int, end: int, amount: float | None, qual: str,
         amt_start: int | None = None, prev: Fund | None = None, table_flow: str | None = None) -> Fund | None:
    if not amount:  # None, or a zero (a number that is no amount)
        return None
    text = ctx.text
    a0 = start if amt_start is None else amt_start
    left = clause_before(text, a0, 30)
    unrelated = None
    for unrelated in UNRELATED_RE.finditer(left):
        pass
    if unrelated is None and SUBJECTLESS_LEVEL_RE.fullmatch(left):
        # a clause with no noun of its own says the level of the clause before's ("地区生产总值年均增长5.8%，2024年
        # 达到1398亿元")
        before = clause_before(text, max(0, a0 - len(left) - 1), 30)
        if UNRELATED_RE.search(before) and not FLOW_RE.search(before):
            return None
    # prices, incomes, output: not civil-affairs money; unless money moves after that word
    # ("通过销售福利彩票筹集福彩公益金7.18亿元")
    if unrelated is not None and not FLOW_RE.search(left, unrelated.end()) \
            and not (unrelated.group() == "收入" and (CHARITY_INCOME_RE.search(left)
                                                     or RAISED_CASH_RE.search(text, ctx.seg.sentence(a0)[0], a0))):
        return None
    if INVESTED_LEFT_RE.search(left) and OTHER_BUILDING_AFTER_RE.match(text, end):
        return None  # "投资5.2亿元新建改扩建中小学、幼儿园11所": schools, roads, not civil-affairs money
    if INSURANCE_FUND_RE.search(left) or EARNINGS_AFTER_RE.match(text, end):
        return None  # (or someone's earnings told after the figure: "每月能有1800元左右的收入")
    right = text[end:end + 16]
    # a figure card, the amount (or a range) alone on its line: its label on the next says what it is ("1156元" /
    # "城市低保标准（每人每月）", "100—500元" / "高龄长寿补贴每人每月标准": standards, each one's)
    label = card_label(text, a0)
    card_label_text = text[label[0]:label[1]] if label else None
    table_flow = table_flow or _listing_flow(text, a0)
    s_start, _ = ctx.seg.sentence(a0)
    card_per = CARD_PER_RE.search(card_label_text) if card_label_text else None
    per = ("household" if card_per and "户" in card_per.group() else "person" if card_per else None) \
        or _per(left, right, text[s_start:a0]) or _per_of_range(text[max(s_start, a0 - RANGE_RECIPIENT_CHARS):a0],
                                             text[end:end + RANGE_LIST_CHARS])
    if per is None and prev is not None and prev.per is not None and prev.end > s_start \
            and (RATE_LIST_ITEM_RE.fullmatch(text, prev.end, a0) or RAISED_TO_RE.fullmatch(text, prev.end, a0)):
        # the next item of a list of rates ("学生可获1000元助学金、高中生2000元、本科生4000元",
        # "每人每月80元、90元"): what each of another group gets
        per = prev.per
    prev_flow = table_flow or (prev.flow if prev is not None and prev.end > s_start else None)
    if prev_flow is None and prev is not None and (PLACE_ITEM_RE.search(text[s_start:a0])
                                                   or PART_LEAD_RE.match(text, s_start)):
        # a row of a table of places under a total ("1.临泉县：486万元，慰问12150户"), or a
        # sentence of parts ("…共筹措慰问资金1.62亿元。其中，市本级1100万元，…"): the total's verb
        prev_flow = prev.flow
    in_kind = _in_kind(left, right, text[s_start:a0]) or (
        prev is not None and prev.end > s_start and prev.in_kind and prev.per is not None
        and TOTAL_ONLY_RE.fullmatch(left) is not None)
    return Fund(start, end, ctx.body[start:end], amount, qual, per, _flow(ctx, a0, end, per is None, prev_flow),
                in_kind, _region(ctx, start, left))


# a standard raised from one level to the next ("由每人每年6,000元提高到6,360元"): the new level is a rate too
RAISED_TO_RE = re.compile(r"(?:提高|提升|上调|调整|增加|增)(?:到|至|为)(?:不低于|不少于)?")  # ("…提高到不低于196元")
# between two items of a list: the first one's noun, 、, the next one's group ("助学金、高中生")
# (or "和" after a note on the first: "每人每月640元（城市）和440元（农村）")
# (or the goods given with it, by their worth: "每户困难群众送上慰问金1000元和价值300元的年货礼包")
RATE_LIST_ITEM_RE = re.compile(r"[^\d，,；;。、]{0,6}、[^\d，,；;。、]{0,8}|\s*[（(][^（）()\d]{1,6}[）)]\s*(?:和|及|、)"
                               r"|[^\d，,；;。、]{0,6}(?:和|及|以及|[，,]\s*(?:并|还|同时)(?:送去|送上|赠送|配发|发放)?)\s*"
                               r"(?:一份|一个|一套)?(?:价值|折合)(?:约|近)?")
# the sum line of a table of places ("合计58,600万元", "全区合计：…")
TABLE_SUM_RE = re.compile(r"(?:^|[\s|｜，,：:元])(?:合计|总计)[：:]?\s*$")


def _region(ctx: StoryContext, start: int, left: str) -> Region:
    """Where the amount is: a table's sum line is none of its rows' places but the region
    the table covers (the place named before the table's first row is no help: the
    story's own region, at province level when the rows are the province's cities)."""
    region = ctx.region_at(start)
    if region.city and TABLE_SUM_RE.search(left) and region.city != ctx.city:
        return Region(region.province, ctx.city if ctx.city and ctx.province == region.province else None, None)
    return region


def _higher_units(text: str, start: int, mult: str | None) -> tuple[int, float] | None:
    """Where the higher units of the amount whose last part starts at ``start`` begin, and
    their value ("1亿3200万元": 1亿 before 3200万元), or None."""
    m = HIGHER_UNITS_BEFORE_RE.search(text, max(0, start - HIGHER_UNITS_CHARS), start)
    allowed = HIGHER_UNITS.get(mult, ())
    if m is None or not (m.group("yi") or m.group("wan")) or any(m.group(g) for g in ("yi", "wan") if g not in allowed):
        return None
    value = sum((parse_number(m.group(g)) or 0) * MULT[unit] for g, unit in (("yi", "亿"), ("wan", "万")) if m.group(g))
    return m.start(), value


def extract_funds(ctx: StoryContext) -> list[Fund]:
    text = ctx.text
    out: list[Fund] = []
    # (a match of MONEY_NO_YUAN_RE opens on its noun: the amount starts at its number)
    matches = sorted([*MONEY_RE.finditer(text), *MONEY_NO_YUAN_RE.finditer(text)], key=lambda m: m.start("num"))
    for m in matches:
        num, start = m.group("num"), m.start("num")
        if num[:1] == "零" and num[1:2].isdigit():
            num, start = num[1:], start + 1  # "2亿零500万元": the 零 joins the two units
        if not valid_number(num, m.group("mult")):
            continue
        if start > 0 and text[start - 1] in "第":
            continue
        window = max(0, start - 24)
        left = RANGE_LEFT_RE.search(text, window, start)
        if left:
            # a range: low end at_least, high end at_most; the low end inherits the
            # multiplier only when it is written bare (3-5万元), not with its own 元 (2000元至1万元)
            lo_start = left.start()
            lo_end = left.end("y1" if left.group("y1") else ("m1" if left.group("m1") else "n1"))
            mult = left.group("m1") if left.group("y1") else (left.group("m1") or m.group("mult"))
            lo = money_value(left.group("n1") + (mult or "") + "元", left.group("n1"), mult)
            if out and out[-1].start == lo_start:
                out.pop()  # the low end (written with 元) was already read as a single amount
            for row in (_row(ctx, lo_start, lo_end, lo, "at_least", amt_start=lo_start),
                        _row(ctx, start, m.end(), money_value(text[start:m.end()], num, m.group("mult")), "at_most",
                             amt_start=lo_start)):
                if row:
                    out.append(row)
            continue
        higher = _higher_units(text, start, m.group("mult"))
        if higher:
            start = higher[0]  # "1亿3200万元", "3亿5千万元", "9166万7040元": the units of one amount
        pre = prefix_before(text, start)
        span_start = start - len(pre) if pre else start
        inside = YI_INSIDE_RE.match(num) if m.group("mult") in HIGHER_UNITS and m.group("mult") else None
        if higher:
            # (jionlp misreads these: 1亿3200万元 -> 232,050,000)
            amount = higher[1] + (scaled(num, m.group("mult")) or 0)
        elif inside:
            amount = (parse_number(inside.group("yi")) or 0) * MULT["亿"] + (scaled(inside.group("rest"), m.group("mult")) or 0)
        else:
            amount = money_value(text[span_start:m.end()], num, m.group("mult"))
        if amount is not None and not pre and MINUS_BEFORE_RE.match(text, max(0, start - 2), start):
            span_start, amount = start - 1, -amount  # "结余-5万元": a deficit keeps its sign
        qual = qualifier(pre, m.group("q1"), m.group("q2"), m.group("suf"))
        if qual == "exact" and CAP_WORD_RE.search(clause_before(text, start, CAP_WORD_CHARS)):
            qual = "at_most"  # "单人最高救助2万元": a cap (not "筹款最多，达612.4万元": the most raised)
        row = _row(ctx, span_start, m.end(), amount, qual, amt_start=start, prev=out[-1] if out else None)
        if row:
            prev = out[-1] if out else None
            if prev is not None and row.per is None and LIST_GAP_RE.fullmatch(text[prev.end:row.start]):
                # "每人每月200元、600元、1200元": later items share the first one's unit and verb
                row.per, row.flow = prev.per, prev.flow
            elif prev is not None and row.per is None and prev.per and CHANGE_OF_PREV_RE.fullmatch(
                    text, prev.end, row.start):
                row.per = prev.per  # "标准为每人每月812元，比上年提高36元": a change of a rate is per person
            out.append(row)
    tables = _table_cells(ctx)
    found = {(f.start, f.end) for f in out + tables}
    tables += [f for f in _unit_column_funds(ctx) if (f.start, f.end) not in found]
    return sorted(out + tables, key=lambda f: f.start) if tables else out


def _unit_column_funds(ctx: StoryContext) -> list[Fund]:
    """The money of a statistics table with a unit column ("城乡低保资金支出　万元　98,600　101,250"):
    the row's label is its verb."""
    out = []
    for cell in unit_column_cells(ctx.text):
        if cell.per is not None:
            # a standard ("城市低保平均标准　元/人·月　720"): a rate, no money moved
            fund = _row(ctx, cell.start, cell.end, cell.value, "exact", table_flow="other")
            if fund:
                out.append(replace(fund, per=cell.per, flow="other"))
            continue
        if not cell.money:
            continue
        verb = FLOW_RE.search(cell.label)
        fund = _row(ctx, cell.start, cell.end, cell.value, "exact", table_flow=verb.lastgroup if verb else None)
        if fund:
            out.append(replace(fund, table_reason=cell.reason))
    return out


LISTING_ROW_RE = re.compile(LISTING_ROW_WORDS)
LISTING_HEAD_LINES = 2  # the header and the caption above a list of givers
LIST_ITEM_CHARS = 40  # a short item of a list on a line of its own
LIST_ITEM_MARK_RE = re.compile(r"\s*[▶►•·●◆■□▪➢➤\-—]")


def _listing_flow(text: str, pos: int) -> str | None:
    """The verb of the header or caption above the row of a list that ``pos`` stands in, the
    row having none of its own: a list of givers ("部分捐赠单位名单" / "序号　单位名称　捐赠金额",
    then "1　某某集团有限公司　500,000.00元"), or short items under a line introducing them
    ("此次资金按…分配，具体为：" then "▶汉滨区1,020万元；")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end

    def is_row(s: int, e: int) -> bool:
        return bool(LISTING_ROW_RE.fullmatch(text, s, e)
                    or (e - s <= LIST_ITEM_CHARS and LIST_ITEM_MARK_RE.match(text, s) and not FLOW_RE.search(text, s, e)))

    if not is_row(start, end):
        return None
    for _ in range(MAX_TABLE_ROWS):  # up past the rows above
        if start == 0:
            return None
        prev = text.rfind("\n", 0, start - 1) + 1
        if not is_row(prev, start - 1):
            break
        start = prev
    for _ in range(LISTING_HEAD_LINES):
        if start == 0:
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        verb = FLOW_RE.search(text, prev, start - 1)
        if verb:
            return verb.lastgroup
        start = prev
    return None


# a table under its unit line (lexicon.TABLE_UNIT_WORDS); its caption's verb ("…资金分配表") is every row's
# (or the sentence ending a paragraph: "…。主要捐赠明细如下（单位：元）：")
TABLE_UNIT_RE = re.compile(rf"(?:^|(?<=[。；;])){TABLE_CAPTION_WORDS}{TABLE_UNIT_WORDS}\s*$", re.M)
TABLE_ROW_RE = re.compile(rf"{TABLE_ROW_NOTE_WORDS}\s*$")
MAX_TABLE_ROWS = 200


RATE_CELL_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# a row of a table of standards: its place or group, then its figures ("南湖区　1126　1190"; after its number,
# "1　铁西区　724　760")
RATE_ROW_RE = re.compile(r"(?:\d{1,3}[ \t\u3000]*)?[^\d\n]{2,20}?(?P<num>\d[\d,]*(?:\.\d+)?)"
                         r"(?:[ \t\u3000]+\d[\d,]*(?:\.\d+)?){0,6}[ \t\u3000]*")
EXTRA_CELL_RE = re.compile(r"\s+(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d%％.])")


def _cells_after(ctx: StoryContext, row: re.Match, end: int, first: float | None, mult: str,
                 flow: str) -> list[Fund]:
    """The further figures of a row whose first figure is their sum ("双塔区　86　69　17" under
    合计 中央资金 省级资金): amounts of the same unit; otherwise they are counts or shares."""
    cells = list(EXTRA_CELL_RE.finditer(ctx.text, row.end("num"), end))
    values = [parse_number(c.group(1)) for c in cells]
    if len(cells) < 2 or first is None or None in values or abs(sum(values) - first) > 0.01 * first + 0.01:
        return []
    out = []
    for c, v in zip(cells, values):
        cell = _row(ctx, c.start(1), c.end(1), v * MULT[mult], "exact", table_flow=flow)
        if cell:
            out.append(cell)
    return out


def _table_cells(ctx: StoryContext) -> list[Fund]:
    text = ctx.text
    out: list[Fund] = []
    for unit in TABLE_UNIT_RE.finditer(text) if "单位" in text else ():  # (a cheap look first)
        # the line above the unit line, or the caption the unit ends
        caption = text[max(0, text.rfind("\n", 0, max(0, unit.start() - 1)) + 1):unit.start("mult")]
        verb = FLOW_RE.search(caption)
        pos, rows = unit.end() + 1, 0
        while pos < len(text) and rows < MAX_TABLE_ROWS:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = (RATE_ROW_RE if unit.group("per") else TABLE_ROW_RE).fullmatch(text, pos, end)
            if row is None and rows:
                break  # the table ends at its first line that is no row (its header comes before)
            if row is not None and unit.group("per"):
                # a table of standards ("单位：元/人·月": "南湖区　1126　1190", before and after): each cell a rate
                per = "household" if unit.group("per") == "户" else "person"
                for m in RATE_CELL_RE.finditer(text, row.start("num"), end):
                    cell = _row(ctx, m.start(), m.end(), parse_number(m.group()), "exact", table_flow="other")
                    if cell:
                        out.append(replace(cell, per=per, flow="other"))
                rows += 1
            elif row is not None:
                num = row.group("num")
                amount = parse_number(num)
                cell = _row(ctx, row.start("num"), row.end("num"), amount and amount * MULT[unit.group("mult")],
                            "exact", table_flow=verb.lastgroup if verb else None)
                if cell:
                    out.append(cell)
                    out.extend(_cells_after(ctx, row, end, amount, unit.group("mult"), cell.flow))
                rows += 1
            elif pos - unit.end() > 80:
                break  # no row under the unit line
            pos = end + 1
    return out
