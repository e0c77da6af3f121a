-- Incidents the data tag as handled under each campaign, so that the campaign list need not scan every incident.
-- grain: one row per campaign with at least one tagged incident
create table campaign_incidents as
select
    campaign_id, count(*) as n_incidents, count(*) filter (where is_transferred) as n_transferred,
    coalesce(sum(n_held_liable), 0) as n_held_liable
from nc_incidents
where campaign_id is not null
group by campaign_id;
