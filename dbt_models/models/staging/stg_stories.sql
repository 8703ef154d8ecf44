-- One row per story: casts only.
select
    cast(article_id as varchar)     as article_id,
    cast(source_file as varchar)    as source_file,
    cast(story_index as integer)    as story_index,
    cast(title as varchar)          as title,
    cast(body as varchar)           as body,
    cast(source as varchar)         as source,
    cast(byline as varchar)         as byline,
    cast(published_date as date)    as published_date,
    cast(year as integer)           as year,
    cast(province as varchar)       as province,
    cast(city as varchar)           as city,
    cast(county as varchar)         as county,
    cast(duplicate_of as varchar)   as duplicate_of
from {{ source('raw', 'stories') }}
