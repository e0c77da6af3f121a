-- The provinces and months the case data cover (read from the data, not from the reference tables): a province is
-- covered when any enforcement case, refusal incident or dishonest-list entry carries its code.
-- grain: one row per covered province (a code of the reference table), with the first and last month of its data
-- params: none
with seen as (
    select province_code, month from cases_monthly
    union all
    select province_code, month from nc_monthly
    union all
    select province_code, month from dl_monthly
)

select
    seen.province_code,
    min(seen.month) as first_month,
    max(seen.month) as last_month
from seen
join provinces using (province_code)
group by seen.province_code
order by seen.province_code;
