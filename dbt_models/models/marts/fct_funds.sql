-- One row per amount of money (CONTRACT.md: fct_funds). Extra columns after the contract ones.
select
    cast(fund_id as varchar)        as fund_id,
    cast(article_id as varchar)     as article_id,
    cast(amount_yuan as double)     as amount_yuan,
    cast(amount_text as varchar)    as amount_text,
    cast(qualifier as varchar)      as qualifier,
    cast(per_unit as varchar)       as per_unit,
    cast(flow as varchar)           as flow,
    cast(in_kind as boolean)        as in_kind,
    cast(province as varchar)       as province,
    cast(city as varchar)           as city,
    cast(county as varchar)         as county,
    cast(year as integer)           as year,
    cast(campaign_id as varchar)    as campaign_id,
    cast(evidence as varchar)       as evidence,
    cast(span_start as integer)     as span_start,
    cast(span_end as integer)       as span_end,
    -- extras
    cast(coalesce(is_restatement, false) as boolean) as is_restatement,
    cast(source_file as varchar)    as source_file,
    cast({{ region_id('province', 'city', 'county') }} as varchar) as region_id
from {{ ref('stg_fund_mentions') }}
