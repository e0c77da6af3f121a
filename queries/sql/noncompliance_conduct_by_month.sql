-- Refusal incidents acted on by what the debtor did (conduct), with transfers and compliance, by month.
-- grain: one row per month x conduct with at least one incident
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT month, conduct,
       sum(n_incidents)::BIGINT AS n_incidents,
       sum(n_transferred)::BIGINT AS n_transferred,
       sum(n_complied)::BIGINT AS n_complied
FROM nc_monthly
WHERE month BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY month, conduct
ORDER BY month, conduct;
