-- Incidents the data tag as handled under each campaign, so that the campaign list need not scan every incident.
-- grain: one row per campaign with at least one tagged incident
CREATE TABLE campaign_incidents AS
SELECT campaign_id, count(*) AS n_incidents, count(*) FILTER (WHERE is_transferred) AS n_transferred,
       coalesce(sum(n_held_liable), 0) AS n_held_liable
FROM nc_incidents
WHERE campaign_id IS NOT NULL
GROUP BY campaign_id;
