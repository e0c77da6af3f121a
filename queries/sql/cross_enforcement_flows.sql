-- Cases moved under the reform in the period, from the originating court's province and level to the receiving court's.
-- grain: one row per originating province x receiving province x originating level x receiving level
-- params: $filters, $start, $end
select
    province_code as from_province_code, to_province_code, court_level as from_level, to_court_level as to_level,
    count(*)::bigint as n_cases
from ce_cases
where assigned_date between $start and $end
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by all
order by n_cases desc, from_province_code asc, to_province_code asc, from_level asc, to_level asc;
