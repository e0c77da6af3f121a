-- The refusal-to-comply incidents a court acted on in one case.
-- grain: one row per incident
-- params: $case_id, $scope
select
    incident_id, action_date, conduct, measure, is_transferred, n_held_liable, is_complied, complied_date,
    serious_consequence, campaign_id
from nc_incidents
where case_id = $case_id and case_in_scope($scope, province_code)
order by action_date;
