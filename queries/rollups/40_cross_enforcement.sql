-- Cross-enforcement transfers with both courts' province and level attached.
-- grain: one row per case moved under the reform
CREATE TABLE ce_transfers AS
SELECT x.*, e.debtor_type,
       f.province_code, f.level AS court_level,
       t.province_code AS to_province_code, t.level AS to_court_level,
       date_trunc('month', x.assigned_date)::DATE AS month
FROM cross_enforcement x
LEFT JOIN enforcement_cases e ON e.case_id = x.case_id
JOIN courts f ON f.court_id = x.from_court_id
JOIN courts t ON t.court_id = x.to_court_id
ORDER BY assigned_date;
