"""The validation frames of the GX suites: one SQL query per suite reads the
validated table from DuckDB into pandas, with *derived boolean columns* for
cross-column and cross-table rules (`amount_text_in_evidence`,
`span_matches_text`, `fund_total_matches_countable_funds`, ...). TRUE = the
rule holds, NULL = the rule does not apply to the row (its inputs are NULL,
which other rules check). The expectations that read these columns are in
`expectations/build_suites.py`; `lib.quality` runs them.
"""
from __future__ import annotations

import contextlib
import io
import threading

import pandas as pd

from dagster_project.extraction.lexicon import TABLE_COUNT_UNITS

# suite name -> the table it validates
SUITES: dict[str, str] = {
    "article_files": "raw.article_files",
    "stories": "raw.stories",
    "fund_mentions": "raw.fund_mentions",
    "beneficiary_mentions": "raw.beneficiary_mentions",
    "campaign_mentions": "raw.campaign_mentions",
    "dim_articles": "main.dim_articles",
    "dim_regions": "main.dim_regions",
    "fct_funds": "main.fct_funds",
    "fct_beneficiaries": "main.fct_beneficiaries",
    "fct_campaigns": "main.fct_campaigns",
    "bridge_campaign_articles": "main.bridge_campaign_articles",
    "quarantine": "main.quarantine",
}

# --------------------------------------------------------------------------- gazetteer

_gazetteer_lock = threading.Lock()
_gazetteer: pd.DataFrame | None = None


def gazetteer() -> pd.DataFrame:
    """(province, city) pairs of China's admin regions from jionlp's data (not hand-typed).

    Prefecture-level names only. For the municipalities (北京市, 上海市, 天津市, 重庆市)
    and the SARs no city is listed (GUIDELINES: their city is NULL); county-level
    cities directly under a province (湖北 仙桃市, 海南 儋州市, ...) count as cities.
    Provinces with no prefecture (municipalities, SARs) appear once with city NULL.
    """
    global _gazetteer
    with _gazetteer_lock:
        if _gazetteer is None:
            with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
                import jionlp as jio

                loc = jio.china_location_loader()
            rows: list[tuple[str, str | None]] = []
            for province, cities in loc.items():
                children = [k for k in cities if not k.startswith("_")]
                municipality = children == [province] or province.endswith("特别行政区")
                if municipality:
                    rows.append((province, None))
                    continue
                for city in children:
                    if city in ("省直辖行政区划", "自治区直辖县级行政区划"):
                        rows.extend((province, c) for c in cities[city] if not c.startswith("_"))
                    else:
                        rows.append((province, city))
            _gazetteer = pd.DataFrame(rows, columns=["province", "city"]).drop_duplicates()
        return _gazetteer


def provinces() -> list[str]:
    """Province-level full names (34, incl. 香港/澳门特别行政区, 台湾省), from jionlp."""
    return sorted(gazetteer()["province"].unique().tolist())


# --------------------------------------------------------------------------- frame SQL

def _span_checks(text: str, body: str = "a.body", alias: str = "f") -> str:
    """Derived columns: span inside the body, body[span] == text, text in evidence, evidence in body."""
    s, e = f"{alias}.span_start", f"{alias}.span_end"
    return f"""
        case when {s} is null or {e} is null or {body} is null then null
             else {s} >= 0 and {s} < {e} and {e} <= length({body}) end           as span_within_body,
        case when {s} is null or {e} is null or {body} is null or {alias}.{text} is null then null
             when {s} < 0 or {e} <= {s} then false
             else substring({body}, {s} + 1, {e} - {s}) = {alias}.{text} end    as span_matches_text,
        case when {alias}.{text} is null or {alias}.evidence is null then null
             else contains({alias}.evidence, {alias}.{text}) end                as {text}_in_evidence,
        case when {alias}.evidence is null or {body} is null then null
             else contains({body}, {alias}.evidence) end                        as evidence_in_body"""


def _simplified(text: str) -> str:
    """SQL: the traditional forms of the characters these rules read, simplified
    (a story in traditional characters keeps its text as written)."""
    return f"translate({text}, '萬億餘戶場個', '万亿余户场个')"


def _number_matches_text(text: str, value: str, unit_mult: str = "1") -> str:
    """Derived: the number written in `text` (× 万/亿/千/百, signed) is within 0.5 % of `value`.

    NULL (not checked) when the text has no ASCII digits (Chinese numerals) or mixes
    亿 and 万 (1亿2000万). A range text (3000-6000元) matches if either end matches.
    `unit_mult`: a unit given elsewhere (a table cell under "单位：万元")."""
    t = f"replace(replace({_simplified(text)}, ',', ''), '，', '')"
    mult = (
        f"({unit_mult} * (case when {t} like '%亿%' then 1e8 else 1 end)"
        f" * (case when {t} like '%万%' then 1e4 else 1 end)"
        f" * (case when regexp_matches({t}, '[0-9]千') then 1e3"
        f"         when regexp_matches({t}, '[0-9]百') then 1e2 else 1 end))"
    )
    sign = f"(case when regexp_matches({t}, '^[-−－负]') then -1 else 1 end)"  # a deficit: 结余-5万元
    return f"""
        case when {text} is null or {value} is null or not regexp_matches({t}, '[0-9]')
                  or ({t} like '%亿%' and {t} like '%万%' and {t} not like '%万亿%') then null
             else list_bool_or(list_transform(
                      regexp_extract_all({t}, '[0-9]+(?:[.][0-9]+)?'),
                      x -> abs(cast(x as double) * {mult} * {sign} - {value}) <= 0.005 * abs({value}) + 0.5))
        end"""


def _qualifier_matches_text(text: str) -> str:
    """Derived: a qualifier word inside the written text agrees with `qualifier`
    (约/左右 -> approx, 近/不到/不足/不超过 -> at_most, 多/余/超过/逾/以上/不低于/突破 -> at_least); NULL if
    the text carries no such word (the word may be outside the text)."""
    t = _simplified(f"f.{text}")
    return f"""
        case when f.{text} is null or f.qualifier is null then null
             when regexp_matches({t}, '^(约|大约|大概)') or regexp_matches({t}, '左右$')
                  then f.qualifier = 'approx'
             when regexp_matches({t}, '^(近|将近|接近|不到|不足|不超过|不高于|最多)') then f.qualifier = 'at_most'
             when regexp_matches({t}, '^(超过|超|逾|不低于|不少于|突破)') or regexp_matches({t}, '[0-9十百千万](多|余)')
                  or regexp_matches({t}, '以上$') then f.qualifier = 'at_least'
             else null end"""


def _region_checks(alias: str = "f") -> str:
    """Derived: city is a prefecture-level name of the gazetteer, and lies in the row's province."""
    return f"""
        case when {alias}.city is null then null
             else {alias}.city in (select city from gx_gazetteer where city is not null) end as city_in_gazetteer,
        case when {alias}.city is null or {alias}.province is null then null
             else exists (select 1 from gx_gazetteer g
                          where g.province = {alias}.province and g.city = {alias}.city) end as city_in_province"""


ONLY_FILES = "/* only the validated files */"  # validation_frame narrows the bodies read here to them


def _articles(table: str) -> str:
    # one body per article_id, so duplicate ids in the dimension cannot multiply fact rows
    return f"(select article_id, any_value(body) as body from {table} {ONLY_FILES} group by article_id)"


def _fact_sql(fact: str, articles: str, campaigns: str, text: str, id_column: str, own_checks: str) -> str:
    """Frame of a fact table (funds, beneficiaries): the checks both share, then its own."""
    return f"""
    select f.*,
        a.article_id is not null                                            as article_exists,
        case when f.campaign_id is null then null
             else f.campaign_id in (select campaign_id from {campaigns}) end as campaign_exists,
        {_span_checks(text)},
        {own_checks},
        {_qualifier_matches_text(text)}                                    as qualifier_matches_text,
        {_region_checks()}
    from {fact} f
    left join {_articles(articles)} a on a.article_id = f.article_id
    order by f.{id_column}"""


# a table's unit line in SQL (RE2): its own pattern, as every check here, not the extractor's
# (or a column's header naming it: "支出金额（万元）")
# (a unit line may list the units of its columns in order: "单位：户、人、万元")
# (not a rate column's header after it, "3月人均补助（元）", "标准（元）": its cells are no amounts read)
_UNIT_LINE = ("(?:单位[:：]\\s*(?:(?:" + "|".join(TABLE_COUNT_UNITS) + ")\\s*[、，,/]\\s*)*|(?:^|[^助贴准均])[（(])"
              "([万亿千]?)元")
# ... or the row's own unit, written before its first figure on the line (a statistics table
# with a unit column: "城乡低保资金支出万元98,600\t101,250", a standard's "城市低保平均标准元/人·月720"),
# the cell being one of its figures
# (a markdown table's cells stand between bars: "| 民政事业费累计支出 | 万元 | 26,934.2")
_ROW_UNIT = "([万亿千]?)元(?:/(?:人|户)[·.．/／]?(?:月|年)?)?[0-9,. \\t+|｜-]*$"


def _funds_sql(fact: str, articles: str, campaigns: str) -> str:
    return _fact_sql(fact, articles, campaigns, "amount_text", "fund_id", f"""
        -- the low end of a range (3000-6000元) is written without its unit; after a money
        -- noun 元 may be left out of 万 and 亿 ("发放慰问金32.9万、…"); written here on its own,
        -- not read from the extractor's MONEY_NO_YUAN_RE: a check made of the pattern it checks
        -- would pass whatever that pattern matched
        case when f.amount_text is null then null
             else contains(f.amount_text, '元')
                  or (f.qualifier = 'at_least' and regexp_full_match(f.amount_text, '[0-9０-９]+([.．][0-9０-９]+)?'))
                  or regexp_full_match(f.amount_text, '[0-9,，.]+[多余]?[万亿][多余]?')
                  -- a cell of a table whose unit line above it says 元 ("单位：万元"), or whose
                  -- row names its unit before its figures
                  -- (full-width digits too: "５０００００" under "（单位：元）")
                  or (regexp_full_match(f.amount_text, '[0-9０-９,.，．]+')
                      and (regexp_matches(left(a.body, f.span_start), '{_UNIT_LINE}')
                           or regexp_matches(left(a.body, f.span_start), '{_ROW_UNIT}')))
        end as amount_text_has_yuan,
        {_number_matches_text('f.amount_text', 'f.amount_yuan', _TABLE_UNIT_MULT)}  as amount_matches_text""")


# a bare number under a table's unit line ("单位：万元") counts in that unit (the last such line above it);
# the low end of a range ("300至800元") is in the high end's unit, not the table's
# (a dash right after the figure: "3000-6000元"; a tab then a dash is the next cell's minus, "98,600\t-2.6")
_RANGE_AFTER = "^([ \\t]*(至|到)[ \\t]*|~|～|-|－|—)[0-9]"
_TABLE_UNIT_MULT = f"""(case when not regexp_full_match(f.amount_text, '[0-9,.]+') then 1
        when regexp_matches(substr(a.body, f.span_end + 1, 8), '{_RANGE_AFTER}') then 1
        else (case (case when regexp_matches(left(a.body, f.span_start), '{_ROW_UNIT}')
                         then regexp_extract(left(a.body, f.span_start), '{_ROW_UNIT}', 1)
                         else regexp_extract(left(a.body, f.span_start), '(?s).*{_UNIT_LINE}', 1) end)
              when '万' then 1e4 when '亿' then 1e8 when '千' then 1e3 else 1 end) end)"""


def _beneficiaries_sql(fact: str, articles: str, campaigns: str) -> str:
    return _fact_sql(fact, articles, campaigns, "quantity_text", "beneficiary_id", f"""
        case when f.quantity_text is null or f.unit is null then null
             else regexp_matches({_simplified('f.quantity_text')}, f.unit || '(左右|以上)?$')
                  -- people or families each time helped, written "人(家)次", are visits
                  or (f.unit = '人次' and regexp_matches(f.quantity_text, '人[（(][家户][）)]次(左右|以上)?$'))
                  -- a count written without a unit word before its group (38.6万高龄老人) counts people
                  or (f.unit = '人' and regexp_matches({_simplified('f.quantity_text')}, '[0-9万亿多余]$'))
                  -- a cell of a statistics table: its row names the unit before its figures, or a
                  -- column's header above names the count ("受益人次", "救助户数")
                  or (regexp_full_match(f.quantity_text, '[0-9,.]+')
                      and (regexp_matches(left(a.body, f.span_start), f.unit || '[0-9,. \\t+-]*$')
                           or regexp_matches(left(a.body, f.span_start), '(人次|户次|人数|户数)')
                           -- or a unit line above lists it ("单位：户、人、万元")
                           or regexp_matches(left(a.body, f.span_start), '单位[:：][^\\n]*' || f.unit))) end as unit_matches_text,
        {_number_matches_text('f.quantity_text', 'f.quantity')}            as quantity_matches_text""")


def _articles_sql(table: str) -> str:
    return f"""
    select f.*,
        length(f.body)                                                      as body_length,
        case when f.body is null then null
             else not regexp_matches(f.body, '当前位置|扫一扫') end          as body_free_of_page_chrome,
        case when f.title is null then null
             else not regexp_matches(f.title, '[\\r\\n]') end                as title_single_line,
        exists (select 1 from raw.article_files af
                where af.source_file = f.source_file and af.status = 'parsed') as source_file_parsed,
        {_region_checks()}
    from {table} f
    order by f.source_file, f.story_index"""


_FRAME_SQL: dict[str, str] = {
    "article_files": """
    select f.*,
        coalesce(s.story_count, 0)                                          as story_count,
        (f.status = 'quarantined') = (f.reason is not null)                 as reason_iff_quarantined,
        case when f.status <> 'quarantined' then null
             else coalesce(s.story_count, 0) = 0 end                        as quarantined_has_no_stories
    from raw.article_files f
    left join (select source_file, count(*) as story_count from raw.stories group by 1) s
           on s.source_file = f.source_file
    order by f.source_file""",
    "stories": _articles_sql("raw.stories"),
    "fund_mentions": _funds_sql("raw.fund_mentions", "raw.stories", "raw.campaign_mentions"),
    "beneficiary_mentions": _beneficiaries_sql(
        "raw.beneficiary_mentions", "raw.stories", "raw.campaign_mentions"
    ),
    "campaign_mentions": f"""
    select f.*,
        a.article_id is not null                                            as article_exists,
        case when f.span_start is null or f.span_end is null or a.body is null then null
             else f.span_start >= 0 and f.span_start < f.span_end and f.span_end <= length(a.body)
        end                                                                 as span_within_body,
        case when f.evidence is null or a.body is null then null
             else contains(a.body, f.evidence) end                          as evidence_in_body,
        case when f.name is null then null
             else not regexp_matches(f.name, '[“”"''‘’「」『』《》\\s]')
                  and not regexp_matches(f.name, '^[0-9]{{4}}年') end        as name_is_clean,
        k.consistent                                                        as campaign_id_consistent,
        case when f.organizers is null then null
             else len(list_filter(f.organizers, o -> o is null or trim(o) = '')) = 0
        end                                                                 as organizers_clean
    from raw.campaign_mentions f
    left join {_articles('raw.stories')} a on a.article_id = f.article_id
    left join (
        select campaign_id,
               count(distinct concat_ws('|', name, coalesce(cast(year as varchar), ''), coalesce(province, ''))) = 1
                   as consistent
        from raw.campaign_mentions group by campaign_id
    ) k on k.campaign_id = f.campaign_id
    order by f.mention_id""",
    "dim_articles": _articles_sql("main.dim_articles"),
    "dim_regions": f"""
    select f.*,
        {_region_checks()}
    from main.dim_regions f
    order by f.province, f.city, f.county""",
    "fct_funds": _funds_sql("main.fct_funds", "main.dim_articles", "main.fct_campaigns"),
    "fct_beneficiaries": _beneficiaries_sql(
        "main.fct_beneficiaries", "main.dim_articles", "main.fct_campaigns"
    ),
    "fct_campaigns": """
    with funds as (
        select campaign_id,
               sum(amount_yuan) filter (where countable) as countable
        from main.fct_funds where campaign_id is not null group by campaign_id
    ),
    beneficiaries as (
        select campaign_id,
               sum(quantity) filter (where countable and unit_kind = 'people') as people,
               sum(quantity) filter (where countable and unit_kind = 'households') as households,
               sum(quantity) filter (where countable and unit_kind = 'visits') as person_times
        from main.fct_beneficiaries join main.dim_units using (unit)
        where campaign_id is not null group by campaign_id
    ),
    bridge as (
        select campaign_id, count(distinct article_id) as n
        from main.bridge_campaign_articles group by campaign_id
    )
    select f.*,
        -- only countable rows inside the totals
        case when fu.countable is null then coalesce(f.fund_total_yuan, 0) = 0
             else abs(coalesce(f.fund_total_yuan, 0) - fu.countable) <= 0.5 + 1e-9 * abs(fu.countable)
        end                                                                 as fund_total_matches_countable_funds,
        coalesce(f.people_total, 0) = coalesce(be.people, 0)
            and coalesce(f.household_total, 0) = coalesce(be.households, 0)
            and coalesce(f.person_time_total, 0) = coalesce(be.person_times, 0)
                                                                            as beneficiary_totals_match_countable,
        f.article_count = coalesce(br.n, 0)                                 as article_count_matches_bridge,
        case when f.organizers is null then null
             else len(list_distinct(f.organizers)) = len(f.organizers)
                  and len(list_filter(f.organizers, o -> o is null or trim(o) = '')) = 0
        end                                                                 as organizers_distinct_and_clean
    from main.fct_campaigns f
    left join funds fu on fu.campaign_id = f.campaign_id
    left join beneficiaries be on be.campaign_id = f.campaign_id
    left join bridge br on br.campaign_id = f.campaign_id
    order by f.campaign_id""",
    "bridge_campaign_articles": """
    select f.*,
        f.campaign_id in (select campaign_id from main.fct_campaigns)       as campaign_exists,
        f.article_id in (select article_id from main.dim_articles)          as article_exists
    from main.bridge_campaign_articles f
    order by f.campaign_id, f.article_id""",
    "quarantine": """
    select f.*,
        exists (select 1 from raw.article_files af
                where af.source_file = f.source_file and af.status = 'quarantined') as quarantined_in_inventory,
        not exists (select 1 from main.dim_articles d where d.source_file = f.source_file) as has_no_stories
    from main.quarantine f
    order by f.source_file""",
}


def frame_sql(suite: str) -> str:
    """The SQL that builds the validation frame of `suite` (needs `gx_gazetteer` registered)."""
    return _FRAME_SQL[suite]


_OF_FILES = "(select unnest($files::VARCHAR[]))"
_ARTICLES_OF_FILES = f"(select article_id from main.dim_articles where source_file in {_OF_FILES})"

# Suites whose rows a source file can change, and which rows those are: a refresh
# validates only the rows of the files it (re)read, so its cost follows the new data,
# not the warehouse size. A campaign's row changes with the files of its articles.
# Whole-table properties (unique ids, relationships) stay covered by dbt's tests on
# every build. `quarantine` and `dim_regions` stay whole: they do not grow with the files.
ROWS_OF_FILES: dict[str, str] = {
    **{suite: f"where source_file in {_OF_FILES}" for suite in (
        "article_files", "stories", "fund_mentions", "beneficiary_mentions", "campaign_mentions",
        "dim_articles", "fct_funds", "fct_beneficiaries")},
    "bridge_campaign_articles": f"where article_id in {_ARTICLES_OF_FILES}",
    "fct_campaigns": "where campaign_id in (select campaign_id from main.bridge_campaign_articles "
                     f"where article_id in {_ARTICLES_OF_FILES})",
}
PER_FILE_SUITES = frozenset(ROWS_OF_FILES)
FILES_PER_CHUNK = 2000  # bounds the pandas frame (memory) when a run processed many files


def validation_frame(con, suite: str, files: list[str] | None = None) -> pd.DataFrame:
    """Read the table of `suite` from an open DuckDB connection, with the derived
    columns; for a per-file suite, only the rows of `files` when given."""
    if suite not in SUITES:
        raise KeyError(f"unknown suite {suite!r}; known: {sorted(SUITES)}")
    sql, params = frame_sql(suite), {}
    if files is not None and suite in PER_FILE_SUITES:
        # filter the validated table itself, so derived columns are computed for those rows only
        whole = f"from {SUITES[suite]} f\n"
        if sql.count(whole) != 1:
            raise ValueError(f"frame SQL of {suite} does not read {SUITES[suite]} once as `f`")
        sql = sql.replace(whole, f"from (select * from {SUITES[suite]} {ROWS_OF_FILES[suite]}) f\n")
        # the story bodies a fact is checked against: those of the same files, not every body of
        # the warehouse (at 100,000 files that aggregate alone outgrew DuckDB's memory limit)
        sql = sql.replace(ONLY_FILES, f"where source_file in {_OF_FILES}")
        params = {"files": files}
    con.register("gx_gazetteer", gazetteer())
    try:
        return con.execute(sql, params).df()
    finally:
        con.unregister("gx_gazetteer")
