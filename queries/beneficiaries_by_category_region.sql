-- Beneficiaries by category and region: how many people, households and visits
-- (person-times / household-times) the stories report as helped, per beneficiary
-- category (GUIDELINES: needy_general, dibao, tekun, orphans_children, elderly,
-- disabled, homeless, veterans_cadres, other) and province.
--
-- Units are never added across kinds (main.dim_units: 人/名/位 are people, 户/家
-- households, 人次/户次 visits, anything else (个) other_units). Only countable rows
-- (no restatements, parts of a whole, multi-year figures, changes or copies). Rows with no province are kept, under NULL.
--
-- Run: .venv/bin/duckdb -readonly warehouse/warehouse.duckdb < queries/beneficiaries_by_category_region.sql
SELECT
    category,
    province,
    count(*)                                                         AS mentions,
    coalesce(sum(quantity) FILTER (WHERE unit_kind = 'people'), 0)      AS people,
    coalesce(sum(quantity) FILTER (WHERE unit_kind = 'households'), 0)  AS households,
    coalesce(sum(quantity) FILTER (WHERE unit_kind = 'visits'), 0)      AS visits,
    coalesce(sum(quantity) FILTER (WHERE unit_kind = 'other'), 0)       AS other_units
FROM main.fct_beneficiaries
JOIN main.dim_units USING (unit)
WHERE countable
GROUP BY category, province
ORDER BY category, people + households + visits + other_units DESC, province NULLS LAST;
