-- Facts about the loaded data: its as-of date, its months and the filter vocabularies present.
-- grain: one row; period_first_month .. last_month is the range the period filter offers (the earliest
-- date any table records, campaigns included, to the as-of month)
-- params: none
select
    as_of_date, first_month, date_trunc('month', as_of_date)::date as last_month,
    date_trunc('month', least(
        first_month,
        (select min(action_date) from nc_incidents),
        (select min(month) from dl_monthly),
        (select min(assigned_date) from ce_transfers),
        (select min(start_date) from campaigns)
    ))::date as period_first_month,
    (select list_sort(list(distinct court_level)) from cases_monthly) as court_levels,
    (select list_sort(list(distinct case_type)) from cases_monthly) as case_types,
    (select list_sort(list(distinct debtor_type)) from cases_monthly) as debtor_types
from meta;
