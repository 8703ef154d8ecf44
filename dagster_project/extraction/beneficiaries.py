"""Counts of people / households / person-times who receive help.

A count (``1667户``, ``14.5万名``, ``近15000人次``) is a beneficiary only when the
noun it counts is a group being helped.  The noun is read after the count
(``257名孤儿…``) or, if nothing follows, before it (``困难群众46万多户``, after the
last verb: ``走访慰问困难群众3955户``).  Staff, volunteers, officials,
organisations, facilities and places are vetoed.  When the noun is generic
(``人员``, ``群众``) or missing, the count is kept only if a relief verb governs
it, and the category comes from the context (the sentence, then the
paragraph's topic sentence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import NUM_FAST, prefix_before, qualifier, scaled, valid_number
from .context import Region, StoryContext
from .lexicon import CARD_LABEL_CHARS as CARD_LABEL_LINE_CHARS
from .lexicon import (ATTENDING_AFTER_RE, BREAKDOWN_LEAD_RE, CATEGORIES, DONORS_BEFORE_RE, NEED_RELIEF_RE,
                      NUMBERED_ITEM_START_RE, PROJECT_CATEGORIES, RESETTLED_BEFORE_RE, ROUND_NUMBER_WORDS, TIME_LABEL_RE)
from .regions import gazetteer, is_place_name
from .text import DIGIT_RE, card_label, clause_after, clause_before
from .unit_tables import TOTAL_ROW_RE, unit_column_cells
from ..vocabulary import unit_kind

COUNT_RE = re.compile(
    rf"(?P<num>{NUM_FAST})(?P<q1>多|余)?(?P<mult>(?<=\d)千|万|亿)?(?P<q2>多|余)?"
    rf"(?P<unit>人[（(][家户][）)]次|户次|人次|户|人|名|位|家|个)(?P<suf>左右|以上)?")
# "受益6655人(家)次": people or families, each time helped: visits
VISITS_WRITTEN_RE = re.compile(r"人[（(][家户][）)]次")
BODIES_AFTER_RE = re.compile(r"[^，,。；;、\d]{0,10}?(?:机构|企业|单位|组织|公司|医院|学校|商户|超市|银行|社工站|服务站|协会|商会)")
# characters that turn the unit into another word (人民, 名单, 位置, 户籍 ...)
UNIT_VETO = {"人": "民员口均数才士工力次户道", "名": "单额称次列义录字号", "位": "置于数",
             "户": "籍口型外内", "家": "", "个": "月", "人次": "", "户次": ""}  # (个月: a duration)

CATEGORY_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in CATEGORIES))
PROJECT_CATEGORY_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in PROJECT_CATEGORIES))
_PEOPLE_AFTER = r"(?!民|居民|群众|困难|贫困|老人|老年人|儿童|低保|特困|残疾|空巢|独居|留守|家庭|群体)"
STAFF_RE = re.compile(
    r"工作人员|经办人员|服务人员|社会工作者|志愿者|义工|社工|网格员|督导员|协理员|编制|在职|在编|(?<!老)(?<!离退休)干部|(?<!老)(?<!困难)党员|(?<![困难])职工|员工|从业人员|专业人员|"
    r"巡查|巡逻|巡视|出动|"
    # (workers placed in jobs are labour, not people relieved: "帮助…农村劳动力到广东稳岗就业3.6万人")
    r"劳动力|新增(?:城镇)?就业|城镇就业|"
    r"护理员|医护|医生|专家|记者|代表团|领导|委员|嘉宾|厅长|局长|处长|科长|主任|书记|一行|企业|单位|部门|组织|"
    r"机构|协会|商会|基金会|"
    # (a place before those who live there names no place: "社区困难群众320户", "村民"; a town's name may
    # hold 村, "姚村镇1,926人"; a "一站式" service is no station: "医疗救助“一站式”结算2.04万人次")
    rf"(?:乡镇|(?<!农)村(?![镇乡])|社区|街道){_PEOPLE_AFTER}|(?<!一)站(?![内外])|中心|院|所|床|岗位|场|人才|教师|老师|律师|学员|队员|会员|用户|"
    # (a service's users, "“时间银行”注册用户突破9万人", are sign-ups, no one helped)
    # ("全县/我市…" is the scope of a count, not a count of places)
    r"(?<![全我本该社小辖])(?:州|县|区|省)|(?<![全我本该城])市(?!民)|集体|家庭医生|(?<!收入)(?<!脱贫)(?<!贫困)(?<!致贫)(?<!返贫)人口|(?<![人成党])员")
LEVEL_CHARS = "省市州县区"
# the phrase after a count ending on those who serve, however the group was cut: "23名乡镇儿童督导员，对…"
# ("22名儿童督导员实现…全覆盖"; not those served: "为120名困境儿童提供社工服务")
STAFF_PHRASE_AFTER_RE = re.compile(r"(?:(?!提供|开展|接受|享受|参加|参与|获得|得到)[^，,。；;、和及与\d]){0,10}?"
                                   r"(?:督导员|协理员|网格员|儿童主任|志愿者|社工|工作人员)(?!服务|站)")
RELIEF_RE = re.compile(
    r"走访|慰问|救助|帮扶|资助|覆盖|惠及|受益|服务|排查|摸排|收治|安置|帮助|关爱|看望|探访|保障|发放|救治|改造|"
    r"供养|照料|纳入|享受|领取|受助|探视|援助|结对|兜底|补贴|补助|护送|寻亲|接济|送上|送去|送到|助学|助医|助残|"
    r"助老|助困|涉及|养育|散居|手术")  # (a free operation: "为…1,286名贫困白内障患者免费实施复明手术")
# verbs after which the counted group is named (the group is what follows the last one)
VERB_RE = re.compile(
    r"走访慰问|走访|慰问|救助|帮扶|资助|覆盖|惠及|受益|服务|排查|摸排|收治|安置|帮助|关爱|看望|探访|保障|发放|护送|"
    r"救治|供养|照料|纳入|共有|其中|共计|累计|合计|达到|涉及|包括|养育|散居|改造|"
    r"为(?!主|了)|对(?!象|于)|向|给(?!予)|让|有(?!关|效|序|力)|达|共(?!同|建|享)")
# nouns that can end a group phrase ("农村留守儿童关爱保护" -> "农村留守儿童")
HEAD_RE = re.compile(
    r"人员|群众|家庭|对象|老年人|老人|儿童|孤儿|患者|残疾人|户|居民|村民|学生|学子|代表|群体|职工|党员|妇女|"
    r"家属|老干部|老战士|老专家|老教师|老模范|长者|孩子|人")
# a household group named before a 家/个 count ("困难家庭150家", "低保家庭1844家")
HOUSEHOLD_BEFORE_RE = re.compile(r"(?:家庭|户)$")
# what a 个/家 count after a household group counts instead: "…贫困残疾家庭4个公益项目"
# a place that serves, however its users are named first: "3个老年人日间照料中心在建", "2家农村幸福院"
# (or a point where help is given: "在全县15个临时救助点…巡查")
FACILITY_AFTER_RE = re.compile(r"[^，,。；;、\d]{0,12}?(?:中心|服务站|驿站|站点|幸福院|敬老院|养老院|福利院|食堂|饭堂|助餐点|机构|设施|场所"
                               r"|救助点|服务点|求助点|安置点|避寒点|集中点)")
THINGS_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:项目|活动|计划|工程|品牌|基金|单位|部门|组织|机构|站点|基地)")
TRAINING_RE = re.compile(r"培训|轮训|培养")
STAFFED_BEFORE_RE = re.compile(r"(?:配备|配齐|招聘|聘请|聘用)[^，,。；;\d]{0,12}$")
PREV_COUNT_RE = re.compile(r"[\d零〇一二两三四五六七八九十百千]+(?:\.\d+)?[万亿]?[多余]?(?:户次|人次|户|人|名|位)")
FILLER_RE = re.compile(r"^(?:共|累计|共计|合计|已经|已|还|再|并|全省|全市|全县|今年|去年|截至目前|目前|其中)+")
CUT_AFTER_RE = re.compile(
    r"进行|提供|开展|发放|送|作为|享受|参加|参与|接受|实现|实施|免费|得到|领受|现场|通过|到|(?<![存现所正实])在|于|将|已|被|获得|纳入|"
    r"受益|每人|每户|家中|签订|办理|等[^\u4e00-\u9fff]|（|\(|“|《|\"|、?[\d{CN}]+(?:[万亿])?[多余]?(?:户|人|名|位)"
    .replace("{CN}", "零〇一二两三四五六七八九十百千"))


@dataclass
class Beneficiary:
    start: int
    end: int
    text: str
    count: int
    unit: str
    qualifier: str
    group: str | None
    category: str
    region: Region
    chain_start: int = -1  # start of the chain of counts it belongs to (itself when alone)
    table_reason: str | None = None  # as Fund.table_reason


def _project_category(label: str) -> str:
    """Who a row labelled by its project alone counts, by what the project does ("“金秋助学”项目",
    "“夕阳红”助老项目"), else the needy it serves (a relief project helps 困难群众); a row that names
    those it helped in a group of no category ("…项目大病困难患者") counts other people."""
    if not PROJECT_LABEL_END_RE.search(label):
        return "other"
    m = PROJECT_CATEGORY_RE.search(label)
    return m.lastgroup if m else "needy_general"


PROJECT_LABEL_END_RE = re.compile(r"(?:项目|计划|活动|行动|慰问)\s*$")


def categorize(group: str) -> str | None:
    """Category of a group phrase. For ``A、B等C`` the head noun C decides; a list
    without one (``低保、特困对象``) takes its first group; otherwise the head noun,
    which comes last (``困难家庭学生`` are students). An age bracket of the old alone
    (``80至89周岁``) is elderly."""
    if not group:
        return None
    age = OLD_AGE_RE.fullmatch(group)
    if age and int(age.group(1)) >= OLD_AGE:
        return "elderly"
    if "等" in group:
        m = CATEGORY_RE.search(group, group.rindex("等") + 1)
        if m:
            return m.lastgroup
    found = list(CATEGORY_RE.finditer(group))
    if not found:
        return None
    if re.search(r"[、和及与]", group):
        return found[0].lastgroup
    if len(found) > 1 and found[-1].lastgroup == "elderly" and found[-2].lastgroup in STATUS_BEFORE_OLD \
            and found[-2].end() == found[-1].start():
        return found[-2].lastgroup  # "分散供养特困老人": the old on 特困 support are 特困 first
    if len(found) > 1 and found[-1].lastgroup == "orphans_children" and found[-2].lastgroup == "disabled" \
            and found[-2].end() == found[-1].start():
        return "disabled"  # "残疾儿童", "听力残疾儿童": children counted for their disability
    return found[-1].lastgroup


STATUS_BEFORE_OLD = ("tekun", "dibao")


def _card_label_start(text: str, start: int, end: int) -> int | None:
    """Where a figure card's label begins: the count alone on its line, its label the next line ("10246人" then
    "城乡低保对象（共5873户）", a post's big number and what it counts)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip():
        return None
    label_at, label_end = card_label(text, start, line_start, line_end)
    label = text[label_at:label_end]
    if not 2 <= len(label.strip()) <= CARD_LABEL_LINE_CHARS or label.strip()[0].isdigit():
        return None
    # (the group is what the label ends on: "县慈善总会“金秋助学”项目资助的困难学子" counts the students)
    last_de = label.split("（")[0].rfind("的")
    return label_at + last_de + 1 if last_de >= 0 else label_at



def _group_after(text: str, end: int) -> str:
    g = clause_after(text, end, 30)
    if g[:1] in "、和及与":
        return ""  # "低保对象236万人、特困人员18万余人": the count closed its own phrase
    m = CUT_AFTER_RE.search(g)
    if m:
        g = g[:m.start()]
    # "孤儿…儿童的新棉袄": keep up to the last 的-part that still names people
    if "的" in g:
        parts = g.split("的")
        keep = len(parts)
        while keep > 1 and not CATEGORY_RE.search(parts[keep - 1]) and not STAFF_RE.search(parts[keep - 1]):
            keep -= 1
        g = "的".join(parts[:keep])
    heads = list(HEAD_RE.finditer(g))
    if heads and CATEGORY_RE.search(g):
        g = g[:heads[-1].end()]
    return g.strip()


def _group_before(text: str, start: int) -> tuple[str, str]:
    """(group, whole clause) before the count."""
    clause = clause_before(text, start, 40)
    prev_count = None
    for prev_count in PREV_COUNT_RE.finditer(clause):
        pass
    if prev_count is not None:  # start after an earlier count of the same clause
        clause = clause[prev_count.end():].lstrip("、和及与")
    last = None
    for last in VERB_RE.finditer(clause):
        pass
    if last is None:
        return clause.strip(), clause
    after = FILLER_RE.sub("", clause[last.end():].strip())
    if after:
        return after, clause
    # nothing after the verb: the subject names the group only if it is a known one
    # ("高龄津贴、基本养老服务补贴覆盖78.11万人"), not "共走访慰问50万户"
    subject = FILLER_RE.sub("", clause[:last.start()].strip())
    # (nor the staff who did it: "儿童主任累计入户走访1260人次" counts the visits to the children)
    return (subject if CATEGORY_RE.search(subject) and not _head_is_staff(subject) else ""), clause


def _context_category(ctx: StoryContext, pos: int) -> str | None:
    """Category of the group named last before ``pos`` in its sentence (the whole
    phrase decides: "低保、低保边缘家庭" is dibao), else of the paragraph's topic."""
    s, _ = ctx.seg.sentence(pos)
    last = None
    for last in CATEGORY_RE.finditer(ctx.text, s, pos):
        pass
    if last:
        phrase = clause_before(ctx.text, last.end(), 30)
        return categorize(phrase) or last.lastgroup
    ps, pe = ctx.seg.first_sentence_of_paragraph(pos)
    if ps != s:
        m = CATEGORY_RE.search(ctx.text, ps, pe)
        if m:
            return m.lastgroup
    # (a paragraph on the rescue of those adrift: "…加大对街面流浪乞讨人员的巡查力度…。…截至目前，已累计…救助22人次")
    if HOMELESS_RE.search(ctx.text, *ctx.seg.paragraph(pos)):
        return "homeless"
    return None


HOMELESS_RE = re.compile(dict(CATEGORIES)["homeless"])
# a programme for the needy at large, named in the count's own sentence (its people are needy_general, whatever the
# paragraph's topic)
OWN_PROGRAMME_RE = re.compile(r"医疗救助|临时救助|教育救助|住房救助|就业救助|急难")


def _is_place(words: str) -> bool:
    """``words`` is one place's name ("合浦县", "京口"; "城区" is an area word instead)."""
    found = gazetteer().find(words) if words else []
    return (len(found) == 1 and found[0].start == 0 and found[0].end == len(words)) or is_place_name(words)


# a place or body counted by 个/家, whoever it serves ("38个长者饭堂", "12个老年食堂")
PLACE_AFTER_RE = re.compile(r"[^，,。；;\d]{0,4}?(?:饭堂|食堂|助餐点|站|中心|院|所|基地|社区|村|项目|基金|机构|组织)")


# a village's or community's own name (not found in the gazetteer): "沙溪村68户" is that village's share, no count of
# villages; a sentence of such items ("沙溪村68户、2.72万元，上坪村46户、…") breaks down the count before it
VILLAGE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:村|社区)")
VILLAGE_ITEM_LEAD_RE = re.compile(r"\s*[\u4e00-\u9fff]{1,4}(?:村|社区)\d")
EMPLOYER_WORDS = ("企业", "单位")  # (a body whose workers may be the ones helped)


def _head_is_staff(group: str) -> bool:
    place = PLACE_HEAD_RE.sub("", group)
    if is_place_name(place) or VILLAGE_NAME_RE.fullmatch(place):
        return False  # a place's share of a whole ("其中东港市721人次，振安区347人次", "凤凰街道2户9人"): no count of places
    if STAFF_THEN_DEED_RE.match(group):
        return True  # "386名乡镇民政专干、村级社会救助协理员走访低收入家庭…": the workers who went, not those visited
    listed = LISTED_GROUPS_RE.search(group)
    if listed and CATEGORY_RE.search(group, 0, listed.start()):
        return False  # "因灾因病致困家庭、…困难红十字会员和志愿者等群体": groups helped, whoever is listed last
    first = STAFF_RE.match(group)
    if first and first.group() in EMPLOYER_WORDS and CATEGORY_RE.match(group, first.end()):
        return False  # "救助企业困难职工80人": the employer of the needy helped, no body counted
    if first and not (len(first.group()) == 1 and first.group() in LEVEL_CHARS and len(group) > 1):
        return True  # "30余名志愿者和孩子们…": the count is of the first noun
    # (a level before a name is the body's: "市救助管理站在寒潮期间救助…" counts whom it helped)
    staff = None
    for staff in STAFF_RE.finditer(group):
        pass
    if staff is None:
        return False
    cat = None
    for cat in CATEGORY_RE.finditer(group):
        pass
    return cat is None or staff.end() > cat.end()


def _sent_to_work(who: str) -> bool:
    """Those an office organised are its workers: the phrase ends on one ("…网格员和志愿者") and tells no help."""
    last = None
    for last in STAFF_RE.finditer(who):
        pass
    return last is not None and last.end() == len(who) and not RELIEF_RE.search(who) and not CATEGORY_RE.search(who)


# the group a count is picked out of, told before it ("…社会工作者中，有48名…")
PICKED_FROM_BEFORE_RE = re.compile(r"(?P<who>[^，,。；;\d]{2,16})中[，,]\s*(?:有|共有)?$")
PICKED_FROM_CHARS = 24
# jobs found for people ("吸纳860名搬迁群众就近就业", "带动1200余人务工"): labour, not relief
JOBS_BEFORE_RE = re.compile(r"(?:吸纳|带动|促进|帮助)[^，,。；;\d]{0,4}$")
JOBS_AFTER_RE = re.compile(r"[^，,。；;\d]{0,10}?(?:就近|稳定|实现)?(?:就业|务工|上岗|增收)")
BARE_HEADS = {"人员", "人", "员"}  # a group cut down to its head noun
PLACE_HEAD_RE = re.compile(r"^(?:其中|包括|含)[:：，,]?\s*")
# workers named right after the count, then what they went to do
STAFF_THEN_DEED_RE = re.compile(r"[^，,。；;\d]{0,20}?(?:专干|协理员|网格员|督导员|工作人员|干部|志愿者|社工)等?"
                                r"(?:走访|入户|深入|上门|开展|排查)")
# the number of workers reached, told before a level verb ("注册慈善志愿者达到", "持证社工人数达")
STAFF_LEVEL_BEFORE_RE = re.compile(r"(?:志愿者|义工|社工|社会工作者|网格员|协理员|督导员|工作人员|专干)(?:队伍|人数|总数|数量)?"
                                   r"(?:已)?(?:达到|达|突破|超过|增至|为)$")
LISTED_GROUPS_RE = re.compile(r"等(?:群体|人群|对象|困难群体|困难对象)$")  # a list's generic head


def _as_written(ctx: StoryContext, group: str, start: int, end: int) -> str | None:
    """The group phrase as printed in the stored body (it may be traditional)."""
    if not group:
        return None
    i = ctx.text.find(group, end, end + 45)
    if i < 0:
        i = ctx.text.rfind(group, max(0, start - 45), start)
    return ctx.body[i:i + len(group)] if i >= 0 else group


# a count written without a unit word, right before its group ("38.6万高龄老人", "4300余高龄老人")
UNITLESS_RE = re.compile(
    rf"(?P<num>{NUM_FAST})(?P<q1>多|余)?(?P<mult>万|亿)?(?P<q2>多|余)?"
    # (the group's words before its head may be two, joined: "1700多万困难和重度残疾人", "62万孤残困境儿童")
    rf"(?=(?:(?:城乡|城市|农村|困难|贫困|特殊|重度|孤寡|孤残|散居)(?:和|及|、)?){{0,2}}(?:{'|'.join(v for _, v in CATEGORIES)}))")
# a round number in words before the unit ("近千名", "上百户", "近万人次")
# (or with 余/多 alone: "千余户家庭"; not the tail of a number, "两千余户")
# (数 ending a measure noun is no numeral: a table's label "保障人数" over its unit "万人" joins as "人数万人")
ROUND_RE = re.compile(r"(?P<pre>近|上|逾|超|(?<![人户次件])数)(?P<num>百|千|万)(?P<q2>多|余)?(?P<unit>户次|人次|户|人|名|位)"
                      r"|(?<![\d零〇一二两三四五六七八九十百千万.])(?P<num2>百|千|万)(?P<q3>多|余)(?P<unit2>户次|人次|户|人|名|位)")
LEAVING_RE = re.compile(r"退出|退保|停发|取消|清退|注销")
# an age bracket standing for the people of that age: "80至89周岁", "100周岁及以上"
OLD_AGE_RE = re.compile(r"(\d{2,3})(?:(?:至|到|-|—|～)\d{2,3})?周?岁(?:及?以上)?")
OLD_AGE = 60
# a population (registered or resident), not a group helped: "户籍老年人", "老年人口", "总人口",
# and those holding a disability card counted as a stock ("全市共有持证残疾人3.68万人"; not "为辖区
# 1,086名持证残疾人免费适配…")
POPULATION_RE = re.compile(r"户籍(?:老年人|人口|总人口|居民)|常住人口|总人口|老年人口|人口总数")
# ... and the old by age, or those holding a disability card, counted as a stock ("全区现有60周岁以上老年人
# 8.9万人", "全市共有持证残疾人3.68万人"; not "现有享受高龄津贴老人…", those paid)
# (unless the sentence says they are covered: "共有80周岁以上老年人7.92万人，已全部纳入高龄津贴发放范围")
COVERED_AFTER_RE = re.compile(r"纳入|享受|发放|领取|惠及")
# (or a clause of a 共有 list naming card holders alone: "全市共有定点康复机构18家，持证残疾儿童2,840名")
STOCK_OF_POPULATION_RE = re.compile(r"(?:共有|现有|拥有)(?:\d+周?岁(?:及)?以上(?:的)?)?(?:户籍|常住)?(?:老年人|老人|持证残疾人)"
                                    r"|^\s*持证残疾(?:人|儿童)$"
                                    # (or an area's old by age, told alone: "全县80周岁以上老年人4.2万人")
                                    r"|^\s*(?:全[省市县区州盟旗]|辖区)\d+周?岁(?:及)?以上(?:的)?(?:户籍)?(?:老年人|老人)$")
PART_OF_POPULATION_RE = re.compile(r"其中")
# those a monitoring platform holds, or a roll watched, not helped ("平台共归集全县低收入人口2.36万户6.18万人，其中…",
# "将4.8万名低保边缘家庭成员纳入常态化监测")
MONITORED_BEFORE_RE = re.compile(r"归集")
MONITORED_AFTER_RE = re.compile(r"[^，,。；;\d]{0,12}?纳入(?:常态化|动态)?监测")
# a count given as a share of the population: "全市60周岁以上老年人101.3万人，占户籍总人口的17.4%"
POPULATION_SHARE_AFTER_RE = re.compile(r"[，,]\s*占[^，,。；;]{0,12}?(?:人口|总人数)")
ROLL_CATEGORIES = {"dibao", "tekun"}  # a programme's roll, whatever share of the population it is
# the whole's count broken down by place: "…147位，其中合浦县96位"
PLACE_PART_RE = re.compile(r"[，,；;]?\s*其中[：:，,]?\s*[\u4e00-\u9fff]{1,10}")
# a disaster's toll (not the families of the dead, who are helped: "向93户遇难人员家庭发放抚慰金")
RECEIVES_AFTER_RE = re.compile(r"(?:享受|纳入|领取)(?P<what>[^，,。；;\d]{2,8})")
GIVEN_TO_BEFORE_RE = re.compile(r"(?:为|向|给)$")
LOST_AFTER_RE = re.compile(r"(?:因灾)?(?:死亡|遇难|失踪|受伤)(?!人员家庭|人员家属|者家属|者家庭|家属|家庭)|(?:受灾|遭灾|受災)(?=[，,。；;、]|$)")
# or told before its number ("造成死亡2人、失踪1人", "遇难人数达15人"), unless given to ("为受伤3人…")
# a figure card's label, before its colon ("🏠走访慰问：3,416户", "👥参与干部职工：260人")
CARD_LABEL_RE = re.compile(r"(?P<label>[^\s，,。；;：:！？\d]{2,12})[：:]\s*$")
CARD_LABEL_CHARS = 16
LOST_BEFORE_RE = re.compile(r"(?<![为向给])(?:因灾)?(?:死亡|遇难|失踪|受伤|重伤|轻伤|伤亡)(?:人数|人员)?(?:达|为|约|共)?$"
                            # (or the houses it brought down: "倒塌房屋312户896间", "房屋损坏1,206户")
                            r"|(?<![为向给对])(?:(?:倒塌|损坏|受损|毁损)(?:房屋|民房|住房)|(?:房屋|民房|住房)(?:倒塌|损坏|受损|毁损))"
                            r"(?:达|为|约|共)?$"
                            # (or those it struck, or who still need moving: "造成全县成灾9.3万户", "急需转移安置8.5万人")
                            r"|(?<![为向给对])(?:成灾|受灾人口|受灾人数)(?:达|为|约|共)?$|(?:急需|亟需|需要|需)(?:紧急)?(?:转移安置|转移|安置)$")
PER_BEFORE_RE = re.compile(r"每(?:增加|减少|多)?$")
# what a place can serve once built, not those helped: "服务点建成后可为1500余名…老人提供助餐…服务"
CAPACITY_BEFORE_RE = re.compile(r"(?:建成|投用|投入使用|运营)后[^，,。；;\d]{0,4}(?:可|能|将可|可以)(?:为|满足|容纳|覆盖|服务)$"
                                r"|(?<![已])(?:可|能)(?:容纳|满足)$")
# those who gave, told before their giving ("1.2万余人次通过网络平台捐款"; not "为1500名学生捐款")
DONATED_AFTER_RE = re.compile(r"[^，,。；;\d\s]{0,10}?(?:捐款|捐赠|认捐|捐出|献爱心)")
# a count of those told or trained (not of a service named with it: "开展政策宣传和帮办代办服务2.1万人次")
PUBLICITY_BEFORE_RE = re.compile(r"(?:宣传|宣讲|培训|普及)(?![^，,。；;\d]{0,12}服务)[^，,。；;\d]{0,12}$")
TEAM_OF_AFTER_RE = re.compile(r"[^，,。；;\d]{0,16}?组成(?:的|了)?(?![^，,。；;]{0,4}(?:家庭|户))")  # a team's members
ORGANISED_RE = re.compile(r"(?:组织|动员|抽调|发动)(?P<who>[^，,。；;\d]{2,40}?)(?:共|等|合计)?$")  # those sent to work
# those a social insurance covers ("城镇职工基本养老保险参保人数68.42万人"): no one civil affairs helps (unless helped
# to join: "资助困难群众参保2.14万人")
INSURED_CHARS = 24  # "参加城镇职工基本养老保险人数" runs past the 12 characters of a lead
INSURED_BEFORE_RE = re.compile(r"(?:参保人数|参保人员|参加[^，,。；;\d]{0,10}保险(?:的)?(?:人数|人员))(?:达|为|共|达到)?$")
# applications received and checks run, not people helped (GUIDELINES: applications): "城市低保新申请及
# 复查发起核对3066人次", "受理低保申请1200户"
APPLICATIONS_BEFORE_RE = re.compile(r"(?:核对|复查|复核|受理|申请)[^，,。；;\d]{0,4}$"
                                    # (nor a country's or region's population: "我国有8500多万残疾人")
                                    r"|(?:我国|全世界)现?有$")
COMPARE_RE = re.compile(r"(?:比|较)[^，。；]{0,12}(?:增加|减少|增长|下降|提高|的)?$|(?:增加|减少|增长|下降)了?$")
# a count in 万 written without a unit right after its group ("80周岁以上老年人38.6万，")
TRAILING_WAN_RE = re.compile(r"(?<=[人员象童者众属户])(?P<num>\d+(?:\.\d+)?)(?P<q>多|余)?万(?=[，。；,;])")
AREA_WORDS = {"城市", "农村", "城镇", "乡村", "城乡", "城区", "农牧区", "牧区", "辖区"}
LEVEL_OWN_RE = re.compile(r"[省市县区州盟旗]?本级")
# what may stand between two counts of one chain ("531户、688名", "8123户,共计15012人", "4125户6873名")
CHAIN_GAP_RE = re.compile(r"(?:、|[，,]?(?:共计|合计|共|涉及)|和|及|)")


@dataclass
class _Hit:
    start: int          # with the qualifier word in front
    num_start: int
    end: int
    unit: str
    value: float
    qualifier: str
    unit_written: bool = True


def _hits(text: str) -> list[_Hit]:
    """Every count-shaped span of the text, in order, not overlapping."""
    hits: list[_Hit] = []
    for m in COUNT_RE.finditer(text):
        num_start = m.start()
        # ("一万多名…老人": 一万 before 多/余 is a count, not 万一's or a word's)
        if not valid_number(m.group("num"), m.group("mult")) \
                and not (m.group("num") == "一" and m.group("mult") == "万" and m.group("q2")):
            continue
        if num_start > 0 and text[num_start - 1] in "第前-—～~至":
            continue
        unit = "人次" if VISITS_WRITTEN_RE.fullmatch(m.group("unit")) else m.group("unit")
        nxt = text[m.end("unit"):m.end("unit") + 1]
        if nxt and nxt in UNIT_VETO[unit]:
            continue
        if unit == "家" and BODIES_AFTER_RE.match(text, m.end("unit")):
            continue  # "委托3家专业养老服务机构": bodies that serve, not families helped
        value = scaled(m.group("num"), m.group("mult"))
        if not value or value != value:
            continue
        pre = prefix_before(text, num_start)
        hits.append(_Hit(num_start - len(pre) if pre else num_start, num_start, m.end(), unit, value,
                         qualifier(pre, m.group("q1"), m.group("q2"), m.group("suf"))))
    for m in ROUND_RE.finditer(text):
        if m.group("num2"):
            hits.append(_Hit(m.start(), m.start(), m.end(), m.group("unit2"), float(ROUND_NUMBER_WORDS[m.group("num2")]),
                             qualifier(None, m.group("q3"))))
            continue
        pre = "超过" if m.group("pre") == "上" else m.group("pre")  # 上百户: at least a hundred
        hits.append(_Hit(m.start(), m.start("num"), m.end(), m.group("unit"), float(ROUND_NUMBER_WORDS[m.group("num")]),
                         qualifier(pre, m.group("q2"))))
    for m in UNITLESS_RE.finditer(text):
        if not (m.group("mult") or m.group("q1") or m.group("q2")) or not valid_number(m.group("num"), m.group("mult")):
            continue  # a bare number before a noun is too often not a count ("2024困难…")
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in "第前-—～~至."):
            continue
        value = scaled(m.group("num"), m.group("mult"))
        if not value:
            continue
        pre = prefix_before(text, m.start())
        hits.append(_Hit(m.start() - len(pre) if pre else m.start(), m.start(), m.end(), "人", value,
                         qualifier(pre, m.group("q1"), m.group("q2")), unit_written=False))
    for m in TRAILING_WAN_RE.finditer(text):
        value = scaled(m.group("num"), "万")
        if value:
            hits.append(_Hit(m.start(), m.start(), m.end(), "人", value, qualifier(m.group("q")), unit_written=False))
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[_Hit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


def _chains(text: str, hits: list[_Hit]) -> list[tuple[int, int]]:
    """For each hit, (start of its chain's first count, end of its chain's last count)."""
    spans = [(h.start, h.end) for h in hits]
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and hits[j + 1].unit_written and \
                CHAIN_GAP_RE.fullmatch(text, hits[j].end, hits[j + 1].start):
            j += 1
        for k in range(i, j + 1):
            spans[k] = (hits[i].start, hits[j].end)
        i = j + 1
    return spans


def extract_beneficiaries(ctx: StoryContext) -> list[Beneficiary]:
    """Counts of people / households helped; each count of a chain
    ("为531户、688名低保对象…") is a row with the chain's group."""
    text = ctx.text
    out: list[Beneficiary] = []
    population_sentence = -1  # the sentence of the last population count skipped
    population_start = -1  # ... and where that count stands
    hits = _hits(text)
    for h, (chain_start, chain_end) in zip(hits, _chains(text, hits)):
        start, end, unit = h.start, h.end, h.unit
        lead = clause_before(text, chain_start, 12)
        # (the group of those taken off may be long: "停发死亡、服刑等不符合条件人员213人")
        # (the injured given money are helped: "为213名因灾受伤群众每人发放慰问金1,000元")
        card = CARD_LABEL_RE.search(text, max(0, chain_start - CARD_LABEL_CHARS), chain_start)
        if card and _head_is_staff(card.group("label")):
            continue  # a figure card's line of those who served ("👥参与干部职工：260人")
        if LEAVING_RE.search(clause_before(text, chain_start, 24)) or PER_BEFORE_RE.search(lead) \
                or (LOST_AFTER_RE.match(text, end) and not GIVEN_TO_BEFORE_RE.search(lead)) or LOST_BEFORE_RE.search(lead) \
                or (DONATED_AFTER_RE.match(text, end) and not GIVEN_TO_BEFORE_RE.search(lead)) \
                or ATTENDING_AFTER_RE.match(text, end) or APPLICATIONS_BEFORE_RE.search(lead) or DONORS_BEFORE_RE.search(lead) \
                or INSURED_BEFORE_RE.search(clause_before(text, chain_start, INSURED_CHARS)) \
                or CAPACITY_BEFORE_RE.search(lead) or (JOBS_BEFORE_RE.search(lead) and JOBS_AFTER_RE.match(text, end)):
            # "退出低保72户", "每增加1人", "2人因灾死亡", "…代表、残疾人朋友300余人参加活动", "共安置搬迁群众5,682户": not
            # people helped (a resettlement site's population)
            continue
        if RESETTLED_BEFORE_RE.search(lead):
            # a resettlement site's population ("共安置搬迁群众4216户18735人"), and the parts picked out of it after its
            # 其中 ("其中脱贫人口3580户15962人"): no one helped
            population_sentence, population_start = ctx.seg.sentence(chain_start)[0], chain_start
            continue
        after = _group_after(text, chain_end)
        label_at = _card_label_start(text, chain_start, chain_end)
        if label_at is not None:
            after = _group_after(text, label_at)  # a figure card: "10246人" over "城乡低保对象（共5873户）"
        if (after and _head_is_staff(after)) or STAFF_PHRASE_AFTER_RE.match(text, end):
            continue
        if after and not (CATEGORY_RE.search(after) or any(x.end() == len(after) for x in HEAD_RE.finditer(after))):
            after = ""  # a verb phrase ("2100余人次入户走访"): the group is named before the count
        before, clause = _group_before(text, chain_start)
        place_before = before  # (an area word or a place: "其中城区210名", "其中合浦县96位")
        # (or an administrative level's own part: "其中市本级23502户41878人")
        area_word = before in AREA_WORDS or LEVEL_OWN_RE.fullmatch(before) is not None
        if area_word:
            before = ""  # "其中：城市21.08万户": the area, not the group (the sentence names it)
        if unit in ("个", "家") and (STAFF_RE.search(after[:4]) or PLACE_AFTER_RE.match(text, end)
                                    or FACILITY_AFTER_RE.match(text, end) or not (
                categorize(after[:6]) or re.match(r"(?:困难|贫困)?(?:家庭|户)", after)
                or (not after and HOUSEHOLD_BEFORE_RE.search(before) and not THINGS_AFTER_RE.match(text, end)))):
            continue  # 个/家 count organisations and places far more often than families
        if TEAM_OF_AFTER_RE.match(text, end):
            continue  # "由23名老党员、网格员组成的“银发守望”互助队": the members of a team that helps, not those it helps
        if PUBLICITY_BEFORE_RE.search(clause):
            continue  # "宣传社会救助政策5万余人次": those the publicity reached, no one helped
        organised = ORGANISED_RE.search(clause) if not after else None
        if organised and _sent_to_work(organised.group("who")):
            continue  # "组织乡镇民政助理员、村（社区）干部、网格员和志愿者共460余人": those sent to do the work
        group = after or before
        need = NEED_RELIEF_RE.search(clause) if not after else None
        if not group and POPULATION_RE.search(clause) and not need:
            continue  # "全区60周岁及以上老年人口达到578万人": the population, its group past the verb
        if not group and STAFF_LEVEL_BEFORE_RE.search(clause):
            continue  # "注册慈善志愿者达到2860人，全年开展志愿服务…": the workers' number, its group past the verb
        if need:
            group = need.group()  # "冬春期间需救助人口约18.4万人": people in need of relief, not a population
        # a relative clause with no noun after it ("其中考入本科院校的215名"): the count is of the
        # group of the whole before it, not of the 院校 it names
        sentence_start = ctx.seg.sentence(chain_start)[0]
        of_whole = group.endswith("的") and bool(out) and out[-1].start >= sentence_start \
            and PART_OF_POPULATION_RE.search(text, out[-1].end, chain_start) is not None
        if not of_whole and group.endswith("的") and len(out) >= 2 and out[-1].start >= sentence_start:
            # a sibling of such a part, past its 、
            of_whole = out[-1].group == out[-2].group and PART_OF_POPULATION_RE.search(text, out[-2].end, chain_start)
        if of_whole:
            group = out[-1].group or ""
        inherited = None
        # (the whole of its unit kind may stand earlier in its chain: "33087户57374人，其中市本级23502户41878人")
        last_told = whole = None
        if not after and out and out[-1].start >= sentence_start and unit_kind(out[-1].unit) == unit_kind(unit):
            last_told = whole = out[-1]
        elif not after and area_word:
            # (an administrative level's part: the whole of its unit kind may stand earlier in the whole's chain,
            # "33087户57374人，其中市本级23502户41878人")
            for o in reversed(out):
                if o.start < sentence_start:
                    break
                if o.end <= chain_start:
                    last_told = last_told or o
                    if unit_kind(o.unit) == unit_kind(unit):
                        whole = o
                        break
        if whole is not None and PLACE_PART_RE.fullmatch(text, last_told.end, chain_start) \
                and (area_word or _is_place(place_before)):
            # "共有百岁老人147位，其中合浦县96位", "孤儿520名，其中城区210名": the whole's group, in a place
            group, inherited = whole.group or "", whole.category
        picked = None if group else PICKED_FROM_BEFORE_RE.search(text, max(0, chain_start - PICKED_FROM_CHARS), chain_start)
        if picked and _head_is_staff(picked.group("who")):
            continue  # "全区260名持证社会工作者中，有48名参与试点服务": some of the workers, no one helped
        if (_head_is_staff(group) and not need) or "一行" in clause[-4:]:
            continue
        if group in BARE_HEADS and _head_is_staff(clause):
            continue  # "全区持证上岗的助餐服务人员1,200余名": the group cut after its verb-like 服务 is staff
        covered = COVERED_AFTER_RE.search(text, end, ctx.seg.sentence(chain_start)[1])
        # (those covered picked out of them, "为其中符合条件的2.63万名高龄老人发放…": the rest are not)
        if covered and PART_OF_POPULATION_RE.search(text, end, covered.start()):
            covered = None
        # (nor a later figure's: "现有持证残疾人2.46万人，…136人参与核查，…新纳入补贴对象327人")
        if covered and DIGIT_RE.search(text, end, covered.start()):
            covered = None
        # (a programme's roll told as a share of the population is still those it helps: "全市共有城乡低保对象…
        # 11.37万人，占户籍人口的1.93%")
        share = POPULATION_SHARE_AFTER_RE.match(text, end) and categorize(group) not in ROLL_CATEGORIES
        if (POPULATION_RE.search(group) or share
                or (STOCK_OF_POPULATION_RE.search(clause) and not covered)
                or MONITORED_BEFORE_RE.search(clause)
                # (one group, not the last of a list of rolls put under watch and paid: "将…1,386户低保家庭、247名
                # 特困人员和612名留守儿童…全部纳入动态监测，按月足额发放…")
                or (MONITORED_AFTER_RE.match(text, end) and not DIGIT_RE.search(clause_before(text, chain_start)))) \
                and not need:
            population_sentence, population_start = ctx.seg.sentence(chain_start)[0], chain_start
            continue  # "全市60周岁以上户籍老年人达28.6万人": the population, not people helped
        named_population = POPULATION_RE.search(text, sentence_start, chain_start)
        population_at = population_start if population_sentence == sentence_start \
            else named_population.start() if named_population else None
        # (not when a count of those helped stands between: "…老年人口9.6万人，…确定独居、空巢老人6842名，全部纳入探访
        # 关爱范围，其中80周岁以上的1236名" picks out of the 6842)
        if population_at is not None and not (out and population_at < out[-1].start < chain_start) \
                and PART_OF_POPULATION_RE.search(clause_before(text, chain_start)) \
                and not COVERED_AFTER_RE.search(clause_after(text, end)):
            # "…，其中80周岁以上老年人4.3万人": a part of that population (however it was read); not those of it paid,
            # "为其中符合条件的2.63万名高龄老人发放高龄津贴"
            continue
        if not after and (TRAINING_RE.search(before) and not categorize(group)
                          or TRAINING_RE.search(clause_before(text, chain_start)) and group.endswith("员")):
            continue  # "培训基层经办人员2700人次": people trained to do the work, not helped
        if not after and STAFFED_BEFORE_RE.search(clause_before(text, chain_start)):
            continue  # "项目共配备服务人员136名": the staff a project hires, not those it helps
        if TIME_LABEL_RE.fullmatch(group):
            group = ""  # "分月份看，1月新纳入612户、2月548户…": the month is no group
        category = inherited or categorize(group)
        if category is None and not group:
            # "2357户3702人享受城乡低保": no group named, the programme they are on is
            on = RECEIVES_AFTER_RE.match(text, chain_end)
            category = categorize(on.group("what")) if on else None
        if category is None:
            s, e = ctx.seg.sentence(chain_start)
            # a relief verb in the sentence, or a change of a level the sentence names
            # ("低保对象16.82万户、30.15万人，比上年减少0.37万人")
            relief = RELIEF_RE.search(text, s, chain_start) or RELIEF_RE.search(group) \
                or RELIEF_RE.search(text, chain_end, e) \
                or (label_at is not None and RELIEF_RE.search(text, label_at, label_at + CARD_LABEL_LINE_CHARS))
            # (a card's label may say the help: "6420人次" / "实施临时救助")
            breakdown_of = None
            if s > 0 and (BREAKDOWN_LEAD_RE.match(text, s) or VILLAGE_ITEM_LEAD_RE.match(text, s)):
                # "…实施临时救助683人次…。分月看，1月份271人次、…": the breakdown of the count before,
                # of its group
                ps, _ = ctx.seg.sentence(s - 1)
                relief = relief or RELIEF_RE.search(text, ps, s)
                breakdown_of = _context_category(ctx, s - 1)
            # (a change only of a count kept in the sentence: "参与人次达132.6万人次，比去年
            # 35.4万人次净增97.2万人次" counts donors, not people helped)
            if not (relief or (COMPARE_RE.search(lead) and out and out[-1].start >= s)):
                continue
            # (no group named, in a sentence of a programme for the needy at large: "2、城乡医疗救助。…共救助49208人"
            # under a paragraph on 低保 counts that programme's needy)
            own_programme = not group and OWN_PROGRAMME_RE.search(text, s, chain_start) \
                and not CATEGORY_RE.search(text, s, chain_start)
            category = ("needy_general" if own_programme else None) or _context_category(ctx, start) or breakdown_of \
                or ("needy_general" if not group else "other")
        out.append(Beneficiary(start, end, ctx.body[start:end], int(round(h.value)), unit, h.qualifier,
                               _as_written(ctx, group, start, end), category, ctx.region_at(start), chain_start))
    table = _unit_column_counts(ctx)
    return sorted(out + table, key=lambda b: b.start) if table else out


GENERIC_COUNT_LABEL_RE = re.compile(r"(?:保障|救助|供养|服务|救助供养)?(?:户数|人数|人次|对象数?)$")
PAYMENT_TARGETS_LABEL_RE = re.compile(r"(?:发放|救助|保障|补贴|资助|慰问)对象(?:户数|人数)?$")
GROUP_LABEL_CHARS = 4  # the opening characters two labels of one group share ("农村低保对象户数" / "…人数")


def _same_group(part_label: str, label: str) -> bool:
    """Two table labels of the same group counted in two units ("其中：农村低保对象户数", "农村低保对象人数")."""
    head = re.sub(r"^其中[:：]\s*", "", part_label)[:GROUP_LABEL_CHARS]
    return len(head) == GROUP_LABEL_CHARS and label.startswith(head)


def _unit_column_counts(ctx: StoryContext) -> list[Beneficiary]:
    """The counts of a statistics table with a unit column ("城乡低保对象户数　户　102,700　106,420"):
    the row's label is its group; a label naming no group helped ("登记社会组织数") is no count."""
    out = []
    above = None  # the category of the row above: a row of its part ("其中：集中供养人数") names no group
    place_row_above = False  # the row above is a place's, under a column of those helped (its total counts them too)
    last = None
    for cell in unit_column_cells(ctx.text):
        if cell.money or cell.per:
            last = None  # (money, or a standard in 元 a person: the funds' cells)
            continue
        reason = cell.reason
        # the next part after a 其中 row, of the same unit, its label indented alone ("其中：集中供养　人
        # 1,274" then "分散供养　人　1,832")
        # (or a row of the same group in another unit: "其中：农村低保对象户数　户…" then "农村低保对象人数　人…")
        # (a numbered row is the next item, not a part's sibling: "2.冬季取暖补贴发放对象")
        sibling = last is not None and last.reason == "part" and reason is None \
            and not NUMBERED_ITEM_START_RE.match(cell.label) and (
            (last.unit == cell.unit and categorize(cell.label) is None)
            or (last.unit != cell.unit and _same_group(last.label, cell.label)))
        if sibling:
            reason = "part"
        # (a part's row, or the total row under the rows, counts those the rows above count)
        # (a label naming those a payment goes to, "冬季取暖补贴发放对象", counts people helped)
        # (or the header names the group its column counts: "县（区）　城乡低保对象　各类救助资金支出")
        # (or the section heading over a row that names no group: "（一）城市最低生活保障" over "1.保障户数")
        # (a place's row under a column of those helped, "桥东区　96", counts those the table's caption names:
        # "…各县区临时救助情况统计表")
        place_row = cell.helped and is_place_name(cell.label)
        category = categorize(cell.label) or categorize(cell.column) \
            or (categorize(cell.caption) if place_row else None) \
            or (above if place_row_above and TOTAL_ROW_RE.fullmatch(cell.label) else None) \
            or (categorize(cell.section) if GENERIC_COUNT_LABEL_RE.search(cell.label) else None) \
            or (_project_category(cell.label) if cell.helped else None) \
            or ("needy_general" if PAYMENT_TARGETS_LABEL_RE.search(cell.label) else None) \
            or (above if reason == "part" or TOTAL_ROW_RE.fullmatch(cell.label) else None)
        above = category or above
        place_row_above = place_row
        last = cell if not sibling else last
        if category is None or (_head_is_staff(cell.label) and not categorize(cell.column) and not place_row):
            continue  # (a row's label, or its column, must say the count is of people helped; a place's
            # row under a column of a group helped, "安定区", counts that group)
        out.append(Beneficiary(cell.start, cell.end, ctx.body[cell.start:cell.end], int(round(cell.value)),
                               cell.unit, "exact", cell.label, category, ctx.region_at(cell.start), cell.start,
                               table_reason=reason))
    return out
