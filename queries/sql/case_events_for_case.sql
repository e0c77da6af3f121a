-- The steps in the life of one case, in order (judgment, filing, measures, performance, closure).
-- grain: one row per event
-- params: $case_id, $since
select event_date, event_type, court_id, amount_yuan, detail_zh, detail_en
from case_events
where case_id = $case_id and event_date >= $since
order by event_date, event_type;
