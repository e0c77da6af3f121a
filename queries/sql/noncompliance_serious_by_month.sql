-- Violent resistance and besieging of officers, and serious consequences (self-harm, suicide, officers injured), by month.
-- grain: one row per month with at least one incident
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT month,
       coalesce(sum(n_incidents) FILTER (WHERE conduct = 'violent_resistance'), 0)::BIGINT AS n_violent_resistance,
       coalesce(sum(n_incidents) FILTER (WHERE conduct = 'besieging_officers'), 0)::BIGINT AS n_besieging_officers,
       sum(n_self_harm)::BIGINT AS n_self_harm,
       sum(n_suicide)::BIGINT AS n_suicide,
       sum(n_officer_injured)::BIGINT AS n_officer_injured
FROM nc_monthly
WHERE month BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY month
ORDER BY month;
