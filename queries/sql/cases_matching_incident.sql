-- Cases at courts with a given case-number prefix whose incident matches conducts, a window and a case type.
-- grain: one row per matching incident, most recent first
-- params: $prefix, $conducts, $start, $end, $case_type
SELECT n.case_id, n.action_date, n.conduct, n.measure, n.is_complied, n.complied_date
FROM nc_incidents n
JOIN courts ct USING (court_id)
WHERE ct.case_prefix = $prefix
  AND list_contains($conducts, n.conduct)
  AND n.action_date BETWEEN $start AND $end
  AND n.case_type = $case_type
ORDER BY n.action_date DESC
LIMIT 20;
