-- One enforcement case found by the parts of its case number, e.g. (2020)甘05执12号, with its court.
-- grain: zero or one row
-- params: $year, $prefix, $seq
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
where cases.filed_date between make_date($year, 1, 1) and make_date($year, 12, 31)
    and cases.court_id in (
        select prefixed.court_id from courts as prefixed
        where prefixed.case_prefix = $prefix
    )
    and cases.case_seq = $seq
order by cases.case_id
limit 1;
