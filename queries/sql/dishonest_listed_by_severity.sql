-- New dishonest-list entries by graded severity (minor, general, serious; 'ungraded' before the 2024 grading), by month.
-- grain: one row per month x severity with any listing
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT month, severity, sum(n_listed)::BIGINT AS n_listed
FROM dl_monthly
WHERE month BETWEEN $start AND $end AND n_listed > 0
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY ALL
ORDER BY month, severity;
