-- Inventory of input files (parsed and quarantined): casts only.
select
    cast(source_file as varchar)    as source_file,
    cast(size_bytes as bigint)      as size_bytes,
    cast(content_hash as varchar)   as content_hash,
    cast(encoding as varchar)       as encoding,
    cast(status as varchar)         as status,
    cast(reason as varchar)         as reason,
    cast(modified_at as timestamp)  as modified_at,
    cast(ingested_at as timestamp)  as ingested_at
from {{ source('raw', 'article_files') }}
