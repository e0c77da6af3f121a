-- Totals of refusal-to-comply incidents, transfers to the police and persons held liable in a window.
-- grain: one row
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT count(*)::BIGINT AS n_incidents,
       count(*) FILTER (WHERE is_transferred)::BIGINT AS n_transferred,
       coalesce(sum(n_held_liable), 0)::BIGINT AS n_held_liable
FROM nc_incidents
WHERE action_date BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type);
