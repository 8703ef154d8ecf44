-- Campaign league table: which campaign instances (name x year x province) report the
-- most money, with the people/households they reached, how many stories mention them
-- and who organized them.
--
-- fund_total_yuan already excludes per-person rates and counts a restated amount once
-- (see fct_campaigns in dbt_models/models/marts/_marts.yml). Campaigns with no amount
-- rank last (NULLS LAST); ties are broken by beneficiary_total, then name.
-- beneficiary_total adds people, households and visits as reported (mixed units).
--
-- Run: .venv/bin/duckdb -readonly warehouse/warehouse.duckdb < queries/campaign_league.sql
SELECT
    rank() OVER (ORDER BY fund_total_yuan DESC NULLS LAST)      AS rank,
    name,
    kind,
    year,
    province,
    fund_total_yuan,
    round(fund_total_yuan / 1e4, 1)                              AS fund_total_wan_yuan,
    beneficiary_total,
    article_count,
    array_to_string(organizers, '、')                            AS organizers
FROM main.fct_campaigns
ORDER BY fund_total_yuan DESC NULLS LAST, beneficiary_total DESC NULLS LAST, name, year, province
LIMIT 25;
