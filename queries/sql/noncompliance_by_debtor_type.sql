-- Refusal incidents, transfers and persons held liable by debtor type, with enforcement cases filed against that type, by month.
-- grain: one row per month x debtor type with any case filed or incident
-- params: $filters, $start, $end
with nc as (
    select
        month, debtor_type,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred,
        sum(n_held_liable) as n_held_liable, sum(n_complied) as n_complied
    from nc_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by month, debtor_type
),

filed as (
    select month, debtor_type, sum(n_filed) as n_filed
    from cases_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by month, debtor_type
    having sum(n_filed) > 0
)

select
    month, debtor_type,
    coalesce(n_incidents, 0)::bigint as n_incidents,
    coalesce(n_transferred, 0)::bigint as n_transferred,
    coalesce(n_held_liable, 0)::bigint as n_held_liable,
    coalesce(n_complied, 0)::bigint as n_complied,
    coalesce(n_filed, 0)::bigint as n_filed
from nc full outer join filed using (month, debtor_type)
order by month, debtor_type;
