-- Facts about the loaded data: its as-of date, its first month and the filter vocabularies present.
-- grain: one row
-- params: none
SELECT as_of_date, first_month,
       (SELECT list(DISTINCT court_level ORDER BY court_level) FROM cases_monthly) AS court_levels,
       (SELECT list(DISTINCT case_type ORDER BY case_type) FROM cases_monthly) AS case_types,
       (SELECT list(DISTINCT debtor_type ORDER BY debtor_type) FROM cases_monthly) AS debtor_types
FROM meta;
