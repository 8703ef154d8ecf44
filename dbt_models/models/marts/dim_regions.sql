-- One row per (province, city, county) combination seen in stories or facts.
with seen as (
    select province, city, county, 'stories' as seen_in from {{ ref('stg_stories') }}
    union all
    select province, city, county, 'funds' from {{ ref('stg_fund_mentions') }}
    union all
    select province, city, county, 'beneficiaries' from {{ ref('stg_beneficiary_mentions') }}
    union all
    select province, null, null, 'campaigns' from {{ ref('stg_campaign_mentions') }}
)
select
    cast({{ region_id('province', 'city', 'county') }} as varchar) as region_id,
    cast(province as varchar) as province,
    cast(city as varchar)     as city,
    cast(county as varchar)   as county,
    cast(case
        when county is not null then 'county'
        when city is not null then 'city'
        else 'province'
    end as varchar)           as level,
    cast(count(*) as bigint)  as mention_count
from seen
where coalesce(province, city, county) is not null
group by province, city, county
