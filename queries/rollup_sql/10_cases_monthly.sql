-- Enforcement cases filed and concluded, by month and the shared filter dimensions.
-- grain: one row per month x province x court level x case type x debtor type
create table cases_monthly as
with cases_with_level as (
    select enforcement_cases.*, courts.level as court_level
    from enforcement_cases join courts using (court_id)
),

filed as (
    select
        date_trunc('month', filed_date)::date as month, province_code, court_level, case_type, debtor_type,
        count(*) as n_filed,
        sum(claim_yuan)::double as claim_filed_yuan
    from cases_with_level
    group by all
),

closed as (
    select
        date_trunc('month', closed_date)::date as month, province_code, court_level, case_type, debtor_type,
        count(*) as n_closed,
        sum(recovered_yuan)::double as recovered_yuan,
        sum(claim_yuan)::double as claim_closed_yuan,
        count(*) filter (where is_voluntary) as n_voluntary,
        count(*) filter (where closure = 'performed') as n_performed,
        count(*) filter (where closure = 'terminated_round') as n_terminated_round,
        sum(date_diff('day', filed_date, closed_date))::double as days_to_close_sum
    from cases_with_level
    where closed_date is not null
    group by all
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
