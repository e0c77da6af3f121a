-- Moved cases assigned in the period by number of creditors and whole months from assignment to resolution
-- (or, while unresolved, to the data's as-of date), with the claims and yuan recovered of those resolved.
-- grain: one row per creditor count (capped at 5, meaning 5 or more) x months x resolved or not
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
WITH x AS (
    SELECT *, coalesce(resolved_date, (SELECT as_of_date FROM meta)) AS left_date FROM ce_cases
    WHERE assigned_date BETWEEN $start AND $end
      AND keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
)
-- Whole months as in the time-on-the-list rollup: calendar months, less one when the day is not yet reached.
SELECT least(n_creditors, 5)::INTEGER AS n_creditors,
       (12 * (year(left_date) - year(assigned_date)) + month(left_date) - month(assigned_date)
        - (day(left_date) < day(assigned_date))::INTEGER)::INTEGER AS months,
       resolved_date IS NOT NULL AS is_resolved,
       count(*)::BIGINT AS n_cases,
       coalesce(sum(claim_yuan), 0)::DOUBLE AS claim_yuan,
       coalesce(sum(recovered_yuan), 0)::DOUBLE AS recovered_yuan,
       coalesce(sum(resolved_date - assigned_date), 0)::DOUBLE AS days_to_resolve_sum
FROM x
GROUP BY ALL
ORDER BY n_creditors, months, is_resolved;
