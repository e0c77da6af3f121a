-- The case-number index, one filing year at a time ($year takes every year of filed_date in turn, in order), so that
-- no sort holds more than a year's cases: one sort of ten times the country's cases spills tens of gigabytes.
-- Every case here has a filing date (the value check leaves out cases without one).
-- grain: one row per enforcement case filed in $year
-- params: $year
insert into case_index
select court_id, filed_date, case_seq::integer as case_seq, case_id, case_type::case_type_enum as case_type
from enforcement_cases
where filed_date >= make_date($year, 1, 1) and filed_date < make_date($year + 1, 1, 1)
order by court_id, case_id;
