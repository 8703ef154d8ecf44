-- One row per story (CONTRACT.md: dim_articles). Extra columns after the contract ones. Staging has cast every column to its contract type.
select
    article_id,
    source_file,
    story_index,
    title,
    body,
    source,
    year,
    province,
    -- extras
    city,
    county,
    byline,
    published_date,
    {{ region_id('province', 'city', 'county') }} as region_id
from {{ ref('stg_stories') }}
