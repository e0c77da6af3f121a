-- Cases moved under the cross-enforcement reform: assigned by month, and resolved with yuan recovered by month of resolution.
-- grain: one row per month with any assignment or resolution
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
WITH x AS (
    SELECT * FROM ce_transfers
    WHERE keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
),
assigned AS (
    SELECT month, count(*) AS n_assigned FROM x GROUP BY month
),
resolved AS (
    SELECT date_trunc('month', resolved_date)::DATE AS month, count(*) AS n_resolved,
           sum(recovered_yuan)::DOUBLE AS recovered_yuan
    FROM x WHERE resolved_date IS NOT NULL GROUP BY ALL
)
SELECT month,
       coalesce(n_assigned, 0)::BIGINT AS n_assigned,
       coalesce(n_resolved, 0)::BIGINT AS n_resolved,
       coalesce(recovered_yuan, 0) AS recovered_yuan
FROM assigned FULL OUTER JOIN resolved USING (month)
WHERE month BETWEEN $start AND $end
ORDER BY month;
