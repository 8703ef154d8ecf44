-- Facts of one article with their evidence: every amount of money, every count of
-- beneficiaries and every campaign extracted from ONE story, each with the sentence
-- it came from and its character span in dim_articles.body (span_ok checks that the
-- span really holds the text).
--
-- Parameter: the DuckDB variable `title_like`, a LIKE pattern on the story title
-- (set it first with  SET VARIABLE title_like = '%暖心敲门%';).
-- When it is not set, the worked example '%迎新春送温暖%' is used. When several stories
-- match, the first one by source file and story index is shown.
--
-- Run: .venv/bin/duckdb -readonly warehouse/warehouse.duckdb \
--        -cmd "SET VARIABLE title_like = '%暖心敲门%'" < queries/article_facts_with_evidence.sql
-- (Python: con.execute("SET VARIABLE title_like = ?", ["%暖心敲门%"]), then run this file.)
WITH article AS (
    SELECT article_id, title, body, source_file, story_index
    FROM main.dim_articles
    WHERE title LIKE coalesce(getvariable('title_like'), '%迎新春送温暖%')
    ORDER BY source_file, story_index
    LIMIT 1
),
facts AS (
    SELECT
        'fund'                                    AS fact,
        f.amount_text                             AS text,
        f.amount_yuan                             AS value,
        concat_ws(' ', f.flow, CASE WHEN f.per_unit IS NOT NULL THEN 'per ' || f.per_unit END,
                  CASE WHEN f.in_kind THEN 'in kind' END,
                  CASE WHEN NOT f.countable THEN 'not countable: ' || f.not_countable_reason END) AS detail,
        f.qualifier,
        f.province,
        f.city,
        f.evidence,
        f.span_start,
        f.span_end
    FROM main.fct_funds f JOIN article a USING (article_id)
    UNION ALL
    SELECT
        'beneficiary',
        b.quantity_text,
        b.quantity,
        concat_ws(' ', b.unit, b.category, b.group_text,
                  CASE WHEN NOT b.countable THEN 'not countable: ' || b.not_countable_reason END),
        b.qualifier,
        b.province,
        b.city,
        b.evidence,
        b.span_start,
        b.span_end
    FROM main.fct_beneficiaries b JOIN article a USING (article_id)
    UNION ALL
    SELECT
        'campaign',
        c.name,
        c.fund_total_yuan,
        concat_ws(' ', c.kind, c.year, array_to_string(c.organizers, '、')),
        NULL,
        c.province,
        NULL,
        NULL,  -- campaigns have no evidence column in the marts
        NULL,
        NULL
    FROM main.bridge_campaign_articles bc
    JOIN article a USING (article_id)
    JOIN main.fct_campaigns c USING (campaign_id)
)
SELECT
    a.title,
    f.fact,
    f.text,
    f.value,
    f.detail,
    f.qualifier,
    f.province,
    f.city,
    f.span_start,
    f.span_end,
    CASE WHEN f.span_start IS NOT NULL
         THEN substring(a.body, f.span_start + 1, f.span_end - f.span_start) = f.text END AS span_ok,
    f.evidence
FROM facts f CROSS JOIN article a
ORDER BY CASE f.fact WHEN 'fund' THEN 1 WHEN 'beneficiary' THEN 2 ELSE 3 END,
         f.span_start NULLS LAST, f.text;
