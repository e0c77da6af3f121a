-- Refusal-to-comply incidents acted on, cases transferred to the police and persons held liable, by month.
-- grain: one row per month with at least one incident
-- params: $filters, $start, $end
select
    month,
    sum(n_incidents)::bigint as n_incidents,
    sum(n_transferred)::bigint as n_transferred,
    sum(n_held_liable)::bigint as n_held_liable,
    sum(n_incidents) filter (where measure = 'detention')::bigint as n_detention,
    sum(n_incidents) filter (where measure = 'fine')::bigint as n_fine
from nc_monthly
where month between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by month
order by month;
