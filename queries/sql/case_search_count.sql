-- How many enforcement cases match a search (the same conditions as case_search, without paging).
-- grain: one row; $seq = 0 means any number
-- params: $court_ids, $prefix, $prefix_exact, $start, $end, $seq, $case_types, $with_incident
WITH chosen_courts AS (
    SELECT court_id
    FROM courts
    WHERE keep($court_ids, court_id)
      AND ($prefix = '' OR CASE WHEN $prefix_exact THEN case_prefix = $prefix ELSE starts_with(case_prefix, $prefix) END)
)
SELECT count(*)::BIGINT AS n_cases
FROM case_index i
JOIN chosen_courts USING (court_id)
WHERE i.filed_date BETWEEN $start AND $end
  AND ($seq = 0 OR i.case_seq = $seq)
  AND keep($case_types, i.case_type)
  AND (NOT $with_incident OR i.case_id IN (SELECT n.case_id FROM nc_incidents n JOIN chosen_courts USING (court_id)));
