-- What each count unit counts: people, households, visits or other (dagster_project/vocabulary.py
-- UNIT_KINDS, passed as the `unit_kinds` var). Totals add counts of one unit kind only.
{%- set kinds = var('unit_kinds') %}
select cast(unit as varchar) as unit, cast(unit_kind as varchar) as unit_kind
from (values
{%- for unit, kind in kinds.items() %}
    ('{{ unit }}', '{{ kind }}'){{ "," if not loop.last }}
{%- endfor %}
) as units(unit, unit_kind)
