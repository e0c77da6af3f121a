-- Dishonest-list entries and removals by month; the number on the list is a running sum of their difference.
-- The listings are read once for three groupings (grouping sets): by month listed and by month removed at the
-- shared filter dimensions and severity (dl_monthly, below), and by court and month listed (court_monthly,
-- 70_court_monthly.sql, which drops listing_groups).
-- grain: listing_groups one row per grouping x group; dl_monthly one row per month x filter dimensions x severity
create temp table listing_groups as
with entries as (
    select
        dishonest_list.court_id, dishonest_list.province_code, courts.level as court_level,
        dishonest_list.case_type, dishonest_list.debtor_type, dishonest_list.removal_reason,
        coalesce(dishonest_list.severity, 'ungraded') as severity,
        date_trunc('month', dishonest_list.listed_date)::date as listed_month,
        date_trunc('month', dishonest_list.removed_date)::date as removed_month
    from dishonest_list join courts using (court_id)
)

select
    case
        when grouping(court_id) = 0 then 'court_listed'
        when grouping(listed_month) = 0 then 'listed'
        else 'removed'
    end as grouping_set,
    listed_month, removed_month, province_code, court_id, court_level, case_type, debtor_type, severity,
    count(*) as n_entries,
    count(*) filter (where removal_reason = 'performed') as n_removed_performed,
    count(*) filter (where removal_reason = 'credit_restoration') as n_removed_credit_restoration,
    count(*) filter (where removal_reason = 'revoked') as n_removed_revoked,
    count(*) filter (where removal_reason = 'expired') as n_removed_expired
from entries
group by grouping sets (
    (listed_month, province_code, court_level, case_type, debtor_type, severity),
    (removed_month, province_code, court_level, case_type, debtor_type, severity),
    (court_id, listed_month)
);

create table dl_monthly as
with listed as (
    select
        listed_month as month, province_code, court_level, case_type, debtor_type, severity,
        n_entries as n_listed
    from listing_groups
    where grouping_set = 'listed'
),

removed as (
    select
        removed_month as month, province_code, court_level, case_type, debtor_type, severity,
        n_entries as n_removed, n_removed_performed, n_removed_credit_restoration, n_removed_revoked,
        n_removed_expired
    from listing_groups
    where grouping_set = 'removed' and removed_month is not null
)

select
    month, province_code, court_level, case_type, debtor_type, severity,
    coalesce(n_listed, 0) as n_listed, coalesce(n_removed, 0) as n_removed,
    coalesce(n_removed_performed, 0) as n_removed_performed,
    coalesce(n_removed_credit_restoration, 0) as n_removed_credit_restoration,
    coalesce(n_removed_revoked, 0) as n_removed_revoked,
    coalesce(n_removed_expired, 0) as n_removed_expired
from listed full outer join removed using (month, province_code, court_level, case_type, debtor_type, severity)
order by month;
