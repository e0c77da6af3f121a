-- The courts with their names, level, province and case-number prefix, for choosing one.
-- grain: one row per court of the filtered provinces (every court when none), in id order
-- params: $filters, $scope
select court_id, name_zh, name_en, level as court_level, province_code, case_prefix
from courts
where keep($filters.provinces, province_code) and in_scope($scope, province_code)
order by court_id;
