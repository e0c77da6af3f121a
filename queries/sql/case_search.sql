-- One page of enforcement cases matching a search: courts (by id or case-number prefix), filing window, sequence number, case type, with a refusal incident or not.
-- grain: one row per matching case, newest first, at most $limit rows from $offset; $seq = 0 means any number
-- params: $court_ids, $prefix, $prefix_exact, $start, $end, $seq, $case_types, $with_incident, $limit, $offset
WITH chosen_courts AS (
    SELECT court_id, case_prefix, name_zh, name_en
    FROM courts
    WHERE keep($court_ids, court_id)
      AND ($prefix = '' OR CASE WHEN $prefix_exact THEN case_prefix = $prefix ELSE starts_with(case_prefix, $prefix) END)
),
hits AS (
    SELECT i.case_id, i.court_id, i.filed_date, i.case_seq, i.case_type, c.case_prefix, c.name_zh, c.name_en
    FROM case_index i
    JOIN chosen_courts c USING (court_id)
    WHERE i.filed_date BETWEEN $start AND $end
      AND ($seq = 0 OR i.case_seq = $seq)
      AND keep($case_types, i.case_type)
      AND (NOT $with_incident OR i.case_id IN (SELECT n.case_id FROM nc_incidents n JOIN chosen_courts USING (court_id)))
),
page AS (
    SELECT * FROM hits ORDER BY filed_date DESC, case_id DESC LIMIT $limit OFFSET $offset
)
SELECT p.*, p.case_id IN (SELECT n.case_id FROM nc_incidents n JOIN page q USING (case_id)) AS has_incident
FROM page p
ORDER BY p.filed_date DESC, p.case_id DESC;
