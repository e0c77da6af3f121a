-- The number on the dishonest list at the end of the period per province, by debtor type, with the province's population.
-- grain: one row per province (all provinces, zero where nothing is listed)
-- params: $provinces, $levels, $case_types, $debtor_types, $end
WITH stock AS (
    SELECT province_code,
           sum(n_listed - n_removed)::BIGINT AS n_on_list,
           sum(n_listed - n_removed) FILTER (WHERE debtor_type = 'individual')::BIGINT AS n_individual,
           sum(n_listed - n_removed) FILTER (WHERE debtor_type = 'company')::BIGINT AS n_company,
           sum(n_listed - n_removed) FILTER (WHERE debtor_type = 'other_org')::BIGINT AS n_other_org
    FROM dl_monthly
    WHERE month <= $end
      AND keep($provinces, province_code) AND keep($levels, court_level)
      AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
    GROUP BY province_code
)
SELECT p.province_code, p.population_10k,
       coalesce(s.n_on_list, 0) AS n_on_list,
       coalesce(s.n_individual, 0) AS n_individual,
       coalesce(s.n_company, 0) AS n_company,
       coalesce(s.n_other_org, 0) AS n_other_org,
       coalesce(s.n_on_list, 0) * 10.0 / p.population_10k AS per_100k
FROM provinces p LEFT JOIN stock s USING (province_code)
WHERE keep($provinces, p.province_code)
ORDER BY per_100k DESC, p.province_code;
