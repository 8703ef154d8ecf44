-- One row per input file seen in SEEDS_DIR, readable or not. A file whose bytes are
-- identical to another readable file's contributes no stories of its own: the
-- first such file by name (`duplicate_of`) carries the one set of stories and facts.
with files as (
    select * from {{ ref('stg_article_files') }}
),

story_counts as (
    select source_file, count(*) as story_count
    from {{ ref('stg_stories') }}
    group by source_file
),

canonical as (
    select content_hash, min(source_file) as first_file
    from files
    where status = 'parsed'
    group by content_hash
)

select
    cast(f.source_file as varchar)                           as source_file,
    cast(f.status as varchar)                                as status,
    cast(f.reason as varchar)                                as reason,
    cast(case when f.status = 'parsed' and c.first_file <> f.source_file
              then c.first_file end as varchar)              as duplicate_of,
    cast(coalesce(s.story_count, 0) as integer)              as story_count,
    cast(f.size_bytes as bigint)                             as size_bytes,
    cast(f.encoding as varchar)                              as encoding,
    cast(f.content_hash as varchar)                          as content_hash,
    cast(f.modified_at as timestamp)                         as modified_at,
    cast(f.ingested_at as timestamp)                         as ingested_at
from files f
-- (the join is on the hash alone: a condition on `f` only in this ON clause made DuckDB
-- compare every file with every hash, 12 s at 100,000 files; the status is checked above)
left join canonical c on c.content_hash = f.content_hash
left join story_counts s on s.source_file = f.source_file
