-- Refusal incidents, transfers and persons held liable per province, with enforcement cases filed and residents, in a window.
-- grain: one row per province (all provinces, whatever the province filter: the ranking compares them)
-- params: $levels, $case_types, $debtor_types, $start, $end
with incidents as (
    select
        province_code,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred, sum(n_held_liable) as n_held_liable
    from nc_monthly
    where month between $start and $end
        and keep($levels, court_level) and keep($case_types, case_type) and keep($debtor_types, debtor_type)
    group by province_code
),

filed as (
    select province_code, sum(n_filed) as n_filed
    from cases_monthly
    where month between $start and $end
        and keep($levels, court_level) and keep($case_types, case_type) and keep($debtor_types, debtor_type)
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
