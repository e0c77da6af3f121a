-- One court's enforcement cases filed and concluded, recovery, voluntary performance, refusal incidents, dishonest-list entries and cross-enforcement moves by month.
-- grain: one row per month with any activity at $court_id (every case type and debtor type, as in the court table)
-- params: $court_id, $start, $end
WITH filed AS (
    SELECT month, sum(n_filed_individual + n_filed_company + n_filed_other_org) AS n_filed
    FROM cases_court_monthly
    WHERE court_id = $court_id AND month BETWEEN $start AND $end
    GROUP BY month
),
closed AS (
    SELECT month,
           sum(n_closed) AS n_closed, sum(recovered_yuan) AS recovered_yuan,
           sum(claim_closed_yuan) AS claim_closed_yuan, sum(n_voluntary) AS n_voluntary, sum(n_listed) AS n_listed
    FROM court_monthly
    WHERE court_id = $court_id AND month BETWEEN $start AND $end
    GROUP BY month
),
incidents AS (
    SELECT month, sum(n_incidents) AS n_incidents, sum(n_transferred) AS n_transferred
    FROM nc_court_monthly
    WHERE court_id = $court_id AND month BETWEEN $start AND $end
    GROUP BY month
),
sent AS (
    SELECT month, count(*) AS n_sent
    FROM ce_transfers
    WHERE from_court_id = $court_id AND month BETWEEN $start AND $end
    GROUP BY month
),
received AS (
    SELECT month, count(*) AS n_received
    FROM ce_transfers
    WHERE to_court_id = $court_id AND month BETWEEN $start AND $end
    GROUP BY month
)
SELECT month,
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
FROM filed
FULL OUTER JOIN closed USING (month)
FULL OUTER JOIN incidents USING (month)
FULL OUTER JOIN sent USING (month)
FULL OUTER JOIN received USING (month)
ORDER BY month;
