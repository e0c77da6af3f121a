-- One enforcement case found by the parts of its case number, e.g. (2020)甘05执12号, with its court.
-- grain: zero or one row
-- params: $year, $prefix, $seq
SELECT e.case_id, e.case_seq, e.court_id, ct.name_zh AS court_name_zh, ct.name_en AS court_name_en, ct.level AS court_level,
       ct.case_prefix, e.province_code, e.filed_date, e.closed_date, e.case_type, e.debtor_type, e.n_creditors,
       e.claim_yuan, e.recovered_yuan, e.closure, e.is_voluntary
FROM enforcement_cases e
JOIN courts ct USING (court_id)
WHERE e.filed_date BETWEEN make_date($year, 1, 1) AND make_date($year, 12, 31)
  AND e.court_id IN (SELECT court_id FROM courts WHERE case_prefix = $prefix)
  AND e.case_seq = $seq
LIMIT 1;
