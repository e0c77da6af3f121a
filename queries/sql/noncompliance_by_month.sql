-- Refusal-to-comply incidents acted on, cases transferred to the police and persons held liable, by month.
-- grain: one row per month with at least one incident
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT month,
       sum(n_incidents)::BIGINT AS n_incidents,
       sum(n_transferred)::BIGINT AS n_transferred,
       sum(n_held_liable)::BIGINT AS n_held_liable,
       sum(n_incidents) FILTER (WHERE measure = 'detention')::BIGINT AS n_detention,
       sum(n_incidents) FILTER (WHERE measure = 'fine')::BIGINT AS n_fine
FROM nc_monthly
WHERE month BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY month
ORDER BY month;
