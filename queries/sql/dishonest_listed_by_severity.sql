-- New dishonest-list entries by graded severity (minor, general, serious; 'ungraded' before the 2024 grading), by month.
-- grain: one row per month x severity with any listing
-- params: $filters, $start, $end
select month, severity, sum(n_listed)::bigint as n_listed
from dl_monthly
where month between $start and $end and n_listed > 0
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by all
order by month, severity;
