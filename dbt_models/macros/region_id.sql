{#- Stable id of a (province, city, county) combination; shared by dim_regions and the facts. -#}
{% macro region_id(province, city, county) -%}
    md5(coalesce({{ province }}, '') || '|' || coalesce({{ city }}, '') || '|' || coalesce({{ county }}, ''))
{%- endmacro %}
