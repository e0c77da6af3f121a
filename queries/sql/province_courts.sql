-- One province's courts with their enforcement cases filed and concluded, recovery, voluntary performance, refusal incidents, dishonest-list entries and cross-enforcement moves in a window.
-- grain: one row per court of $province at the chosen levels (every such court, zeros where nothing happened); the
-- case-type and debtor-type filters do not apply (the court rollups have neither)
-- params: $province, $filters, $start, $end, $scope
with chosen as (
    select court_id, name_zh, name_en, level as court_level, city_zh, city_en, case_prefix
    from courts
    where province_code = $province and keep($filters.levels, level) and in_scope($scope, province_code)
),

measures as (
    select
        court_id,
        sum(n_filed) as n_filed, sum(n_closed) as n_closed, sum(recovered_yuan) as recovered_yuan,
        sum(claim_closed_yuan) as claim_closed_yuan, sum(n_voluntary) as n_voluntary,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred, sum(n_listed) as n_listed,
        sum(n_sent) as n_sent, sum(n_received) as n_received
    from court_month_measures
    where province_code = $province and month between $start and $end
    group by court_id
)

select
    chosen.court_id, chosen.name_zh, chosen.name_en, chosen.court_level,
    chosen.city_zh, chosen.city_en, chosen.case_prefix,
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
from chosen
left join measures using (court_id)
order by chosen.court_id;
