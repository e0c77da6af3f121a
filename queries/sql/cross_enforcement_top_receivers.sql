-- The courts that received the most moved cases in the period, with those resolved and the yuan recovered.
-- grain: one row per receiving court, the $limit largest
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end, $limit
WITH received AS (
    SELECT x.to_court_id AS court_id, count(*) AS n_received,
           count(*) FILTER (WHERE x.resolved_date IS NOT NULL) AS n_resolved,
           coalesce(sum(x.recovered_yuan) FILTER (WHERE x.resolved_date IS NOT NULL), 0)::DOUBLE AS recovered_yuan
    FROM ce_transfers x
    WHERE x.assigned_date BETWEEN $start AND $end
      AND keep($provinces, x.province_code) AND keep($levels, x.court_level)
      AND keep($case_types, x.case_type) AND keep($debtor_types, x.debtor_type)
    GROUP BY x.to_court_id
)
SELECT r.court_id, c.name_zh, c.name_en, c.level, c.province_code,
       r.n_received::BIGINT AS n_received, r.n_resolved::BIGINT AS n_resolved, r.recovered_yuan
FROM received r JOIN courts c USING (court_id)
ORDER BY r.n_received DESC, r.court_id
LIMIT $limit;
