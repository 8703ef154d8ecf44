"""China administrative-region gazetteer (jionlp data) and place resolution.

Names come from ``jionlp.china_location_loader()``: full names at province,
prefecture and county level, plus the short aliases of provinces and
prefectures (湖南, 株洲).  County aliases are not used: too many of them are
ordinary words.  All names are compiled into one trie-shaped regex so a body is
scanned once, left to right, longest name first.

Resolution rules (GUIDELINES):
* county-level units report their prefecture as ``city`` (醴陵市 -> 株洲市);
* municipalities (北京 上海 天津 重庆) are the province, ``city`` is NULL;
* a name shared by several regions (朝阳区) is resolved with the story's
  province, otherwise ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .amounts import CN_DIGITS
from .lexicon import (HOMETOWN_ASSOCIATION_RE, HONORIFIC_RE, PERSON_AFTER_RE, PERSON_TITLE_BEFORE_RE, SURNAMES,
                      TOWNSHIP_NAME_RE)

_SUFFIXES = "省市县区州盟旗"
_SUFFIX_RE = re.compile(f"[{_SUFFIXES}]")
MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}

# short aliases that are also everyday words or collide with a province name
ALIAS_STOP = {
    "吉林", "海南", "白银", "日照", "阿里", "普洱", "红河", "怒江", "玉树", "朝阳", "四平",
    "长治", "中山", "兴安", "黄山", "大理", "北海", "海北", "果洛", "三沙", "安康", "来宾",
    "开封", "金昌", "和田", "德宏", "黄南", "神农架", "海西", "湘西", "吉安", "通化",
}
# county short names that begin an everyday word, and the character that makes it one
HINT_ALIAS_WORDS = {"共和": "国"}
# city short names whose last character begins an everyday word with the next: "家中卫生" is no 中卫
ALIAS_WORD_AFTER = {"中卫": "生"}
TOWNSHIP_CHARS = "乡镇村街"
LIST_LOOK_CHARS = 6  # how far back a list's 、 shows that 等 ends it
LEVEL_CHARS = "省市县区镇"  # a level word without its place ("市福建商会": the city's own chamber)
# literary names of provinces, common in provincial news ("温暖三湘", "八桂大地")
LITERARY = {
    "三湘": "湖南省", "潇湘": "湖南省", "荆楚": "湖北省", "齐鲁": "山东省", "八闽": "福建省", "三晋": "山西省",
    "燕赵": "河北省", "巴蜀": "四川省", "陇原": "甘肃省", "三秦": "陕西省", "龙江": "黑龙江省", "赣鄱": "江西省",
    "南粤": "广东省", "八桂": "广西壮族自治区", "云岭": "云南省", "之江": "浙江省", "琼州": "海南省",
    "雪域": "西藏自治区", "塞上": "宁夏回族自治区", "天山南北": "新疆维吾尔自治区", "黔贵": "贵州省",
}
# jionlp's prefecture placeholder for county-level units under the province directly
PLACEHOLDER_CITIES = {"省直辖行政区划", "自治区直辖县级行政区划", "省直辖县级行政区划"}
# county-level full names that are ordinary words
NAME_STOP = {"城区", "郊区", "矿区", "东区", "西区", "新区", "市辖区", "市中区", "中区",
             "老城区"}  # (洛阳市老城区: "居住在老城区" is an old town anywhere; 新城区 is kept, a district's name far more often)
# A one-character county (成县, 和县, 沛县) is read only after a boundary: not Chinese, a
# place's own suffix (陇南市成县), or a word that leads to a place (在, 赴, 、); after any
# other character it is the end of a word and the start of another ("责成县民政局",
# "资金和县级配套", "建成县级中心")
# county names whose first two characters are a verb, read as the verb after an office's
# name ("…局会同县民政局", "…厅通道县…" is rarer but the same)
VERB_NAMES = {"会同"}
# a county's name then the county's own townships or villages ("古县乡镇", "古县乡村振兴"), not a township's name
COUNTY_THEN_TOWNSHIP_WORDS = ("乡镇", "乡村", "乡级", "镇村", "镇街", "镇级", "镇两", "乡两")
# words whose last character opens a county's name read across them ("县财政和县…" is not 政和县)
WORDS_ENDING_ON_A_NAME_START = {"财政", "行政", "民政", "家政", "邮政", "其中", "之中", "当中"}  # ("其中卫辉市": no 中卫)
ORG_ENDS = set("局厅委办部府门会处")
# a body of the level named right after the county's name: "会同县总工会、县慈善会" is "jointly with the county's union"
ORG_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:总工会|民政局|财政局|慈善总会|慈善会|慈善协会|红十字会|妇联|团委|残联|委员会)")
COUNT_WORDS = set("名个户位")  # measure words that open place names too (名山区, 个旧市, 户县)
NUMERAL_CHARS = set("0123456789０１２３４５６７８９万余多") | set(CN_DIGITS)  # what a count ends on
SHORT_COUNTY_AFTER = set("在到赴往至于和与及的对向为从自进、，,：:（(“\"省市州区县盟旗") | {"\n", " ", "\u3000"}


class Place(NamedTuple):
    province: str
    city: str | None
    county: str | None
    level: str  # 'province' | 'city' | 'county'


@dataclass
class Mention:
    start: int
    end: int
    name: str
    candidates: tuple[Place, ...]


def _trie_regex(words: list[str]) -> str:
    """Alternation of ``words`` shaped as a trie; greedy, so the longest name wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
        return body

    return build(trie)


def _aliases(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def banner_short_name(name: str) -> str | None:
    """How Inner Mongolia writes a banner with a wing or position: 科尔沁右翼前旗 -> 科右前旗,
    土默特右旗 -> 土右旗, 乌拉特前旗 -> 乌前旗 (first character, wing, position, 旗)."""
    if not name.endswith("旗") or len(name) < 5:
        return None
    wing = "左" if "左" in name else "右" if "右" in name else ""
    position = name[-2] if name[-2] in "前中后" else ""
    return name[0] + wing + position + "旗" if wing or position else None


def autonomous_short_names(name: str, alias: str | None) -> list[str]:
    """How news writes an autonomous county without its peoples: 松桃苗族自治县 -> 松桃自治县, 松桃县."""
    if not name.endswith("族自治县") or not alias:
        return []
    return [alias + "自治县", alias + "县"]


class Gazetteer:
    def __init__(self) -> None:
        import jionlp as jio  # heavy import, done once

        data = jio.china_location_loader()
        names: dict[str, set[Place]] = {}
        stopped: dict[str, set[Place]] = {}  # city aliases left out of running text
        short_forms: dict[str, set[Place]] = {}  # autonomous counties written short

        def add(name: str, place: Place) -> None:
            if name and len(name) >= 2 and name not in NAME_STOP:
                names.setdefault(name, set()).add(place)

        for prov, pv in data.items():
            if prov.startswith("_"):
                continue
            p_place = Place(prov, None, None, "province")
            add(prov, p_place)
            for a in _aliases(pv.get("_alias")):
                add(a, p_place)
            for city, cv in pv.items():
                if city.startswith("_"):
                    continue
                muni = prov in MUNICIPALITIES
                c_place = p_place if muni else Place(prov, city, None, "city")
                if not muni:
                    add(city, c_place)
                    for a in _aliases(cv.get("_alias")):
                        if a not in ALIAS_STOP:
                            add(a, c_place)
                        else:  # too common a word in running text; a page head names its city ("北海日报")
                            stopped.setdefault(a, set()).add(c_place)
                for county, kv in cv.items():
                    if county.startswith("_"):
                        continue
                    # a county-level city under no prefecture (仙桃市, 石河子市): its own city
                    seat = None if muni else (county if city in PLACEHOLDER_CITIES else city)
                    add(county, Place(prov, seat, county, "county"))
                    short = banner_short_name(county)
                    if short and short not in names:
                        add(short, Place(prov, seat, county, "county"))
                    for short in autonomous_short_names(county, kv.get("_alias")):
                        short_forms.setdefault(short, set()).add(Place(prov, seat, county, "county"))
        # (added once every full name is in: a short form never shadows a real county's name)
        for short, places in short_forms.items():
            if short not in names:
                names[short] = places
        # names a region had before it was renamed or moved (jionlp's change list: 襄樊市 ->
        # 襄阳市, 济阳县 -> 济阳区): older articles use them. A current name always wins.
        current = set(names)
        old_cities: dict[str, set[Place]] = {}
        for change in jio.china_location_change_loader():
            (old_prov, _), (old_city, old_city_alias), (old_county, old_county_alias) = change["old_loc"][:3]
            prov, city, county = change["new_loc"]
            if prov not in data or city is None:
                continue
            if old_county and old_county not in current:
                add(old_county, Place(prov, None if prov in MUNICIPALITIES else city, county, "county"))
            # (a county moved to another prefecture leaves its old one's name alone: 公主岭市 went from 四平市 to
            # 长春市, and "四平" is still 四平市's)
            if old_city and old_city != city and old_city not in current:
                for name in (old_city, old_city_alias):
                    if name and name not in current:
                        old_cities.setdefault(name, set()).add(Place(prov, city, None, "city"))
        for name, places in old_cities.items():
            if len(places) == 1:  # a prefecture split between two (柳州地区) names neither
                add(name, next(iter(places)))
        for name, prov in LITERARY.items():
            if prov in data:
                add(name, Place(prov, None, None, "province"))
        # a province alias must never be shadowed by a city alias of the same text
        self.names = {k: tuple(sorted(v, key=lambda p: (p.province, p.city or "", p.county or ""))) for k, v in names.items()}
        for k, v in list(self.names.items()):
            provs = [p for p in v if p.level == "province"]
            if provs:
                self.names[k] = tuple(provs)
        # Speed: one regex alternation over ~3700 names costs ~1us per character
        # (CPython tries every branch).  Full names all end in an admin suffix, so
        # they are found by scanning for the suffix and looking the preceding
        # 2..10 characters up in a set; only the ~300 suffix-less aliases go
        # through a (trie-shaped) regex.
        self.full_names = {n for n in self.names if n[-1] in _SUFFIXES}
        # candidate lengths per last-two-characters ("陵市" -> [3]); most suffix
        # hits ("全市", "城市") have no entry and cost one dict lookup
        tails: dict[str, set[int]] = {}
        for n in self.full_names:
            tails.setdefault(n[-2:], set()).add(len(n))
        self.tails = {k: sorted(v, reverse=True) for k, v in tails.items()}
        aliases = sorted(n for n in self.names if n not in self.full_names)
        self.alias_regex = re.compile(_trie_regex(aliases))
        self.province_names = {p for p in data if not p.startswith("_")}
        # county short names (罗田, 依安): too many are ordinary words to scan running
        # text for them, but a page head or site name ("今日罗田") names its county so
        county_alias: dict[str, set[Place]] = {}
        for prov, pv in data.items():
            if prov.startswith("_"):
                continue
            for city, cv in pv.items():
                if city.startswith("_"):
                    continue
                muni = prov in MUNICIPALITIES
                for county, kv in cv.items():
                    if county.startswith("_") or not isinstance(kv, dict):
                        continue
                    for a in _aliases(kv.get("_alias")):
                        if len(a) >= 2 and a not in self.names:
                            seat = None if muni else (county if city in PLACEHOLDER_CITIES else city)
                            county_alias.setdefault(a, set()).add(Place(prov, seat, county, "county"))
        for a, places in stopped.items():
            if a not in self.names:
                county_alias.setdefault(a, set()).update(places)
        self.county_alias = {k: tuple(sorted(v, key=lambda p: (p.province, p.city or "", p.county or ""))) for k, v in county_alias.items()}
        self.county_alias_regex = re.compile(_trie_regex(sorted(self.county_alias)))

    def find_in_hint(self, text: str) -> list[Mention]:
        """Places of a page head or site name: every name, plus county short names."""
        found = self.find(text)
        taken = [(m.start, m.end) for m in found]
        for m in self.county_alias_regex.finditer(text):
            if text.startswith(HINT_ALIAS_WORDS.get(m.group(), "\0"), m.end()):
                continue  # "中华人民共和国慈善法" names no 共和县
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(Mention(m.start(), m.end(), m.group(), self.county_alias[m.group()]))
        return sorted(found, key=lambda m: m.start)

    def find(self, text: str) -> list[Mention]:
        """All place mentions in ``text``, leftmost-longest, non-overlapping."""
        spans = [(m.start(), m.end()) for m in self.alias_regex.finditer(text)]
        full, tails = self.full_names, self.tails
        for m in _SUFFIX_RE.finditer(text):
            end = m.end()
            for length in tails.get(text[end - 2:end], ()):
                if length <= end and text[end - length:end] in full:
                    spans.append((end - length, end))
                    break
        spans.sort(key=lambda se: (se[0], -se[1]))
        out: list[Mention] = []
        last_end = -1
        for s, e in spans:
            if e - s == 2 and s > 0 and text[e - 1] in "县旗" and text[s - 1] not in SHORT_COUNTY_AFTER \
                    and "\u4e00" <= text[s - 1] <= "\u9fff":
                continue
            if text[s] in COUNT_WORDS and s > 0 and text[s - 1] in NUMERAL_CHARS:
                continue  # "4万名山区留守儿童": 名 counts the children, there is no 名山区 here
            if text[e - 1] == "乡" and text[e:e + 1] in ("亲", "贤"):
                continue  # "新乡贤", "旅新乡亲": 乡贤/乡亲 are people, not 新乡 (河南)
            if text[e - 1] == "山" and text[e:e + 1] == "区" and text[s:e] not in full:
                continue  # "高寒冷凉山区": a mountain area (山区), not 凉山 (四川)
            if text[e - 1] == "区" and text[e:e + 1] == "域":
                continue  # "新建区域性养老服务中心": 区域 (an area), not 新建区 (南昌)
            if text[s + 1:s + 2] == "等" and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                    and "、" in text[max(0, s - LIST_LOOK_CHARS):s]:
                continue  # "旺苍、青川、朝天等县区": 等县 ends a list, there is no 天等县 (广西) here
            if text[e:e + 1] == "班" and all(p.level == "province" for p in self.names[text[s:e]]):
                continue  # "西藏班学生111人": an inland school's class for students from the province
            if text[e - 1] == "县" and text[e:e + 1] in ("镇", "乡") and text[e:e + 2] not in COUNTY_THEN_TOWNSHIP_WORDS:
                continue  # "古县镇开展…" (永丰, 江西): a township named after an old county seat, not 古县 (山西)
            if text[e:e + 1] and text[e:e + 1] in TOWNSHIP_CHARS and text[s:e] in LITERARY:
                continue  # "云岭乡", "龙江镇": a township's name, not the province's literary one
            if text[e:e + 1] and text[e:e + 1] in TOWNSHIP_CHARS and all(p.level == "province" for p in self.names[text[s:e]]):
                continue  # "我区河北镇、佛子庄乡…" (房山), "湖南镇" (衢州): a township named like a province
            if text.startswith(ALIAS_WORD_AFTER.get(text[s:e], "\0"), e):
                continue  # "家中卫生": 卫生 (hygiene), not 中卫 (宁夏)
            if HOMETOWN_ASSOCIATION_RE.match(text, e) and ((out and out[-1].end == s) or text[s - 1:s] in LEVEL_CHARS):
                continue  # "佛山市汕尾商会", "市福建商会": the hometown of the members of a chamber in 佛山
            if s > 0 and text[s - 1] in SURNAMES and text[s:e] not in full and _a_persons_name(text, s - 1, e):
                continue  # "司长王金华在会上公布…": a person, not 金华 (浙江)
            if text[e:e + 1] in SURNAMES and HONORIFIC_RE.match(text, e + 1):
                continue  # "台湾王建煊先生于2007年创办": where a giver is from, not where the money goes
            if s > 0 and text[s - 1:s + 1] in WORDS_ENDING_ON_A_NAME_START:
                continue  # "由县财政和县慈善协会共同承担": 财政 then 和县, not 政和县 (福建)
            if text[s:s + 2] in VERB_NAMES and s > 0 and (text[s - 1] in ORG_ENDS or (
                    text[s - 1] in "，,、" and ORG_AFTER_RE.match(text, e))):
                # "县应急管理局会同县民政局", "由县民政局牵头，会同县总工会…": 会同 (jointly) is a verb here, not 会同县 (湖南)
                continue
            if s >= last_end:
                name = text[s:e]
                out.append(Mention(s, e, name, self.names[name]))
                last_end = e
        return out


def _a_persons_name(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` (a surname, then a place's short name) is a person's: a title
    before it or a verb of speech after it."""
    return bool(PERSON_TITLE_BEFORE_RE.search(text, max(0, start - 3), start) or PERSON_AFTER_RE.match(text, end))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def is_place_name(words: str) -> bool:
    """``words`` is one region's name (东港市, 松桃, 润州) or a township's (凤凰街道, 保华镇): a place's
    share of a whole, not a group of people."""
    # (a county by its short name too, as a list of its shares writes it: "其中京口169人，润州122人")
    g = gazetteer()
    return words in g.names or words in g.county_alias or bool(TOWNSHIP_NAME_RE.fullmatch(words))


def resolve(m: Mention, province: str | None) -> Place | None:
    """Pick the candidate of ``m`` that fits the story's province, if ambiguous."""
    if len(m.candidates) == 1:
        return m.candidates[0]
    if province:
        fits = [c for c in m.candidates if c.province == province]
        if len(fits) >= 1:
            # prefer the most specific level only when it is unique
            return fits[0] if len(fits) == 1 else None
    return None


def dominant_province(mentions: list[Mention], weights: list[float] | None = None) -> str | None:
    """Province mentioned most often (unambiguous names only); ties -> first seen."""
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        provs = {c.province for c in m.candidates}
        if len(provs) != 1:
            continue
        p = provs.pop()
        score[p] = score.get(p, 0.0) + (weights[i] if weights else 1.0)
        first.setdefault(p, i)
    if not score:
        return None
    return max(score, key=lambda p: (score[p], -first[p]))


def first_city(mentions: list[Mention], province: str | None) -> str | None:
    """City of the first prefecture/county-level mention inside ``province``."""
    for m in mentions:
        place = resolve(m, province)
        if place and place.city and (province is None or place.province == province):
            return place.city
    return None
