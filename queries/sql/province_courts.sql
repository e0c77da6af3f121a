-- One province's courts with their enforcement cases filed and concluded, recovery, voluntary performance, refusal incidents, dishonest-list entries and cross-enforcement moves in a window.
-- grain: one row per court of $province at the chosen levels (every such court, zeros where nothing happened); the
-- case-type and debtor-type filters do not apply (the court rollups have neither)
-- params: $province, $levels, $start, $end
WITH filed AS (
    SELECT court_id, sum(n_filed_individual + n_filed_company + n_filed_other_org) AS n_filed
    FROM cases_court_monthly
    WHERE province_code = $province AND month BETWEEN $start AND $end
    GROUP BY court_id
),
closed AS (
    SELECT court_id,
           sum(n_closed) AS n_closed, sum(recovered_yuan) AS recovered_yuan,
           sum(claim_closed_yuan) AS claim_closed_yuan, sum(n_voluntary) AS n_voluntary, sum(n_listed) AS n_listed
    FROM court_monthly
    WHERE province_code = $province AND month BETWEEN $start AND $end
    GROUP BY court_id
),
incidents AS (
    SELECT court_id, sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred
    FROM nc_court_monthly
    WHERE province_code = $province AND month BETWEEN $start AND $end
    GROUP BY court_id
),
sent AS (
    SELECT from_court_id AS court_id, count(*) AS n_sent
    FROM ce_transfers
    WHERE province_code = $province AND month BETWEEN $start AND $end
    GROUP BY ALL
),
received AS (
    SELECT to_court_id AS court_id, count(*) AS n_received
    FROM ce_transfers
    WHERE to_province_code = $province AND month BETWEEN $start AND $end
    GROUP BY ALL
)
SELECT c.court_id, c.name_zh, c.name_en, c.level AS court_level, c.city_zh, c.city_en, c.case_prefix,
       coalesce(n_filed, 0)::BIGINT AS n_filed,
       coalesce(n_closed, 0)::BIGINT AS n_closed,
       coalesce(recovered_yuan, 0)::DOUBLE AS recovered_yuan,
       coalesce(claim_closed_yuan, 0)::DOUBLE AS claim_closed_yuan,
       coalesce(n_voluntary, 0)::BIGINT AS n_voluntary,
       coalesce(n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(n_listed, 0)::BIGINT AS n_listed,
       coalesce(n_sent, 0)::BIGINT AS n_sent,
       coalesce(n_received, 0)::BIGINT AS n_received
FROM courts c
LEFT JOIN filed USING (court_id)
LEFT JOIN closed USING (court_id)
LEFT JOIN incidents USING (court_id)
LEFT JOIN sent USING (court_id)
LEFT JOIN received USING (court_id)
WHERE c.province_code = $province AND keep($levels, c.level)
ORDER BY c.court_id;
