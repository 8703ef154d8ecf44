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


{#- A refresh of a few files into a large warehouse. Comparing every row of a mart with the
    ledger costs a scan of the mart and the ledger (~0.4 s a mart at 100,000 files). The
    files to replace are known more cheaply: those extracted, or removed, since the last
    dbt build that ended without an error. That build left its mark in the ledger (stage
    'marts': the newest processing time it had built; `record_marts_built` below); a build
    that fails leaves the mark where it was, so the next one covers its files too. The
    extraction gives a file a new processing time whenever it lands it again, and leaves a
    'removed:extraction' row when the file goes (lib/store.py). Without a mark, or when the
    mart holds rows of other SQL, every file is compared as before. -#}
{% macro built_through() -%}
    {%- if execute -%}
        {%- set found = run_query("select max(processed_at) from " ~ processing_ledger() ~ " where stage = 'marts'") -%}
        {%- if found and found.rows | length and found.columns[0].values()[0] is not none -%}
            {{ return(found.columns[0].values()[0]) }}
        {%- endif -%}
    {%- endif -%}
    {{ return(none) }}
{%- endmacro %}

{% macro files_changed_since(since) -%}
    select l.source_file from {{ processing_ledger() }} as l
    where l.stage in ('extraction', 'removed:extraction') and l.processed_at > timestamp '{{ since }}'
{%- endmacro %}

{#- the mark this mart's refresh may start from, or none (compare every file) -#}
{% macro refresh_since() -%}
    {%- if execute and is_incremental() -%}
        {%- set since = built_through() -%}
        {%- set columns = adapter.get_columns_in_relation(this) | map(attribute='name') | map('lower') | list -%}
        {%- if since is not none and 'sql_version' in columns and 'file_version' in columns and 'build_id' in columns -%}
            {%- set other = run_query("select count(*) from (select 1 from " ~ this ~ " where sql_version is distinct from "
                                      ~ sql_version() ~ " limit 1)") -%}
            {%- if other.columns[0].values()[0] == 0 -%}
                {{ return(since) }}
            {%- endif -%}
        {%- endif -%}
    {%- endif -%}
    {{ return(none) }}
{%- endmacro %}

{#- on-run-end: a build of every per-file mart with no error marks what it has built (see
    built_through); a `dbt test`, or a build of some models only, marks nothing -#}
{% macro record_marts_built(results) -%}
    {%- set failed = results | selectattr('status', 'in', ['error', 'fail', 'runtime error']) | list -%}
    {%- set built = results | selectattr('status', 'equalto', 'success') | map(attribute='node')
                    | selectattr('resource_type', 'equalto', 'model') | map(attribute='name') | list -%}
    {%- if execute and not failed and 'dim_articles' in built and 'fct_funds' in built and 'fct_beneficiaries' in built -%}
    delete from {{ processing_ledger() }} where stage = 'marts';
    insert into {{ processing_ledger() }} (stage, source_file, processed_version, processed_at, run_id)
        select 'marts', '', '', max(processed_at), null from {{ processing_ledger() }}
        where stage in ('extraction', 'removed:extraction') having max(processed_at) is not null;
    {%- endif -%}
{%- endmacro %}

{#- the build that inserted a row: a refresh's data tests look at the rows it inserted -#}
{% macro build_id() -%}
    '{{ invocation_id }}'
{%- endmacro %}


{#- pre_hook: rows of changed or removed files, or built by other SQL, go. -#}
{% macro delete_stale_file_rows() -%}
    {%- set since = refresh_since() -%}
    {%- if since is not none %}
    delete from {{ this }} where source_file in ({{ files_changed_since(since) }})
    {%- elif is_incremental() -%}
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
    {%- if 'sql_version' not in columns or 'file_version' not in columns or 'build_id' not in columns -%}
    {#- a table built before these columns existed: add them here (not in the
        schema sync, whose ALTER would conflict with this delete) and rebuild every row -#}
    alter table {{ this }} add column if not exists file_version varchar;
    alter table {{ this }} add column if not exists sql_version varchar;
    alter table {{ this }} add column if not exists build_id varchar;
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
    {%- set since = refresh_since() -%}
    {%- if since is not none %}
    where {{ alias }}.source_file in ({{ files_changed_since(since) }})
    {%- elif is_incremental() -%}
    where {{ alias }}.source_file not in (select distinct source_file from {{ this }})
    {%- endif -%}
{%- endmacro %}


{#- data tests of a per-file mart look at the rows this build inserted (all of them in a
    full build, or after its SQL changed); the other rows passed them in an earlier build -#}
{% macro duckdb__get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- if relation.identifier in ('dim_articles', 'fct_funds', 'fct_beneficiaries') -%}
        {%- set own = "build_id = " ~ build_id() -%}
        {%- set where = (where ~ " and " ~ own) if where else own -%}
    {%- endif -%}
    {%- if where -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ where }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}
