-- One row per mention of a named campaign in a story: casts only.
select
    cast(mention_id as varchar)     as mention_id,
    cast(campaign_id as varchar)    as campaign_id,
    cast(article_id as varchar)     as article_id,
    cast(source_file as varchar)    as source_file,
    cast(name as varchar)           as name,
    cast(kind as varchar)           as kind,
    cast(year as integer)           as year,
    cast(province as varchar)       as province,
    cast(organizers as varchar[])   as organizers,
    cast(evidence as varchar)       as evidence,
    cast(span_start as integer)     as span_start,
    cast(span_end as integer)       as span_end
from {{ source('raw', 'campaign_mentions') }}
