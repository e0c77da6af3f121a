-- The steps in the life of one case, in order (judgment, filing, measures, performance, closure).
-- grain: one row per event
-- params: $case_id, $since
SELECT event_date, event_type, court_id, amount_yuan, detail_zh, detail_en
FROM case_events
WHERE case_id = $case_id AND event_date >= $since
ORDER BY event_date, event_type;
