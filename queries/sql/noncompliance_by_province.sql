-- Refusal incidents, transfers and persons held liable per province, with enforcement cases filed and residents, in a window.
-- grain: one row per province (all provinces, whatever the province filter: the ranking compares them)
-- params: $levels, $case_types, $debtor_types, $start, $end
WITH nc AS (
    SELECT province_code,
           sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred, sum(n_held_liable) AS n_held_liable
    FROM nc_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY province_code
),
filed AS (
    SELECT province_code, sum(n_filed) AS n_filed
    FROM cases_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY province_code
)
SELECT p.province_code, p.name_zh, p.name_en, p.population_10k,
       coalesce(n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(n_held_liable, 0)::BIGINT AS n_held_liable,
       coalesce(n_filed, 0)::BIGINT AS n_filed
FROM provinces p
LEFT JOIN nc USING (province_code)
LEFT JOIN filed USING (province_code)
ORDER BY p.province_code;
