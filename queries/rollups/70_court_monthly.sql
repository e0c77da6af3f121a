-- Each court's enforcement cases filed and concluded, yuan claimed and recovered, voluntary performance and
-- dishonest-list entries by month, for the province page's court table and a court's trends.
-- grain: one row per province x court x month x debtor type (no case type: crossed with court and month it would
-- multiply the rows and the build time); sorted by province and court so that one province's courts are a few blocks.
CREATE TABLE court_monthly AS
WITH filed AS (
    SELECT province_code, court_id, date_trunc('month', filed_date)::DATE AS month, debtor_type,
           count(*) AS n_filed
    FROM enforcement_cases
    GROUP BY ALL
),
closed AS (
    SELECT province_code, court_id, date_trunc('month', closed_date)::DATE AS month, debtor_type,
           count(*) AS n_closed,
           sum(recovered_yuan)::DOUBLE AS recovered_yuan,
           sum(claim_yuan)::DOUBLE AS claim_closed_yuan,
           count(*) FILTER (WHERE is_voluntary) AS n_voluntary
    FROM enforcement_cases
    WHERE closed_date IS NOT NULL
    GROUP BY ALL
),
listed AS (
    SELECT province_code, court_id, date_trunc('month', listed_date)::DATE AS month, debtor_type,
           count(*) AS n_listed
    FROM dishonest_list
    GROUP BY ALL
)
SELECT province_code, court_id, month, debtor_type,
       coalesce(n_filed, 0)::BIGINT AS n_filed,
       coalesce(n_closed, 0)::BIGINT AS n_closed,
       coalesce(recovered_yuan, 0) AS recovered_yuan,
       coalesce(claim_closed_yuan, 0) AS claim_closed_yuan,
       coalesce(n_voluntary, 0)::BIGINT AS n_voluntary,
       coalesce(n_listed, 0)::BIGINT AS n_listed
FROM filed
FULL OUTER JOIN closed USING (province_code, court_id, month, debtor_type)
FULL OUTER JOIN listed USING (province_code, court_id, month, debtor_type)
ORDER BY province_code, court_id, month;
