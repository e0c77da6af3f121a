-- Cross-enforcement transfers with both courts' province and level attached.
-- grain: one row per case moved under the reform
create table ce_transfers as
select
    transfers.*, cases.debtor_type,
    from_court.province_code, from_court.level as court_level,
    to_court.province_code as to_province_code, to_court.level as to_court_level,
    date_trunc('month', transfers.assigned_date)::date as month
from cross_enforcement as transfers
left join enforcement_cases as cases on transfers.case_id = cases.case_id
join courts as from_court on transfers.from_court_id = from_court.court_id
join courts as to_court on transfers.to_court_id = to_court.court_id
order by assigned_date;
