-- Each court's enforcement cases concluded, yuan claimed and recovered in them, voluntary performance and
-- dishonest-list entries by month, for the province page's court table and a court's trends (cases filed per court
-- are in cases_court_monthly).
-- grain: one row per court x month; no case type or debtor type (crossed with court and month they would multiply the
-- rows and the build time), grouped on the integer court id (in 10_cases_monthly.sql and 30_dishonest_monthly.sql) and sorted by
-- province and court, so that one province's courts are a few blocks.
create table court_monthly as
with closed as (
    select
        court_id, closed_month as month, n_cases as n_closed, recovered_yuan, claim_yuan as claim_closed_yuan,
        n_voluntary
    from case_groups
    where grouping_set = 'court_closed' and closed_month is not null
),

listed as (
    select court_id, listed_month as month, n_entries as n_listed
    from listing_groups
    where grouping_set = 'court_listed'
)

select
    courts.province_code, court_id, month,
    coalesce(n_closed, 0)::bigint as n_closed,
    coalesce(recovered_yuan, 0) as recovered_yuan,
    coalesce(claim_closed_yuan, 0) as claim_closed_yuan,
    coalesce(n_voluntary, 0)::bigint as n_voluntary,
    coalesce(n_listed, 0)::bigint as n_listed
from closed
full outer join listed using (court_id, month)
join courts using (court_id)
order by courts.province_code, court_id, month;

-- The groupings of the cases (10_cases_monthly.sql) and listings (30_dishonest_monthly.sql) have served every rollup.
drop table case_groups;

drop table listing_groups;
