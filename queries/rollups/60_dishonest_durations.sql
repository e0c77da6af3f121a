-- Time on the dishonest list in whole months, from listing to removal or, for entries still listed
-- (censored), to the data's as-of date; counts per duration bucket so that a Kaplan-Meier curve can be
-- computed without the entries. Buckets are one month wide for two years, a quarter to five years, then
-- a year: the listed year (not month) and the coarse tail keep the table small enough to query in
-- milliseconds at national scale.
-- grain: one row per listed year x province x court level x case type x debtor type x severity x bucket x still listed
CREATE TABLE dl_durations AS
WITH as_of AS (
    SELECT last_day(max(month)) AS as_of_date FROM dl_monthly
),
spells AS (
    SELECT l.listed_date, coalesce(l.removed_date, a.as_of_date) AS left_date, l.removed_date IS NULL AS is_listed,
           l.province_code, l.court_id, l.case_type, l.debtor_type, coalesce(l.severity, 'ungraded') AS severity
    FROM dishonest_list l CROSS JOIN as_of a
),
counted AS (
    -- Whole months: calendar months between the dates, less one when the day of the month is not yet reached.
    -- Plain arithmetic, because date_sub('month', ...) costs twice the whole build at national scale.
    SELECT s.*, ct.level AS court_level,
           12 * (year(left_date) - year(listed_date)) + month(left_date) - month(listed_date)
           - (day(left_date) < day(listed_date))::INTEGER AS months
    FROM spells s JOIN courts ct USING (court_id)
),
bucketed AS (
    SELECT *,
           CASE WHEN months < 24 THEN months
                WHEN months < 60 THEN 24 + (months - 24) // 3 * 3
                ELSE 60 + (months - 60) // 12 * 12 END AS months_from
    FROM counted
)
SELECT year(listed_date) AS listed_year, province_code, court_level, case_type, debtor_type, severity,
       months_from::SMALLINT AS months_from,
       (months_from + CASE WHEN months_from < 24 THEN 1 WHEN months_from < 60 THEN 3 ELSE 12 END)::SMALLINT AS months_to,
       is_listed, count(*) AS n_entries
FROM bucketed
GROUP BY ALL
ORDER BY listed_year;
