-- Refusal incidents acted on by what the debtor did (conduct), with transfers and compliance, by month.
-- grain: one row per month x conduct with at least one incident
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
select
    month, conduct,
    sum(n_incidents)::bigint as n_incidents,
    sum(n_transferred)::bigint as n_transferred,
    sum(n_complied)::bigint as n_complied
from nc_monthly
where month between $start and $end
    and matches($provinces, $levels, $case_types, $debtor_types, province_code, court_level, case_type, debtor_type)
group by month, conduct
order by month, conduct;
