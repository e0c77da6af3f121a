-- The case-number index: every enforcement case's court, filing date, sequence number and type, sorted by court and
-- filing order, so that a search by court or case-number prefix reads only that court's blocks (the parquet files
-- are sorted by date, which scatters a court's cases over every block of a year).
-- grain: one row per enforcement case
create table case_index as
select court_id, filed_date, case_seq::integer as case_seq, case_id, case_type
from enforcement_cases
order by court_id, case_id;
