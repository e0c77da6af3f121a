-- Refusal incidents and enforcement cases filed per court and month, for ranking the courts of one province.
-- grain: one row per province x court x month x case type x debtor type; sorted by province so that one
-- province's rows sit together and a province filter skips the rest
CREATE TABLE nc_court_monthly AS
SELECT province_code, court_id, court_level, month, case_type, debtor_type,
       count(*) AS n_incidents,
       count(*) FILTER (WHERE is_transferred) AS n_transferred,
       coalesce(sum(n_held_liable), 0) AS n_held_liable
FROM nc_incidents
GROUP BY ALL
ORDER BY province_code, court_id, month;

CREATE TABLE cases_court_monthly AS
SELECT province_code, court_id, date_trunc('month', filed_date)::DATE AS month, case_type, debtor_type,
       count(*) AS n_filed
FROM enforcement_cases
GROUP BY ALL
ORDER BY province_code, court_id, month;
