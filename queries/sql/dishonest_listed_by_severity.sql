-- New dishonest-list entries by graded severity (minor, general, serious; 'ungraded' before the 2024 grading), by month.
-- grain: one row per month x severity with any listing
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
select month, severity, sum(n_listed)::bigint as n_listed
from dl_monthly
where month between $start and $end and n_listed > 0
    and keep($provinces, province_code) and keep($levels, court_level)
    and keep($case_types, case_type) and keep($debtor_types, debtor_type)
group by all
order by month, severity;
