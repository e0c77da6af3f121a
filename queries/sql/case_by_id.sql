-- One enforcement case by its id, with its court and the parts of its case number.
-- grain: zero or one row
-- params: $case_id, $scope
select *
from case_files
where case_id = $case_id and case_in_scope($scope, province_code)
order by case_id
limit 1;
