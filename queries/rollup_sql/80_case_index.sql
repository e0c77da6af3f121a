-- The case-number index: every enforcement case's court, filing date, sequence number and type, sorted by filing
-- year, then court and filing order. A search by court or case-number prefix reads only that court's blocks of each
-- year, and a search by filing date only that year's blocks (the parquet files are sorted by date alone, which
-- scatters a court's cases over every block of a year). Created empty here and filled a year at a time by the next
-- file. The case type is an ENUM (created by the build, queries/dialect.py): a byte to carry through the sort.
-- grain: one row per enforcement case
create table case_index as
select court_id, filed_date, case_seq::integer as case_seq, case_id, case_type::case_type_enum as case_type
from enforcement_cases
where false;
