-- Which stories mention which campaign instance: distinct (campaign_id, article_id).
select distinct
    cast(campaign_id as varchar) as campaign_id,
    cast(article_id as varchar)  as article_id
from {{ ref('stg_campaign_mentions') }}
where campaign_id is not null and article_id is not null
