-- The number on the dishonest list at the end of the period per province, by debtor type ('unknown' where the data
-- gives none), with the province's population.
-- grain: one row per province (all provinces, zero where nothing is listed)
-- params: $filters, $end
with stock as (
    select
        province_code,
        sum(n_listed - n_removed)::bigint as n_on_list,
        sum(n_listed - n_removed) filter (where debtor_type = 'individual')::bigint as n_individual,
        sum(n_listed - n_removed) filter (where debtor_type = 'company')::bigint as n_company,
        sum(n_listed - n_removed) filter (where debtor_type = 'other_org')::bigint as n_other_org,
        sum(n_listed - n_removed) filter (where debtor_type = 'unknown')::bigint as n_unknown
    from dl_monthly
    where month <= $end
        and matches($filters, province_code, court_level, case_type, debtor_type)
    group by province_code
)

select
    provinces.province_code, provinces.population_10k,
    coalesce(stock.n_on_list, 0) as n_on_list,
    coalesce(stock.n_individual, 0) as n_individual,
    coalesce(stock.n_company, 0) as n_company,
    coalesce(stock.n_other_org, 0) as n_other_org,
    coalesce(stock.n_unknown, 0) as n_unknown,
    coalesce(stock.n_on_list, 0) * 10.0 / provinces.population_10k as per_100k
from provinces left join stock using (province_code)
where keep($filters.provinces, provinces.province_code)
order by per_100k desc, provinces.province_code asc;
