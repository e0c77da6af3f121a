-- Cross-enforcement transfers with both courts' province and level attached.
-- The moved cases are read from the enforcement cases once, here, for ce_transfers and for ce_cases and
-- ce_moved_closed (61_cross_enforcement_cases.sql, which drops moved_case_rows).
-- grain: moved_case_rows one row per enforcement case moved; ce_transfers one row per case moved under the reform
create temp table moved_case_rows as
select
    cases.case_id, cases.province_code, courts.level as court_level, cases.case_type, cases.debtor_type,
    cases.filed_date, cases.closed_date, cases.claim_yuan, cases.recovered_yuan
from enforcement_cases as cases join courts using (court_id)
where cases.case_id in (select case_id from cross_enforcement);

create table ce_transfers as
select
    transfers.*, cases.debtor_type,
    from_court.province_code, from_court.level as court_level,
    to_court.province_code as to_province_code, to_court.level as to_court_level,
    date_trunc('month', transfers.assigned_date)::date as month
from cross_enforcement as transfers
left join moved_case_rows as cases on transfers.case_id = cases.case_id
join courts as from_court on transfers.from_court_id = from_court.court_id
join courts as to_court on transfers.to_court_id = to_court.court_id
order by assigned_date;
