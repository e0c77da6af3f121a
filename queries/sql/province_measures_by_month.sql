-- Every province's enforcement cases, recovery, refusal incidents, dishonest-list entries and cross-enforcement moves by month, with its residents.
-- grain: one row per province x month with any activity (the provinces the filters keep: the page passes every province to rank them;
-- rows whose province is unknown come with no residents, counted in the country's figures and no province's)
-- params: $filters, $start, $end
with cases as (
    select
        province_code, month,
        sum(n_filed) as n_filed, sum(n_closed) as n_closed, sum(recovered_yuan) as recovered_yuan,
        sum(claim_closed_yuan) as claim_closed_yuan, sum(n_voluntary) as n_voluntary
    from cases_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by all
),

incidents as (
    select
        province_code, month,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred, sum(n_held_liable) as n_held_liable
    from nc_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by all
),

listed as (
    select province_code, month, sum(n_listed) as n_listed
    from dl_monthly
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by all
),

sent as (
    select province_code, month, count(*) as n_sent
    from ce_transfers
    where month between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by all
),

received as (
    select to_province_code as province_code, month, count(*) as n_received
    from ce_transfers
    where month between $start and $end
        and matches($filters, to_province_code, to_court_level, case_type, debtor_type)
    group by all
),

activity as (
    select * from cases
    full outer join incidents using (province_code, month)
    full outer join listed using (province_code, month)
    full outer join sent using (province_code, month)
    full outer join received using (province_code, month)
)

select
    activity.province_code, activity.month, provinces.population_10k,
    coalesce(activity.n_filed, 0)::bigint as n_filed,
    coalesce(activity.n_closed, 0)::bigint as n_closed,
    coalesce(activity.recovered_yuan, 0)::double as recovered_yuan,
    coalesce(activity.claim_closed_yuan, 0)::double as claim_closed_yuan,
    coalesce(activity.n_voluntary, 0)::bigint as n_voluntary,
    coalesce(activity.n_incidents, 0)::bigint as n_incidents,
    coalesce(activity.n_transferred, 0)::bigint as n_transferred,
    coalesce(activity.n_held_liable, 0)::bigint as n_held_liable,
    coalesce(activity.n_listed, 0)::bigint as n_listed,
    coalesce(activity.n_sent, 0)::bigint as n_sent,
    coalesce(activity.n_received, 0)::bigint as n_received
from activity
left join provinces using (province_code)
order by activity.province_code, activity.month;
