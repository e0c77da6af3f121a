-- Enforcement cases with their court and the parts of their case number, as the case file shows them.
-- grain: one row per enforcement case (a view: nothing is copied, lookups filter the parquet directly)
create view case_files as
select
    cases.case_id,
    cases.case_seq,
    cases.court_id,
    courts.name_zh as court_name_zh,
    courts.name_en as court_name_en,
    courts.level as court_level,
    courts.case_prefix, cases.province_code, cases.filed_date, cases.closed_date, cases.case_type,
    cases.debtor_type, cases.n_creditors, cases.claim_yuan, cases.recovered_yuan, cases.closure, cases.is_voluntary
from enforcement_cases as cases
join courts using (court_id);
