-- One enforcement case found by the parts of its case number, e.g. (2020)甘05执12号, with its court.
-- grain: zero or one row
-- params: $year, $prefix, $seq
select *
from case_files
where filed_date between make_date($year, 1, 1) and make_date($year, 12, 31)
    and court_id in (
        select prefixed.court_id from courts as prefixed
        where prefixed.case_prefix = $prefix
    )
    and case_seq = $seq
order by case_id
limit 1;
