-- Each court's enforcement cases concluded, yuan claimed and recovered in them, voluntary performance and
-- dishonest-list entries by month, for the province page's court table and a court's trends (cases filed per court
-- are in cases_court_monthly).
-- grain: one row per court x month; no case type or debtor type (crossed with court and month they would multiply the
-- rows and the build time), grouped on the integer court id and sorted by province and court, so that one province's
-- courts are a few blocks.
CREATE TABLE court_monthly AS
WITH closed AS (
    SELECT court_id, date_trunc('month', closed_date)::DATE AS month,
           count(*) AS n_closed,
           sum(recovered_yuan)::DOUBLE AS recovered_yuan,
           sum(claim_yuan)::DOUBLE AS claim_closed_yuan,
           count(*) FILTER (WHERE is_voluntary) AS n_voluntary
    FROM enforcement_cases
    WHERE closed_date IS NOT NULL
    GROUP BY ALL
),
listed AS (
    SELECT court_id, date_trunc('month', listed_date)::DATE AS month, count(*) AS n_listed
    FROM dishonest_list
    GROUP BY ALL
)
SELECT ct.province_code, court_id, month,
       coalesce(n_closed, 0)::BIGINT AS n_closed,
       coalesce(recovered_yuan, 0) AS recovered_yuan,
       coalesce(claim_closed_yuan, 0) AS claim_closed_yuan,
       coalesce(n_voluntary, 0)::BIGINT AS n_voluntary,
       coalesce(n_listed, 0)::BIGINT AS n_listed
FROM closed
FULL OUTER JOIN listed USING (court_id, month)
JOIN courts ct USING (court_id)
ORDER BY ct.province_code, court_id, month;
