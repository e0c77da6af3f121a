-- Time on the dishonest list in whole months, from listing to removal or, for entries still listed
-- (censored), to the data's as-of date; counts per duration bucket so that a Kaplan-Meier curve can be
-- computed without the entries. Buckets are one month wide for two years, a quarter to five years, then
-- a year: the listed year (not month) and the coarse tail keep the table small enough to query in
-- milliseconds at national scale.
-- grain: one row per listed year x province x court level x case type x debtor type x severity x bucket x still listed
create table dl_durations as
with as_of as (
    select last_day(max(month)) as as_of_date from dl_monthly
),

spells as (
    select
        listed_date, coalesce(removed_date, as_of_date) as left_date, removed_date is null as is_listed,
        province_code, court_id, case_type, debtor_type, coalesce(severity, 'ungraded') as severity
    from dishonest_list cross join as_of
),

counted as (
    -- Whole months: calendar months between the dates, less one when the day of the month is not yet reached.
    -- Plain arithmetic, because date_sub('month', ...) costs twice the whole build at national scale.
    select
        spells.*, courts.level as court_level,
        12 * (year(left_date) - year(listed_date)) + month(left_date) - month(listed_date)
        - (day(left_date) < day(listed_date))::integer as months
    from spells join courts using (court_id)
),

bucketed as (
    select
        *,
        case when months < 24 then months
            when months < 60 then 24 + (months - 24) // 3 * 3
            else 60 + (months - 60) // 12 * 12
        end as months_from
    from counted
)

select
    year(listed_date) as listed_year, province_code, court_level, case_type, debtor_type, severity,
    months_from::smallint as months_from,
    (months_from + case when months_from < 24 then 1 when months_from < 60 then 3 else 12 end)::smallint as months_to,
    is_listed, count(*) as n_entries
from bucketed
group by all
order by listed_year;
