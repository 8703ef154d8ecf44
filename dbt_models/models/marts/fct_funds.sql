-- One row per amount of money (CONTRACT.md: fct_funds). Extra columns after the contract ones. Staging has cast every column to its contract type.
select
    fund_id,
    article_id,
    amount_yuan,
    amount_text,
    qualifier,
    per_unit,
    flow,
    in_kind,
    province,
    city,
    county,
    year,
    campaign_id,
    evidence,
    span_start,
    span_end,
    -- extras
    coalesce(is_restatement, false) as is_restatement,
    source_file,
    cast({{ region_id('province', 'city', 'county') }} as varchar) as region_id
from {{ ref('stg_fund_mentions') }}
