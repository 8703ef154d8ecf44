-- One row per story (CONTRACT.md: dim_articles). Extra columns after the contract ones.
select
    cast(article_id as varchar)     as article_id,
    cast(source_file as varchar)    as source_file,
    cast(story_index as integer)    as story_index,
    cast(title as varchar)          as title,
    cast(body as varchar)           as body,
    cast(source as varchar)         as source,
    cast(year as integer)           as year,
    cast(province as varchar)       as province,
    -- extras
    cast(city as varchar)           as city,
    cast(county as varchar)         as county,
    cast(byline as varchar)         as byline,
    cast(published_date as date)    as published_date,
    {{ region_id('province', 'city', 'county') }} as region_id
from {{ ref('stg_stories') }}
