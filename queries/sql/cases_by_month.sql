-- Enforcement cases filed and concluded, yuan recovered and voluntary performance, by month.
-- grain: one row per month
-- params: $filters, $start, $end
select
    month,
    sum(n_filed)::bigint as n_filed,
    sum(n_closed)::bigint as n_closed,
    sum(recovered_yuan) as recovered_yuan,
    sum(n_voluntary)::bigint as n_voluntary
from cases_monthly
where month between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by month
order by month;
