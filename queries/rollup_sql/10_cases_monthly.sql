-- Enforcement cases filed and concluded, by month and the shared filter dimensions.
-- Reading the cases is most of a build's time, so they are read once here for the four groupings the rollups need
-- (grouping sets): by filing month and by closing month at the shared filter dimensions (cases_monthly, below), by
-- court and filing month (cases_court_monthly, 51_nc_courts.sql) and by court and closing month (court_monthly,
-- 70_court_monthly.sql, which drops case_groups). Each grouping computes every sum; each rollup takes its own.
-- grain: case_groups one row per grouping x group; cases_monthly one row per month x province x court level x case
-- type x debtor type
create temp table case_groups as
with cases as (
    select
        enforcement_cases.*,
        courts.level as court_level,
        date_trunc('month', enforcement_cases.filed_date)::date as filed_month,
        date_trunc('month', enforcement_cases.closed_date)::date as closed_month
    from enforcement_cases join courts using (court_id)
)

select
    case
        when grouping(court_id) = 1 and grouping(filed_month) = 0 then 'filed'
        when grouping(court_id) = 1 then 'closed'
        when grouping(filed_month) = 0 then 'court_filed'
        else 'court_closed'
    end as grouping_set,
    filed_month, closed_month, province_code, court_id, court_level, case_type, debtor_type,
    count(*) as n_cases,
    sum(claim_yuan)::double as claim_yuan,
    sum(recovered_yuan)::double as recovered_yuan,
    count(*) filter (where is_voluntary) as n_voluntary,
    count(*) filter (where closure = 'performed') as n_performed,
    count(*) filter (where closure = 'terminated_round') as n_terminated_round,
    sum(date_diff('day', filed_date, closed_date))::double as days_to_close_sum,
    count(*) filter (where debtor_type = 'individual') as n_individual,
    count(*) filter (where debtor_type = 'company') as n_company,
    count(*) filter (where debtor_type = 'other_org') as n_other_org,
    count(*) filter (where debtor_type = 'unknown') as n_unknown
from cases
group by grouping sets (
    (filed_month, province_code, court_level, case_type, debtor_type),
    (closed_month, province_code, court_level, case_type, debtor_type),
    (province_code, court_id, filed_month),
    (court_id, closed_month)
);

create table cases_monthly as
with filed as (
    select
        filed_month as month, province_code, court_level, case_type, debtor_type,
        n_cases as n_filed, claim_yuan as claim_filed_yuan
    from case_groups
    where grouping_set = 'filed'
),

closed as (
    select
        closed_month as month, province_code, court_level, case_type, debtor_type,
        n_cases as n_closed, recovered_yuan, claim_yuan as claim_closed_yuan, n_voluntary, n_performed,
        n_terminated_round, days_to_close_sum
    from case_groups
    where grouping_set = 'closed' and closed_month is not null
)

select
    month, province_code, court_level, case_type, debtor_type,
    coalesce(n_filed, 0) as n_filed, coalesce(claim_filed_yuan, 0) as claim_filed_yuan,
    coalesce(n_closed, 0) as n_closed, coalesce(recovered_yuan, 0) as recovered_yuan,
    coalesce(claim_closed_yuan, 0) as claim_closed_yuan, coalesce(n_voluntary, 0) as n_voluntary,
    coalesce(n_performed, 0) as n_performed, coalesce(n_terminated_round, 0) as n_terminated_round,
    coalesce(days_to_close_sum, 0) as days_to_close_sum
from filed full outer join closed using (month, province_code, court_level, case_type, debtor_type)
order by month;
