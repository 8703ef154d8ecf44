-- One row per amount of money mentioned in a story: casts only.
select
    cast(fund_id as varchar)        as fund_id,
    cast(article_id as varchar)     as article_id,
    cast(source_file as varchar)    as source_file,
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
    cast(countable as boolean)      as countable,
    cast(not_countable_reason as varchar) as not_countable_reason,
    cast(evidence as varchar)       as evidence,
    cast(span_start as integer)     as span_start,
    cast(span_end as integer)       as span_end
from {{ source('raw', 'fund_mentions') }}
