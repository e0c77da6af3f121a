-- Refusal incidents and enforcement cases filed per court and month, for ranking the courts of one province.
-- grain: nc_court_monthly one row per province x court x month x case type x debtor type; cases_court_monthly
-- one row per province x court x month, a column per debtor type. Case type is left out of the cases: crossing it with
-- court and month gives some fifteen million groups at national scale and triples the build time. Both are
-- sorted by province, so that a one-province query skips the other provinces' blocks.
CREATE TABLE nc_court_monthly AS
SELECT province_code, court_id, court_level, month, case_type, debtor_type,
       count(*) AS n_incidents,
       count(*) FILTER (WHERE is_transferred) AS n_transferred,
       coalesce(sum(n_held_liable), 0) AS n_held_liable
FROM nc_incidents
GROUP BY ALL
ORDER BY province_code, court_id, month;

-- Debtor types as columns rather than rows: a third as many rows at national scale, and a quicker build.
CREATE TABLE cases_court_monthly AS
SELECT province_code, court_id, date_trunc('month', filed_date)::DATE AS month,
       count(*) FILTER (WHERE debtor_type = 'individual') AS n_filed_individual,
       count(*) FILTER (WHERE debtor_type = 'company') AS n_filed_company,
       count(*) FILTER (WHERE debtor_type = 'other_org') AS n_filed_other_org
FROM enforcement_cases
GROUP BY ALL
ORDER BY province_code, court_id, month;
