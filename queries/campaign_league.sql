-- Campaign league table: which campaign instances (name x year x province) report the
-- most money, with the people/households they reached, how many stories mention them
-- and who organized them.
--
-- The totals add up the campaign's countable rows only (fct_funds.countable,
-- fct_beneficiaries.countable: no rates, restatements, parts of a whole, multi-year
-- figures, changes or duplicate stories) and keep people, households and
-- person-times apart. Campaigns with no amount rank last (NULLS LAST); ties are
-- broken by people_total, then name.
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
    people_total,
    household_total,
    person_time_total,
    article_count,
    array_to_string(organizers, '、')                            AS organizers
FROM main.fct_campaigns
ORDER BY fund_total_yuan DESC NULLS LAST, people_total DESC NULLS LAST, name, year, province
LIMIT 25;
