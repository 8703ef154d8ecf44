-- One row per amount of money (CONTRACT.md: fct_funds). Extra columns after the contract ones. Staging has cast every column to its contract type.
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='append_new_columns',
          pre_hook="{{ delete_stale_file_rows() }}") }}
select
    fund_id,
    article_id,
    amount_yuan,
    amount_text,
    qualifier,
    per_unit,
    flow,
    in_kind,
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
from {{ ref('stg_fund_mentions') }} as f
{{ file_version_join('f') }}
{{ only_files_not_held('f') }}
