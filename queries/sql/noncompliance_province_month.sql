-- Refusal incidents, transfers, persons held liable and enforcement cases filed per province and month, every month of the window.
-- grain: one row per province x month from $start to $end (zeros where nothing happened), for the campaign comparisons
-- params: $levels, $case_types, $debtor_types, $start, $end
WITH grid AS (
    SELECT p.province_code, p.population_10k, m.month::DATE AS month
    FROM provinces p
    CROSS JOIN generate_series(date_trunc('month', $start::DATE), $end::DATE, INTERVAL 1 MONTH) AS m(month)
),
nc AS (
    SELECT province_code, month,
           sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred, sum(n_held_liable) AS n_held_liable
    FROM nc_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY province_code, month
),
filed AS (
    SELECT province_code, month, sum(n_filed) AS n_filed
    FROM cases_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY province_code, month
)
SELECT g.province_code, g.month, g.population_10k,
       coalesce(n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(n_held_liable, 0)::BIGINT AS n_held_liable,
       coalesce(n_filed, 0)::BIGINT AS n_filed
FROM grid g
LEFT JOIN nc USING (province_code, month)
LEFT JOIN filed USING (province_code, month)
ORDER BY g.province_code, g.month;
