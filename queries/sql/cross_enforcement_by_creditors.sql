-- Moved cases assigned in the period by number of creditors and whole months from assignment to resolution
-- (or, while unresolved, to the data's as-of date), with the claims and yuan recovered of those resolved.
-- grain: one row per creditor count (capped at 5, meaning 5 or more) x months x resolved or not
-- params: $filters, $start, $end
with transfers as (
    select *, coalesce(resolved_date, (select as_of_date from meta)) as left_date from ce_cases
    where assigned_date between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
)

-- Whole months as in the time-on-the-list rollup: calendar months, less one when the day is not yet reached.
select
    least(n_creditors, 5)::integer as n_creditors,
    (
        12 * (year(left_date) - year(assigned_date)) + month(left_date) - month(assigned_date)
        - (day(left_date) < day(assigned_date))::integer
    )::integer as months,
    resolved_date is not null as is_resolved,
    count(*)::bigint as n_cases,
    coalesce(sum(claim_yuan), 0)::double as claim_yuan,
    coalesce(sum(recovered_yuan), 0)::double as recovered_yuan,
    coalesce(sum(date_diff('day', assigned_date, resolved_date)), 0)::double as days_to_resolve_sum
from transfers
group by all
order by n_creditors, months, is_resolved;
