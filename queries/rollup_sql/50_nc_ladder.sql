-- Refusal incidents by the strongest measure taken and how soon the debtor complied after it.
-- grain: one row per month x province x court level x case type x debtor type x measure x anyone held liable
--        x compliance bucket
create table nc_ladder as
select
    month, province_code, court_level, case_type, debtor_type, measure,
    coalesce(n_held_liable, 0) > 0 as is_convicted,
    case
        when not coalesce(is_complied, false) or complied_date is null then 'not_complied'
        when date_diff('day', action_date, complied_date) <= 7 then 'd0_7'
        when date_diff('day', action_date, complied_date) <= 30 then 'd8_30'
        when date_diff('day', action_date, complied_date) <= 90 then 'd31_90'
        when date_diff('day', action_date, complied_date) <= 180 then 'd91_180'
        else 'd181_plus'
    end as comply_bucket,
    count(*) as n_incidents,
    count(*) filter (where is_transferred) as n_transferred,
    coalesce(sum(n_held_liable), 0) as n_held_liable,
    coalesce(
        sum(date_diff('day', action_date, complied_date)) filter (where is_complied), 0
    )::double as days_to_comply_sum
from nc_incidents
group by all
order by month;
