-- Refusal incidents and enforcement cases filed per court and month, for ranking the courts of one province.
-- grain: nc_court_monthly one row per province x court x month x case type x debtor type; cases_court_monthly
-- one row per province x court x month, a column per debtor type. Case type is left out of the cases: crossing it with
-- court and month gives some fifteen million groups at national scale and triples the build time. Both are
-- sorted by province, so that a one-province query skips the other provinces' blocks.
create table nc_court_monthly as
select
    province_code, court_id, court_level, month, case_type, debtor_type,
    count(*) as n_incidents,
    count(*) filter (where is_transferred) as n_transferred,
    coalesce(sum(n_held_liable), 0) as n_held_liable
from nc_incidents
group by all
order by province_code, court_id, month;

-- Debtor types as columns rather than rows: a third as many rows at national scale, and a quicker build. Cases
-- whose debtor type the data does not give count under 'unknown', so the columns add up to every case filed.
create table cases_court_monthly as
select
    province_code, court_id, date_trunc('month', filed_date)::date as month,
    count(*) filter (where debtor_type = 'individual') as n_filed_individual,
    count(*) filter (where debtor_type = 'company') as n_filed_company,
    count(*) filter (where debtor_type = 'other_org') as n_filed_other_org,
    count(*) filter (where debtor_type = 'unknown') as n_filed_unknown
from enforcement_cases
group by all
order by province_code, court_id, month;
