-- One enforcement case by its id, with its court and the parts of its case number.
-- grain: zero or one row
-- params: $case_id
SELECT e.case_id, e.case_seq, e.court_id, ct.name_zh AS court_name_zh, ct.name_en AS court_name_en, ct.level AS court_level,
       ct.case_prefix, e.province_code, e.filed_date, e.closed_date, e.case_type, e.debtor_type, e.n_creditors,
       e.claim_yuan, e.recovered_yuan, e.closure, e.is_voluntary
FROM enforcement_cases e
JOIN courts ct USING (court_id)
WHERE e.case_id = $case_id
LIMIT 1;
