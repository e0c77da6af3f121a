-- New dishonest-list entries, removals by reason, the net change and the number on the list at each month end.
-- grain: one row per month with any listing or removal; n_on_list counts every entry since the list began, whatever $start is
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
WITH monthly AS (
    SELECT month,
           sum(n_listed)::BIGINT AS n_listed,
           sum(n_removed)::BIGINT AS n_removed,
           sum(n_removed_performed)::BIGINT AS n_removed_performed,
           sum(n_removed_credit_restoration)::BIGINT AS n_removed_credit_restoration,
           sum(n_removed_revoked)::BIGINT AS n_removed_revoked,
           sum(n_removed_expired)::BIGINT AS n_removed_expired
    FROM dl_monthly
    WHERE month <= $end
      AND keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY month
)
SELECT month, n_listed, n_removed, n_removed_performed, n_removed_credit_restoration, n_removed_revoked,
       n_removed_expired, n_listed - n_removed AS n_net,
       sum(n_listed - n_removed) OVER (ORDER BY month)::BIGINT AS n_on_list
FROM monthly
QUALIFY month >= $start
ORDER BY month;
