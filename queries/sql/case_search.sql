-- One page of enforcement cases matching a search: courts (by id or case-number prefix), filing window, sequence number, case type, with a refusal incident or not.
-- grain: one row per matching case, newest first, at most $limit rows after the first $skip; $seq = 0 means any number
-- params: $court_ids, $prefix, $prefix_exact, $start, $end, $seq, $case_types, $with_incident, $limit, $skip, $scope
with chosen_courts as (
    select court_id, case_prefix, name_zh, name_en
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
),

hits as (
    select
        case_index.case_id, case_index.court_id, case_index.filed_date, case_index.case_seq,
        case_index.case_type::varchar as case_type,
        chosen_courts.case_prefix, chosen_courts.name_zh, chosen_courts.name_en
    from case_index
    join chosen_courts using (court_id)
    where case_index.filed_date between $start and $end
        and ($seq = 0 or case_index.case_seq = $seq)
        and keep($case_types, case_index.case_type)
        and (not $with_incident or case_index.case_id in (select with_incidents.case_id from with_incidents))
),

one_page as (
    select * from hits
    order by filed_date desc, case_id desc
    limit $limit offset $skip
),

page_incidents as (
    select distinct incidents.case_id
    from nc_incidents as incidents
    join one_page using (case_id)
)

select
    one_page.*,
    one_page.case_id in (select page_incidents.case_id from page_incidents) as has_incident
from one_page
order by one_page.filed_date desc, one_page.case_id desc;
