-- One row per story (CONTRACT.md: dim_articles). Extra columns after the contract ones. Staging has cast every column to its contract type.
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='append_new_columns',
          pre_hook="{{ delete_stale_file_rows() }}") }}
select
    article_id,
    s.source_file,
    story_index,
    title,
    body,
    source,
    year,
    province,
    duplicate_of,
    -- extras
    city,
    county,
    byline,
    published_date,
    {{ region_id('province', 'city', 'county') }} as region_id,
    {{ ledger_version('file_ledger') }} as file_version,
    {{ sql_version() }} as sql_version,
    {{ build_id() }} as build_id
from {{ ref('stg_stories') }} as s
{{ file_version_join('s') }}
{{ only_files_not_held('s') }}
