-- The steps in the life of one case, in order (judgment, filing, measures, performance, closure).
-- grain: one row per event
-- params: $case_id, $since, $scope
select event_date, event_type, court_id, amount_yuan, detail_zh, detail_en
from case_events
where case_id = $case_id and event_date >= $since
    -- The case's own province (its steps may take place at courts elsewhere) decides who may see them.
    and exists (
        select 1 from case_files
        where case_files.case_id = $case_id and case_in_scope($scope, case_files.province_code)
    )
order by event_date, event_type;
