-- Cases at courts with a given case-number prefix whose incident matches conducts, a window and a case type.
-- grain: one row per matching incident, most recent first
-- params: $prefix, $conducts, $start, $end, $case_type, $scope
select
    incidents.case_id, incidents.action_date, incidents.conduct, incidents.measure, incidents.is_complied,
    incidents.complied_date
from nc_incidents as incidents
join courts using (court_id)
where courts.case_prefix = $prefix
    and list_contains($conducts, incidents.conduct)
    and incidents.action_date between $start and $end
    and incidents.case_type = $case_type
    and case_in_scope($scope, incidents.province_code)
order by incidents.action_date desc
limit 20;
