-- Moved cases with their enforcement case's filing date, and the moved cases that closed at the grain of
-- cases_monthly, so that a comparison base of cases that were not moved is cases_monthly minus these.
-- moved_case_rows: the moved cases' rows (40_cross_enforcement.sql).
-- grain: ce_cases one row per transfer; ce_moved_closed one row per close month x filter dimensions
create table ce_cases as
select
    transfers.transfer_id, transfers.case_id, transfers.province_code, transfers.court_level,
    transfers.case_type, transfers.debtor_type, transfers.to_province_code, transfers.to_court_level,
    transfers.method, transfers.assigned_date, transfers.resolved_date, transfers.claim_yuan,
    transfers.recovered_yuan, transfers.n_creditors, transfers.month, moved.filed_date
from ce_transfers as transfers left join moved_case_rows as moved using (case_id)
order by transfers.assigned_date;

create table ce_moved_closed as
select
    date_trunc('month', closed_date)::date as month, province_code, court_level, case_type, debtor_type,
    count(*) as n_closed,
    sum(recovered_yuan)::double as recovered_yuan,
    sum(claim_yuan)::double as claim_closed_yuan,
    sum(date_diff('day', filed_date, closed_date))::double as days_to_close_sum
from moved_case_rows
where closed_date is not null
group by all
order by month;

drop table moved_case_rows;
