-- Moved cases resolved in the period against enforcement cases that were not moved and closed in the period, by case type,
-- court level and year: counts, days since filing, claims and yuan recovered. Not moved = cases_monthly minus moved cases that closed.
-- grain: one row per case type x court level (of the originating court) x year with any moved case resolved
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
WITH moved AS (
    SELECT case_type, court_level, year(resolved_date) AS year,
           count(*) AS n_moved,
           count(filed_date) AS n_moved_dated,
           sum(resolved_date - filed_date)::DOUBLE AS moved_days_since_filing_sum,
           sum(resolved_date - assigned_date)::DOUBLE AS moved_days_since_assigned_sum,
           sum(claim_yuan)::DOUBLE AS moved_claim_yuan,
           sum(recovered_yuan)::DOUBLE AS moved_recovered_yuan
    FROM ce_cases
    WHERE resolved_date BETWEEN $start AND $end
      AND keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
),
cells AS (
    SELECT month, province_code, court_level, case_type, debtor_type,
           n_closed, days_to_close_sum, claim_closed_yuan, recovered_yuan
    FROM cases_monthly
    WHERE month BETWEEN $start AND $end
    UNION ALL
    SELECT month, province_code, court_level, case_type, debtor_type,
           -n_closed, -days_to_close_sum, -claim_closed_yuan, -recovered_yuan
    FROM ce_moved_closed
    WHERE month BETWEEN $start AND $end
),
base AS (
    SELECT case_type, court_level, year(month) AS year,
           sum(n_closed)::BIGINT AS n_base,
           sum(days_to_close_sum) AS base_days_sum,
           sum(claim_closed_yuan) AS base_claim_yuan,
           sum(recovered_yuan) AS base_recovered_yuan
    FROM cells
    WHERE keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY ALL
)
SELECT m.case_type, m.court_level, m.year,
       m.n_moved::BIGINT AS n_moved, m.n_moved_dated::BIGINT AS n_moved_dated,
       m.moved_days_since_filing_sum, m.moved_days_since_assigned_sum, m.moved_claim_yuan, m.moved_recovered_yuan,
       coalesce(b.n_base, 0)::BIGINT AS n_base, coalesce(b.base_days_sum, 0) AS base_days_sum,
       coalesce(b.base_claim_yuan, 0) AS base_claim_yuan, coalesce(b.base_recovered_yuan, 0) AS base_recovered_yuan
FROM moved m LEFT JOIN base b USING (case_type, court_level, year)
ORDER BY m.case_type, m.court_level, m.year;
