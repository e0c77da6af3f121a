-- Enforcement cases filed and concluded, by month and the shared filter dimensions.
-- grain: one row per month x province x court level x case type x debtor type
CREATE TABLE cases_monthly AS
WITH c AS (
    SELECT e.*, ct.level AS court_level
    FROM enforcement_cases e JOIN courts ct USING (court_id)
),
filed AS (
    SELECT date_trunc('month', filed_date)::DATE AS month, province_code, court_level, case_type, debtor_type,
           count(*) AS n_filed,
           sum(claim_yuan)::DOUBLE AS claim_filed_yuan
    FROM c GROUP BY ALL
),
closed AS (
    SELECT date_trunc('month', closed_date)::DATE AS month, province_code, court_level, case_type, debtor_type,
           count(*) AS n_closed,
           sum(recovered_yuan)::DOUBLE AS recovered_yuan,
           sum(claim_yuan)::DOUBLE AS claim_closed_yuan,
           count(*) FILTER (WHERE is_voluntary) AS n_voluntary,
           count(*) FILTER (WHERE closure = 'performed') AS n_performed,
           count(*) FILTER (WHERE closure = 'terminated_round') AS n_terminated_round,
           sum(closed_date - filed_date)::DOUBLE AS days_to_close_sum
    FROM c WHERE closed_date IS NOT NULL GROUP BY ALL
)
SELECT month, province_code, court_level, case_type, debtor_type,
       coalesce(n_filed, 0) AS n_filed, coalesce(claim_filed_yuan, 0) AS claim_filed_yuan,
       coalesce(n_closed, 0) AS n_closed, coalesce(recovered_yuan, 0) AS recovered_yuan,
       coalesce(claim_closed_yuan, 0) AS claim_closed_yuan, coalesce(n_voluntary, 0) AS n_voluntary,
       coalesce(n_performed, 0) AS n_performed, coalesce(n_terminated_round, 0) AS n_terminated_round,
       coalesce(days_to_close_sum, 0) AS days_to_close_sum
FROM filed FULL OUTER JOIN closed USING (month, province_code, court_level, case_type, debtor_type)
ORDER BY month;
