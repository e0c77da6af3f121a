-- The courts that received the most moved cases in the period, with those resolved and the yuan recovered.
-- grain: one row per receiving court, the $limit largest
-- params: $filters, $start, $end, $limit, $scope
with received as (
    select
        to_court_id as court_id, count(*) as n_received,
        count(*) filter (where resolved_date is not null) as n_resolved,
        coalesce(sum(recovered_yuan) filter (where resolved_date is not null), 0)::double
            as recovered_yuan
    from ce_transfers
    where assigned_date between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by to_court_id
)

select
    received.court_id, courts.name_zh, courts.name_en, courts.level, courts.province_code,
    received.n_received::bigint as n_received, received.n_resolved::bigint as n_resolved, received.recovered_yuan
from received join courts using (court_id)
where in_scope($scope, courts.province_code)
order by received.n_received desc, received.court_id asc
limit $limit;
