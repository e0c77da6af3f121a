-- New dishonest-list entries, removals by reason, the net change and the number on the list at each month end.
-- grain: one row per month with any listing or removal; n_on_list counts every entry since the list began, whatever $start is
-- params: $filters, $start, $end
with monthly as (
    select
        month,
        sum(n_listed)::bigint as n_listed,
        sum(n_removed)::bigint as n_removed,
        sum(n_removed_performed)::bigint as n_removed_performed,
        sum(n_removed_credit_restoration)::bigint as n_removed_credit_restoration,
        sum(n_removed_revoked)::bigint as n_removed_revoked,
        sum(n_removed_expired)::bigint as n_removed_expired
    from dl_monthly
    where month <= $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by month
)

select
    month, n_listed, n_removed, n_removed_performed, n_removed_credit_restoration, n_removed_revoked,
    n_removed_expired, n_listed - n_removed as n_net,
    sum(n_listed - n_removed) over (order by month)::bigint as n_on_list
from monthly
qualify month >= $start
order by month;
