-- Totals of refusal-to-comply incidents, transfers to the police and persons held liable in a window.
-- grain: one row
-- params: $filters, $start, $end
select
    count(*)::bigint as n_incidents,
    count(*) filter (where is_transferred)::bigint as n_transferred,
    coalesce(sum(n_held_liable), 0)::bigint as n_held_liable
from nc_incidents
where action_date between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type);
