-- One court's enforcement cases filed and concluded, recovery, voluntary performance, refusal incidents, dishonest-list entries and cross-enforcement moves by month.
-- grain: one row per month with any activity at $court_id (every case type and debtor type, as in the court table)
-- params: $court_id, $start, $end
with filed as (
    select month, sum(n_filed_individual + n_filed_company + n_filed_other_org + n_filed_unknown) as n_filed
    from cases_court_monthly
    where court_id = $court_id and month between $start and $end
    group by month
),

closed as (
    select
        month,
        sum(n_closed) as n_closed, sum(recovered_yuan) as recovered_yuan,
        sum(claim_closed_yuan) as claim_closed_yuan, sum(n_voluntary) as n_voluntary, sum(n_listed) as n_listed
    from court_monthly
    where court_id = $court_id and month between $start and $end
    group by month
),

incidents as (
    select month, sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred
    from nc_court_monthly
    where court_id = $court_id and month between $start and $end
    group by month
),

sent as (
    select month, count(*) as n_sent
    from ce_transfers
    where from_court_id = $court_id and month between $start and $end
    group by month
),

received as (
    select month, count(*) as n_received
    from ce_transfers
    where to_court_id = $court_id and month between $start and $end
    group by month
)

select
    month,
    coalesce(n_filed, 0)::bigint as n_filed,
    coalesce(n_closed, 0)::bigint as n_closed,
    coalesce(recovered_yuan, 0)::double as recovered_yuan,
    coalesce(claim_closed_yuan, 0)::double as claim_closed_yuan,
    coalesce(n_voluntary, 0)::bigint as n_voluntary,
    coalesce(n_incidents, 0)::bigint as n_incidents,
    coalesce(n_transferred, 0)::bigint as n_transferred,
    coalesce(n_listed, 0)::bigint as n_listed,
    coalesce(n_sent, 0)::bigint as n_sent,
    coalesce(n_received, 0)::bigint as n_received
from filed
full outer join closed using (month)
full outer join incidents using (month)
full outer join sent using (month)
full outer join received using (month)
order by month;
