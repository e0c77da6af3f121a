-- Violent resistance and besieging of officers, and serious consequences (self-harm, suicide, officers injured), by month.
-- grain: one row per month with at least one incident
-- params: $filters, $start, $end
select
    month,
    coalesce(sum(n_incidents) filter (where conduct = 'violent_resistance'), 0)::bigint as n_violent_resistance,
    coalesce(sum(n_incidents) filter (where conduct = 'besieging_officers'), 0)::bigint as n_besieging_officers,
    sum(n_self_harm)::bigint as n_self_harm,
    sum(n_suicide)::bigint as n_suicide,
    sum(n_officer_injured)::bigint as n_officer_injured
from nc_monthly
where month between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by month
order by month;
