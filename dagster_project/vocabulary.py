"""The closed value sets of the warehouse, declared once.

Every column whose values come from a fixed list reads the list from here: the
extractor (which writes the values), the GX suites (`expectations/build_suites.py`),
the dbt ``accepted_values`` tests (through the ``vars`` of ``dbt_project.yml``,
which ``tests/dbt/test_vocabulary.py`` holds equal to ``DBT_VARS``) and the docs.
Adding a beneficiary category is one line here plus its words in
``extraction/lexicon.py``.

Plain data, no imports: the extractor stays a library without Dagster.
Meanings: ``../shared/eval/GUIDELINES.md``.
"""
from __future__ import annotations

QUALIFIERS = ("exact", "approx", "at_least", "at_most")
PER_UNITS = ("person", "household")  # a rate's unit; NULL for a total
FLOWS = ("raised", "allocated", "disbursed", "other")
# money set aside and money paid out: the spending side of the books, against money raised
SPENDING_FLOWS = frozenset({"allocated", "disbursed"})
UNITS = ("户", "人", "名", "位", "人次", "户次", "家", "个")
CATEGORIES = ("needy_general", "dibao", "tekun", "orphans_children", "elderly", "disabled",
              "homeless", "veterans_cadres", "other")
# why a row may not be summed (GUIDELINES "Adding up"); `duplicate`: the story is
# a copy of one already landed (lib/dedupe.py)
NOT_COUNTABLE_REASONS = ("rate", "restatement", "part", "cumulative", "change", "duplicate")
# the typing words GUIDELINES lists (the list is open: "…"), plus forms seen in
# annotations; checked with `mostly` since new words are legitimate
CAMPAIGN_KINDS = ("活动", "行动", "项目", "计划", "工程", "慰问", "专项行动", "品牌",
                  "专项活动", "主题活动", "慰问活动", "服务", "工作", "基金", "示范创建", "创建")
# what a count counts (GUIDELINES "Scoring": 人/名/位 people, 户/家 households, 人次/户次
# visits); counts of different kinds are never added together
UNIT_KINDS = {"人": "people", "名": "people", "位": "people", "户": "households", "家": "households",
              "人次": "visits", "户次": "visits", "个": "other"}


def unit_kind(unit: str) -> str:
    """People, households or visits (UNIT_KINDS): counts add up only within one kind."""
    return UNIT_KINDS.get(unit, unit)


def flow_of(row: dict) -> str | None:
    """The flow of a fund row: amounts add up only within one flow."""
    return row.get("flow")


def unit_kind_of(row: dict) -> str:
    """The unit kind of a beneficiary row."""
    return unit_kind(row["unit"])
FILE_STATUSES = ("parsed", "quarantined")
REGION_LEVELS = ("province", "city", "county")

# the dbt vars (dbt_project.yml) that carry the sets into accepted_values tests
DBT_VARS: dict[str, tuple[str, ...] | dict[str, str]] = {
    "qualifiers": QUALIFIERS,
    "per_units": PER_UNITS,
    "flows": FLOWS,
    "units": UNITS,
    "unit_kinds": UNIT_KINDS,
    "categories": CATEGORIES,
    "not_countable_reasons": NOT_COUNTABLE_REASONS,
    "file_statuses": FILE_STATUSES,
    "region_levels": REGION_LEVELS,
}
