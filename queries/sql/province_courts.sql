-- One province's courts with their enforcement cases filed and concluded, recovery, voluntary performance, refusal incidents, dishonest-list entries and cross-enforcement moves in a window.
-- grain: one row per court of $province at the chosen levels (every such court, zeros where nothing happened); the
-- case-type and debtor-type filters do not apply (the court rollups have neither)
-- params: $province, $filters, $start, $end
with filed as (
    select court_id, sum(n_filed_individual + n_filed_company + n_filed_other_org + n_filed_unknown) as n_filed
    from cases_court_monthly
    where province_code = $province and month between $start and $end
    group by court_id
),

closed as (
    select
        court_id,
        sum(n_closed) as n_closed, sum(recovered_yuan) as recovered_yuan,
        sum(claim_closed_yuan) as claim_closed_yuan, sum(n_voluntary) as n_voluntary, sum(n_listed) as n_listed
    from court_monthly
    where province_code = $province and month between $start and $end
    group by court_id
),

incidents as (
    select court_id, sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred
    from nc_court_monthly
    where province_code = $province and month between $start and $end
    group by court_id
),

sent as (
    select from_court_id as court_id, count(*) as n_sent
    from ce_transfers
    where province_code = $province and month between $start and $end
    group by all
),

received as (
    select to_court_id as court_id, count(*) as n_received
    from ce_transfers
    where to_province_code = $province and month between $start and $end
    group by all
)

select
    courts.court_id, courts.name_zh, courts.name_en, courts.level as court_level,
    courts.city_zh, courts.city_en, courts.case_prefix,
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
from courts
left join filed using (court_id)
left join closed using (court_id)
left join incidents using (court_id)
left join sent using (court_id)
left join received using (court_id)
where courts.province_code = $province and keep($filters.levels, courts.level)
order by courts.court_id;
