-- Refusal incidents, transfers, persons held liable and enforcement cases filed per province and month, every month of the window.
-- grain: one row per province x month from $start to $end (zeros where nothing happened), for the campaign comparisons
-- params: $filters, $start, $end
with months as (
    select unnest(generate_series(date_trunc('month', $start::date), $end::date, interval 1 month)) as month
),

grid as (
    select provinces.province_code, provinces.population_10k, months.month::date as month
    from provinces
    cross join months
),

incidents as (
    select
        province_code, month,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred, sum(n_held_liable) as n_held_liable
    from nc_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by province_code, month
),

filed as (
    select province_code, month, sum(n_filed) as n_filed
    from cases_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by province_code, month
)

select
    grid.province_code, grid.month, grid.population_10k,
    coalesce(n_incidents, 0)::bigint as n_incidents,
    coalesce(n_transferred, 0)::bigint as n_transferred,
    coalesce(n_held_liable, 0)::bigint as n_held_liable,
    coalesce(n_filed, 0)::bigint as n_filed
from grid
left join incidents using (province_code, month)
left join filed using (province_code, month)
order by grid.province_code, grid.month;
