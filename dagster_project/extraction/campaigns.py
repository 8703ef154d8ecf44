"""Named campaigns: a quoted / 《》 name typed by an initiative word.

``“迎新春送温暖”慰问活动`` -> (迎新春送温暖, 活动); ``“情暖童心”“陪伴成长”等关爱行动``
-> two campaigns; ``“光明行、甜蜜行…”五个专项行动`` -> five (the count says the
list is several names); ``“禾计划”`` / ``“辽蕾计划”试点项目`` -> the name carries
its own kind.  Not campaigns: document titles (《关于…的通知》, …方案),
management systems (“红黑名单”制度), slogans with no initiative word, festival
names (“两节”).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .amounts import parse_number
from .context import StoryContext
from .lexicon import (CAMPAIGN_PLAN_RE, DEFAULT_CAMPAIGN_KIND, DESCRIPTOR_AFTER_RE, JOINED_NOUN_CHARS,
                      NATIONAL_CAMPAIGN_RE, SEASON_BEFORE_RE, SERVICE_GAP_RE)
from .years import mention_year

KIND = r"专项行动|示范创建|活动|行动|项目|计划|工程|慰问|品牌|服务"
NAME_KIND_RE = re.compile(r"(计划|行动|活动|工程|项目)$")
# the event words a quoted name may end on and still be typed by: "“慈善暖心行动”" is 慈善暖心, typed 行动 (工程 stays in
# the name, as four of five annotators write it: "“福彩圆梦·孤儿助学工程”", "“善居工程”"; typed 工程 all the same)
GENERIC_KINDS = ("行动", "活动")
# those a thing serves, right after the verb 服务 ("…更好地服务困难群众")
SERVED_AFTER_RE = re.compile(r"(?:于)?(?:广大|困难|辖区|全市|全县|全区|基层)?(?:群众|老人|老年人|居民|对象|家庭|儿童|残疾人|群体|百姓)")
FACILITY_NAME_ENDS = ("食堂", "饭堂", "餐厅", "驿站", "超市", "之家", "中心", "书屋")  # a place's name, serving
TITLE_KIND_RE = re.compile(r"(?:专项行动|专项活动|行动|活动|项目|工程|计划|专项)$")  # event words, not part of a programme's name
OPEN_QUOTES, CLOSE_QUOTES = "“\"「『", "”\"」』"
QUOTED = r"[“\"「『《‘]([^“”\"「」『』《》‘’\n，。；！？,;!?]{1,24})[”\"」』》’]"
# (a joint launch names two: "“慈善一日捐”暨“迎新春送温暖”活动")
GROUP_RE = re.compile(rf"{QUOTED}(?:[、和与及暨]?{QUOTED})*")
ONE_QUOTED_RE = re.compile(QUOTED)
TAIL_RE = re.compile(
    # ("“寒冬送温暖”暨2026年元旦春节慰问活动": the drive joined to the season's event it is held as)
    rf"(?:[（(][^（）()\n]{{0,40}}[）)])?暨?(?:\d{{4}}年?)?(?P<count>[\d一二三四五六七八九十两]+[个项大])?等?"
    # "“慈心之旅”“光明行”等80多个慈善品牌项目": the count of all the brands, after 等
    rf"(?:[\d一二三四五六七八九十两百]+[多余]?[个项类])?"
    rf"(?P<gap>[\u4e00-\u9fff]{{0,14}}?)(?P<kind>(?:{KIND})+)"
    # "服务热线", "服务中心", "计划单列": the kind word is part of another noun
    r"(?!热线|中心|站|平台|机制|体系|对象|人员|标准|清单|水平|质量|能力|设施|窗口|大厅|单列|生育|准则|理念|原则|宗旨|方针)")
# one of a list of gifts ("米、面、油及“博爱温暖包”等慰问物资"): goods, no drive ("“慈善情暖万家”慰问物资
# 发放仪式" names one)
GOODS_LISTED_RE = re.compile(r"等慰问(?:物资|品)")
THEME_AFTER_RE = re.compile(r"\s*为主题")
DAY_NAME_RE = re.compile(r"\d{1,2}\s*[·.．•]\s*\d{1,2}")  # a day of the year as a drive's name: "6·30", "9·9"
DISASTER_GAP_RE = re.compile(r"灾|暴雨|洪|地震|台风|事故|火")
HELD_IN_GAP_RE = re.compile(r"举办|举行|开展|组织|启动|发起|召开")  # a verb between a name and the event word
KIND_RE = re.compile(KIND)
KIND_AFTER_NAME_RE = re.compile(rf"(?:{KIND})(?!热线|中心|站|平台)")
# an event word a few characters after a service ("养老服务消费券发放活动")
EVENT_KIND_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(专项行动|活动|行动|项目|工程|计划)")
AWARD_RE = re.compile(r"(?:奖|称号|荣誉|之星|标兵|模范)$")  # "评出“最聚人气奖”等22个项目": a prize, no campaign
AWARD_AFTER_RE = re.compile(r"(?:奖|称号|荣誉称号|荣誉)")  # a prize named in quotes, its word after them
AWARDED_BEFORE_RE = re.compile(r"(?:荣获|获评|被评为|授予)$")
PLAN_PERIOD_RE = re.compile(r"十[一二三四五六七]五")  # "“十四五”时期…养老服务工作": a five-year plan's span, no campaign
DOC_RE = re.compile(r"^关于|(?:通知|方案|意见|办法|条例|规定|决定|措施|规划|细则|法|报告|公告|函|批复|纲要|指南|制度|标准)$")
PUBLICATION_AFTER_RE = re.compile(r"(?:杂志|记者|报道|本刊|栏目|节目|一书|专栏|发表|刊发|刊登|编辑部)")
ALIAS_BEFORE_RE = re.compile(r"(?:简称|以下称|下称|又称|俗称)[:：]?$")
FIGURATIVE_RE = re.compile(r"(?:变成了?|变为|成为|化作|化为|当作|称为|誉为|被誉为)$")
# holidays, and the policy phrase for the young and the old ("“一老一小”服务关爱": no drive of its own;
# no gold of seven sets that name it counts it)
NOT_NAMES = {"两节", "双节", "春节", "元旦", "中秋", "国庆", "重阳", "老年节", "三八", "六一", "七一", "八一", "一老一小",
             # the ways of government service ("“一站式”网上服务", "“跨省通办”"): no drive
             "一站式", "一件事", "最多跑一次", "跨省通办", "一网通办", "不见面", "掌上办",
             # ways of serving someone ("提供“一对一”个案服务", "“面对面”帮扶"): no drive
             "一对一", "一对多", "面对面", "点对点", "一户一策", "一人一档", "一人一策",
             # a procedure of relief ("临时救助“先行救助”机制"), not a drive
             "先行救助", "急难救助", "一次性救助",
             # ways of choosing projects ("由社会组织“揭榜”设计项目", "“揭榜挂帅”", "“群众点单”"), no drive
             "揭榜", "揭榜挂帅", "点单", "群众点单", "派单", "接单",
             # where a service is had ("在“家门口”享受…", "“家门口”养老服务"), not a drive
             "家门口", "家门口养老"}
# a kind of project quoted, not one project's name: "资助大学生是…的“保留项目”", "“品牌项目”"
DESCRIPTOR_NAME_RE = re.compile(r"(?:保留|重点|品牌|特色|示范|常规|传统|精品|民生)(?:项目|活动)")
ORG_WORD_RE = re.compile(
    r"民政厅|民政局|民政部门|民政系统|慈善总会|慈善会|基金会|联合会|研究院|中心|委员会|人民政府|政府|省委|市委|"
    r"县委|管理局|储备局|管理部门|部门|机构|总会|协会|社会组织|慈善组织|系统")
_PIECE_RE = re.compile(r"[^，,、；;\s]+")
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff·]{2,24}")
ORG_LEAD = re.compile(r"(?:由|联合|携手|组织|会同|指导|引导|动员|培育|支持|鼓励|依托|在|经|和|与|及|同|此外|同时|并|还|"
                      r"各地还|其他|广大|全省|全市)+")


@dataclass
class Campaign:
    start: int
    end: int
    name: str
    kind: str | None
    year: int | None
    organizers: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    year_explicit: bool = False  # the year was written at a mention (not the story's)
    short_names: set[str] = field(default_factory=set)  # the tails it was named again by (一日捐)


def normalize_name(name: str) -> str:
    """Name with quotes, spaces and a leading year removed."""
    n = re.sub(r"[\s\"“”'‘’「」『』《》]", "", name)
    return re.sub(r"^(?:19|20)\d{2}年?", "", n)


def _organizers(ctx: StoryContext, sent_start: int, pos: int) -> list[str]:
    """Bodies named before the mention in its sentence, as written in the body.

    An organisation name ends at its first organisation word, extended over
    directly following ones ("成都市社会组织|管理部门"); "A和B" splits only where A
    already is an organisation ("省民政厅和省慈善总会", not "省粮食和物资储备局").
    """
    out: list[str] = []
    for piece in _PIECE_RE.finditer(ctx.text, sent_start, pos):
        lead = ORG_LEAD.match(piece.group())
        a = piece.start() + (lead.end() if lead else 0)
        run = _CJK_RUN_RE.match(ctx.text, a, piece.end())
        while run:
            words = list(ORG_WORD_RE.finditer(run.group()))
            if not words:
                break
            end = words[0].end()
            for w in words[1:]:
                if w.start() != end:
                    break
                end = w.end()
            org = ctx.body[a:a + end]
            if org not in out and len(org) >= 3:
                out.append(org)
            nxt = run.group()[end:end + 1]
            if nxt not in ("和", "与", "及"):
                break
            a += end + 1
            run = _CJK_RUN_RE.match(ctx.text, a, piece.end())
    return out


def _names(group_text: str, count: str | None) -> list[str]:
    names = [m.group(1) for m in ONE_QUOTED_RE.finditer(group_text)]
    if len(names) == 1 and count and "、" in names[0]:
        parts = names[0].split("、")
        n = parse_number(count[:-1])
        if n and int(n) == len(parts):
            return parts
    return names


def _named(text: str):
    """(name as written, its simplified key, kind, where its quoted group starts) of
    every campaign named in ``text``, by the rules of the module docstring."""
    for g in GROUP_RE.finditer(text):
        if FIGURATIVE_RE.search(text, max(0, g.start() - 4), g.start()):
            continue  # "让“敲门行动”变成了“暖心行动”“连心行动”": what the work became, not another one
        if ALIAS_BEFORE_RE.search(text, max(0, g.start() - 4), g.start()):
            continue  # "中华思源工程基金会（简称“思源工程”）": a body's short name, no campaign
        if GOODS_LISTED_RE.match(text, g.end()):
            continue
        if AWARD_AFTER_RE.match(text, g.end()) or AWARDED_BEFORE_RE.search(text, max(0, g.start() - 6), g.start()):
            continue  # "荣获“中华慈善品牌项目”奖", "被评为“全国…先进单位”": a prize, no campaign
        if THEME_AFTER_RE.match(text, g.end()):
            continue  # "以“科技助残 共享美好”为主题的助残日活动": the day's theme, not a campaign's name
        tail = TAIL_RE.match(text, g.end())
        names = []
        if tail and tail.group("kind").startswith("服务") and SERVICE_GAP_RE.search(tail.group("gap")):
            tail = None  # "让老年人在“家门口”享受更多养老服务": a quoted phrase, then the service it gets
        if tail and tail.group("kind") == "服务" and SERVED_AFTER_RE.match(text, tail.end()):
            tail = None  # "让“爱心积分”更好地服务困难群众": 服务 is what it does to them, no kind of drive
        if tail and tail.group("gap")[:1] in JOINED_NOUN_CHARS:
            tail = None  # "向“一老一小”和社区嵌入式服务倾斜": the kind word is the other noun's
        if tail and "的" in tail.group("gap"):
            tail = None  # "开展“三留守”人员的关爱行动": the quoted words name a group the drive is for
        if tail and "等" in tail.group("gap"):
            tail = None  # "对…以及“三留守”困难家庭等进行重点走访慰问": one of the groups listed, no drive
        if tail and HELD_IN_GAP_RE.search(tail.group("gap")):
            tail = None  # "利用“中华慈善日”举办筹募活动": an occasion, the event held on it another
        if g.group().startswith("《") and PUBLICATION_AFTER_RE.match(text, g.end()):
            continue  # "《中国慈善家》记者…项目": a publication (not "《成长守护》关爱项目")
        if tail:
            kinds = KIND_RE.findall(tail.group("kind"))
            kind = kinds[-1] if kinds else None
            later = EVENT_KIND_AFTER_RE.match(text, tail.end()) if kind == "服务" else None
            if later:
                kind = later.group(1)  # "“银龄乐享”养老服务消费券发放活动": the event, not the service
            # ("“寒冬送温暖”专项救助行动" is typed 行动, as the shared gold types it)
            names = [(n, kind) for n in _names(g.group(), tail.group("count"))]
        else:
            for n in _names(g.group(), None):
                own = NAME_KIND_RE.search(normalize_name(n))
                if own and not g.group().startswith("《"):
                    names.append((n, own.group(1)))
        for raw, kind in names:
            key = normalize_name(raw)  # simplified: used for the rules and to merge mentions
            # (a drive named by its day, "“6·30”助力乡村振兴活动", is one; a disaster by its day, "“7·25”暴洪灾害", no drive)
            day_named = DAY_NAME_RE.fullmatch(key) is not None and tail is not None \
                and not DISASTER_GAP_RE.search(tail.group("gap"))
            if (len(re.findall(r"[\u4e00-\u9fff]", key)) < 2 and not day_named) or key in NOT_NAMES or DOC_RE.search(key) \
                    or DESCRIPTOR_NAME_RE.fullmatch(key) or AWARD_RE.search(key) or PLAN_PERIOD_RE.fullmatch(key):
                continue
            if "、" in key and all(len(part) <= 2 for part in key.split("、")):
                continue  # "助餐、助洁、助医": a list of services, not a name
            if kind == "服务" and key.endswith(FACILITY_NAME_ENDS):
                continue  # "河北区“老人家食堂”今年助餐服务超43万人次": the places that serve, no drive
            own = NAME_KIND_RE.search(key)
            if own and len(key) > len(own.group(1)):
                kind = own.group(1)
                # (not a slogan of someone at work: "“防汛救灾·民政在行动”专项行动" keeps its 在行动)
                if kind in GENERIC_KINDS and len(key) - len(kind) >= 2 and not key[:-len(kind)].endswith("在"):
                    # "“慈善暖心行动”" is the 慈善暖心 campaign, typed 行动, as "“慈善暖心”行动"
                    # would be; a programme's own word stays (禾计划, 希望工程)
                    key = key[:-len(kind)]
            yield raw, key, kind, g.start()


def extract_campaigns(ctx: StoryContext, story_year: int | None, title: str = "") -> list[Campaign]:
    """Campaigns of a story: named in its body, or in its headline (``title``,
    simplified) and then only quoted in the body (``2024年「慈善助学」助学金发放仪式``)."""
    text = ctx.text
    found: dict[str, Campaign] = {}
    for raw, key, kind, group_start in _named(text):
        start = text.find(raw, group_start)
        end = start + len(raw)
        name = key  # simplified, as the gold writes names of traditional-character stories
        sent = ctx.seg.sentence(start)
        year, explicit = mention_year(text, sent, ctx.seg.first_sentence_of_paragraph(start),
                                      start, story_year, ctx.reference_year, own_item=True)
        season = SEASON_BEFORE_RE.search(text, sent[0], group_start)
        if season:
            year, explicit = int(season.group(1)), True  # "2024—2025年度“寒冬送温暖”…": the season's first year
        c = found.get(key)
        if c is None:
            # named again by its short name: "宜城·银龄守护" as "银龄守护", "慈善一日捐" as
            # "一日捐" (the tail of a name already given, three characters at least)
            full = next((k for k in found if _short_name_of(key, k)), None)
            c = found.get(full) if full else None
            if c is not None:
                c.short_names.add(raw)
        if c is None:
            # named by its short name first ("“博爱送万家”活动正式启动" … "“红十字博爱送万家”
            # 活动"): the same campaign, under its full name
            short = next((k for k in found if _short_name_of(k, key)), None)
            if short is not None:
                c = found[key] = found.pop(short)
                c.short_names.add(c.name)
                c.name = key
        if c is None:
            c = found[key] = Campaign(start, end, name, kind, year,
                                       _organizers(ctx, sent[0], group_start), year_explicit=explicit)
        elif explicit and not c.year_explicit and not (
                story_year is not None and year is not None and year > story_year
                and CAMPAIGN_PLAN_RE.search(text, *sent)):
            # (a plan for next year naming the campaign again, "2026年…继续开展“X”", is not when it ran)
            c.year, c.year_explicit = year, True
        if c.kind is None or (kind and kind != c.kind and kind.endswith(c.kind)):
            c.kind = kind  # (the fuller kind of a later mention: "行动" then "专项行动")
        c.mentions.append((start, end))
    for c in found.values():
        # quoted again with no kind word after it ("“慈善一日捐”自2000年发起以来…"): still it
        seen = set(c.mentions)
        for name in (c.name, *sorted(c.short_names)):  # (“一日捐”善款 names 慈善一日捐 again)
            at = text.find(name)
            while at > 0:  # (str.find: a pattern per name would be compiled for every story)
                span = (at, at + len(name))
                if text[at - 1] in OPEN_QUOTES and text[span[1]:span[1] + 1] in CLOSE_QUOTES and span not in seen:
                    c.mentions.append(span)
                    seen.add(span)
                at = text.find(name, at + 1)
        c.mentions.sort()
    _add_unquoted_national(ctx, found, story_year)
    body_names_none = not found
    for _raw, key, kind, _ in _named(title):
        bare = TITLE_KIND_RE.sub("", key) or key  # "“情暖吉林专项行动”启动" names 情暖吉林
        if any(k in (key, bare) or _short_name_of(key, k) or _short_name_of(bare, k) for k in found):
            continue
        # only when the body quotes the name too: a headline's "“暖冬行动”" alone may be
        # a shorthand for the campaign the body names in full
        quoted = [m.span(1) for m in re.finditer(rf"[“\"「『]({re.escape(bare)})[”\"」』]", text)]
        if not quoted and kind and len(bare) >= TITLE_NAME_CHARS:
            # (quoted with its kind in the headline, written bare in the body: "湖南启动2022年“迎新春送温暖”
            # 慰问活动" over "…启动2022年湖南省迎新春送温暖慰问活动")
            quoted = [m.span() for m in re.finditer(re.escape(bare) + KIND_AFTER_BARE_NAME, text)]
            quoted = [(s, s + len(bare)) for s, _ in quoted]
        if quoted:
            found[bare] = Campaign(*quoted[0], bare, kind, story_year, mentions=quoted)
        elif body_names_none and kind:
            # (the headline names the story's drive, quoted with its kind, and the body no campaign at all:
            # "“暖冬行动”为万户困难家庭送去温暖" over a report of the winter's work)
            found[bare] = Campaign(0, 0, bare, kind, story_year)
    return sorted(found.values(), key=lambda c: c.start)


FUNDRAISING_AFTER_QUOTE_RE = re.compile(r"[”」』\"]\s*(?:网络|线上)?(?:募捐|筹款|配捐)")
TITLE_NAME_CHARS = 4  # a headline's name written bare in the body: long enough not to be a common word
KIND_AFTER_BARE_NAME = r"[\u4e00-\u9fff]{0,6}?(?:活动|行动|项目|计划|工程|慰问)"


def _add_unquoted_national(ctx: StoryContext, found: dict[str, Campaign], story_year: int | None) -> None:
    """A nationwide drive named without quotes (NATIONAL_CAMPAIGNS) and not quoted anywhere in
    the story: a campaign, typed by the kind word after it (else 活动)."""
    text = ctx.text
    for m in NATIONAL_CAMPAIGN_RE.finditer(text):
        key = m.group()
        if key in found or any(_short_name_of(key, k) or _short_name_of(k, key) for k in found):
            continue
        spans = [x.span() for x in re.finditer(re.escape(key), text)]
        quoted = [(s, e) for s, e in spans if text[s - 1:s] in OPEN_QUOTES]
        if quoted and not any(FUNDRAISING_AFTER_QUOTE_RE.match(text, e) for _, e in quoted):
            continue  # quoted somewhere: the quoted name's rules decide ("第九个“中华慈善日”" is a day)
        # (quoted with its fundraising after it, no kind word, the drive all the same: "2.“99公益日”网络募捐收入318.62万元";
        # not the money of it drawn on later, "从“慈善一日捐”善款中列支80万元")
        tail = KIND_AFTER_NAME_RE.match(text, m.end())
        sent = ctx.seg.sentence(m.start())
        year, explicit = mention_year(text, sent, ctx.seg.first_sentence_of_paragraph(m.start()),
                                      m.start(), story_year, ctx.reference_year, own_item=True)
        found[key] = Campaign(m.start(), m.end(), key, tail.group() if tail else DEFAULT_CAMPAIGN_KIND, year,
                              _organizers(ctx, sent[0], m.start()), mentions=spans, year_explicit=explicit)


def _short_name_of(short: str, full: str) -> bool:
    """``short`` is ``full`` named again by its tail: "银龄守护" of "宜城·银龄守护", "一日捐" of "慈善一日捐" (or by
    its head).
    (Not the drive an event is joined to: "学雷锋献爱心暨慈善一日捐" is one school's event, "慈善一日捐"
    the county's drive.)"""
    if short == full or full.rsplit("暨", 1)[-1] == short:
        return False
    # (or its head, four characters at least, of a name in two parts: "慈善助医" of "慈善助医 滨城同心")
    return full.rsplit("·", 1)[-1] == short or (len(short) >= 3 and full.endswith(short)) \
        or (len(short) >= 4 and full.startswith(short) and "暨" not in full)




def described_in_headline(text: str, campaigns: list[Campaign], title: str) -> list[Campaign]:
    """The campaigns a headline names by what they are, not by name: "…启动第三届社区公益创投" for
    "“益暖张店”社区公益创投活动" (the name first given with its descriptor in the body)."""
    out = []
    for c in campaigns:
        first = min(c.mentions, default=None)
        m = DESCRIPTOR_AFTER_RE.match(text, first[1]) if first else None
        if m and m.group("desc") in title:
            out.append(c)
    return out
