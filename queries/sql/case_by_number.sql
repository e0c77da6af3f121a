-- One enforcement case found by the parts of its case number, e.g. (2020)甘05执12号, with its court.
-- grain: zero or one row; the case-number index finds the case id in the court's blocks, the id its row
-- params: $year, $prefix, $seq, $scope
with numbered as (
    select case_index.case_id
    from case_index
    join courts on case_index.court_id = courts.court_id and courts.case_prefix = $prefix
    where case_index.filed_date between make_date($year, 1, 1) and make_date($year, 12, 31)
        and case_index.case_seq = $seq
    order by case_index.case_id
    limit 1
)

select case_files.*
from case_files
join numbered using (case_id)
where case_files.filed_date between make_date($year, 1, 1) and make_date($year, 12, 31)
    and case_in_scope($scope, case_files.province_code);
