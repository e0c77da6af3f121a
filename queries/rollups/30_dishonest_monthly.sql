-- Dishonest-list entries and removals by month; the number on the list is a running sum of their difference.
-- grain: one row per month x filter dimensions x severity
CREATE TABLE dl_monthly AS
WITH d AS (
    SELECT l.*, ct.level AS court_level
    FROM dishonest_list l JOIN courts ct USING (court_id)
),
listed AS (
    SELECT date_trunc('month', listed_date)::DATE AS month, province_code, court_level, case_type, debtor_type,
           coalesce(severity, 'ungraded') AS severity, count(*) AS n_listed
    FROM d GROUP BY ALL
),
removed AS (
    SELECT date_trunc('month', removed_date)::DATE AS month, province_code, court_level, case_type, debtor_type,
           coalesce(severity, 'ungraded') AS severity, count(*) AS n_removed,
           count(*) FILTER (WHERE removal_reason = 'performed') AS n_removed_performed,
           count(*) FILTER (WHERE removal_reason = 'credit_restoration') AS n_removed_credit_restoration,
           count(*) FILTER (WHERE removal_reason = 'revoked') AS n_removed_revoked,
           count(*) FILTER (WHERE removal_reason = 'expired') AS n_removed_expired
    FROM d WHERE removed_date IS NOT NULL GROUP BY ALL
)
SELECT month, province_code, court_level, case_type, debtor_type, severity,
       coalesce(n_listed, 0) AS n_listed, coalesce(n_removed, 0) AS n_removed,
       coalesce(n_removed_performed, 0) AS n_removed_performed,
       coalesce(n_removed_credit_restoration, 0) AS n_removed_credit_restoration,
       coalesce(n_removed_revoked, 0) AS n_removed_revoked,
       coalesce(n_removed_expired, 0) AS n_removed_expired
FROM listed FULL OUTER JOIN removed USING (month, province_code, court_level, case_type, debtor_type, severity)
ORDER BY month;
