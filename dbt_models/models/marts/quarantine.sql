-- One row per input file that could not be processed (CONTRACT.md: quarantine).
select
    cast(source_file as varchar)    as source_file,
    cast(reason as varchar)         as reason,
    cast(ingested_at as timestamp)  as detected_at,
    -- extras
    cast(content_hash as varchar)   as content_hash,
    cast(size_bytes as bigint)      as size_bytes,
    cast(encoding as varchar)       as encoding
from {{ ref('stg_article_files') }}
where status = 'quarantined'
