"""Wholes broken down where the text does not say 其中: by place, by section, and by giver.

The places of an area-wide whole: "全省共筹集慰问款物3.46亿元，走访慰问困难群众107.6万户" and
then, sentence by sentence, "武汉市筹集慰问款物6,820万元，走访慰问困难群众19.4万户" — a round-up
gives the area's total first and then what some of its places did. Those places' figures
are in the total already (GUIDELINES "Adding up": amounts listed under a stated total are
parts), even when they do not add up to it (only some places are named).

A place's figure is a part only when it says the same thing as the whole: the same flow of
money (raised with raised) or the same kind of count of the same group, of the same year, told for a place
below the whole's area, in a sentence that opens on that place and does not set its figure apart
("另行安排…", "此外…").

The sections of a named whole: a statistics bulletin gives "其中，社会救助支出125.19亿元" in
its first section and then a section headed "二、社会救助" whose programmes' spending
(低保 76.42亿元, 特困 42.35亿元, 临时救助 6.42亿元) makes up that figure. The figures of the
same flow in the section named by a whole are its parts, as long as they stay within it.

The givers of a group's total: "18家爱心企业、社会组织和爱心人士共捐赠款物86.5万元" and then, in the
same paragraph, "安徽泉鑫农业发展有限公司捐款20万元": a named giver's gift is in the group's total.
"""
from __future__ import annotations

import re

from .campaign_links import semicolon_part
from .context import StoryContext
from .lexicon import RAISED_VERBS, RECEIVED_VERBS, EVERY_KIND_WORDS, HIGHER_SECTION_RE, NUMBERED_ITEM_START_RE, PROGRAMME_RE, SHARED_MONEY_WORDS, TOPIC_LEAD_RE, numbering_style
from .text import bigrams, clause_before
from .unit_tables import TOTAL_ROW_RE
from ..vocabulary import SPENDING_FLOWS, flow_of

# a whole told for the whole area: "全省共筹集…", "全市累计走访…"
# (or over its townships: "全县32个乡镇（街道）在“情暖巫溪”活动中共走访…")
# (全区, a district or a region: only its townships are below it for sure)
AREA_WIDE_RE = re.compile(r"全(?P<area>省|市|州|盟|县|区)(?:各级|民政系统|民政部门)?[^，。；]{0,12}?(?:共|累计|合计|总计)"
                          r"|全(?P<area_t>县|区|市)[^，。；]{0,8}?(?P<towns>乡镇|街道|镇街)[^，。；]{0,16}?(?:共|累计|合计|总计)"
                          # (or the figure right after the area: "截至目前，全省10000余名…学子获…")
                          r"|全(?P<area_d>省|市|州|盟|县)(?=\d[\d,.]*(?:余|多)?[万亿]?(?:名|人|户|元))")
# the place levels below each area-wide word ("town": a township, 镇/乡/街道, which the gazetteer has not)
BELOW = {"省": ("city", "county", "town"), "市": ("county", "town"), "州": ("county", "town"),
         "盟": ("county", "town"), "县": ("town",), "区": ("town",)}
# a sentence opening on a township, bracketed as a round-up's item or not: "【宁河街道】…", "古路镇…"
# (not the townships at large: "组织乡镇（街道）干部…", "各乡镇…")
# (nor those a payment goes to, urban and rural: "对城乡低保、特困家庭中…")
TOWN_LEAD_RE = re.compile(r"[【\[]?(?![\u4e00-\u9fff]{0,4}乡镇)(?![对为向给]城乡)[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)[】\]：:，,]?")
# a figure set apart from the whole
APART_RE = re.compile(r"另行|另外|此外|还|另")
# a place opening its sentence may follow 其中, 在 or a list mark: "其中，郑州市救助管理站…"
# (or a lead saying the figures go by place: "从各县（市、区）资金安排看，讷河市1142万元、…")
OPENING_LEAD_RE = re.compile(r"\s*(?:其中[，,：:]?\s*)?(?:[（(]?\d{1,2}[.、．）)]\s*)?(?:\d{1,2}月\d{1,2}日[，,]?)?"
                             r"(?:(?:从|就)各(?:县|市|区|旗|乡镇|地)[^，,。；;\d]{0,24}?(?:看|来看)[，,]\s*)?在?")


def mark_area_parts(ctx: StoryContext, rows: list[dict], value_key: str, kind=None) -> None:
    """Mark, in place, the countable figures of places inside an area-wide whole told
    before them as its parts (reason ``part``)."""
    kind = kind or flow_of
    wholes = []
    for r in rows:
        if not r["countable"] or r[value_key] <= 0:
            continue
        s, _ = ctx.seg.sentence(r["span_start"])
        area = None
        # (up to the figure's end: it may follow the area word right away, "全省10000余名…")
        for m in AREA_WIDE_RE.finditer(ctx.text, s, r["span_end"]):
            if m.start() < r["span_start"]:
                area = m
        if area is not None:
            wholes.append((r, area.group("area") or area.group("area_t") or area.group("area_d"), bool(area.group("towns"))))
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
        # (or an item past a ；opening on a place: "长春市…3120万元；吉林市…筹集善款1560万元；…")
        item = semicolon_part(ctx, r["span_start"])[0]
        levels = None
        for lead in dict.fromkeys((s, item)):
            opens = OPENING_LEAD_RE.match(ctx.text, lead).end()
            levels = openings.get(opens) or ({"town"} if TOWN_LEAD_RE.match(ctx.text, opens) else None)
            if levels is not None:
                s = lead
                break
        if levels is None or APART_RE.search(ctx.text, s, r["span_start"]):
            continue
        for whole, area, over_towns in wholes:
            # (a total over the townships may come after their items: a round-up's closing sum)
            placed = whole["span_start"] < s or (over_towns and levels == {"town"})
            # (a county's handout in a round-up of a drive is in the drive's total raised: "全省…共筹集款物1.38亿元" …
            # "甘南州夏河县为…困难牧民发放酥油…，价值93.5万元")
            same_kind = kind(whole) == kind(r) or (
                kind(whole) == "raised" and kind(r) == "disbursed"
                and whole.get("campaign_id") is not None and whole.get("campaign_id") == r.get("campaign_id"))
            if placed and whole is not r and same_kind and whole[value_key] > r[value_key] \
                    and whole.get("year") == r.get("year") \
                    and whole.get("category") in (r.get("category"), "needy_general") \
                    and levels & set(BELOW[area]):
                r["countable"], r["not_countable_reason"] = False, "part"
                break


# a body's whole system ("全市慈善机构", "全省红十字系统", "全市两级慈善总会", "慈善会系统") and the body at its own
# level ("市慈善总会", "省红十字会本级")
CHARITY_BODY = r"(?:红十字会|慈善总会|慈善联合会|慈善协会|慈善会)"
SYSTEM_SUBJECT_RE = re.compile(rf"全(?:省|市|县|区|州)[^，,。；;\d]{{0,8}}?(?:系统|慈善机构|慈善组织)|(?:两级|各级){CHARITY_BODY}"
                               r"|(?:红十字|慈善(?:总会|会)?)系统")
OWN_LEVEL_SUBJECT_RE = re.compile(rf"(?<!全)(?<![两各]级)(?:省|市|县|区|州){CHARITY_BODY}(?!系统)|本级")
LEVEL_HEADING_PARAGRAPHS = 3  # how many paragraphs of a section may stand between a figure and its heading
LEVEL_REACH = 600  # how far apart, in characters between their paragraphs, a body's and its system's figures stand


def mark_own_level_parts(ctx: StoryContext, rows: list[dict], value_key: str, kind=None) -> None:
    """Mark, in place, a charity body's own figures as parts of the same figures of its whole system told
    beside them ("市慈善总会共募集善款3536.1万元…；全市慈善机构募集善款6.13亿元", "一、全省红十字系统 累计接收…
    122115.92万" then "二、省红十字会本级 累计接收…14188.31万元"): the system's figure holds the body's."""
    kind = kind or flow_of
    text, seg = ctx.text, ctx.seg
    system, own = [], []
    for r in rows:
        if not r["countable"] or r[value_key] <= 0:
            continue
        lo, _ = semicolon_part(ctx, r["span_start"])
        subject = text[lo:r["span_start"]]
        if lo == seg.paragraph(r["span_start"])[0]:
            # (paragraphs under their heading: the heading names whose figures they are)
            subject = (ctx.heading_above(r["span_start"], LEVEL_HEADING_PARAGRAPHS) or "") + subject
        if SYSTEM_SUBJECT_RE.search(subject):
            system.append(r)
        elif OWN_LEVEL_SUBJECT_RE.search(subject):
            own.append(r)
    system_at = [(w, seg.paragraph(w["span_start"])[0], _measure(text, w["span_start"])) for w in system]
    for r in own:
        near = seg.paragraph(r["span_start"])[0]
        measure = _measure(text, r["span_start"])
        if any(kind(w) == kind(r) and w.get("in_kind") == r.get("in_kind") and w[value_key] > r[value_key]
               and abs(at - near) <= LEVEL_REACH and measure & words for w, at, words in system_at):
            r["countable"], r["not_countable_reason"] = False, "part"


MEASURE_CHARS = 4  # the words right before a figure say what it measures: "募集善款", "支出款物"


def _measure(text: str, pos: int) -> set[str]:
    """The two-character words of what a figure measures ("…共募集善款" -> 募集, 集善, 善款): a body's figure and its
    system's are of the same measure."""
    return bigrams(clause_before(text, pos)[-MEASURE_CHARS:])


# a top-level numbered heading on a line of its own: "二、社会救助"
# ("一、补助地方资金情况" names the whole "补助地方资金258750万元": 情况 is no part of the name)
SECTION_HEADING_RE = re.compile(r"(?m)^[一二三四五六七八九十]+、\s*(?P<name>[\u4e00-\u9fff]{2,12}?)(?:情况|使用情况)?\s*$")
SECTION_NAME_WORDS_RE = re.compile(r"^(?:重点|主要)|(?:预算|决算|情况)$")  # what a heading adds to its whole's name
OVERVIEW_RE = re.compile(r"总体|总体情况|基本情况|总体概况|概况|综合情况")
WHOLE_NAME_CHARS = 12  # how far before a whole its section's name may be written
USES_AFTER_WHOLE_RE = re.compile(r"[，,]\s*(?:主要)?用于(?P<uses>[^。；;\d]{2,60})")
SECTION_SLACK = 1.01  # the parts may add up to the whole, rounded, but not past it
PROGRAMME_SLACK = 0.01  # a whole named by its programmes is their sum to within its rounding


MORE_OPENING_RE = re.compile(r"\s*(?:另|另外|此外)[，,]")  # a sentence told as on top of the figures before it


def mark_section_parts(ctx: StoryContext, rows: list[dict], value_key: str, kind=None) -> None:
    """Mark, in place, the countable figures of a section named by a whole given before
    or at its top ("社会救助支出125.19亿元" … "二、社会救助") as its parts (reason ``part``)."""
    kind = kind or flow_of
    text = ctx.text
    sections = []
    headings = list(SECTION_HEADING_RE.finditer(text))
    for i, h in enumerate(headings):
        sections.append((h.group("name"), h.end(), headings[i + 1].start() if i + 1 < len(headings) else len(text)))
    if not sections:
        return
    for whole in rows:
        if whole[value_key] <= 0 or not (whole["countable"] or whole["not_countable_reason"] in ("part", "restatement")):
            continue
        named = text[max(0, whole["span_start"] - WHOLE_NAME_CHARS):whole["span_start"]]
        # (or the uses it names after it: "全年全县民政事业费支出2.31亿元，主要用于社会救助、养老服务、儿童福利…", each a
        # section of the bulletin)
        uses = USES_AFTER_WHOLE_RE.match(text, whole["span_end"])
        if uses:
            named += "\n" + uses.group("uses")
        # (a whole of the overview section, "一、总体情况", is named by every section after it together; not one naming
        # its programmes, "三季度共发放低保金和特困人员救助供养金4,360.94万元", which the next sections, "二、临时救助",
        # are not part of)
        overview = next((hi for name, lo, hi in sections if lo <= whole["span_start"] < hi and OVERVIEW_RE.fullmatch(name)),
                        None)
        if overview is not None and PROGRAMME_RE.search(clause_before(text, whole["span_start"])):
            overview = None  # (its programmes' money is mark_programme_parts')
        for name, lo, hi in ([(None, overview, len(text))] if overview is not None else sections):
            # ("三、重点项目支出预算" is named by "项目支出17,829.91万元": no 重点, no 预算)
            core = SECTION_NAME_WORDS_RE.sub("", name) if name is not None else None
            if (name is not None and name not in named and (len(core) < 2 or core not in named)) \
                    or whole["span_start"] >= hi:
                continue
            # (money set and money spent are one side of the books: a budget table's rows, "城乡居民最低生活保障
            # 资金 9,864.00" and "高龄老人生活补贴 1,538.76", are read one allocated and one paid)
            # (the section's figures already read as parts, of a sum they make inside it, are its pieces too)
            pieces = [r for r in rows if r is not whole and (r["countable"] or r["not_countable_reason"] == "part")
                      and lo <= r["span_start"] < hi and r["span_start"] > whole["span_start"]
                      and (kind(r) == kind(whole) or {kind(r), kind(whole)} <= SPENDING_FLOWS
                           or _sum_line(text, r["span_start"]))
                      and 0 < r[value_key] < whole[value_key]]
            # (a sentence told as more, "另，全年慈善资金存款利息收入36.52万元", is on top of the section's whole)
            parts = [r for r in pieces if r["countable"]
                     and not MORE_OPENING_RE.match(text, ctx.seg.sentence(r["span_start"])[0])]
            # (a table's sum line adds up its rows again: it is in the whole as they are)
            # (alone, it stands for the rows already read as its parts)
            # (a table's cell giving again a figure of the text adds nothing: each value once)
            summed = sum({round(r[value_key], 2) for r in pieces if not _sum_line(text, r["span_start"])})
            # (or one, under a section the whole names as its spending: "儿童福利支出0.86亿元" … "三、儿童福利" … "全年发放
            # 孤儿和事实无人抚养儿童基本生活费5214.6万元")
            several = len(pieces) >= 2 or any(_sum_line(text, r["span_start"]) for r in parts) \
                or (name is not None and f"{name}支出" in named)
            if several and summed <= SECTION_SLACK * whole[value_key]:
                for r in parts:
                    r["countable"], r["not_countable_reason"] = False, "part"


# a civil-affairs department's spending of the year, wherever its bulletin gives it ("全年全区民政事业费支出186.4亿元"
# in the last section, after the programmes' own spending)
DEPARTMENT_TOTAL_RE = re.compile(r"民政事业费(?:累计)?(?:支出|投入)(?:总额)?(?:为|达|共|共计)?$")


def mark_department_total_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the programmes' spending a bulletin tells section by section (低保, 特困, 临时救助…
    "全年支出…资金19.8亿元") as parts of the department's spending of the year given after them, when they
    add up to no more than it; a whole told first has its sections found by ``mark_section_parts``."""
    text = ctx.text
    for whole in rows:
        if not whole["countable"] or whole.get("per_unit") is not None or flow_of(whole) not in SPENDING_FLOWS \
                or not DEPARTMENT_TOTAL_RE.search(clause_before(text, whole["span_start"])):
            continue
        # (a campaign's money is told of apart: not read into the department's year)
        parts = [r for r in rows if r is not whole and r["countable"] and r["span_start"] < whole["span_start"]
                 and r.get("per_unit") is None and r.get("campaign_id") is None
                 and flow_of(r) in SPENDING_FLOWS and 0 < r[value_key] < whole[value_key]]
        if len(parts) >= 2 and sum(r[value_key] for r in parts) <= SECTION_SLACK * whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


# a whole of money of every kind ("1至6月，全县共发放各类社会救助资金2.47亿元")
def _every_kind_whole(heads: str) -> re.Pattern:
    """Money of every kind of the heads named, right before its figure ("各类社会救助资金共计")."""
    return re.compile(rf"{EVERY_KIND_WORDS}[^，,。；;\d]{{0,6}}?(?:{heads})(?:资金|金|经费)(?:共计|合计|总计|共|达|为)?$")


EVERY_KIND_HEADS = "救助|保障|补助|补贴"
EVERY_KIND_WHOLE_RE = _every_kind_whole(EVERY_KIND_HEADS)
# the programmes of social assistance (社会救助): a whole of 救助 money holds no welfare (高龄津贴, 孤儿, 两项补贴)
ASSISTANCE_PROGRAMME_RE = re.compile(r"低保|特困|临时救助|医疗救助")


def mark_every_kind_total_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the programmes' money a story tells section by section (低保金, 特困供养金, 临时救助金…) after
    a whole of money of every kind given first ("1至6月，全县共发放各类社会救助资金2.47亿元") as its parts, when they
    add up to no more than it; money told as apart ("县财政另行安排孤儿…基本生活费276.1万元") and a campaign's are
    not (``mark_department_total_parts`` reads a whole told after its sections)."""
    text = ctx.text
    for whole in rows:
        if not whole["countable"] or whole.get("per_unit") is not None or flow_of(whole) not in SPENDING_FLOWS:
            continue
        named = clause_before(text, whole["span_start"])
        if not EVERY_KIND_WHOLE_RE.search(named):
            continue
        programmes = ASSISTANCE_PROGRAMME_RE if "救助" in named else PROGRAMME_RE
        parts = []
        for r in rows:
            if r is whole or not r["countable"] or r["span_start"] < whole["span_end"] or r.get("per_unit") is not None \
                    or r.get("campaign_id") is not None or flow_of(r) not in SPENDING_FLOWS \
                    or not 0 < r[value_key] < whole[value_key]:
                continue
            ss = ctx.seg.sentence(r["span_start"])[0]
            if programmes.search(text, ss, r["span_start"]) and not APART_RE.search(text, ss, r["span_start"]):
                parts.append(r)
        if len(parts) >= 2 and sum(r[value_key] for r in parts) <= SECTION_SLACK * whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


# a year's or the year so far's money of every kind, told after the story's own figures ("今年以来，全市累计发放各类
# 社会救助资金1.86亿元", "一年来，全区累计发放各类民政资金3.3亿元")
EVERY_KIND_CLOSING_LEAD_RE = re.compile(r"\s*(?:据统计[，,]\s*)?(?:今年以来|年初以来|一年来|(?:(?:19|20)\d{2}年)?全年|"
                                        r"(?:19|20)\d{2}年)[，,]\s*[^，,。；;\d]{0,12}?(?:累计|共)")
EVERY_KIND_ANY_WHOLE_RE = _every_kind_whole(EVERY_KIND_HEADS + "|民政")  # (or 各类民政资金)


def mark_every_kind_closing_total(ctx: StoryContext, rows: list[dict], value_key: str, counts: list[dict]) -> None:
    """Mark, in place, a year's money of every kind told in a sentence of its own after the story's figures ("…发放
    慰问金和慰问品折合162.4万元。…今年以来，全市累计发放各类社会救助资金1.86亿元。") as money told again: it holds the
    figures told before, which stay countable, and programmes the story never tells, so it adds up with none of them
    (the blind annotators of heldout87, 90, 93 and 94 read it so). A whole whose sections are already its parts keeps
    its count. The people its sentence says it reached ("…1.38亿元，惠及困难群众5.6万人次") are told again too, when the
    story counted people before it."""
    text = ctx.text
    for whole in rows:
        if not whole["countable"] or whole.get("per_unit") is not None or flow_of(whole) not in SPENDING_FLOWS:
            continue
        s, _ = ctx.seg.sentence(whole["span_start"])
        lead = EVERY_KIND_CLOSING_LEAD_RE.match(text, s)
        if lead is None or lead.end() > whole["span_start"] \
                or not EVERY_KIND_ANY_WHOLE_RE.search(clause_before(text, whole["span_start"])):
            continue
        if any(r["countable"] and r.get("per_unit") is None and flow_of(r) in SPENDING_FLOWS
               and r["span_start"] < s and 0 < r[value_key] < whole[value_key] for r in rows):
            whole["countable"], whole["not_countable_reason"] = False, "restatement"
            _, e = ctx.seg.sentence(whole["span_start"])
            if any(c["countable"] and c["span_start"] < s for c in counts):
                for c in counts:
                    if c["countable"] and whole["span_end"] <= c["span_start"] < e:
                        c["countable"], c["not_countable_reason"] = False, "restatement"


# the money every charity of an area raised together ("全年全市各级慈善组织共募集款物2.38亿元")
AREA_RAISED_WHOLE_RE = re.compile(r"(?:全[省市县区州盟旗]|各级)[^，,。；;\d]{0,12}?(?:共|累计|合计)[^，,。；;\d]{0,4}?"
                                  rf"(?:{RAISED_VERBS}|{RECEIVED_VERBS})[^，,。；;\d]{{0,8}}$")
DRIVE_ITEM_RE = re.compile(r"[，,、；;]\s*“[^”]{2,16}”")  # the next clause opening on a drive's quoted name


def mark_drive_items_of_raised_total(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the money each named drive raised, told in the same sentence right after the money all
    the area's charities raised ("…各级慈善组织共募集款物2.38亿元，“慈善一日捐”活动募集善款4126万元，“99公益日”
    活动网络募捐1863万元"), as parts of it when they add up to no more: amounts listed under a stated total
    (GUIDELINES "Adding up"), with no 其中 written."""
    text = ctx.text
    for whole in rows:
        if not whole["countable"] or whole.get("per_unit") is not None or whole.get("flow") != "raised" \
                or not AREA_RAISED_WHOLE_RE.search(clause_before(text, whole["span_start"])):
            continue
        _, se = ctx.seg.sentence(whole["span_start"])
        parts = [r for r in rows if r is not whole and r["countable"] and whole["span_end"] <= r["span_start"] < se
                 and r.get("per_unit") is None and r.get("flow") == "raised" and 0 < r[value_key] < whole[value_key]
                 and DRIVE_ITEM_RE.match(text, r["span_start"] - len(clause_before(text, r["span_start"])) - 1)]
        if parts and sum(r[value_key] for r in parts) <= SECTION_SLACK * whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


def mark_programme_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the money of the programmes a whole names ("全年累计发放低保、特困、临时救助、残疾人两项补贴、
    高龄津贴和孤儿基本生活费等各类保障资金2.42亿元", "一季度，全县共支出低保、特困、临时救助和医疗救助资金3,458.6万元")
    told further on, each in a sentence naming its programme ("…发放低保金1.27亿元", "全市共有孤儿…516名，全年发放
    基本生活费1,102.4万元"), as its parts when they add up to it as rounded; money of other work ("减免基本
    殡葬服务费用", "资助参保资金") is not. It runs before the sums are searched: a whole named by its programmes
    is broken down by them, not by figures that add up to it by chance."""
    text = ctx.text
    for whole in rows:
        if not whole["countable"] or whole[value_key] <= 0 or whole.get("per_unit") is not None:
            continue
        named = set(PROGRAMME_RE.findall(clause_before(text, whole["span_start"])))
        if len(named) < 2:
            continue
        # (a campaign's money is none of the regular programmes': "“夏送清凉”专项行动，走访慰问分散供养特困人员…")
        later = [r for r in rows if r["countable"] and r["span_start"] > whole["span_end"] and r.get("campaign_id") is None
                 and {flow_of(r), flow_of(whole)} <= SPENDING_FLOWS and 0 < r[value_key] < whole[value_key]]
        # a programme named in the figure's clause, or anywhere in its sentence before it: whichever reading adds
        # up closer to the whole without passing it ("资助低保对象…参加…医疗保险…，支出资助参保资金826.9万元" names
        # 低保 in its sentence only, "全市共有孤儿…516名，全年发放基本生活费1,102.4万元" too)
        readings = [[r for r in later if named & set(PROGRAMME_RE.findall(clause_before(text, r["span_start"])))],
                    [r for r in later
                     if named & set(PROGRAMME_RE.findall(text, ctx.seg.sentence(r["span_start"])[0], r["span_start"]))]]
        # (adding up to it, as rounded: short of it, the rest is for the sums to find among figures of no programme)
        fitting = [p for p in readings
                   if len(p) >= 2 and abs(sum(r[value_key] for r in p) - whole[value_key]) <= PROGRAMME_SLACK * whole[value_key]]
        if fitting:
            for r in max(fitting, key=lambda p: sum(r[value_key] for r in p)):
                r["countable"], r["not_countable_reason"] = False, "part"


def _sum_line(text: str, pos: int) -> bool:
    """The figure at ``pos`` is on a table's sum line ("合计　17,394.15")."""
    return TOTAL_ROW_RE.search(text, text.rfind("\n", 0, pos) + 1, pos) is not None


# a project's sub-section under a whole of project spending: "（一）“情暖鹿城”春节慰问项目。…支出486.3万元。"
PROJECT_SUBSECTION_RE = re.compile(r"\s*[（(][一二三四五六七八九十]{1,3}[）)]\s*[^。\n]{0,12}?[“「][^”」\n]{2,16}[”」][^。\n]{0,12}?(?:项目|工程|行动|活动)")
PROJECTS_WHOLE_RE = re.compile(r"项目[^，,。；;\d]{0,4}(?:支出|资金|投入)")


def mark_project_subsection_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the money of the project sub-sections right under a whole of project spending
    ("全年慈善项目支出2,517.8万元…" then "（一）“情暖鹿城”春节慰问项目。…支出486.3万元" "（二）“金秋助学”项目。…")
    as its parts, together no more than it: each sub-section reports one of the projects it totals."""
    text, seg = ctx.text, ctx.seg
    for whole in rows:
        if not whole["countable"] or whole[value_key] <= 0:
            continue
        s, _ = seg.sentence(whole["span_start"])
        if not PROJECTS_WHOLE_RE.search(text, s, whole["span_start"]):
            continue
        _, pe = seg.paragraph(whole["span_start"])
        lo = hi = pe + 1
        while hi < len(text) and PROJECT_SUBSECTION_RE.match(text, hi):
            _, e = seg.paragraph(hi)
            hi = e + 1
        parts = [r for r in rows if r is not whole and r["countable"] and lo <= r["span_start"] < hi
                 and flow_of(r) == flow_of(whole) and 0 < r[value_key] < whole[value_key]]
        if len(parts) >= 2 and sum(r[value_key] for r in parts) <= SECTION_SLACK * whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


# a numbered section opening on its own total: "（一）养老服务类项目，支出8460万元。" (a lottery fund's report)
SECTION_TOTAL_LEAD_RE = re.compile(rf"\s*{NUMBERED_ITEM_START_RE.pattern}[^，,。；;：:\d]{{2,16}}[，,]\s*(?:全年)?共?"
                                   r"(?:支出|投入|安排|使用|下达|拨付)(?:资金)?[^，,。；;\d]{0,4}")
SENTENCE_END_RE = re.compile(r"\s*[。；;]?\s*$")
HEADING_TOTAL_LEAD_RE = re.compile(rf"\s*{NUMBERED_ITEM_START_RE.pattern}[^，,。；;：:\d]{{2,16}}")  # "一、乡镇（街道）捐款"


def mark_section_total_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the money told in a numbered section after the total it opens on ("（一）养老服务类项目，
    支出8460万元。下达…补助资金4120万元…；实施“银龄安康”工程…支出214万元；…") as that total's parts, together no
    more than it: the section reports what the total was spent on, not all of it named. The total may itself be
    a part of the report's whole."""
    text, seg = ctx.text, ctx.seg
    for whole in rows:
        if whole[value_key] <= 0 or not (whole["countable"] or whole["not_countable_reason"] == "part"):
            continue
        s, se = seg.sentence(whole["span_start"])
        ps, pe = seg.paragraph(whole["span_start"])
        heading_only = pe <= se + 1 and bool(HEADING_TOTAL_LEAD_RE.fullmatch(text, s, whole["span_start"]))
        if s != ps or not (heading_only or SECTION_TOTAL_LEAD_RE.fullmatch(text, s, whole["span_start"])) \
                or not SENTENCE_END_RE.match(text[whole["span_end"]:se]):
            continue
        if heading_only:
            # a heading giving the total alone ("一、乡镇（街道）捐款186.4万元"): its section runs on to the next
            # heading, the items there listed by name ("联星街道21.36万元，江桥街道18.9万元，…")
            # (or numbered one level down: "（二）儿童福利类项目386万元" over "1.…工程126万元。" "2.…项目260万元。")
            own = numbering_style(text, ps)
            while True:
                ns, ne = seg.paragraph(pe + 1)
                style = numbering_style(text, ns)
                if ne <= pe or (style is not None and (own is None or style == own or HIGHER_SECTION_RE.match(text, ns))):
                    break
                pe = ne
        parts = [r for r in rows if r is not whole and r["countable"] and se <= r["span_start"] < pe
                 and (heading_only or flow_of(r) == flow_of(whole) or {flow_of(r), flow_of(whole)} <= SPENDING_FLOWS)
                 and 0 < r[value_key] < whole[value_key]
                 and not MORE_OPENING_RE.match(text, seg.sentence(r["span_start"])[0])]
        if parts and sum(r[value_key] for r in parts) <= SECTION_SLACK * whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


# a whole given by several givers together: "18家爱心企业、社会组织和爱心人士共捐赠款物86.5万元"
# (or the total after the verb: "6家爱心企业和2家社会组织向…基金会捐赠款物共计126.8万元")
GIVERS_WHOLE_RE = re.compile(r"\d+\s*(?:家|个|名|位)[^，。；]{0,24}?(?:共[^，。；]{0,6}?(?:捐赠|捐款|捐助|认捐|捐献)"
                             r"|(?:捐赠|捐款|捐助|认捐|捐献)[^，。；\d]{0,6}?(?:共计|合计|总计|共))"
                             # (or so many firms and their gift right before its figure: "全市23家爱心企业提供企业配捐575.3万元")
                             r"|\d+\s*家[^，。；\d]{0,8}?(?:企业|单位|公司)[^，。；\d]{0,8}?(?:配捐|捐赠|捐款|出资)[^，。；\d]{0,2}$")
# what a whole event raised: "本次活动共募集善款物…", "此次募捐活动共计筹集…"
# (or told as of the evening's end: "截至当晚，共筹集慈善捐款1.193亿元")
EVENT_TOTAL_LEFT_RE = re.compile(rf"(?:本次|此次|这次|本届)[^，。；\d]{{0,8}}?(?:共|共计|合计|总计)[^，。；\d]{{0,4}}?(?:{RAISED_VERBS}|{RECEIVED_VERBS})"
                                 rf"|截至当(?:晚|天|日)[，,]?\s*(?:共|共计|合计|累计)[^，。；\d]{{0,4}}?(?:{RAISED_VERBS}|{RECEIVED_VERBS})")
# a sentence opening on one giver by name: "安徽泉鑫农业发展有限公司捐款20万元"
GIVER_OPENING_RE = re.compile(r"\s*[\u4e00-\u9fff（）()、]{2,30}?(?:有限责任公司|有限公司|集团|商会|协会|基金会|银行|公司|企业|伉俪|夫妇|先生|女士)"
                              r"[^，。；]{0,12}?(?:捐款|捐赠|捐助|认捐|捐献|配捐)")


# the money a clause names before its figure: "共落实民政领域协作帮扶资金", "投入协作资金"
MONEY_NOUN_RE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:资金|款物|善款|经费)[^，,。；;\d\u4e00-\u9fff]{0,2}$")
TOPIC_PARAGRAPHS = 8
MONEY_NOUN_CHARS = 4  # the money's own name before its head word: "协作帮扶"资金, "农村低保"资金


def _money_words(clause: str) -> set[str]:
    """The two-character words of the money a clause names before its figure."""
    m = MONEY_NOUN_RE.search(clause)
    # (the words right before the money's head, not the verb before them: "共支出农村低保资金" and "共支出临时救助资金"
    # share 支出, not their money)
    # (nor a word every kind of relief money shares: "特困人员救助供养资金" and "临时救助资金" are two programmes' money)
    return bigrams(m.group("noun")[-MONEY_NOUN_CHARS:] if m else "") - SHARED_MONEY_WORDS


def mark_topic_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the figures of the topic paragraphs after a whole that name its money again
    ("共落实民政领域协作帮扶资金3,860万元" then "养老服务方面，投入协作资金1,450万元…" "儿童关爱方面，
    安排协作资金680万元…"): the topics spend that money, so each is a piece of it, even when the text
    does not give every topic (GUIDELINES "Adding up": amounts listed under a stated total)."""
    text, seg = ctx.text, ctx.seg
    for whole in rows:
        if not whole["countable"] or whole[value_key] <= 0 or not whole.get("amount_text"):
            continue
        words = _money_words(clause_before(text, whole["span_start"]))
        _, hi = seg.paragraph(whole["span_start"])
        parts = []
        for _ in range(TOPIC_PARAGRAPHS):
            s, e = seg.paragraph(hi + 1)
            if e <= hi or not TOPIC_LEAD_RE.match(text, s):
                break
            parts += [r for r in rows if r is not whole and r["countable"] and s <= r["span_start"] < e
                      and 0 < r[value_key] < whole[value_key]
                      and words & _money_words(clause_before(text, r["span_start"]))]
            hi = e
        if parts and sum(r[value_key] for r in parts) <= SECTION_SLACK * whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


# a clause opening on a project by its quoted name: "州慈善总会发起的“苗岭暖心”项目筹款396.4万元"
PROJECT_CLAUSE_RE = re.compile(r"[^，,。；;\d“”]{0,12}?[“「](?P<name>[^”」]{2,16})[”」]")
TOTAL_LEFT_RE = re.compile(r"共|合计|总计")


def mark_listed_project_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, what each project named before an event's total raised or spent, told after
    that total in its paragraph ("…共上线“苗岭暖心”“侗乡助学”等慈善项目42个。活动期间，全州共筹集善款
    1,026.8万元…。…“苗岭暖心”项目筹款396.4万元…；“侗乡助学”项目筹款218万元"): the event's projects,
    so their sums are in its total."""
    text, seg = ctx.text, ctx.seg
    for whole in rows:
        if not whole["countable"] or whole[value_key] <= 0 or not TOTAL_LEFT_RE.search(clause_before(text, whole["span_start"])):
            continue
        ps, pe = seg.paragraph(whole["span_start"])
        listed = text[ps:whole["span_start"]]
        parts = []
        for r in rows:
            if r is whole or not r["countable"] or not (whole["span_end"] <= r["span_start"] < pe) \
                    or r.get("flow") != whole.get("flow") or not 0 < r[value_key] < whole[value_key]:
                continue
            lead = PROJECT_CLAUSE_RE.match(text, max(_clause_start(ctx, r["span_start"]),
                                                     semicolon_part(ctx, r["span_start"])[0]))
            if lead and lead.end() <= r["span_start"] and f"“{lead.group('name')}”" in listed:
                parts.append(r)
        if parts and sum(r[value_key] for r in parts) <= whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


def mark_giver_parts(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, what named givers gave after the total their group gave together, in the
    same paragraph ("…18家爱心企业…共捐赠款物86.5万元…。安徽泉鑫农业发展有限公司捐款20万元，临泉县
    徽商商会会员集体捐款12万元。"): those givers are among the group, their gifts in its total. So are
    the named givers' pledges told before what the whole event raised, in its paragraph or the one
    above ("其中，某新材料有限公司认捐200万元…" then "…本次活动共募集善款物1,286.4万元")."""
    for whole in rows:
        # (a group's gift that is itself a part of the drive's total holds its givers' gifts all the same:
        # "…配捐312.6万元，全市23家爱心企业提供企业配捐575.3万元。某有限公司…一次性出资80万元")
        if not (whole["countable"] or whole["not_countable_reason"] == "part") or whole.get("flow") != "raised" \
                or whole[value_key] <= 0:
            continue
        s, e = ctx.seg.sentence(whole["span_start"])
        ps, pe = ctx.seg.paragraph(whole["span_start"])
        if GIVERS_WHOLE_RE.search(ctx.text, s, whole["span_start"]):
            lo, hi = e, pe
        elif EVENT_TOTAL_LEFT_RE.search(ctx.text, s, whole["span_start"]):
            lo, hi = (ctx.seg.paragraph(ps - 2)[0] if ps >= 2 else ps), s
        else:
            continue
        # (the giver may open the sentence, the figure in a later clause: "某医疗器械有限公司一次捐赠电动轮椅…186件，
        # 价值42万元")
        parts = [r for r in rows if r["countable"] and lo <= r["span_start"] < hi and r.get("flow") == "raised"
                 and 0 < r[value_key] < whole[value_key]
                 and (GIVER_OPENING_RE.match(ctx.text, _clause_start(ctx, r["span_start"]))
                      or GIVER_OPENING_RE.match(ctx.text, ctx.seg.sentence(r["span_start"])[0]))]
        if parts and sum(r[value_key] for r in parts) <= whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"


# a drive's total of pledges or gifts ("在…“广东扶贫济困日”活动中，…共认捐款物3862.5万元")
DRIVE_TOTAL_LEFT_RE = re.compile(rf"(?:共|共计|合计|总计)(?:认捐|{RAISED_VERBS})[^，,。；;\d]{{0,6}}$")
# a gift of that drive told later ("现场认捐金额1265万元", "在外乡贤…共认捐214.6万元", "…共收到群众小额捐款37.9万元")
DRIVE_GIFT_LEFT_RE = re.compile(r"认捐|捐款|捐赠|捐献|捐助|收到[^，,。；;\d]{0,8}捐")
ANOTHER_GIFT_RE = re.compile(r"另|还|此外|另外|不计入|未计入")  # told as on top of it ("现场还收到…物资，价值约3.4万元")
VENUE_TOTAL_RE = re.compile(r"现场|当晚|当天|晚会")  # the total of one venue or evening: other channels are on top of it
CASH_WORDS_RE = re.compile(r"善款(?!物)|资金|(?<!认)捐款(?!物)|现金")  # a total of cash: goods given are on top of it


def mark_pledges_in_drive_total(ctx: StoryContext, rows: list[dict], value_key: str) -> None:
    """Mark, in place, the pledges and gifts of a named drive told after the drive's total of them ("…活动中，…共认捐款物
    3862.5万元" then "现场认捐金额1265万元", "在外乡贤…共认捐214.6万元", "全县…共收到群众小额捐款37.9万元", "县内3家医药
    企业认捐药品…折价62万元"): the venues, channels and givers of that total, its parts, when together they stay within it
    (a story telling the total of several drives or another drive's gifts keeps them: each row's campaign must be the
    total's)."""
    for whole in rows:
        lead = clause_before(ctx.text, whole["span_start"])
        if not whole["countable"] or whole.get("flow") != "raised" or whole.get("campaign_id") is None \
                or not DRIVE_TOTAL_LEFT_RE.search(lead):
            continue
        if VENUE_TOTAL_RE.search(ctx.text, *ctx.seg.sentence(whole["span_start"])):
            return  # ("晚会现场共认捐款物3268.5万元" … "当晚…网络捐赠…筹得善款63.27万元": another channel)
        cash = not whole.get("in_kind") and CASH_WORDS_RE.search(lead) is not None
        _, after = ctx.seg.sentence(whole["span_start"])
        parts = [r for r in rows if r["countable"] and r["span_start"] > after and r.get("flow") == "raised"
                 and not (cash and r.get("in_kind"))
                 and r.get("campaign_id") == whole["campaign_id"] and 0 < r[value_key] < whole[value_key]
                 and DRIVE_GIFT_LEFT_RE.search(ctx.text, ctx.seg.sentence(r["span_start"])[0], r["span_start"])
                 and not ANOTHER_GIFT_RE.search(ctx.text, ctx.seg.sentence(r["span_start"])[0], r["span_start"])]
        if parts and sum(r[value_key] for r in parts) <= whole[value_key]:
            for r in parts:
                r["countable"], r["not_countable_reason"] = False, "part"
        return  # (the story's first such total only)


def _clause_start(ctx: StoryContext, pos: int) -> int:
    s, _ = ctx.seg.sentence(pos)
    return max(ctx.text.rfind("，", s, pos), ctx.text.rfind(",", s, pos), s - 1) + 1



INCLUDED_MARK_RE = re.compile(r"其中|包括|含")  # the later mention's own word for "a part of"
# what was done, as a sentence tells it: the earlier mention and the whole the later one is in tell the same deed
SAME_MONEY_YUAN = 10_000  # a sum this large named twice to the yuan is one sum (not a 500元 gift to each)
DEED_RE = re.compile(r"走访|慰问|发放|救助|资助|捐赠|捐款|募集|筹集|安排|下拨|拨付|支出|帮扶|保障|供养|享受|纳入")


def mark_told_before_its_whole(ctx: StoryContext, rows: list[dict], value_key: str, kind=None) -> None:
    """Mark, in place, a figure told on its own first and named again further on as a part of a larger whole
    ("县领导…走访慰问困难群众86户…共计8.6万元" … "共走访慰问困难群众2.35万户（含县领导带队走访的86户）…已发放…
    1368.7万元（含县领导走访慰问金8.6万元）") as a part too: counted beside that whole it would be counted twice.
    Same value, same kind (money, or counts of one unit kind) and category; the later one named a part by its
    own words (其中, 含, 包括)."""
    kind = kind or (lambda r: None)
    for later in rows:
        if later["not_countable_reason"] != "part" or later[value_key] <= 0 \
                or not INCLUDED_MARK_RE.search(clause_before(ctx.text, later["span_start"])):
            continue
        for earlier in rows:
            if earlier["span_start"] >= later["span_start"] or not earlier["countable"] \
                    or earlier.get("per_unit") is not None or earlier[value_key] != later[value_key] \
                    or kind(earlier) != kind(later) or earlier.get("category") != later.get("category"):
                continue
            # (the same deed: "走访慰问百岁老人23位" is no share of "享受高龄补贴的老年人共1.38万人，其中…百岁老人23人";
            # the same sum of money to the yuan is the same money whatever the verb: "共发放就餐补贴116.2万元" … "共投入
            # 养老服务资金2865.4万元，其中老年助餐补贴116.2万元")
            told = set(DEED_RE.findall(ctx.text, *ctx.seg.sentence(earlier["span_start"])))
            named = set(DEED_RE.findall(ctx.text, *ctx.seg.sentence(later["span_start"])))
            if told & named or (value_key == "amount_yuan" and later[value_key] >= SAME_MONEY_YUAN):
                earlier["countable"], earlier["not_countable_reason"] = False, "part"
