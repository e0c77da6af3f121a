-- The dishonest-list entries made in one case.
-- grain: one row per listing
-- params: $case_id, $since, $scope
select entry_id, listed_date, removed_date, removal_reason, severity
from dishonest_list
where case_id = $case_id and listed_date >= $since and case_in_scope($scope, province_code)
order by listed_date;
