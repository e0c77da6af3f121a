-- Cases moved under the reform by method: assigned by month, and resolved with yuan recovered by month of resolution.
-- grain: one row per month x method with any assignment or resolution, from the first case to $end (cumulative sums need the months before the period)
-- params: $provinces, $levels, $case_types, $debtor_types, $end
WITH x AS (
    SELECT method, month, resolved_date, recovered_yuan FROM ce_cases
    WHERE keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
),
assigned AS (
    SELECT month, method, count(*) AS n_assigned FROM x GROUP BY ALL
),
resolved AS (
    SELECT date_trunc('month', resolved_date)::DATE AS month, method, count(*) AS n_resolved,
           sum(recovered_yuan)::DOUBLE AS recovered_yuan
    FROM x WHERE resolved_date IS NOT NULL GROUP BY ALL
)
SELECT month, method,
       coalesce(n_assigned, 0)::BIGINT AS n_assigned,
       coalesce(n_resolved, 0)::BIGINT AS n_resolved,
       coalesce(recovered_yuan, 0) AS recovered_yuan
FROM assigned FULL OUTER JOIN resolved USING (month, method)
WHERE month <= $end
ORDER BY month, method;
