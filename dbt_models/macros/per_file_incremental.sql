{#-
  Marts with rows of one source file each (dim_articles, fct_funds,
  fct_beneficiaries) are incremental by file: a refresh deletes the rows of
  files whose extraction changed or that are gone, and inserts the rows of
  files the mart does not hold, so adding one file costs that file's rows,
  not a rebuild of the table.

  Each row keeps the version of its file's extraction (the ledger's
  processed_version) and of the SQL that built it (this model and its parent
  models), so new extractor code or a changed model replaces every row on its
  own. `dbt build --full-refresh` rebuilds the tables from scratch.
-#}

{#- raw.processing_ledger: bookkeeping written by the extraction in the same
    transaction as raw.stories and the fact tables, so not a dbt source of its
    own (Dagster would show it as a second asset for the same data). -#}
{% macro processing_ledger() -%}
    {{ api.Relation.create(database=target.database, schema='raw', identifier='processing_ledger') }}
{%- endmacro %}


{% macro sql_version() -%}
    {%- set code = [model.raw_code] -%}
    {%- for node_id in model.depends_on.nodes if node_id in graph.nodes -%}
        {%- do code.append(graph.nodes[node_id].raw_code) -%}
    {%- endfor -%}
    '{{ local_md5(code | join("\n")) }}'
{%- endmacro %}


{#- The file's extraction version, joined in by source_file. The time it was
    processed is part of it: a file extracted again with the same content and code
    (a copy of a story whose kept original changed) replaces its rows too. -#}
{% macro file_version_join(alias) -%}
    left join {{ processing_ledger() }} as file_ledger
        on file_ledger.stage = 'extraction' and file_ledger.source_file = {{ alias }}.source_file
{%- endmacro %}

{% macro ledger_version(alias) -%}
    {{ alias }}.processed_version || '@' || cast({{ alias }}.processed_at as varchar)
{%- endmacro %}


{#- pre_hook: rows of changed or removed files, or built by other SQL, go. -#}
{% macro delete_stale_file_rows() -%}
    {%- if is_incremental() -%}
    {%- set columns = adapter.get_columns_in_relation(this) | map(attribute='name') | map('lower') | list -%}
    {#- columns added or dropped by a release: changed here, before the delete (a schema
        sync in the same transaction as the delete fails in DuckDB); the rows are rebuilt
        anyway, because the model's sql_version changed too -#}
    {%- for name, dtype in [('countable', 'boolean'), ('not_countable_reason', 'varchar'), ('duplicate_of', 'varchar')] -%}
    {%- if name not in columns and this.identifier in ('fct_funds', 'fct_beneficiaries', 'dim_articles')
          and (name == 'duplicate_of') == (this.identifier == 'dim_articles') %}
    alter table {{ this }} add column {{ name }} {{ dtype }};
    {%- endif -%}
    {%- endfor -%}
    {%- if 'is_restatement' in columns %}
    alter table {{ this }} drop column is_restatement;
    {%- endif -%}
    {%- if 'sql_version' not in columns or 'file_version' not in columns -%}
    {#- a table built before these columns existed: add them here (not in the
        schema sync, whose ALTER would conflict with this delete) and rebuild every row -#}
    alter table {{ this }} add column if not exists file_version varchar;
    alter table {{ this }} add column if not exists sql_version varchar;
    delete from {{ this }}
    {%- else -%}
    delete from {{ this }} as kept
    where kept.sql_version is distinct from {{ sql_version() }}
       or not exists (
           select 1 from {{ processing_ledger() }} as l
           where l.stage = 'extraction' and l.source_file = kept.source_file
             and {{ ledger_version('l') }} = kept.file_version)
    {%- endif -%}
    {%- endif -%}
{%- endmacro %}


{#- where-clause of the model: only files the mart does not hold (after the pre_hook). -#}
{% macro only_files_not_held(alias) -%}
    {%- if is_incremental() -%}
    where {{ alias }}.source_file not in (select distinct source_file from {{ this }})
    {%- endif -%}
{%- endmacro %}
