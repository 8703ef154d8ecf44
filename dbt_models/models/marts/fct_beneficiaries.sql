-- One row per count of people / households helped (CONTRACT.md: fct_beneficiaries). Staging has cast every column to its contract type.
select
    beneficiary_id,
    article_id,
    quantity,
    quantity_text,
    unit,
    qualifier,
    group_text,
    category,
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
from {{ ref('stg_beneficiary_mentions') }}
