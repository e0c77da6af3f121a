-- Refusal incidents, transfers and persons held liable by debtor type, with enforcement cases filed against that type, by month.
-- grain: one row per month x debtor type with any case filed or incident
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
WITH nc AS (
    SELECT month, debtor_type,
           sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred,
           sum(n_held_liable) AS n_held_liable, sum(n_complied) AS n_complied
    FROM nc_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY month, debtor_type
),
filed AS (
    SELECT month, debtor_type, sum(n_filed) AS n_filed
    FROM cases_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY month, debtor_type
    HAVING sum(n_filed) > 0
)
SELECT month, debtor_type,
       coalesce(n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(n_held_liable, 0)::BIGINT AS n_held_liable,
       coalesce(n_complied, 0)::BIGINT AS n_complied,
       coalesce(n_filed, 0)::BIGINT AS n_filed
FROM nc FULL OUTER JOIN filed USING (month, debtor_type)
ORDER BY month, debtor_type;
