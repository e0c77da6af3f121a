-- Refusal incidents, transfers and persons held liable per court of one province, with enforcement cases filed there, in a window.
-- grain: one row per court of $province with any case filed or incident; n_filed counts every case type
-- (the court rollup has no case type), the incidents follow the case type filter
-- params: $province, $levels, $case_types, $debtor_types, $start, $end
WITH nc AS (
    SELECT court_id,
           sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred, sum(n_held_liable) AS n_held_liable
    FROM nc_court_monthly
    WHERE province_code = $province AND month BETWEEN $start AND $end
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY court_id
),
filed AS (
    SELECT court_id,
           sum(CASE WHEN keep($debtor_types, 'individual') THEN n_filed_individual ELSE 0 END
               + CASE WHEN keep($debtor_types, 'company') THEN n_filed_company ELSE 0 END
               + CASE WHEN keep($debtor_types, 'other_org') THEN n_filed_other_org ELSE 0 END) AS n_filed
    FROM cases_court_monthly
    WHERE province_code = $province AND month BETWEEN $start AND $end
    GROUP BY court_id
)
SELECT c.court_id, c.name_zh, c.name_en, c.level AS court_level, c.city_zh, c.city_en,
       coalesce(n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(n_held_liable, 0)::BIGINT AS n_held_liable,
       coalesce(n_filed, 0)::BIGINT AS n_filed
FROM nc FULL OUTER JOIN filed USING (court_id)
JOIN courts c USING (court_id)
WHERE keep($levels, c.level)
ORDER BY c.court_id;
