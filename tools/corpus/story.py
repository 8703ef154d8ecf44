"""Story templates: one civil-affairs news story and its gold facts.

A :class:`StoryBuilder` writes sentences *from* facts: every amount, count or
campaign name is rendered by :mod:`.amounts` or chosen from :mod:`.vocab`,
recorded as a gold row, and only then put into a sentence.  Nothing is parsed
back, so the gold is exact by construction.

Rules of the guidelines that shape the templates:

* flow comes from the verb next to the amount (筹集/捐赠 → raised, 安排/拨付/统筹
  → allocated, 发放/减免 → disbursed, 涉及 → other);
* 价值…的物资 / 折款 is in-kind, 款物 and 含物折款 are not;
* 每人/每户 standards carry ``per``; a range gives two rows;
* staff, volunteers, organisations, goods and events are counted in
  distractor clauses that produce no beneficiary row;
* a sub-paragraph about a named city or county moves the region of its facts
  (county → its prefecture; municipality district → city None).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import vocab
from .amounts import Quantity, exact_money, money, money_range, quantity
from .regions import City, County, Province

THEMES = ["spring", "winter", "summer", "children", "elderly", "party", "dibao", "charity", "review"]
THEME_WEIGHTS = [30, 14, 8, 8, 8, 6, 8, 8, 10]
THEME_MONTHS = {
    "spring": [1, 2], "winter": [11, 12], "summer": [6, 7, 8], "children": [6, 8, 9],
    "elderly": [10], "party": [6, 7], "dibao": [3, 4, 5, 7, 9], "charity": [9],
    "review": [12, 1, 8, 10],
}
# Groups a theme talks about (category, weight).
THEME_GROUPS = {
    "spring": {"needy_general": 6, "dibao": 2, "tekun": 2, "orphans_children": 1, "elderly": 1, "veterans_cadres": 1},
    "winter": {"needy_general": 5, "homeless": 3, "tekun": 2, "elderly": 1, "dibao": 1},
    "summer": {"homeless": 3, "other": 3, "needy_general": 3, "elderly": 1},
    "children": {"orphans_children": 8, "needy_general": 1},
    "elderly": {"elderly": 8, "tekun": 1, "veterans_cadres": 1},
    "party": {"veterans_cadres": 6, "needy_general": 2},
    "dibao": {"dibao": 6, "tekun": 3, "needy_general": 1},
    "charity": {"needy_general": 4, "orphans_children": 2, "disabled": 2, "other": 1},
    "review": {"needy_general": 3, "tekun": 2, "elderly": 2, "orphans_children": 2, "disabled": 2, "homeless": 1, "dibao": 1, "other": 1},
}
PURPOSES = {
    "spring": ["为确保困难群众安全温暖过冬、欢度新春佳节", "为把党和政府的温暖送到困难群众心坎上", "春节将至"],
    "winter": ["为确保困难群众安全温暖过冬", "为应对新一轮低温雨雪天气", "入冬以来"],
    "summer": ["为做好高温天气期间困难群众救助工作", "为切实保障受灾群众基本生活", "入夏以来"],
    "children": ["为进一步加强困境儿童关爱保护", "为帮助困难家庭学子圆梦校园", "新学期来临之际"],
    "elderly": ["为弘扬尊老敬老的传统美德", "重阳节来临之际", "为提升老年人生活质量"],
    "party": ["在中国共产党成立纪念日到来之际", "为把党的关怀送到老党员心坎上"],
    "dibao": ["为进一步兜牢兜实基本民生保障底线", "为切实保障困难群众基本生活"],
    "charity": ["为弘扬中华民族扶危济困、乐善好施的传统美德", "中华慈善日期间"],
    "review": ["十年春华秋实，一路繁花绽放", "党的十八大以来"],
}
KIND_PRINT = {
    "活动": ["活动", "活动", "慰问活动", "主题活动", "系列活动"],
    "行动": ["行动", "行动", "关爱行动"],
    "专项行动": ["专项行动"],
    "项目": ["项目", "公益项目", "慈善项目"],
    "工程": ["工程", "民生工程"],
    "品牌": ["品牌", "慈善品牌", "服务品牌"],
    "服务": ["服务"],
}


@dataclass
class Place:
    """Where a story (or one paragraph of it) is set, with its gold region."""

    province: Province
    city: City | None = None
    county: County | None = None

    @property
    def gold_province(self) -> str:
        return self.province.name

    @property
    def gold_city(self) -> str | None:
        if self.county is not None:
            return self.county.city  # county-level → prefecture; None in municipalities
        return self.city.name if self.city else None

    @property
    def full(self) -> str:
        """First mention: 湖南省株洲市醴陵市 / 北京市朝阳区 / 黑龙江省牡丹江市."""
        parts = [self.province.name]
        if self.city:
            parts.append(self.city.name)
        if self.county:
            parts.append(self.county.name)
        return "".join(parts)

    @property
    def short(self) -> str:
        if self.county:
            return self.county.name
        if self.city:
            return self.city.name
        return self.province.name

    @property
    def alias(self) -> str:
        if self.county:
            return self.county.name
        if self.city:
            return self.city.alias
        return self.province.alias

    @property
    def scope(self) -> str:
        if self.county:
            return self.county.scope
        if self.city:
            return self.city.scope
        return self.province.scope

    @property
    def bureau(self) -> str:
        if self.county or self.city:
            return self.short + "民政局"
        return self.province.affairs_bureau

    @property
    def level(self) -> str:
        return "county" if self.county else "city" if self.city else "province"


@dataclass
class Story:
    """A story's text pieces and gold rows (layout decides how it is printed)."""

    title_lines: list[str]
    paragraphs: list[str]
    source: str | None
    source_kind: str  # "paper" | "web" | "body" | "none"
    year: int | None
    province: str
    funds: list[dict] = field(default_factory=list)
    beneficiaries: list[dict] = field(default_factory=list)
    campaigns: list[dict] = field(default_factory=list)
    month: int = 1
    day: int = 1


def pick_place(rng: random.Random, provinces: tuple[Province, ...]) -> Place:
    """A random place: province (35%), prefecture city (40%) or county (25%)."""
    prov = rng.choice(provinces)
    r = rng.random()
    if prov.is_municipality:
        if r < 0.5 or not prov.districts:
            return Place(prov)
        return Place(prov, None, rng.choice(prov.districts))
    if r < 0.35:
        return Place(prov)
    city = rng.choice(prov.cities)
    if r < 0.75 or not city.counties:
        return Place(prov, city)
    return Place(prov, city, rng.choice(city.counties))


def person_name(rng: random.Random) -> str:
    return rng.choice(vocab.SURNAMES) + "".join(rng.choice(vocab.GIVEN_NAMES) for _ in range(rng.choice([1, 2])))


class StoryBuilder:
    """Builds one story.  ``used_names`` is shared across a page so campaign
    names are unique within a file (the scorer de-duplicates predictions per
    file, so a repeated gold name could never be matched twice)."""

    def __init__(self, rng: random.Random, provinces, *, year: int | None, used_names: set[str],
                 place: Place | None = None, theme: str | None = None, size: str = "medium",
                 year_from_page: bool = False, fullwidth: bool = False):
        self.rng = rng
        self.provinces = provinces
        self.place = place or pick_place(rng, provinces)
        self.theme = theme or rng.choices(THEMES, THEME_WEIGHTS)[0]
        self.year = year
        self.year_from_page = year_from_page
        self.used = used_names
        self.size = size
        self.fw = fullwidth
        self.funds: list[dict] = []
        self.bens: list[dict] = []
        self.camps: list[dict] = []
        self.month = rng.choice(THEME_MONTHS[self.theme])
        self.day = rng.randint(1, 28)
        lvl = self.place.level
        # Magnitudes by level: a province moves hundreds of millions, a county thousands.
        self.money_hi = {"province": 5e9, "city": 3e8, "county": 3e7}[lvl]
        self.money_lo = {"province": 1e6, "city": 2e4, "county": 5e3}[lvl]
        self.count_hi = {"province": 2e6, "city": 2e5, "county": 3e4}[lvl]
        self.count_lo = {"province": 1000, "city": 50, "county": 10}[lvl]

    # ---------------------------------------------------------------- facts
    def fund(self, q: Quantity, flow: str, *, per: str | None = None, in_kind: bool = False,
             where: Place | None = None) -> str:
        w = where or self.place
        self.funds.append({"amount_yuan": q.value, "text": q.text, "qualifier": q.qualifier, "per": per,
                           "flow": flow, "in_kind": in_kind, "province": w.gold_province, "city": w.gold_city})
        return q.text

    def ben(self, q: Quantity, group: str, category: str, where: Place | None = None) -> str:
        w = where or self.place
        self.bens.append({"count": q.value, "text": q.text, "unit": q.unit, "qualifier": q.qualifier,
                          "group": group, "category": category, "province": w.gold_province, "city": w.gold_city})
        return q.text

    def campaign(self, name: str, kind: str, organizers: list[str], year: int | None = None) -> None:
        self.camps.append({"name": name, "kind": kind, "year": year if year is not None else self.year,
                           "province": self.place.gold_province, "organizers": list(organizers)})

    def total(self, scale: float = 1.0, **kw) -> Quantity:
        return money(self.rng, self.money_lo * scale, self.money_hi * scale, fullwidth=self.fw, **kw)

    def group(self, category: str | None = None) -> tuple[str, str, list[str]]:
        if category is None:
            weights = THEME_GROUPS[self.theme]
            category = self.rng.choices(list(weights), list(weights.values()))[0]
        phrase, units = self.rng.choice(vocab.GROUPS[category])
        return phrase, category, units

    def count(self, units: list[str], scale: float = 1.0) -> Quantity:
        unit = self.rng.choice(units)
        hi = self.count_hi * scale
        if unit in ("家", "个", "位"):
            hi = min(hi, 5000)  # 12万位 reads oddly; families/位 are small counts
        return quantity(self.rng, max(3, self.count_lo * scale), max(10, hi), unit,
                        allow_yi=False, fullwidth=self.fw)

    def distractor(self) -> str:
        tpl, unit, lo, hi = self.rng.choice(vocab.DISTRACTORS)
        q = quantity(self.rng, lo, hi, unit, allow_yi=False, fullwidth=self.fw,
                     quals={"exact": 0.7, "at_least": 0.3})
        return tpl.format(q=q.text)

    # ------------------------------------------------------------ campaigns
    def new_name(self, plan: bool = False) -> str:
        rng = self.rng
        for _ in range(50):
            if plan:
                head = rng.choice(vocab.PLAN_HEADS + [self.place.province.alias[0] + "蕾"])
                name = head + "计划"
            else:
                r = rng.random()
                if r < 0.3:
                    name = rng.choice(vocab.CAMPAIGN_WHOLE)
                elif r < 0.45:
                    name = rng.choice(["情暖", "温暖", "爱心", "幸福", "关爱"]) + self.place.province.alias
                else:
                    name = rng.choice(vocab.CAMPAIGN_HEADS[self.theme]) + rng.choice(vocab.CAMPAIGN_TAILS[self.theme])
            if name not in self.used:
                self.used.add(name)
                return name
        name = f"{self.place.alias}暖心{len(self.used)}"  # unreachable in practice
        self.used.add(name)
        return name

    def quoted(self, name: str, kind: str) -> str:
        """The printed mention of a campaign: “X”活动 / “X计划”试点项目."""
        if kind == "计划":
            return f"“{name}”" + self.rng.choice(["", "项目", "试点项目"])
        return f"“{name}”" + self.rng.choice(KIND_PRINT[kind])

    def orgs(self, n: int) -> list[str]:
        """Organizer names as they will be written (first one in full)."""
        p = self.place
        pool: list[str] = []
        if p.level == "province":
            pool = [t.format(p=p.province.name) for t in vocab.PROVINCE_ORGS]
            short = [t.format(s=p.province.short_org_prefix) for t in vocab.PROVINCE_SHORT_ORGS]
            first = p.province.affairs_bureau
            rest = [x for x in pool + short if x != first and not x.startswith(p.province.name + "民政")]
        elif p.level == "city":
            first = p.full + "民政局" if self.rng.random() < 0.5 else p.bureau
            rest = [t.format(c=p.city.name) for t in vocab.CITY_ORGS[1:]]
        else:
            first = p.full + "民政局" if self.rng.random() < 0.5 else p.bureau
            rest = [t.format(k=p.county.name) for t in vocab.COUNTY_ORGS[1:]]
        rest = [x for x in rest if "慈善" in x or self.rng.random() < 0.5] or rest
        return [first] + self.rng.sample(rest, min(n - 1, len(rest)))

    # ------------------------------------------------------------ sentences
    def date_phrase(self, allow_year: bool) -> tuple[str, bool]:
        rng, y = self.rng, self.year
        opts = ["近日", "日前", f"{self.month}月{self.day}日"]
        if self.theme == "spring":
            opts.append("春节前夕")
        if self.theme == "elderly":
            opts.append("重阳节前夕")
        if allow_year and y:
            opts += [f"{y}年{self.month}月{self.day}日"] * 2
        d = rng.choice(opts)
        return d, bool(y) and str(y) in d

    def lead(self) -> list[str]:
        """Opening paragraph: date, organizer, campaign launch (or a policy)."""
        rng, p = self.rng, self.place
        need_year = self.year is not None and not self.year_from_page
        date, said = self.date_phrase(allow_year=self.year is not None)
        yp = ""
        if self.year is not None and (need_year and not said or rng.random() < 0.4):
            yp = f"{self.year}年元旦春节期间" if self.theme == "spring" and rng.random() < 0.6 else f"{self.year}年"
        purpose = rng.choice(PURPOSES[self.theme])
        if self.theme == "review" or rng.random() < 0.2:
            # Policy lead: a document title in 《》 is not a campaign.
            docs = {"spring": [0, 1, 2], "summer": [4, 3]}.get(self.theme, [1, 2, 3])
            doc = vocab.DOC_TITLES[rng.choice(docs)].format(y=self.year) if self.year else vocab.DOC_TITLES[1]
            if need_year and not said and str(self.year) not in doc:
                date = f"{self.year}年{self.month}月"
            org = p.full + "民政局" if p.level != "province" else p.province.affairs_bureau
            how = rng.choice(["通过积极做好探访排查", "聚焦困难群众急难愁盼", "坚持精准施策"])
            s1 = f"{date}，{org}出台《{doc}》，{how}，开展各种形式送温暖、献爱心活动。"
            if self.theme == "review":
                s1 = (f"{purpose}。{p.full}民政系统{rng.choice(['牢记嘱托', '始终坚持人民至上'])}，"
                      f"交出一份厚重的民生答卷。" + s1)
            return [s1]
        self.main_kind = rng.choice(["活动"] * 4 + ["行动"] * 3 + ["项目", "工程", "专项行动"])
        self.main_plan = rng.random() < 0.08
        kind = "计划" if self.main_plan else self.main_kind
        self.main_name = self.new_name(plan=self.main_plan)
        orgs = self.orgs(rng.choice([1, 1, 2, 2, 3]))
        self.main_orgs = orgs
        self.campaign(self.main_name, kind, orgs)
        self.main_kind = kind
        joined = "、".join(orgs)
        inner_year = f"{self.year}年" if self.year and yp == f"{self.year}年" and rng.random() < 0.3 else ""
        if inner_year:
            yp = ""
        mention = (f"“{inner_year}{self.main_name}”" + (rng.choice(KIND_PRINT[kind]) if kind != "计划" else "")) \
            if inner_year else self.quoted(self.main_name, kind)
        self.main_mention = mention
        if rng.random() < 0.5:
            where = p.short if p.level != "province" else p.province.alias
            s = (f"{date}，由{joined}{rng.choice(['举办', '主办', '发起', '联合开展'])}的{yp}"
                 f"{p.province.alias if p.level == 'province' and rng.random() < 0.5 else ''}{mention}在{where}启动，"
                 f"动员全社会献爱心、送温暖、惠民生。")
        else:
            s = (f"{date}，{purpose}，{joined}{rng.choice(['积极组织', '联合', '精心部署', ''])}"
                 f"{rng.choice(['开展', '启动', '组织实施'])}{yp}{mention}。")
        return [s]

    def scene(self) -> str:
        rng = self.rng
        town = rng.choice(vocab.PLACE_PARTS_A) + rng.choice(vocab.PLACE_PARTS_B) + rng.choice(["镇", "乡", "街道"])
        village = rng.choice(vocab.PLACE_PARTS_A) + rng.choice(vocab.PLACE_PARTS_B) + rng.choice(["村", "社区"])
        who = rng.choice(vocab.SURNAMES) + rng.choice(["某", "大爷", "奶奶", "阿姨"])
        g, _, _ = self.group()
        return (f"“最近身体怎么样？生活上有没有什么困难？”走进{town}{village}{g}{who}家中，"
                f"民政工作人员与{who}亲切交谈，详细了解生活情况。" + self.filler(2))

    def _next_filler(self) -> str:
        # Draw without replacement so a story never repeats a sentence; refill
        # (reshuffled) only if a long story exhausts the pool.
        if not getattr(self, "_pool", None):
            self._pool = vocab.FILLER[self.theme] + vocab.FILLER_COMMON
            self.rng.shuffle(self._pool)
        return self._pool.pop()

    def filler(self, n: int) -> str:
        g, _, _ = self.group()
        return "".join(self._next_filler().format(scope=self.place.scope, g=g) for _ in range(n))

    def mechanism(self) -> str:
        rng = self.rng
        s = rng.choice(["此次行动中，", "活动期间，", "各地共", "为确保走访全覆盖，"]) + "，".join(self.distractor() for _ in range(rng.randint(1, 2)))
        s += "，" + rng.choice(["通过实地入户、电话回访等方式开展走访排查。", "全面摸清困难群众基本生活状况。"])
        if rng.random() < 0.5:
            s += rng.choice(vocab.NON_CAMPAIGN_SENTENCES)
        elif rng.random() < 0.5:
            s += self.filler(1)
        return s

    def ben_clause(self, scale: float = 1.0, where: Place | None = None) -> str:
        g, cat, units = self.group()
        q = self.ben(self.count(units, scale), g, cat, where)
        verb = self.rng.choice(["走访慰问", "救助", "惠及", "帮扶", "慰问", "资助", "覆盖"])
        # "为1000人老年人" reads wrong: only counted-noun units go before the group.
        if q.endswith(("户", "名", "位", "家", "个")) and self.rng.random() < 0.35:
            return f"为{q}{g}送去慰问金和生活物资"
        return f"{verb}{g}{q}"

    def fund_clause(self, scale: float = 0.3, where: Place | None = None) -> str:
        rng = self.rng
        kind = rng.choice(["cash", "cash", "cash", "value", "zhekuan", "mixed", "reduce", "spend"])
        q = self.total(scale)
        if kind == "cash":
            return f"发放{rng.choice(['慰问金', '救助资金', '临时救助金', '生活补贴'])}{self.fund(q, 'disbursed', where=where)}"
        if kind == "value":
            return f"发放价值{self.fund(q, 'disbursed', in_kind=True, where=where)}的慰问物资"
        if kind == "zhekuan":
            return f"发放生活物资折款{self.fund(q, 'disbursed', in_kind=True, where=where)}"
        if kind == "mixed":
            return f"发放慰问金（含物折款）{self.fund(q, 'disbursed', where=where)}"
        if kind == "reduce":
            return f"减免困难群众基本殡葬服务费用{self.fund(q, 'disbursed', where=where)}"
        return f"临时救助支出{self.fund(q, 'disbursed', where=where)}"

    def facts(self) -> str:
        rng = self.rng
        opener = rng.choice(["截至目前，" + self.place.scope + "已", "活动启动以来，共", "据统计，" + self.place.scope + "累计",
                             "今年以来，" + self.place.scope])
        parts = []
        for _ in range(rng.randint(2, 4)):
            r = rng.random()
            if r < 0.4:
                parts.append(self.ben_clause())
            elif r < 0.8:
                parts.append(self.fund_clause())
            else:
                parts.append(self.distractor())
        return opener + "，".join(parts) + "。"

    def raised(self) -> str:
        rng = self.rng
        donors = rng.choice(vocab.DONORS)
        r = rng.random()
        if r < 0.3:
            q = self.fund(self.total(0.3), "raised")
            return (f"活动现场，{donors}捐赠款物{q}，来自{self.place.short if self.place.level != 'province' else self.place.province.alias}的"
                    f"{self.ben(quantity(rng, 5, 60, rng.choice(['名', '人']), quals={'exact': 1}), '困难群众代表', 'needy_general')}"
                    f"困难群众代表现场领受了慰问物资。")
        if r < 0.55:
            q = self.fund(self.total(0.5), "raised", in_kind=True)
            return f"{donors}捐赠价值{q}的米面油、棉衣棉被等生活物资，将陆续分发到困难群众手中。"
        if r < 0.8:
            verb = rng.choice(["募集善款", "筹集慈善款物", "筹措资金", "募集慈善款物"])
            return f"活动期间，{self.place.scope}{verb}{self.fund(self.total(), 'raised')}，{self.ben_clause()}。"
        return f"{donors}踊跃捐款{self.fund(self.total(0.2), 'raised')}，{rng.choice(vocab.FILLER['charity'])}"

    def allocated(self) -> str:
        rng = self.rng
        r = rng.random()
        b = self.place.bureau
        if r < 0.3:
            q = self.fund(self.total(), "allocated")
            return (f"据{b}负责人介绍，{rng.choice(['省市县三级', '各级', '市县两级'])}统筹整合财政资金、社会捐赠款物{q}，"
                    f"计划在{self.place.scope}范围走访慰问{self._ben_inline()}。")
        if r < 0.5:
            q = self.fund(self.total(0.4), "allocated")
            return f"同时，预计向各街道办事处、乡镇拨付总额{q}的临时救助备用金，确保对节日期间遭遇突发性困难的家庭迅速响应、高效救助。"
        if r < 0.7:
            q = self.fund(self.total(0.5), "allocated")
            n = quantity(rng, 3, 40, "个", quals={"exact": 1}, fullwidth=self.fw).text
            units = "乡镇（街道）" if self.place.level == "county" else "县（市、区）"
            return f"{self.place.scope}计划向{n}{units}拨付专项资金{q}用于慰问困难群众。"
        if r < 0.85:
            q = self.fund(self.total(), "allocated")
            return f"{self.place.scope}共安排{rng.choice(['专项资金', '困难群众救助补助资金', '社会救助资金'])}{q}，{self.filler(1)}"
        q = self.fund(self.total(), "allocated")
        return f"{self.place.scope}投入资金{q}，用于改善{self.group()[0]}基本生活。"

    def _ben_inline(self) -> str:
        g, cat, units = self.group("needy_general" if self.rng.random() < 0.6 else None)
        q = self.ben(self.count(units), g, cat)
        return f"{q}{g}" if q.endswith(("户", "名", "位", "家", "个")) else f"{g}{q}"

    def rates(self) -> str:
        rng, fw = self.rng, self.fw
        r = rng.random()
        if r < 0.35:
            items = []
            for _ in range(rng.randint(2, 3)):
                cat = rng.choice(["dibao", "tekun", "orphans_children", "needy_general"])
                g = rng.choice(vocab.GROUPS[cat])[0]
                per = "household" if g.endswith(("户", "家庭")) else "person"
                word = "每户" if per == "household" else "每人"
                q = exact_money(rng, 100, 1500, rng.choice([10, 50, 100]), fw)
                items.append(f"{g}{word}{self.fund(q, 'disbursed', per=per)}")
            return (f"在{self.month}月底前，{self.place.scope}将按照"
                    + "，".join(items) + "的标准，及时足额将节日救助资金发放到户到人。")
        if r < 0.55:
            q = exact_money(rng, 100, 2000, 50, fw)
            return f"{self.place.scope}按每人{self.fund(q, 'disbursed', per='person')}的标准，为{self._ben_inline()}发放一次性生活补贴。"
        if r < 0.7:
            q = exact_money(rng, 200, 3000, 100, fw)
            g = rng.choice(["困难家庭", "低保家庭", "困难户"])
            return f"为每户{g}发放慰问金{self.fund(q, 'disbursed', per='household')}，确保困难群众过好节日。"
        if r < 0.85:
            phrase, lo, hi = money_range(rng, 500, 8000, fw)
            self.fund(lo, "disbursed", per="person")
            self.fund(hi, "disbursed", per="person")
            return f"对遭遇突发性、临时性生活困难的家庭，按照每人{phrase}的标准发放临时救助金。"
        q = exact_money(rng, 60, 1200, 10, fw)
        g = rng.choice(["高龄老人", "重度残疾人", "困境儿童"])
        return f"{self.place.scope}按照每人每月{self.fund(q, 'allocated', per='person')}的标准安排{g}补贴资金，{self.filler(1)}"

    def sub_place(self) -> str:
        """A paragraph about one city/county inside a province story."""
        rng, prov = self.rng, self.place.province
        if prov.is_municipality:
            if not prov.districts:
                return self.filler(2)
            k = rng.choice(prov.districts)
            sub, name = Place(prov, None, k), k.name
        else:
            city = rng.choice(prov.cities)
            if city.counties and rng.random() < 0.5:
                k = rng.choice(city.counties)
                sub = Place(prov, city, k)
                name = k.name if k.unique else city.name + k.name
            else:
                sub, name = Place(prov, city), city.name
        clauses = [self.ben_clause(0.1, where=sub), self.fund_clause(0.05, where=sub)]
        rng.shuffle(clauses)
        lead = rng.choice([f"在{name}，当地民政部门", f"其中，{name}民政局", f"{name}"])
        return f"{lead}{'，'.join(clauses)}。"

    def more_campaigns(self) -> str:
        rng = self.rng
        kind = rng.choice(["行动", "活动", "服务", "项目"])
        names = [self.new_name() for _ in range(rng.randint(1, 3))]
        quoted = "".join(f"“{n}”" for n in names)
        word = {"行动": "关爱行动", "活动": "活动", "服务": "服务", "项目": "项目"}[kind]
        if rng.random() < 0.6:
            org = self.orgs(2)[-1] if rng.random() < 0.5 else self.place.bureau
            for n in names:
                self.campaign(n, kind, [org])
            return f"此外，{org}还将组织开展{quoted}等{word}，为困难群众提供物资帮扶、心理疏导等关爱服务。"
        for n in names:
            self.campaign(n, kind, [])
        return f"各地还广泛开展{quoted}{word}，{self.filler(1)}"

    def plan_or_brand(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            n = self.new_name(plan=True)
            org = self.orgs(2)[-1]
            self.campaign(n, "计划", [org])
            g, cat, units = self.group("orphans_children")
            q = self.ben(self.count(units, 0.05), g, cat)
            return f"目前，{org}结合“{n}”{rng.choice(['试点项目', '项目', ''])}开展{g}走访慰问活动，已走访慰问{g}{q}。"
        n = self.new_name()
        self.campaign(n, "品牌", [])
        return f"{self.place.scope}着力打造“{n}”{rng.choice(['慈善品牌', '品牌', '服务品牌'])}，{self.filler(1)}"

    def retro(self) -> str:
        rng = self.rng
        y0 = self.year - rng.randint(1, 4)
        n = self.new_name()
        org = self.place.bureau
        self.campaign(n, "活动", [org], year=y0)
        return f"早在{y0}年，{org}就开展了“{n}”专项活动，让困难群众得到及时关怀和救助。"

    def summary(self) -> str:
        rng = self.rng
        yrs = rng.randint(3, 20)
        mention = getattr(self, "main_mention", None)
        subj = f"{self.place.alias}{mention}" if mention else f"{self.place.alias}民政部门的这项工作"
        q = self.fund(self.total(3.0), "raised")
        g, cat, units = self.group("needy_general")
        c = self.ben(self.count(units, 5.0), g, cat)
        return f"据了解，{subj}已连续开展{yrs}年，近{min(yrs, 5)}年累计筹集慈善款物{q}，走访慰问{g}{c}。"

    def other_flow(self) -> str:
        q = self.fund(self.total(0.3), "other")
        return f"{self.place.scope}同步开展社会救助领域专项检查，涉及资金{q}，{self.rng.choice(vocab.NON_CAMPAIGN_SENTENCES)}"

    # ---------------------------------------------------------------- title
    def title(self) -> list[str]:
        rng, p = self.rng, self.place
        name = getattr(self, "main_name", None)
        lines: list[str]
        r = rng.random()
        yr = f"{self.year}年" if self.year else ""
        if name and r < 0.35:
            kind = self.main_kind
            mention = f"“{name}”{kind if kind != '计划' else ''}"
            lines = [f"{self.main_orgs[0]}{rng.choice(['启动', '开展', '组织开展'])}{yr}{mention}"]
        elif name and r < 0.5:
            kind = self.main_kind
            inner = name + (kind if kind != "计划" else "")
            lines = [f"{yr}{p.province.alias if p.level == 'province' else p.short}“{inner}”启动"]
        elif [x for x in self.funds if x["per"] is None and not x["in_kind"]] and r < 0.75:
            # Headline the largest cash total (a title number is not a gold row).
            f = max((x for x in self.funds if x["per"] is None and not x["in_kind"]), key=lambda x: x["amount_yuan"])
            verb = {"raised": "筹集慈善款物", "allocated": "安排资金", "disbursed": "发放救助资金", "other": "涉及资金"}[f["flow"]]
            lines = [f"{p.alias}：{verb}{f['text']}{rng.choice(['温暖困难群众', '兜牢民生底线', '保障群众基本生活'])}"]
        else:
            lines = [f"{p.full}{'民政局' if p.level != 'province' else '民政系统'}"
                     f"{rng.choice(['扎实做好困难群众救助帮扶工作', '开展系列救助帮扶活动', '用心用情做好民生保障', '织密兜牢民生保障网'])}"]
        if rng.random() < 0.2:
            lines = [rng.choice(vocab.KICKERS)] + lines
        return lines

    # ---------------------------------------------------------------- build
    def build(self) -> tuple[list[str], list[str]]:
        """Returns (title_lines, paragraphs); gold rows accumulate on self."""
        rng = self.rng
        paras = self.lead()
        n_blocks = {"short": (4, 7), "medium": (8, 12), "long": (14, 20)}[self.size]
        blocks = [self.facts]
        menu = [(self.scene, 2), (self.mechanism, 2), (self.facts, 3), (self.raised, 2), (self.allocated, 2),
                (self.rates, 2), (self.more_campaigns, 1), (self.plan_or_brand, 1), (lambda: self.filler(rng.randint(3, 6)), 4),
                (self.other_flow, 0.3)]
        if self.place.level == "province":
            menu.append((self.sub_place, 2))
        k = rng.randint(*n_blocks)
        while len(blocks) < k:
            blocks.append(rng.choices([m for m, _ in menu], [w for _, w in menu])[0])
        rng.shuffle(blocks)
        for b in blocks:
            para = b()
            # Real copy pads each fact with commentary; keeps files at seed size.
            if rng.random() < 0.5 and not para.endswith("——"):
                para += self.filler(rng.randint(1, 2))
            paras.append(para)
        if self.year is not None and not self.year_from_page and rng.random() < 0.1 and any(str(self.year) in x for x in paras[:1]):
            paras.insert(rng.randint(1, len(paras)), self.retro())
        if rng.random() < 0.3:
            paras.append(self.summary())
        paras.append(self.filler(rng.randint(1, 3)))
        if self.size == "long" and rng.random() < 0.5:
            # Section heads as short stand-alone lines, like long feature pieces.
            for _ in range(2):
                paras.insert(rng.randint(1, len(paras) - 1), rng.choice(vocab.SUBHEADS) + "——")
        return self.title(), paras


def make_story(rng: random.Random, provinces, *, year: int | None, used_names: set[str], size: str,
               year_from_page: bool = False, fullwidth: bool = False, source: tuple[str | None, str] | None = None,
               place: Place | None = None) -> Story:
    """Build a story and pick its attribution (paper, body, or none)."""
    b = StoryBuilder(rng, provinces, year=year, used_names=used_names, size=size,
                     year_from_page=year_from_page, fullwidth=fullwidth, place=place)
    title, paras = b.build()
    if source is None:
        source = pick_source(rng, b.place)
    src, kind = source
    return Story(title, paras, src, kind, year, b.place.gold_province, b.funds, b.bens, b.camps, b.month, b.day)


def pick_source(rng: random.Random, place: Place) -> tuple[str | None, str]:
    """An attribution: a newspaper/website ("paper") or a government body ("body")."""
    r = rng.random()
    if r < 0.3:
        return rng.choice(vocab.PAPERS_NATIONAL), "paper"
    if r < 0.55:
        alias = place.province.alias if rng.random() < 0.6 or place.city is None else place.city.alias
        return alias + rng.choice(vocab.PAPER_SUFFIXES), "paper"
    if r < 0.65:
        return rng.choice(vocab.WEB_NATIONAL), "web"
    if r < 0.9:
        return (place.province.affairs_bureau if rng.random() < 0.6 else place.bureau), "body"
    return None, "none"
