-- New dishonest-list entries, removals and the number on the list at each month end.
-- grain: one row per month; n_on_list counts every entry since the list began, whatever $start is
-- params: $filters, $start, $end
with monthly as (
    select month, sum(n_listed)::bigint as n_listed, sum(n_removed)::bigint as n_removed
    from dl_monthly
    where month <= $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by month
)

select
    month, n_listed, n_removed, n_listed - n_removed as n_net,
    sum(n_listed - n_removed) over (order by month)::bigint as n_on_list
from monthly
qualify month >= $start
order by month;
