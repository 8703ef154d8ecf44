"""Per-story context shared by the fact extractors.

Holds the simplified body, sentence/paragraph boundaries, place mentions and
the story defaults, and answers "which region does the thing at offset *pos*
belong to": the nearest place (or 全省/全市-style marker) before it in its
sentence, else the first one after it in the sentence, else the nearest one
in an earlier sentence of the paragraph, else the story default.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import COMPANY_WORDS, HANDED_DOWN_BEFORE_RE, HANDED_DOWN_RE, OFFICE_AFTER_RE, PROVINCE_AREA_WORDS, PROVINCE_WIDE_RE
from .regions import LITERARY, VERB_NAMES, Mention, Place, dominant_province, first_city, gazetteer, resolve
from .text import Segmenter
from .years import mention_year

# markers that name the level without naming the place.  "省民政厅" after
# "湖南省" also matches; it then resolves to that same province, so no harm.
# (charset-led patterns: the regex engine skips other positions quickly)
PROVINCE_MARK = re.compile(r"[全我本]省|省(?:民政|慈善|委|政府|财政)")
REGION_MARK = re.compile(r"全区|自治区本级|区本级")
PHOTO_NOTE_LINE_RE = re.compile(r"[（(]?(?:资料)?(?:图片|图)[^\n]{0,10}[）)]?\s*\n")
# (an outlet named in full before it: "人民日报海外版北京1月23日电")
DATELINE_PLACE_RE = re.compile(r"(?:本报|新华社|中新社|人民网|央广网|[\u4e00-\u9fff]{2,8}?(?:日报|报|网|社)(?:海外版|客户端)?)?"
                               r"[\u4e00-\u9fff]{2,6}?(?:\d{1,2}月\d{1,2}日)?[电讯]")
LIST_GAP_RE = re.compile(r"[、和及与](?:[\u4e00-\u9fff]{2,4}[、和及与])*")
# the levels of government a fund draws on ("统筹中央、省级…和县级财政资金"): not where it is spent
FUNDING_LEVELS_RE = re.compile(r"中央[、和及与]省|省、市|[和及、]县级|市县两级|省市县")
CAPTION_CHARS = 12  # a first "sentence" this short, naming no place, is a caption
NATIONAL_BODIES = r"民政部(?!门)|国务院|财政部(?!门)|应急管理部(?!门)|中华慈善总会|中国慈善联合会|中国红十字会总会"
NATIONAL_RE = re.compile(rf"全国|{NATIONAL_BODIES}")
# the whole country as the scope of what a sentence counts (not a rank, a title, a day or a body: "全国第一", "在全国
#率先", "全国民政系统先进集体", "全国助残日", "全国人大代表"; nor a national service named: "全国救助寻亲网")
NATIONAL_SCOPE_RE = re.compile(r"全国(?![^，,。；;\d]{0,10}?(?:先进|优秀|示范|模范|试点|百强|称号|荣誉|表彰|奖|率先|领先|第一|首|前列|标杆|"
                               r"典型|经验|做法|网|平台|热线|数据库|信息系统|性|人大|政协|总工会|妇联|助残日|敬老|慈善日|老龄|劳模))")
# a national body or the central purse moving money, right before its figure
NATIONAL_MONEY_LEFT_RE = re.compile(rf"(?:{NATIONAL_BODIES}|中央财政)[^。；;]{{0,24}}?(?:安排|下拨|预拨|拨付|下达|投入)"
                                    r"[^。；;，,\d]{0,16}$")
# ... in a headline or lead, not a national day's name ("第三十四次全国助残日")
NATIONAL_LEAD_RE = re.compile(rf"全国(?![^，。；\d]{{0,4}}日)|{NATIONAL_BODIES}")
# where a national meeting was held, or who joined it from afar ("会议在河南郑州举行", "新疆生产建设兵团
# 民政厅（局）以视频会方式参会"): no place the national figures are about
VENUE_BEFORE_RE = re.compile(r"在$")
VENUE_AFTER_RE = re.compile(r"[^，。；,;]{0,12}?(?:举行|召开|举办|启动)|[^，。；,;]{0,16}?(?:以视频(?:会议?)?方式)?参会")
# (or a craft, a cuisine or a speech named for the place: "潮州木雕", "苏绣", "四川话")
LANDFORM_AFTER_RE = re.compile(r"盆地|平原|高原|木雕|金漆|刺绣|剪纸|陶瓷|瓷器|菜系|小吃|方言|话(?![题费])|戏曲|大鼓")
# provinces counted, not named, before one that is ("24个省（区、市）和新疆生产建设兵团")
SEVERAL_PROVINCES_BEFORE_RE = re.compile(r"\d+个?(?:省份?|省区市)(?:[（(][^（）()]{1,10}[）)])?[和及与、]$")
SEVERAL_PROVINCES_CHARS = 16
# a city's or a prefecture's own area, by its level ("全市…", "全州…", "本市")
AREA_WIDE_RE = re.compile(r"(?:全|本|我)(?:市|州|盟)(?![民委长场])")
PROVINCE_AREA_RE = re.compile(PROVINCE_AREA_WORDS)  # (not a province's office cited: "省民政厅办公室《转发…》")
AREA_LEAD_CHARS = 300  # (told in the lead, its first paragraph at least: a province's story quotes a city's 全市 further on)
# the story's own area not named: "深入我县各乡镇", "本市"
OWN_AREA_RE = re.compile(r"(?:我|本)(县|市|区|旗)(?![委长])")
OWN_PLACE_GIVEN_TO_RE = re.compile(r"(?:向|给|援助|支援|帮扶)(?:我|本)(?:省|市|县|区|州|盟|旗)")  # to the story's own place
AND_OTHER_PLACES_AFTER_RE = re.compile(r"(?:省|市|自治区)?等(?:地|省|\d+个?省)")  # "湖南等地", "河南等8省"
HEADING_CHARS = 24  # a heading on a line of its own is short
HEADING_NUMBER_RE = re.compile(r"\s*[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．｜|]")  # a heading's own number ("04｜": a post's)
HEADING_BODY_RE = re.compile(r"[\d。；;，,]")  # (past its number a heading holds no figure and no sentence)
CITY_MARK = re.compile(r"[全我本]市|市(?:级|民政|慈善|委|政府|财政)")


@dataclass
class Region:
    province: str | None
    city: str | None
    county: str | None


NO_REGION = Region(None, None, None)


class StoryContext:
    def __init__(self, title: str, body: str, simp_body: str, simp_title: str = "", place_hint: str = ""):
        self.body = body
        self.title = simp_title  # (what period a report's headline names)
        self.text = simp_body  # extraction runs on the simplified copy
        self.reference_year: int | None = None  # the publication year: 今年/去年 count from it
        self.seg = Segmenter(simp_body)
        self._paragraph_counties: dict[int, str | None] = {}
        g = gazetteer()
        title_mentions = _not_givers(simp_title, g.find(simp_title)) if simp_title else []
        # (not the one place a sentence leaves out: "除新疆生产建设兵团外，…全覆盖")
        self.mentions: list[Mention] = _verbs_not_places(
            simp_body, [m for m in g.find(simp_body) if not _left_out(simp_body, m)])
        # the provinces a national sum goes to ("…6.49亿元，支持辽宁、吉林…等14省") name no one
        # province the story is about
        # (nor does a giver's name: "市福建商会…", "浙江某科技有限公司捐赠…")
        voters = [m for k, m in enumerate(self.mentions) if not _in_province_list(simp_body, self.mentions, k)
                  and not COMPANY_AFTER_RE.match(simp_body, m.end)]
        if NATIONAL_RE.search(simp_body):
            # (a national meeting's, or one joined from afar)
            venues = {v for v in _venues(simp_body, self.mentions)
                      if NATIONAL_RE.search(simp_body, *self.seg.sentence(v))
                      or "参会" in simp_body[v:self.seg.sentence(v)[1]]}
            self.mentions = [m for m in self.mentions if m.start not in venues]
            voters = [m for m in voters if m.start not in venues]
        # (nor is where a province's own event was held: "由贵州省民政厅…主办的…启动仪式在贵阳举行",
        # "贵州省…活动在贵阳启动"; a city's own event keeps its venue, "…在柳北区雀儿山街道举行")
        held = _province_venues(simp_body, self.mentions, self.seg)
        held_in_title = _province_venues(simp_title, title_mentions, Segmenter(simp_title)) if simp_title else set()
        if held or held_in_title:
            self.mentions = [m for m in self.mentions if m.start not in held]
            voters = [m for m in voters if m.start not in held]
            title_mentions = [m for m in title_mentions if m.start not in held_in_title]
        # (under a photo's note: "（资料图片仅供参考）" / "本报北京1月30日电…")
        caption = PHOTO_NOTE_LINE_RE.match(simp_body)
        dateline = DATELINE_PLACE_RE.match(simp_body, caption.end() if caption else 0)
        if dateline and NATIONAL_RE.search(simp_body) and not title_mentions \
                and all(m.start < dateline.end() for m in voters):
            # "中新网北京1月22日电 …全国民政部门…": where the reporter filed from, not what
            # a national story is about
            self.mentions = [m for m in self.mentions if m.start >= dateline.end()]
            voters = [m for m in voters if m.start >= dateline.end()]
        weights = [2.0] * len(title_mentions) + [1.0] * len(voters)
        # a story of one province's aid to another (援疆, 对口支援, 东西部协作: "天津市慈善协会向策勒县捐赠…") is the
        # publisher's: the page's own site and source ("策勒县人民政府网", "来源：策勒县民政局") weigh in among the two
        named = {next(iter(ps)) for m in title_mentions + voters if len(ps := {c.province for c in m.candidates}) == 1}
        publisher = [m for m in g.find_in_hint(place_hint) if {c.province for c in m.candidates} <= named] \
            if len(named) >= 2 and place_hint and AID_BETWEEN_RE.search(simp_body) else []
        self.province = dominant_province(publisher + title_mentions + voters, [PUBLISHER_WEIGHT] * len(publisher) + weights)
        # (not for a national story that names no place, its headline or lead national: "民政部部长：6600万人纳入…"
        # in the Beijing paper)
        national_lead = NATIONAL_LEAD_RE.search(simp_title) \
            or NATIONAL_LEAD_RE.search(simp_body, 0, self.seg.paragraph(0)[1])
        hint_mentions = g.find_in_hint(place_hint) if place_hint and self.province is None \
            and not national_lead else []
        if hint_mentions and voters:
            # the page head may say which of a name's places the story means ("普陀区": 上海 or 舟山), not
            # name a place it does not ("新民晚报" over a story of 普陀区 names no 新民市 of Liaoning)
            could_be = {c.province for m in voters for c in m.candidates}
            hint_mentions = [m for m in hint_mentions if any(c.province in could_be for c in m.candidates)]
        if hint_mentions:
            # the page head names where the story comes from (a county paper's name)
            self.province = dominant_province(hint_mentions)
            title_mentions = title_mentions + hint_mentions
        if self.province is None:
            # no place names a province, but the headline or the opening names a county by its
            # short name before its office or its media ("汉阴民政部门筹资…", "云上嘉鱼报道…")
            head = simp_title + "\n" + simp_body[:self.seg.sentence(0)[1]]
            cued = [m for m in g.find_in_hint(head) if OFFICE_AFTER_RE.match(head, m.end)
                    and len({c.province for c in m.candidates}) == 1]
            if cued:
                self.province = cued[0].candidates[0].province
                title_mentions = title_mentions + cued
        # the story's own city: from the headline, else from the opening sentence
        # (title first, then the opening sentence: "福建晋江…" names only the province
        # in the headline when 晋江 is written without its suffix)
        # the opening sentence's places, without a dateline's ("本报兰州电": where the
        # reporter filed from) when the sentence names another place
        opening_end = self.seg.sentence(0)[1]
        if opening_end <= CAPTION_CHARS and opening_end < len(simp_body) \
                and not any(m.start < opening_end for m in self.mentions):
            # a photo's caption above the lead ("启动仪式现场。"): the lead is the next sentence
            lead_start = len(simp_body) - len(simp_body[opening_end:].lstrip())
            opening_end = self.seg.sentence(lead_start)[1]
        # (not a place in someone's words the story opens on: "“孩子半夜突发急病转到西安住院…”8月15日，…")
        opening = [m for m in self.mentions if m.start < opening_end and not _enclosed(simp_body, m.start, "“", "”", SPEECH_CHARS)]
        if dateline and any(m.start >= dateline.end() for m in opening):
            opening = [m for m in opening if m.start >= dateline.end()]
        # a province's story filed from its capital ("本报海口1月15日讯…省民政厅…全省…", "我省2024年支出…"): the
        # capital is where the reporter was, no city of the province's figures
        filed_from = dateline.end() if dateline and (PROVINCE_WIDE_RE.search(simp_title) or PROVINCE_WIDE_RE.search(
            simp_body, dateline.end(), opening_end)) else 0
        opening = [m for m in opening if m.start >= filed_from]
        lead = title_mentions + opening
        self.city = first_city(lead, self.province)
        if self.city is None and self.province:
            # a county named by its short name in the headline or the opening sentence
            # ("田林：…", "双江…"), accepted only inside the story's province
            head = simp_title + "\n" + simp_body[filed_from:self.seg.sentence(0)[1]]
            found = g.find_in_hint(head)
            held_there = _province_venues(head, found, Segmenter(head))
            local = [m for m in found if any(c.province == self.province for c in m.candidates)
                     and m.start not in held_there]
            self.city = first_city(local, self.province)
        if self.city is None and self.province and place_hint and not hint_mentions and not filed_from:
            # the page head of a city's bureau ("绥化市民政局") over a story naming only its province
            local = [m for m in g.find_in_hint(place_hint) if any(c.province == self.province for c in m.candidates)]
            self.city = first_city(local, self.province)
        own_area = OWN_AREA_RE.search(simp_body, filed_from, opening_end) if self.city is None and self.province else None
        if own_area:
            # the opening names the story's area as "our county" ("…深入我县各乡镇慰问…"): the county a later
            # sentence names by its office ("近年来，政和县慈善总会…") is it
            level = own_area.group(1)
            local = [m for m in self.mentions if m.start >= opening_end and OFFICE_AFTER_RE.match(simp_body, m.end)
                     and (p := resolve(m, self.province)) and p.province == self.province
                     and (p.county if level in "县区旗" else p.city)]
            self.city = first_city(local[:1], self.province)
            lead = lead + local[:1]
        lead_end = max(AREA_LEAD_CHARS, self.seg.paragraph(0)[1])
        if self.city is None and self.province and AREA_WIDE_RE.search(simp_body, 0, lead_end) \
                and not PROVINCE_WIDE_RE.search(simp_title) and not PROVINCE_AREA_RE.search(simp_body, 0, lead_end):
            # a city's report naming its own area only by its level ("全市农村低保对象…", "全州…") and its city only in a
            # body's or a document's name ("《石家庄市民政局关于…》"): the one city of the province it names
            cities = {p.city for m in self.mentions if (p := resolve(m, self.province)) is not None
                      and p.province == self.province and p.city and not p.county}
            if len(cities) == 1:
                self.city = cities.pop()
        self.county = next((p.county for p in (resolve(m, self.province) for m in lead)
                            if p and p.county and p.city == self.city), None)
        # resolved places plus level markers, sorted by position
        marks: list[tuple[int, Region]] = []
        ends: dict[int, int] = {}
        for m in self.mentions:
            p = resolve(m, self.province)
            if p is not None and p.county and len(m.name) == 2 and m.name[-1] in "县区旗" \
                    and self.province and p.province != self.province:
                # a one-character county of another province read across words where the
                # gazetteer's boundary rule cannot see it ("分解到各市（区）和县（市、区）")
                continue
            if _in_book_title(simp_body, m.start):
                continue  # "根据《江西省临时救助办法》…": a law's or a document's name, no place of what follows
            if m.name in LITERARY and _in_quotes(simp_body, m.start) and self.province \
                    and p is not None and p.province != self.province:
                # a literary name in a quoted name is a brand, used beyond its province
                # ("“雪域春蕾”助学项目" of a Qinghai charity): the story's province-wide work
                marks.append((m.start, Region(self.province, None, None)))
                ends[m.start] = m.end
                continue
            if p is not None and p.city is None and _in_quotes(simp_body, m.start) and (
                    (marks and marks[-1][1].city and marks[-1][1].province == p.province
                     and marks[-1][0] >= self.seg.sentence(m.start)[0])
                    or self.city):
                # a province in a name says nothing of where: "和平县…“广东扶贫济困日”活动",
                # a city's "情暖陇原" drive
                continue
            if p is not None and self.province and p.province != self.province \
                    and GIVER_BODY_AFTER_RE.match(simp_body, m.end):
                continue  # "由浙江某爱心教育基金会投资的…项目" in a Gansu story: where the giver is from
            if p is not None and m.start > 0 and simp_body[m.start - 1] == "在" \
                    and LIVES_THERE_AFTER_RE.match(simp_body, m.end):
                continue  # "在杭州创业的汪立群捐赠8万元" in a village's story: where the giver lives, not where it goes
            if p is not None and COMPANY_AFTER_RE.match(simp_body, m.end):
                # the place in a company's name ("浙江竹语科技集团有限公司认捐500万元", "兰州祁连乳业
                # 有限公司捐赠价值120万元的牛奶") is no place of what it gave: the story's place stands
                continue
            if p is not None:
                marks.append((m.start, self._region(p)))
                ends[m.start] = m.end
        # 全省 / 全市 refer to the province / city last named before them
        # (a round-up names several), else to the story's own
        levels = [(m.start(), "p") for m in PROVINCE_MARK.finditer(simp_body)
                  if not _funding_level(simp_body, m) and not self._handed_down(m)]
        levels += [(m.start(), "own" if self.city and m.group() in ("我市", "本市") else "c")
                   for m in CITY_MARK.finditer(simp_body) if not _funding_level(simp_body, m)]
        if self.province and self.province.endswith("自治区"):
            # (in a story of a district, 全区 is the district: "柳江区民政局…全区共保障城乡低保对象…")
            district = (self.county or "").endswith("区")
            levels += [(m.start(), "p") for m in REGION_MARK.finditer(simp_body)
                       if not (district and m.group() == "全区")]
        marks.sort(key=lambda x: x[0])
        named = list(marks)
        named_pos = [p for p, _ in named]
        for pos, level in levels:
            i = bisect.bisect_left(named_pos, pos) - 1
            last_prov = named[i][1].province if i >= 0 else None
            last_city = next((named[j][1] for j in range(i, -1, -1) if named[j][1].city), None)
            if level == "own":
                # "我市" is the paper's own city, whichever city was named last ("广州市…向我市捐赠…" in Bijie's)
                marks.append((pos, Region(self.province, self.city, None)))
            elif level == "p":
                marks.append((pos, Region(last_prov or self.province, None, None)))
            elif last_city is not None and last_city.province == (last_prov or last_city.province):
                marks.append((pos, Region(last_city.province, last_city.city, None)))
            else:
                marks.append((pos, Region(self.province, self.city, None)))
        marks.sort(key=lambda x: x[0])
        self.mark_pos = [p for p, _ in marks]
        self.mark_region = [r for _, r in marks]
        self.mark_end = [ends.get(p, 0) for p, _ in marks]  # 0 for level markers

    def _handed_down(self, mark: re.Match) -> bool:
        """A province's body handing money or goods down in a story of a city ("省财政厅…紧急
        下拨…救灾资金2,000万元" in a story of a county's earthquake): what it sends is the city's."""
        if self.city is None or mark.group().startswith(("全", "我", "本")):
            return False
        # (the level of the money handed down: "…紧急下拨省级自然灾害救灾资金2,000万元")
        return HANDED_DOWN_RE.match(self.text, mark.end()) is not None \
            or HANDED_DOWN_BEFORE_RE.search(self.text, max(0, mark.start() - 8), mark.start()) is not None

    def year_at(self, pos: int, story_year: int | None) -> int | None:
        """Year stated in the sentence of ``pos`` (or its paragraph scope), else the story's."""
        return mention_year(self.text, self.seg.sentence(pos), self.seg.first_sentence_of_paragraph(pos),
                            pos, story_year, self.reference_year)[0]

    def _unless_list(self, i: int) -> Region:
        """Mark ``i``, or only its province when it ends a list of several cities
        ("向榆林、延安等地"): the amount then belongs to none of them alone."""
        r = self.mark_region[i]
        if r.city and self.mark_end[i] and AND_OTHER_PLACES_AFTER_RE.match(self.text, self.mark_end[i]):
            # "向榆林等地": some cities of the province; "…兴宁市、五华县等地": some counties of the city
            return Region(r.province, r.city, None) if r.county else Region(r.province, None, None)
        if r.city and i > 0:
            prev = self.mark_region[i - 1]
            gap = self.text[self.mark_end[i - 1]:self.mark_pos[i]] if self.mark_end[i - 1] else "x"
            # "向榆林、延安、安康、商洛等12个市": the gap may hold names the gazetteer skips
            if prev.city and prev.city != r.city and (gap in ("、", "和", "及", "与") or LIST_GAP_RE.fullmatch(gap)):
                return Region(r.province, None, None)
        if r.province and r.city is None and i > 0 and self.mark_end[i - 1]:
            # a list of provinces ("湖北、四川等24个省…冬春救灾资金共7.89亿元"): none of them alone
            prev = self.mark_region[i - 1]
            gap = self.text[self.mark_end[i - 1]:self.mark_pos[i]]
            if prev.province and prev.city is None and prev.province != r.province \
                    and (gap in ("、", "和", "及", "与") or LIST_GAP_RE.fullmatch(gap)):
                return Region(None, None, None)
        if r.province and r.city is None and (SEVERAL_PROVINCES_BEFORE_RE.search(
                self.text, max(0, self.mark_pos[i] - SEVERAL_PROVINCES_CHARS), self.mark_pos[i])
                or (self.mark_end[i] and AND_OTHER_PLACES_AFTER_RE.match(self.text, self.mark_end[i]))):
            return Region(None, None, None)  # "向24个省（区、市）和新疆生产建设兵团…下拨54.76亿元", "支持湖南等地"
        return r

    def evidence(self, pos: int) -> str:
        """The sentence containing ``pos``, from the stored (original) body."""
        s, e = self.seg.sentence(pos)
        return self.body[s:e].strip()

    def _region(self, p: Place) -> Region:
        return Region(p.province, p.city, p.county)

    @property
    def default_region(self) -> Region:
        return Region(self.province, self.city, None)

    def heading_above(self, pos: int, paragraphs: int) -> str | None:
        """The nearest heading over the paragraph of ``pos``, within ``paragraphs`` paragraphs above it: a short
        paragraph with no figure past its own number and no sentence ("（一）收入情况", "二、省红十字会本级")."""
        ps, _ = self.seg.paragraph(pos)
        for _ in range(paragraphs):
            if ps <= 0:
                return None
            ps, pe = self.seg.paragraph(ps - 1)
            line = self.text[ps:pe].strip()
            if len(line) <= HEADING_CHARS and not HEADING_BODY_RE.search(HEADING_NUMBER_RE.sub("", line, count=1)):
                return line
        return None

    def paragraph_county(self, pos: int) -> str | None:
        """The county a round-up paragraph opens on by its short name ("江安将…", "长宁在
        全县…"), if it is one of the story's own city (or province)."""
        ps, _ = self.seg.paragraph(pos)
        if ps not in self._paragraph_counties:  # asked once per fact: looked up once per paragraph
            self._paragraph_counties[ps] = self._opening_county(ps)
        return self._paragraph_counties[ps]

    def _opening_county(self, ps: int) -> str | None:
        head = self.text[ps:ps + 6]
        for m in gazetteer().find_in_hint(head):
            if m.start > 0:
                break
            fits = [c for c in m.candidates if c.county and c.province == self.province
                    and (self.city is None or c.city == self.city)]
            if len(fits) == 1:
                return fits[0].county
        return None

    def region_at(self, pos: int) -> Region:
        s, e = self.seg.sentence(pos)
        i = bisect.bisect_left(self.mark_pos, pos) - 1
        if i >= 0 and self.mark_pos[i] >= s:
            if self.province is not None and OWN_PLACE_GIVEN_TO_RE.search(self.text, self.mark_end[i] or self.mark_pos[i], pos):
                # "广州市各级慈善组织…向我市捐赠资金…共计1亿3260万元" in Bijie's paper: the giver's place, given
                # to the story's own
                return self.default_region
            return self._unless_list(i)
        j = i + 1
        if NATIONAL_MONEY_LEFT_RE.search(self.text, s, pos) and "其中" not in self.text[s:pos] \
                and all("其中" in self.text[pos:m] for m in self.mark_pos[j:] if m < e):
            # a national body's sum told in a province's story ("财政部、民政部安排68亿元中央冬春救灾资金", "…下拨第一批
            # …54.4亿元，其中，向河南下拨1.98亿元"): the whole country's, no one province's (not a sum sent to a
            # place, "…下达…8,000万元，支持陇南地震灾区…", nor one giver's share of a local drive, "其中中华慈善总会下拨…")
            return NO_REGION
        if NATIONAL_SCOPE_RE.search(self.text, s, pos) and not (j < len(self.mark_pos) and self.mark_pos[j] < e):
            # the whole country's figure quoted in a local story, no place named in its sentence ("全国民政系统
            # 截至2025年10月已保障低保对象近3910万人"): no one province's
            return NO_REGION
        # (not a place named after a 其中 past the figure: "计划走访…4.8万户，…已走访3.1万户，其中海口市9200户、三亚市
        # 3600户" names the whole's shares, the whole is everywhere's)
        if j < len(self.mark_pos) and self.mark_pos[j] < e \
                and not _in_aside_after(self.text, pos, self.mark_pos[j]) \
                and "其中" not in self.text[pos:self.mark_pos[j]]:
            if j + 1 < len(self.mark_pos) and self.mark_pos[j + 1] < e:
                # the sum goes to a list named after it ("下达…6.49亿元，支持辽宁、吉林…等14省"): to
                # none of them alone
                listed = self._unless_list(j + 1)
                if listed != self.mark_region[j + 1]:
                    return listed
            return self._unless_list(j)
        ps, _ = self.seg.paragraph(pos)
        if i >= 0 and self.mark_pos[i] >= ps and (self.province is None or self.mark_region[i].province in
                                                  (self.province, None)):
            # (an earlier sentence's place of another province, "老人来自河南周口…", is that sentence's;
            # the last of a list, "支持甘肃、青海…。截至目前，今年已预拨…", is none of them alone)
            return self._unless_list(i)
        return self.default_region


EXCEPT_CHARS = 6
EXCEPT_BEFORE_RE = re.compile(r"除(?:了)?[^，,。；;]{0,4}$")
EXCEPT_AFTER_RE = re.compile(r"[^，,。；;]{0,12}?(?:以外|之外|外)[，,]")


# a headline's giver before the place it helps ("广州慈善力量助力毕节困难群众温暖过冬")
HELPS_BETWEEN_RE = re.compile(r"[^，,。；;：:]{0,8}?(?:助力|支援|帮扶|援助|驰援|捐助|捐赠|捐建|援建)")


def _not_givers(title: str, mentions: list[Mention]) -> list[Mention]:
    """A headline's places without one that helps another place named after it: the story is the helped one's."""
    out = []
    for k, m in enumerate(mentions):
        helps = HELPS_BETWEEN_RE.match(title, m.end)
        provinces = {c.province for c in m.candidates}
        if helps is None or not any(helps.end() <= o.start and {c.province for c in o.candidates} != provinces
                                    for o in mentions[k + 1:]):
            out.append(m)
    return out


def _in_province_list(text: str, mentions: list[Mention], k: int) -> bool:
    """Mention ``k`` is a province beside another in a list ("辽宁、吉林、黑龙江…等14省", "湖北和四川")."""
    m = mentions[k]
    if {c.city for c in m.candidates} != {None} or len({c.province for c in m.candidates}) != 1:
        return False
    if SEVERAL_PROVINCES_BEFORE_RE.search(text, max(0, m.start - SEVERAL_PROVINCES_CHARS), m.start):
        return True  # "向24个省（区、市）和新疆生产建设兵团下拨…": one more beside the ones counted
    if AND_OTHER_PLACES_AFTER_RE.match(text, m.end):
        return True  # "支持湖南等地做好…救灾工作": the first of several, the others unnamed
    for other, gap in ((mentions[k - 1] if k > 0 else None, lambda o: text[o.end:m.start]),
                       (mentions[k + 1] if k + 1 < len(mentions) else None, lambda o: text[m.end:o.start])):
        if other is not None and {c.city for c in other.candidates} == {None} \
                and {c.province for c in other.candidates} != {c.province for c in m.candidates} \
                and LIST_GAP_RE.fullmatch(gap(other)):
            return True
    return False


def _province_venues(text: str, mentions: list[Mention], seg: Segmenter) -> set[int]:
    """The venues of events whose sentence names a province itself (its organiser's): no place of their figures."""
    out: set[int] = set()
    for v in _venues(text, mentions):
        ss, se = seg.sentence(v)
        # (a province in a drive's quoted name is where money goes, "“抗洪救灾驰援河南”捐赠仪式在珠海市…举行"; an
        # office at the venue is the host's, "在珠海市慈善总会举行")
        if any(ss <= m.start < se and m.start != v and len(m.candidates) == 1 and m.candidates[0].level == "province"
               and not _in_quotes(text, m.start) for m in mentions) \
                and not OFFICE_AFTER_RE.match(text, next(m.end for m in mentions if m.start == v)):
            out.add(v)
    return out


def _venues(text: str, mentions: list[Mention]) -> set[int]:
    """Where the places a meeting was held or joined from start ("在河南郑州举行": both; "…民政厅以视频会
    方式参会")."""
    out: set[int] = set()
    for k, m in enumerate(mentions):
        # (a place right after another of the venue, "河南郑州", is of it too)
        opened = VENUE_BEFORE_RE.search(text, max(0, m.start - 1), m.start) \
            or (k and mentions[k - 1].start in out and mentions[k - 1].end == m.start)
        after = VENUE_AFTER_RE.match(text, m.end)
        if after and (opened or "参会" in after.group()):
            out.add(m.start)
            j = k - 1
            while j >= 0 and mentions[j].end == mentions[j + 1].start and VENUE_BEFORE_RE.search(
                    text, max(0, mentions[j].start - 1), mentions[j].start):
                out.add(mentions[j].start)
                j -= 1
    return out


# county names that are also verbs (regions.VERB_NAMES: "会同", together with) before a body, "…，会同县慈善协会开展…"
# in a Shaanxi story (after an office's name, "…局会同县民政局", the gazetteer drops them itself)
VERB_PLACE_RE = re.compile(rf"(?:{'|'.join(sorted(VERB_NAMES))})(?:县|市|区)?"
                           r"(?:民政|慈善|财政|红十字|残联|应急|卫健|人社|教育|公安|团|妇联|工会|各|相关|有关)")
CLAUSE_START_CHARS = "，,。；;：:\n"


def _verbs_not_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a county whose name is a verb at the start of a clause ("…，会同县慈善协会开展…"), when none of the
    story's other places is in its province: the office works together with a body of the story's own place."""
    out = []
    for k, m in enumerate(mentions):
        provinces = {c.province for c in m.candidates}
        if VERB_PLACE_RE.match(text, m.start) and (m.start == 0 or text[m.start - 1] in CLAUSE_START_CHARS) \
                and not any({c.province for c in o.candidates} & provinces for j, o in enumerate(mentions) if j != k):
            continue
        out.append(m)
    return out


def _left_out(text: str, m: Mention) -> bool:
    """Not a place of the story: the one a sentence leaves out ("除新疆生产建设兵团外，…"), a
    landform named for a province ("四川盆地", "黄淮平原"), or a person's name in a list of those visited
    ("…慰问了困难群众王金华、张志龙、李某等3人": 金华 is no city)."""
    return bool(LANDFORM_AFTER_RE.match(text, m.end)) or bool(EXCEPT_BEFORE_RE.search(text, max(0, m.start - EXCEPT_CHARS), m.start)
                and EXCEPT_AFTER_RE.match(text, m.end)) or _in_name_list(text, m)


# a list of people's names closed by their count ("王金华、张志龙、李某等3人")
NAME_LIST_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}等[\d一二三四五六七八九十两]{1,3}(?:人|名|位)")
NAME_LIST_CHARS = 40


def _in_name_list(text: str, m: Mention) -> bool:
    lo = max(0, m.start - NAME_LIST_CHARS)
    return any(k.start() <= m.start and m.end <= k.end()
               for k in NAME_LIST_RE.finditer(text, lo, min(len(text), m.end + NAME_LIST_CHARS)))


def _in_aside_after(text: str, pos: int, mark: int) -> bool:
    """The place at ``mark`` stands in a parenthesis opened after ``pos`` ("资助130万元（其中100万元为
    结对四川省宣汉县扶贫专款）"): it places a part, not the figure before it."""
    opened = max(text.rfind("（", pos, mark), text.rfind("(", pos, mark))
    return opened >= 0 and max(text.rfind("）", opened, mark), text.rfind(")", opened, mark)) < 0


def _funding_level(text: str, mark: re.Match) -> bool:
    """The level mark names a level of government a fund draws on ("统筹中央、省、市县三级资金"),
    in its own clause ("其中下达我市830万元；市县两级财政配套…": 我市 is where the money goes)."""
    end = CLAUSE_END_RE.search(text, mark.end(), mark.end() + FUNDING_LEVEL_CHARS)
    return FUNDING_LEVELS_RE.search(text, max(0, mark.start() - 4),
                                    end.start() if end else mark.end() + FUNDING_LEVEL_CHARS) is not None


FUNDING_LEVEL_CHARS = 16
CLAUSE_END_RE = re.compile(r"[，,；;。]")
# a body of givers from elsewhere: a foundation, a chamber of commerce, fellow townsmen abroad
# ("香港台山商会会员捐款218万元" in Taishan's story, "澳门同胞捐赠…")
GIVER_BODY_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:基金会|商会|同乡会|联谊会|校友会|乡亲|同胞|侨胞)")
# a person or people described by where they live and work away ("在杭州创业的…", "在上海经商多年的…")
LIVES_THERE_AFTER_RE = re.compile(r"(?:市|县|区)?(?:创业|经商|工作|务工|打拼|定居|生活|发展|求学)[^，,。；;\d]{0,6}?的")
COMPANY_AFTER_RE = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?(?:{COMPANY_WORDS}|股份|(?<!慈善)基金(?!会))|企业(?!职工)")


SPEECH_CHARS = 120  # how far back the opening mark of a quoted speech may stand
PUBLISHER_WEIGHT = 4.0  # the page's site and source, against the places a story between two provinces names
AID_BETWEEN_RE = re.compile(r"援疆|援藏|援青|对口(?:支援|帮扶|援助|协作)|东西部协作")


def _enclosed(text: str, pos: int, opening_mark: str, closing_mark: str, reach: int) -> bool:
    """``pos`` lies inside a pair of marks: an opening mark at most ``reach`` before it, unclosed."""
    opening = text.rfind(opening_mark, max(0, pos - reach), pos)
    return opening >= 0 and text.find(closing_mark, opening, pos) < 0


def _in_book_title(text: str, pos: int) -> bool:
    """``pos`` lies inside a 《…》 title (a law's or a document's name)."""
    return _enclosed(text, pos, "《", "》", 30)


def _in_quotes(text: str, pos: int) -> bool:
    """``pos`` lies inside a “…” name."""
    return _enclosed(text, pos, "“", "”", 24)
