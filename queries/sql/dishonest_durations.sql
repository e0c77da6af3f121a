-- Entries listed in the years of the period, by debtor type, severity and months on the list (removed, or still listed = censored).
-- grain: one row per debtor type x severity x duration bucket x still listed; cohorts are whole listed years
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT debtor_type, severity, months_from, months_to, is_listed, sum(n_entries)::BIGINT AS n_entries
FROM dl_durations
WHERE listed_year BETWEEN year($start) AND year($end)
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY ALL
ORDER BY debtor_type, severity, months_from, is_listed;
