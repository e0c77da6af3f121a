-- How many enforcement cases match a search (the same conditions as case_search, without paging).
-- grain: one row; $seq = 0 means any number
-- params: $court_ids, $prefix, $prefix_exact, $start, $end, $seq, $case_types, $with_incident, $scope
with chosen_courts as (
    select court_id
    from courts
    where court_wanted($court_ids, $prefix, $prefix_exact, court_id, case_prefix)
        and case_in_scope($scope, province_code)
),

with_incidents as (
    -- Empty unless asked for, so that a search without the condition never builds the set.
    select incidents.case_id
    from nc_incidents as incidents
    join chosen_courts using (court_id)
    where $with_incident
)

select count(*)::bigint as n_cases
from case_index
join chosen_courts using (court_id)
where case_index.filed_date between $start and $end
    and ($seq = 0 or case_index.case_seq = $seq)
    and keep($case_types, case_index.case_type)
    and (not $with_incident or case_index.case_id in (select with_incidents.case_id from with_incidents));
