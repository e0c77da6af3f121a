-- Every province's enforcement cases, recovery, refusal incidents, dishonest-list entries and cross-enforcement moves by month, with its residents.
-- grain: one row per province x month with any activity (all provinces, whatever the province filter: the page ranks them)
-- params: $levels, $case_types, $debtor_types, $start, $end
WITH cases AS (
    SELECT province_code, month,
           sum(n_filed) AS n_filed, sum(n_closed) AS n_closed, sum(recovered_yuan) AS recovered_yuan,
           sum(claim_closed_yuan) AS claim_closed_yuan, sum(n_voluntary) AS n_voluntary
    FROM cases_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
),
incidents AS (
    SELECT province_code, month,
           sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred, sum(n_held_liable) AS n_held_liable
    FROM nc_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
),
listed AS (
    SELECT province_code, month, sum(n_listed) AS n_listed
    FROM dl_monthly
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
),
sent AS (
    SELECT province_code, month, count(*) AS n_sent
    FROM ce_transfers
    WHERE month BETWEEN $start AND $end
      AND keep($levels, court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
),
received AS (
    SELECT to_province_code AS province_code, month, count(*) AS n_received
    FROM ce_transfers
    WHERE month BETWEEN $start AND $end
      AND keep($levels, to_court_level) AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
),
activity AS (
    SELECT * FROM cases
    FULL OUTER JOIN incidents USING (province_code, month)
    FULL OUTER JOIN listed USING (province_code, month)
    FULL OUTER JOIN sent USING (province_code, month)
    FULL OUTER JOIN received USING (province_code, month)
)
SELECT p.province_code, a.month, p.population_10k,
       coalesce(a.n_filed, 0)::BIGINT AS n_filed,
       coalesce(a.n_closed, 0)::BIGINT AS n_closed,
       coalesce(a.recovered_yuan, 0)::DOUBLE AS recovered_yuan,
       coalesce(a.claim_closed_yuan, 0)::DOUBLE AS claim_closed_yuan,
       coalesce(a.n_voluntary, 0)::BIGINT AS n_voluntary,
       coalesce(a.n_incidents, 0)::BIGINT AS n_incidents,
       coalesce(a.n_transferred, 0)::BIGINT AS n_transferred,
       coalesce(a.n_held_liable, 0)::BIGINT AS n_held_liable,
       coalesce(a.n_listed, 0)::BIGINT AS n_listed,
       coalesce(a.n_sent, 0)::BIGINT AS n_sent,
       coalesce(a.n_received, 0)::BIGINT AS n_received
FROM activity a
JOIN provinces p USING (province_code)
ORDER BY p.province_code, a.month;
