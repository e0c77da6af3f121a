-- Refusal incidents acted on by what the debtor did (conduct), with transfers and compliance, by month.
-- grain: one row per month x conduct with at least one incident
-- params: $filters, $start, $end
select
    month, conduct,
    sum(n_incidents)::bigint as n_incidents,
    sum(n_transferred)::bigint as n_transferred,
    sum(n_complied)::bigint as n_complied
from nc_monthly
where month between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by month, conduct
order by month, conduct;
