-- Each court's enforcement cases concluded, yuan claimed and recovered in them, voluntary performance and
-- dishonest-list entries by month, for the province page's court table and a court's trends (cases filed per court
-- are in cases_court_monthly).
-- grain: one row per court x month; no case type or debtor type (crossed with court and month they would multiply the
-- rows and the build time), grouped on the integer court id and sorted by province and court, so that one province's
-- courts are a few blocks.
create table court_monthly as
with closed as (
    select
        court_id, date_trunc('month', closed_date)::date as month,
        count(*) as n_closed,
        sum(recovered_yuan)::double as recovered_yuan,
        sum(claim_yuan)::double as claim_closed_yuan,
        count(*) filter (where is_voluntary) as n_voluntary
    from enforcement_cases
    where closed_date is not null
    group by all
),

listed as (
    select court_id, date_trunc('month', listed_date)::date as month, count(*) as n_listed
    from dishonest_list
    group by all
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
