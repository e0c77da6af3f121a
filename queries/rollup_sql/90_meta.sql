-- The data's as-of date: the latest day any table records.
-- grain: one row
create table meta as
select greatest(
    (select last_day(max(month)) from cases_monthly),
    (select max(action_date) from nc_incidents),
    (select last_day(max(month)) from dl_monthly),
    (select coalesce(max(assigned_date), date '1900-01-01') from ce_transfers)
) as as_of_date,
(select max(action_date) from nc_incidents) as nc_last_date,
(select min(month) from cases_monthly) as first_month;
