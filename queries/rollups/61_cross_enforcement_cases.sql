-- Moved cases with their enforcement case's filing date, and the moved cases that closed at the grain of
-- cases_monthly, so that a comparison base of cases that were not moved is cases_monthly minus these.
-- grain: ce_cases one row per transfer; ce_moved_closed one row per close month x filter dimensions
CREATE TEMP TABLE moved_case_rows AS
SELECT e.case_id, e.province_code, ct.level AS court_level, e.case_type, e.debtor_type,
       e.filed_date, e.closed_date, e.claim_yuan, e.recovered_yuan
FROM enforcement_cases e JOIN courts ct USING (court_id)
WHERE e.case_id IN (SELECT case_id FROM cross_enforcement);

CREATE TABLE ce_cases AS
SELECT x.transfer_id, x.case_id, x.province_code, x.court_level, x.case_type, x.debtor_type,
       x.to_province_code, x.to_court_level, x.method, x.assigned_date, x.resolved_date,
       x.claim_yuan, x.recovered_yuan, x.n_creditors, x.month, m.filed_date
FROM ce_transfers x LEFT JOIN moved_case_rows m USING (case_id)
ORDER BY x.assigned_date;

CREATE TABLE ce_moved_closed AS
SELECT date_trunc('month', closed_date)::DATE AS month, province_code, court_level, case_type, debtor_type,
       count(*) AS n_closed,
       sum(recovered_yuan)::DOUBLE AS recovered_yuan,
       sum(claim_yuan)::DOUBLE AS claim_closed_yuan,
       sum(closed_date - filed_date)::DOUBLE AS days_to_close_sum
FROM moved_case_rows
WHERE closed_date IS NOT NULL
GROUP BY ALL
ORDER BY month;

DROP TABLE moved_case_rows;
