-- One row per count of people / households helped (CONTRACT.md: fct_beneficiaries). Staging has cast every column to its contract type.
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='append_new_columns',
          pre_hook="{{ delete_stale_file_rows() }}") }}
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
    coalesce(countable, true) as countable,
    not_countable_reason,
    -- extras
    f.source_file,
    cast({{ region_id('province', 'city', 'county') }} as varchar) as region_id,
    {{ ledger_version('file_ledger') }} as file_version,
    {{ sql_version() }} as sql_version,
    {{ build_id() }} as build_id
from {{ ref('stg_beneficiary_mentions') }} as f
{{ file_version_join('f') }}
{{ only_files_not_held('f') }}
