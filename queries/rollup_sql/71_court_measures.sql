-- Every court's measures by month side by side: enforcement cases filed and concluded, recovery, voluntary
-- performance, refusal incidents, dishonest-list entries and cross-enforcement moves. One definition for the
-- court table (queries/sql/province_courts.sql) and one court's trends (queries/sql/court_by_month.sql).
-- The sources are stacked and summed, not joined: a filter on the court, its province or the month reaches each
-- source.
-- grain: one row per court (with its province) x month with any activity (every case type and debtor type: the court rollups have
-- neither)
create view court_month_measures as
with stacked as (
    select
        court_id,
        province_code,
        month,
        n_filed_individual + n_filed_company + n_filed_other_org + n_filed_unknown as n_filed,
        0 as n_closed,
        0 as recovered_yuan,
        0 as claim_closed_yuan,
        0 as n_voluntary,
        0 as n_incidents,
        0 as n_transferred,
        0 as n_listed,
        0 as n_sent,
        0 as n_received
    from cases_court_monthly
    union all
    select
        court_id,
        province_code,
        month,
        0 as n_filed,
        n_closed,
        recovered_yuan,
        claim_closed_yuan,
        n_voluntary,
        0 as n_incidents,
        0 as n_transferred,
        n_listed,
        0 as n_sent,
        0 as n_received
    from court_monthly
    union all
    select
        court_id,
        province_code,
        month,
        0 as n_filed,
        0 as n_closed,
        0 as recovered_yuan,
        0 as claim_closed_yuan,
        0 as n_voluntary,
        n_incidents,
        n_transferred,
        0 as n_listed,
        0 as n_sent,
        0 as n_received
    from nc_court_monthly
    union all
    select
        from_court_id as court_id,
        province_code,
        month,
        0 as n_filed,
        0 as n_closed,
        0 as recovered_yuan,
        0 as claim_closed_yuan,
        0 as n_voluntary,
        0 as n_incidents,
        0 as n_transferred,
        0 as n_listed,
        1 as n_sent,
        0 as n_received
    from ce_transfers
    union all
    select
        to_court_id as court_id,
        to_province_code as province_code,
        month,
        0 as n_filed,
        0 as n_closed,
        0 as recovered_yuan,
        0 as claim_closed_yuan,
        0 as n_voluntary,
        0 as n_incidents,
        0 as n_transferred,
        0 as n_listed,
        0 as n_sent,
        1 as n_received
    from ce_transfers
)

select
    court_id,
    province_code,
    month,
    sum(n_filed)::bigint as n_filed,
    sum(n_closed)::bigint as n_closed,
    sum(recovered_yuan)::double as recovered_yuan,
    sum(claim_closed_yuan)::double as claim_closed_yuan,
    sum(n_voluntary)::bigint as n_voluntary,
    sum(n_incidents)::bigint as n_incidents,
    sum(n_transferred)::bigint as n_transferred,
    sum(n_listed)::bigint as n_listed,
    sum(n_sent)::bigint as n_sent,
    sum(n_received)::bigint as n_received
from stacked
group by court_id, province_code, month;
