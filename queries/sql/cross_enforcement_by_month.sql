-- Cases moved under the cross-enforcement reform: assigned by month, and resolved with yuan recovered by month of resolution.
-- grain: one row per month with any assignment or resolution
-- params: $filters, $start, $end
with transfers as (
    select * from ce_transfers
    where matches($filters, province_code, court_level, case_type, debtor_type)
),

assigned as (
    select month, count(*) as n_assigned from transfers
    group by month
),

resolved as (
    select
        date_trunc('month', resolved_date)::date as month, count(*) as n_resolved,
        sum(recovered_yuan)::double as recovered_yuan
    from transfers
    where resolved_date is not null
    group by all
)

select
    month,
    coalesce(n_assigned, 0)::bigint as n_assigned,
    coalesce(n_resolved, 0)::bigint as n_resolved,
    coalesce(recovered_yuan, 0) as recovered_yuan
from assigned full outer join resolved using (month)
where month between $start and $end
order by month;
