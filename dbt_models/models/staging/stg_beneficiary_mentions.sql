-- One row per count of people/households helped, mentioned in a story: casts only.
select
    cast(beneficiary_id as varchar) as beneficiary_id,
    cast(article_id as varchar)     as article_id,
    cast(source_file as varchar)    as source_file,
    cast(quantity as bigint)        as quantity,
    cast(quantity_text as varchar)  as quantity_text,
    cast(unit as varchar)           as unit,
    cast(qualifier as varchar)      as qualifier,
    cast(group_text as varchar)     as group_text,
    cast(category as varchar)       as category,
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
from {{ source('raw', 'beneficiary_mentions') }}
