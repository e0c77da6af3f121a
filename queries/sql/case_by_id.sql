-- One enforcement case by its id, with its court and the parts of its case number.
-- grain: zero or one row
-- params: $case_id
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
join courts using (court_id)
where cases.case_id = $case_id
order by cases.case_id
limit 1;
