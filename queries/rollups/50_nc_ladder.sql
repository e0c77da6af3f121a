-- Refusal incidents by the strongest measure taken and how soon the debtor complied after it.
-- grain: one row per month x province x court level x case type x debtor type x measure x anyone held liable
--        x compliance bucket
CREATE TABLE nc_ladder AS
SELECT month, province_code, court_level, case_type, debtor_type, measure,
       coalesce(n_held_liable, 0) > 0 AS is_convicted,
       CASE
           WHEN NOT coalesce(is_complied, false) OR complied_date IS NULL THEN 'not_complied'
           WHEN complied_date - action_date <= 7 THEN 'd0_7'
           WHEN complied_date - action_date <= 30 THEN 'd8_30'
           WHEN complied_date - action_date <= 90 THEN 'd31_90'
           WHEN complied_date - action_date <= 180 THEN 'd91_180'
           ELSE 'd181_plus'
       END AS comply_bucket,
       count(*) AS n_incidents,
       count(*) FILTER (WHERE is_transferred) AS n_transferred,
       coalesce(sum(n_held_liable), 0) AS n_held_liable,
       coalesce(sum(complied_date - action_date) FILTER (WHERE is_complied), 0)::DOUBLE AS days_to_comply_sum
FROM nc_incidents
GROUP BY ALL
ORDER BY month;
