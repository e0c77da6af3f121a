-- The dishonest-list entries made in one case.
-- grain: one row per listing
-- params: $case_id, $since
SELECT entry_id, listed_date, removed_date, removal_reason, severity
FROM dishonest_list
WHERE case_id = $case_id AND listed_date >= $since
ORDER BY listed_date;
