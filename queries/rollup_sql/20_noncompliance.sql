-- Refusal-to-comply incidents with the court level attached, and their monthly rollup.
-- grain: nc_incidents one row per incident; nc_monthly one row per month x filter dimensions x conduct x measure
create table nc_incidents as
select noncompliance.*, courts.level as court_level, date_trunc('month', noncompliance.action_date)::date as month
from noncompliance join courts using (court_id)
order by action_date;

create table nc_monthly as
select
    month, province_code, court_level, case_type, debtor_type, conduct, measure,
    count(*) as n_incidents,
    count(*) filter (where is_transferred) as n_transferred,
    sum(n_held_liable) as n_held_liable,
    count(*) filter (where is_complied) as n_complied,
    sum(date_diff('day', action_date, complied_date)) filter (where is_complied)::double as days_to_comply_sum,
    count(*) filter (where serious_consequence = 'self_harm') as n_self_harm,
    count(*) filter (where serious_consequence = 'suicide') as n_suicide,
    count(*) filter (where serious_consequence = 'officer_injured') as n_officer_injured
from nc_incidents
group by all
order by month;
