-- Moved cases resolved in the period against enforcement cases that were not moved and closed in the period, by case type,
-- court level and year: counts, days since filing, claims and yuan recovered. Not moved = cases_monthly minus moved cases that closed.
-- grain: one row per case type x court level (of the originating court) x year with any moved case resolved
-- params: $filters, $start, $end
with moved as (
    select
        case_type, court_level, year(resolved_date) as year,
        count(*) as n_moved,
        count(filed_date) as n_moved_dated,
        sum(date_diff('day', filed_date, resolved_date))::double as moved_days_since_filing_sum,
        sum(date_diff('day', assigned_date, resolved_date))::double as moved_days_since_assigned_sum,
        sum(claim_yuan)::double as moved_claim_yuan,
        sum(recovered_yuan)::double as moved_recovered_yuan
    from ce_cases
    where resolved_date between $start and $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by all
),

cells as (
    select
        month, province_code, court_level, case_type, debtor_type,
        n_closed, days_to_close_sum, claim_closed_yuan, recovered_yuan
    from cases_monthly
    where month between $start and $end
    union all
    select
        month, province_code, court_level, case_type, debtor_type,
        -n_closed as n_closed, -days_to_close_sum as days_to_close_sum,
        -claim_closed_yuan as claim_closed_yuan, -recovered_yuan as recovered_yuan
    from ce_moved_closed
    where month between $start and $end
),

base as (
    select
        case_type, court_level, year(month) as year,
        sum(n_closed)::bigint as n_base,
        sum(days_to_close_sum) as base_days_sum,
        sum(claim_closed_yuan) as base_claim_yuan,
        sum(recovered_yuan) as base_recovered_yuan
    from cells
    where matches($filters, province_code, court_level, case_type, debtor_type)
    group by all
)

select
    moved.case_type, moved.court_level, moved.year,
    moved.n_moved::bigint as n_moved, moved.n_moved_dated::bigint as n_moved_dated,
    moved.moved_days_since_filing_sum, moved.moved_days_since_assigned_sum,
    moved.moved_claim_yuan, moved.moved_recovered_yuan,
    coalesce(base.n_base, 0)::bigint as n_base, coalesce(base.base_days_sum, 0) as base_days_sum,
    coalesce(base.base_claim_yuan, 0) as base_claim_yuan, coalesce(base.base_recovered_yuan, 0) as base_recovered_yuan
from moved left join base using (case_type, court_level, year)
order by moved.case_type, moved.court_level, moved.year;
