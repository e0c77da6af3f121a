-- Entries listed in the years of the period, by debtor type, severity and months on the list (removed, or still listed = censored).
-- grain: one row per debtor type x severity x duration bucket x still listed; cohorts are whole listed years
-- params: $filters, $start, $end
select debtor_type, severity, months_from, months_to, is_listed, sum(n_entries)::bigint as n_entries
from dl_durations
where listed_year between year($start) and year($end)
    and matches($filters, province_code, court_level, case_type, debtor_type)
group by all
order by debtor_type, severity, months_from, is_listed;
