-- Dishonest-list entries and removals by month; the number on the list is a running sum of their difference.
-- grain: one row per month x filter dimensions x severity
create table dl_monthly as
with entries as (
    select dishonest_list.*, courts.level as court_level
    from dishonest_list join courts using (court_id)
),

listed as (
    select
        date_trunc('month', listed_date)::date as month, province_code, court_level, case_type, debtor_type,
        coalesce(severity, 'ungraded') as severity, count(*) as n_listed
    from entries
    group by all
),

removed as (
    select
        date_trunc('month', removed_date)::date as month, province_code, court_level, case_type, debtor_type,
        coalesce(severity, 'ungraded') as severity, count(*) as n_removed,
        count(*) filter (where removal_reason = 'performed') as n_removed_performed,
        count(*) filter (where removal_reason = 'credit_restoration') as n_removed_credit_restoration,
        count(*) filter (where removal_reason = 'revoked') as n_removed_revoked,
        count(*) filter (where removal_reason = 'expired') as n_removed_expired
    from entries
    where removed_date is not null
    group by all
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
