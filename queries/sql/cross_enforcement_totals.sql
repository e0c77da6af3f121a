-- Cases assigned under the reform in a window, those resolved (substantive progress or concluded) within it, and yuan recovered.
-- grain: one row
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT count(*)::BIGINT AS n_assigned,
       count(*) FILTER (WHERE resolved_date <= $end)::BIGINT AS n_resolved,
       coalesce(sum(recovered_yuan) FILTER (WHERE resolved_date <= $end), 0)::DOUBLE AS recovered_yuan
FROM ce_transfers
WHERE assigned_date BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type);
