-- Refusal-to-comply incidents with the court level attached, and their monthly rollup.
-- grain: nc_incidents one row per incident; nc_monthly one row per month x filter dimensions x conduct x measure
CREATE TABLE nc_incidents AS
SELECT n.*, ct.level AS court_level, date_trunc('month', n.action_date)::DATE AS month
FROM noncompliance n JOIN courts ct USING (court_id)
ORDER BY action_date;

CREATE TABLE nc_monthly AS
SELECT month, province_code, court_level, case_type, debtor_type, conduct, measure,
       count(*) AS n_incidents,
       count(*) FILTER (WHERE is_transferred) AS n_transferred,
       sum(n_held_liable) AS n_held_liable,
       count(*) FILTER (WHERE is_complied) AS n_complied,
       sum(complied_date - action_date) FILTER (WHERE is_complied)::DOUBLE AS days_to_comply_sum,
       count(*) FILTER (WHERE serious_consequence = 'self_harm') AS n_self_harm,
       count(*) FILTER (WHERE serious_consequence = 'suicide') AS n_suicide,
       count(*) FILTER (WHERE serious_consequence = 'officer_injured') AS n_officer_injured
FROM nc_incidents
GROUP BY ALL
ORDER BY month;
