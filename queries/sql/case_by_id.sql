-- One enforcement case by its id, with its court and the parts of its case number.
-- grain: zero or one row
-- params: $case_id
select *
from case_files
where case_id = $case_id
order by case_id
limit 1;
