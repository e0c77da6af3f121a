-- Cases assigned under the reform in a window, those resolved (substantive progress or concluded) within it, and yuan recovered.
-- grain: one row
-- params: $filters, $start, $end
select
    count(*)::bigint as n_assigned,
    count(*) filter (where resolved_date <= $end)::bigint as n_resolved,
    coalesce(sum(recovered_yuan) filter (where resolved_date <= $end), 0)::double as recovered_yuan
from ce_transfers
where assigned_date between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type);
