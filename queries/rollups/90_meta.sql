-- The data's as-of date: the latest day any table records.
-- grain: one row
CREATE TABLE meta AS
SELECT greatest(
    (SELECT last_day(max(month)) FROM cases_monthly),
    (SELECT max(action_date) FROM nc_incidents),
    (SELECT last_day(max(month)) FROM dl_monthly),
    (SELECT coalesce(max(assigned_date), DATE '1900-01-01') FROM ce_transfers)
) AS as_of_date,
(SELECT max(action_date) FROM nc_incidents) AS nc_last_date,
(SELECT min(month) FROM cases_monthly) AS first_month;
