-- One row per campaign instance (campaign_id = name x year x province).
-- Totals add up the campaign's countable rows (GUIDELINES "Adding up": no rates,
-- restatements, parts, multi-year figures, changes or duplicate stories), and keep
-- people, households and person-times apart. NULL when the campaign has none.
with mentions as (
    select * from {{ ref('stg_campaign_mentions') }}
    where campaign_id is not null
),

kind_counts as (
    select campaign_id, kind, count(*) as n
    from mentions
    where kind is not null
    group by campaign_id, kind
),

top_kind as (
    -- most frequent kind; ties broken by the kind text so the result is deterministic
    select campaign_id, kind
    from kind_counts
    qualify row_number() over (partition by campaign_id order by n desc, kind) = 1
),

campaign_base as (
    select
        campaign_id,
        min(name)      as name,
        min(year)      as year,
        min(province)  as province,
        list_sort(list_distinct(list_filter(
            flatten(coalesce(list(organizers) filter (where organizers is not null), [])),
            o -> o is not null and trim(o) <> ''
        )))            as organizers,
        count(*)       as mention_count
    from mentions
    group by campaign_id
),

articles as (
    select campaign_id, count(*) as article_count
    from {{ ref('bridge_campaign_articles') }}
    group by campaign_id
),

funds as (
    select campaign_id, sum(amount_yuan) as fund_total_yuan, count(*) as fund_count
    from {{ ref('fct_funds') }}
    where campaign_id is not null and countable
    group by campaign_id
),

beneficiaries as (
    select
        campaign_id,
        sum(quantity) filter (where u.unit_kind = 'people')      as people_total,
        sum(quantity) filter (where u.unit_kind = 'households')  as household_total,
        sum(quantity) filter (where u.unit_kind = 'visits')      as person_time_total,
        count(*) filter (where u.unit_kind <> 'other')           as beneficiary_count
    from {{ ref('fct_beneficiaries') }} as b
    join {{ ref('dim_units') }} as u using (unit)
    where campaign_id is not null and countable
    group by campaign_id
)

select
    cast(c.campaign_id as varchar)                    as campaign_id,
    cast(c.name as varchar)                           as name,
    cast(k.kind as varchar)                           as kind,
    cast(c.year as integer)                           as year,
    cast(c.province as varchar)                       as province,
    cast(c.organizers as varchar[])                   as organizers,
    cast(coalesce(a.article_count, 0) as bigint)      as article_count,
    cast(f.fund_total_yuan as double)                 as fund_total_yuan,
    cast(b.people_total as bigint)                    as people_total,
    cast(b.household_total as bigint)                 as household_total,
    cast(b.person_time_total as bigint)               as person_time_total,
    -- extras
    cast(c.mention_count as bigint)                   as mention_count,
    cast(coalesce(f.fund_count, 0) as bigint)         as fund_count,
    cast(coalesce(b.beneficiary_count, 0) as bigint)  as beneficiary_count
from campaign_base c
left join top_kind k using (campaign_id)
left join articles a using (campaign_id)
left join funds f using (campaign_id)
left join beneficiaries b using (campaign_id)
