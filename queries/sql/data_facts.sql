-- Facts about the loaded data: its as-of date, its months and the filter vocabularies present.
-- grain: one row; period_first_month .. last_month is the range the period filter offers (the earliest
-- date any table records, campaigns included, to the as-of month)
-- params: none
SELECT as_of_date, first_month, date_trunc('month', as_of_date)::DATE AS last_month,
       date_trunc('month', least(
           first_month,
           (SELECT min(action_date) FROM nc_incidents),
           (SELECT min(month) FROM dl_monthly),
           (SELECT min(assigned_date) FROM ce_transfers),
           (SELECT min(start_date) FROM campaigns)
       ))::DATE AS period_first_month,
       (SELECT list(DISTINCT court_level ORDER BY court_level) FROM cases_monthly) AS court_levels,
       (SELECT list(DISTINCT case_type ORDER BY case_type) FROM cases_monthly) AS case_types,
       (SELECT list(DISTINCT debtor_type ORDER BY debtor_type) FROM cases_monthly) AS debtor_types
FROM meta;
