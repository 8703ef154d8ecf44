-- Funds by province and year: how much money the stories report per province-level
-- region and year, split by flow (raised / allocated / disbursed / other).
--
-- Countable amounts only (GUIDELINES "Adding up"): per-person / per-household rates
-- (江苏省's 每人200元), restated totals, parts of a total given beside it (其中…),
-- figures accumulated over several years, changes (比上年增加…) and the copies of a
-- republished story have countable = false and are left out.
-- Amounts with no province or year are kept, under NULL.
--
-- Run: .venv/bin/duckdb -readonly warehouse/warehouse.duckdb < queries/funds_by_province_year.sql
SELECT
    province,
    year,
    count(*)                                                     AS amounts,
    sum(amount_yuan)                                             AS total_yuan,
    coalesce(sum(amount_yuan) FILTER (WHERE flow = 'raised'), 0)    AS raised_yuan,
    coalesce(sum(amount_yuan) FILTER (WHERE flow = 'allocated'), 0) AS allocated_yuan,
    coalesce(sum(amount_yuan) FILTER (WHERE flow = 'disbursed'), 0) AS disbursed_yuan,
    coalesce(sum(amount_yuan) FILTER (WHERE flow = 'other'), 0)     AS other_yuan,
    round(sum(amount_yuan) / 1e4, 1)                             AS total_wan_yuan
FROM main.fct_funds
WHERE countable
GROUP BY province, year
ORDER BY total_yuan DESC, province NULLS LAST, year NULLS LAST;
