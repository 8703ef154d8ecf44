"""Generate the GX file context of this project: the expectation suites (one per landed
table and per mart), the pandas datasource they validate and their validation definitions.

    .venv/bin/python expectations/build_suites.py        # rewrites expectations/gx/...

This file is the one place where each expectation is defined; the JSON it writes
(expectations/gx/expectations/*.json, gx/validation_definitions/*.json,
gx/great_expectations.yml) is committed and is what runs. Derived boolean columns
(`amount_text_in_evidence`, ...) are computed by the SQL in
dagster_project/lib/quality.py (`_FRAME_SQL`); here they are expected TRUE.

Allowed values come from /work/shared/eval/GUIDELINES.md; province names come from
jionlp's admin-region data (quality.provinces()), never hand-typed.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
import sys
from pathlib import Path

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

import great_expectations as gx  # noqa: E402
import great_expectations.expectations as gxe  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402

from dagster_project import tables, vocabulary  # noqa: E402
from dagster_project.lib import quality  # noqa: E402

# ---- value sets: dagster_project/vocabulary.py (their one home) ---------------------------
QUALIFIERS = list(vocabulary.QUALIFIERS)
PER_UNITS = list(vocabulary.PER_UNITS)
FLOWS = list(vocabulary.FLOWS)
UNITS = list(vocabulary.UNITS)
CATEGORIES = list(vocabulary.CATEGORIES)
KINDS = list(vocabulary.CAMPAIGN_KINDS)
KINDS_MOSTLY = 0.9  # the list of kind words is open: new words are legitimate
STATUSES = list(vocabulary.FILE_STATUSES)
# what dagster_project/lib/files.py reports: the codec, "+replaced" when a few
# corrupt UTF-8 bytes were replaced, "+html" when the page was reduced to its text
ENCODINGS = [f"{codec}{suffix}" for codec in ("utf-8", "utf-8-sig", "utf-16", "gb18030", "utf-8+replaced")
             for suffix in ("", "+html")]
REGION_LEVELS = list(vocabulary.REGION_LEVELS)

YEAR_MIN, YEAR_MAX = 1990, 2035
# National civil-affairs spending is a few thousand 亿元 a year (national reports print
# several hundred to a few thousand 亿元); a multi-year national total reaches a few 万亿.
# Nothing larger is civil-affairs money: 5万亿元 catches unit slips (万 read as 亿) while
# passing every real national figure.
MAX_YUAN = 5e12
MAX_QUANTITY = 1_500_000_000  # more people than live in China
MAX_STORIES_PER_FILE = 500

# the marts' columns: their dbt contracts (_marts.yml), read through tables.mart_columns
CONTRACT_MARTS = ("dim_articles", "fct_funds", "fct_beneficiaries", "fct_campaigns", "bridge_campaign_articles",
                  "quarantine", "dim_regions")


# ---- small builders ------------------------------------------------------------------
def key(column: str) -> list:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column=column, description=f"`{column}` is never NULL."),
        gxe.ExpectColumnValuesToBeUnique(column=column, description=f"No duplicate `{column}`."),
    ]


def not_null(*columns: str) -> list:
    return [gxe.ExpectColumnValuesToNotBeNull(column=c, description=f"`{c}` is never NULL.") for c in columns]


def in_set(column: str, values: list, why: str = "") -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeInSet(
        column=column, value_set=values, description=f"`{column}` is one of the allowed values. {why}".strip()
    )


def true(column: str, why: str) -> gxe.Expectation:
    """A derived boolean column (quality._FRAME_SQL) must be TRUE wherever it applies."""
    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[True], description=why)


def between(column: str, lo=None, hi=None, why: str = "", strict_min: bool = False) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToBeBetween(
        column=column, min_value=lo, max_value=hi, strict_min=strict_min,
        description=f"`{column}` within [{lo}, {hi}]{' (min exclusive)' if strict_min else ''}. {why}".strip(),
    )


def year(column: str = "year") -> gxe.Expectation:
    return between(column, YEAR_MIN, YEAR_MAX, "A plausible event year.")


def province(column: str = "province") -> gxe.Expectation:
    return in_set(column, quality.provinces(), "Province-level full name from jionlp's gazetteer (湖南省, 上海市).")


def regions() -> list:
    return [
        province(),
        true("city_in_gazetteer", "`city` is a prefecture-level name of the gazetteer (county-level cities map "
                                  "to their prefecture; municipalities have city NULL)."),
        true("city_in_province", "`city` lies in the row's `province` (gazetteer)."),
    ]


def kind_rules() -> list:
    return [
        gxe.ExpectColumnValuesToMatchRegex(
            column="kind", regex=r"^[\u4e00-\u9fff]{1,6}$",
            description="`kind` is the short Chinese word that types the campaign (活动, 行动, ...); NULL if none."),
        gxe.ExpectColumnValuesToBeInSet(
            column="kind", value_set=KINDS, mostly=KINDS_MOSTLY,
            description=f"At least {KINDS_MOSTLY:.0%} of kinds are the known typing words "
                        "(GUIDELINES: 活动, 行动, 项目, 计划, 工程, 慰问, 专项行动, 品牌, …)."),
    ]


def columns_present(suite: str) -> list:
    if suite not in CONTRACT_MARTS:
        return []
    cols = [name for name, _ in tables.mart_columns(suite)]
    return [gxe.ExpectTableColumnsToMatchSet(column_set=cols, exact_match=False,
                                             description="Every column of the mart's dbt contract is present.")]


def spans(text: str, body: str = "the story body") -> list:
    return [
        *not_null(text, "evidence", "span_start", "span_end"),
        true("span_within_body", f"0 <= span_start < span_end <= length({body})."),
        true("span_matches_text", f"substr({body}, span_start, span_end) is exactly `{text}`."),
        true(f"{text}_in_evidence", f"`{text}` is found in its `evidence` sentence."),
        true("evidence_in_body", f"The `evidence` sentence is found in {body}."),
    ]


def funds(suite: str, campaigns: str) -> list:
    return [
        *columns_present(suite),
        *key("fund_id"),
        *not_null("article_id", "amount_yuan", "qualifier", "flow", "in_kind"),
        true("article_exists", "`article_id` is a known story."),
        true("campaign_exists", f"A non-NULL `campaign_id` is a known campaign ({campaigns})."),
        between("amount_yuan", -MAX_YUAN, MAX_YUAN, "Amounts are below 5万亿元 either way (national civil-affairs spending is a few thousand 亿元 a year); negative only when the text writes a minus (amount_matches_text)."),
        gxe.ExpectColumnValuesToNotBeInSet(column="amount_yuan", value_set=[0], description="An amount is never 0."),
        in_set("qualifier", QUALIFIERS),
        in_set("per_unit", PER_UNITS, "NULL for a total."),
        in_set("flow", FLOWS),
        in_set("in_kind", [True, False]),
        *spans("amount_text"),
        true("amount_text_has_yuan", "Every fund is an amount written in 元 (元/万元/亿元); the bare low end of a range, 万/亿 after a money noun, a cell of a table under its unit line (单位：万元) and a cell of a row naming its unit (城乡低保资金支出　万元　98,600; a standard's 城市低保平均标准　元/人·月　720) excepted."),
        true("amount_matches_text", "amount_yuan is the number written in amount_text (×万/亿, with its sign), within 0.5%."),
        true("qualifier_matches_text", "A qualifier word in amount_text (约/近/多/余/超过...) agrees with `qualifier`."),
        year(),
        *regions(),
    ]


def beneficiaries(suite: str, campaigns: str) -> list:
    return [
        *columns_present(suite),
        *key("beneficiary_id"),
        *not_null("article_id", "quantity", "unit", "qualifier", "category"),
        true("article_exists", "`article_id` is a known story."),
        true("campaign_exists", f"A non-NULL `campaign_id` is a known campaign ({campaigns})."),
        between("quantity", 0, MAX_QUANTITY, "Counts are positive and below China's population.", strict_min=True),
        in_set("unit", UNITS),
        in_set("qualifier", QUALIFIERS),
        in_set("category", CATEGORIES),
        *spans("quantity_text"),
        true("unit_matches_text", "`unit` is the unit written at the end of quantity_text (人 when no unit word is written: 38.6万高龄老人), or before the figures of a table's row (临时救助人次　人次　17,400)."),
        true("quantity_matches_text", "quantity is the number written in quantity_text (×万/亿), within 0.5%."),
        true("qualifier_matches_text", "A qualifier word in quantity_text (约/近/多/余...) agrees with `qualifier`."),
        year(),
        *regions(),
    ]


def articles(suite: str) -> list:
    return [
        *columns_present(suite),
        *key("article_id"),
        *not_null("source_file", "story_index", "body"),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["source_file", "story_index"],
                                            description="One story per (source_file, story_index)."),
        between("story_index", 0, MAX_STORIES_PER_FILE),
        between("body_length", 10, 200_000, "A story body has real text and is not a whole file run together."),
        true("body_free_of_page_chrome", "No web-page chrome (当前位置, 扫一扫) in a story body."),
        true("title_single_line", "Titles are joined onto one line."),
        true("source_file_parsed", "Every story comes from a file the inventory marks 'parsed'."),
        year(),
        *regions(),
    ]


SUITE_EXPECTATIONS: dict[str, list] = {
    "article_files": [
        *key("source_file"),
        *not_null("status", "ingested_at", "size_bytes"),
        in_set("status", STATUSES),
        in_set("encoding", ENCODINGS, "NULL when the file could not be decoded."),
        gxe.ExpectColumnValuesToMatchRegex(column="content_hash", regex=r"^[0-9a-f]{64}$",
                                           description="content_hash is a sha256 hex digest."),
        between("size_bytes", 0, 1_000_000_000),
        between("story_count", 0, MAX_STORIES_PER_FILE),
        true("reason_iff_quarantined", "A file has a `reason` exactly when it is quarantined."),
        true("quarantined_has_no_stories", "A quarantined file has no stories."),
    ],
    "stories": articles("stories"),
    "fund_mentions": funds("fund_mentions", "raw.campaign_mentions"),
    "beneficiary_mentions": beneficiaries("beneficiary_mentions", "raw.campaign_mentions"),
    "campaign_mentions": [
        *key("mention_id"),
        *not_null("campaign_id", "article_id", "name", "evidence"),
        true("article_exists", "`article_id` is a known story."),
        true("span_within_body", "0 <= span_start < span_end <= length(story body)."),
        true("evidence_in_body", "The `evidence` sentence is found in the story body."),
        true("name_is_clean", "Names carry no quotes, 《》, spaces or leading year."),
        true("campaign_id_consistent", "One campaign_id is one (name, year, province)."),
        true("organizers_clean", "No empty organizer names."),
        *kind_rules(),
        year(),
        province(),
    ],
    "dim_articles": articles("dim_articles"),
    "dim_regions": [
        *columns_present("dim_regions"),
        *key("region_id"),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["province", "city", "county"],
                                            description="One row per (province, city, county)."),
        in_set("level", REGION_LEVELS),
        *regions(),
    ],
    "fct_funds": funds("fct_funds", "main.fct_campaigns"),
    "fct_beneficiaries": beneficiaries("fct_beneficiaries", "main.fct_campaigns"),
    "fct_campaigns": [
        *columns_present("fct_campaigns"),
        *key("campaign_id"),
        *not_null("name", "organizers", "article_count"),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["name", "year", "province"],
                                            description="One row per campaign instance (name × year × province)."),
        *kind_rules(),
        year(),
        province(),
        between("article_count", 1, None, "Every campaign is mentioned by at least one story."),
        between("fund_total_yuan", 0, MAX_YUAN, "Totals are positive and below 5万亿元.", strict_min=True),
        between("people_total", 0, MAX_QUANTITY, strict_min=True),
        between("household_total", 0, MAX_QUANTITY, strict_min=True),
        between("person_time_total", 0, MAX_QUANTITY, strict_min=True),
        true("fund_total_matches_countable_funds",
             "fund_total_yuan is the sum of the campaign's countable fct_funds amounts: no rate, restatement, "
             "part, multi-year figure, change or duplicate story inside it."),
        true("beneficiary_totals_match_countable",
             "people_total, household_total and person_time_total are the sums of the campaign's countable "
             "counts of each unit kind (人/名/位; 户/家; 人次/户次)."),
        true("article_count_matches_bridge", "article_count equals the campaign's rows in bridge_campaign_articles."),
        true("organizers_distinct_and_clean", "organizers is a distinct list without empty names."),
    ],
    "bridge_campaign_articles": [
        *columns_present("bridge_campaign_articles"),
        *not_null("campaign_id", "article_id"),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["campaign_id", "article_id"],
                                            description="Distinct (campaign_id, article_id) pairs."),
        true("campaign_exists", "campaign_id is in fct_campaigns."),
        true("article_exists", "article_id is in dim_articles."),
    ],
    "quarantine": [
        *columns_present("quarantine"),
        *key("source_file"),
        *not_null("reason", "detected_at"),
        true("quarantined_in_inventory", "Every quarantined file is marked 'quarantined' in raw.article_files."),
        true("has_no_stories", "No story of dim_articles comes from a quarantined file."),
    ],
}


def build(reset: bool = False) -> None:
    assert set(SUITE_EXPECTATIONS) == set(quality.SUITES), "one suite per table of quality.SUITES"
    gx_dir = quality.GX_DIR
    if reset:
        for sub in ("expectations", "validation_definitions", "checkpoints"):
            shutil.rmtree(gx_dir / sub, ignore_errors=True)
    quality.results_dir()  # great_expectations.yml reads GX_RESULTS_DIR
    context = gx.get_context(mode="file", project_root_dir=str(quality.EXPECTATIONS_DIR))
    # no network (analytics off) and no tqdm bars in Dagster logs
    context.variables.analytics_enabled = False
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    context.variables.save()

    try:
        datasource = context.data_sources.get(quality.DATASOURCE)
    except (KeyError, ValueError, LookupError):
        datasource = context.data_sources.add_pandas(name=quality.DATASOURCE)

    for suite_name, expectations in SUITE_EXPECTATIONS.items():
        try:
            asset = datasource.get_asset(suite_name)
        except LookupError:
            asset = datasource.add_dataframe_asset(name=suite_name)
        try:
            batch_definition = asset.get_batch_definition(quality.BATCH_DEFINITION)
        except (KeyError, ValueError, LookupError):
            batch_definition = asset.add_batch_definition_whole_dataframe(quality.BATCH_DEFINITION)

        suite = gx.ExpectationSuite(
            name=suite_name,
            meta={"validates": quality.SUITES[suite_name],
                  "frame": "dagster_project/lib/quality.py validation_frame()",
                  "generated_by": "expectations/build_suites.py"},
        )
        for expectation in expectations:
            suite.add_expectation(expectation)
        try:
            existing = context.suites.get(suite_name)
            suite.id = existing.id
            suite = context.suites.add_or_update(suite)
        except Exception:  # noqa: BLE001 - not stored yet
            suite = context.suites.add(suite)

        vd_name = quality.validation_definition_name(suite_name)
        vd = gx.ValidationDefinition(name=vd_name, data=batch_definition, suite=suite)
        context.validation_definitions.add_or_update(vd)
        _stable_expectation_ids(gx_dir / "expectations" / f"{suite_name}.json")
        print(f"{suite_name:28s} {len(expectations):3d} expectations -> {quality.SUITES[suite_name]}")


def _stable_expectation_ids(path: Path) -> None:
    """GX gives every expectation a random id on each save; replace them by ids derived
    from (suite, type, kwargs) so regenerating unchanged rules leaves the JSON unchanged."""
    doc = json.loads(path.read_text())
    for e in doc["expectations"]:
        ident = json.dumps([doc["name"], e["type"], e["kwargs"]], sort_keys=True)
        e["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, ident))
    path.write_text(json.dumps(doc, indent=2, sort_keys=True))


if __name__ == "__main__":
    build(reset="--reset" in sys.argv)
