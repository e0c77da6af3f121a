-- Cases moved under the reform by method: assigned by month, and resolved with yuan recovered by month of resolution.
-- grain: one row per month x method with any assignment or resolution, from the first case to $end (cumulative sums need the months before the period)
-- params: $filters, $end
with transfers as (
    select method, month, resolved_date, recovered_yuan from ce_cases
    where matches($filters, province_code, court_level, case_type, debtor_type)
),

assigned as (
    select month, method, count(*) as n_assigned from transfers
    group by all
),

resolved as (
    select
        date_trunc('month', resolved_date)::date as month, method, count(*) as n_resolved,
        sum(recovered_yuan)::double as recovered_yuan
    from transfers
    where resolved_date is not null
    group by all
)

select
    month, method,
    coalesce(n_assigned, 0)::bigint as n_assigned,
    coalesce(n_resolved, 0)::bigint as n_resolved,
    coalesce(recovered_yuan, 0) as recovered_yuan
from assigned full outer join resolved using (month, method)
where month <= $end
order by month, method;
