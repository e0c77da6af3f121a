-- Refusal incidents, transfers and persons held liable per court of one province, with enforcement cases filed there, in a window.
-- grain: one row per court of $province with any case filed or incident; n_filed counts every case type
-- (the court rollup has no case type), the incidents follow the case type filter
-- params: $province, $filters, $start, $end, $scope
with incidents as (
    select
        court_id,
        sum(n_incidents) as n_incidents, sum(n_transferred) as n_transferred, sum(n_held_liable) as n_held_liable
    from nc_court_monthly
    where province_code = $province and month between $start and $end
        and keep($filters.case_types, case_type) and keep($filters.debtor_types, debtor_type)
    group by court_id
),

filed as (
    select
        court_id,
        sum(
            case when keep($filters.debtor_types, 'individual') then n_filed_individual else 0 end
            + case when keep($filters.debtor_types, 'company') then n_filed_company else 0 end
            + case when keep($filters.debtor_types, 'other_org') then n_filed_other_org else 0 end
            + case when keep($filters.debtor_types, 'unknown') then n_filed_unknown else 0 end
        ) as n_filed
    from cases_court_monthly
    where province_code = $province and month between $start and $end
    group by court_id
)

select
    courts.court_id, courts.name_zh, courts.name_en, courts.level as court_level, courts.city_zh, courts.city_en,
    coalesce(n_incidents, 0)::bigint as n_incidents,
    coalesce(n_transferred, 0)::bigint as n_transferred,
    coalesce(n_held_liable, 0)::bigint as n_held_liable,
    coalesce(n_filed, 0)::bigint as n_filed
from incidents full outer join filed using (court_id)
join courts using (court_id)
where keep($filters.levels, courts.level) and in_scope($scope, courts.province_code)
order by courts.court_id;
