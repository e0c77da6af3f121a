-- Refusal incidents, transfers and persons held liable per province, with enforcement cases filed and residents, in a window.
-- grain: one row per province the filters keep (rankings pass every province: Filters.everywhere)
-- params: $filters, $start, $end
with incidents as (
    select
        province_code,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred, sum(n_held_liable) as n_held_liable
    from nc_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by province_code
),

filed as (
    select province_code, sum(n_filed) as n_filed
    from cases_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by province_code
)

select
    provinces.province_code, provinces.name_zh, provinces.name_en, provinces.population_10k,
    coalesce(n_incidents, 0)::bigint as n_incidents,
    coalesce(n_transferred, 0)::bigint as n_transferred,
    coalesce(n_held_liable, 0)::bigint as n_held_liable,
    coalesce(n_filed, 0)::bigint as n_filed
from provinces
left join incidents using (province_code)
left join filed using (province_code)
order by provinces.province_code;
