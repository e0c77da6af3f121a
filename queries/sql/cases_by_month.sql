-- Enforcement cases filed and concluded, yuan recovered and voluntary performance, by month.
-- grain: one row per month
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT month,
       sum(n_filed)::BIGINT AS n_filed,
       sum(n_closed)::BIGINT AS n_closed,
       sum(recovered_yuan) AS recovered_yuan,
       sum(n_voluntary)::BIGINT AS n_voluntary
FROM cases_monthly
WHERE month BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY month
ORDER BY month;
