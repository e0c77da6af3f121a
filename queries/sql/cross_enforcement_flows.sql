-- Cases moved under the reform in the period, from the originating court's province and level to the receiving court's.
-- grain: one row per originating province x receiving province x originating level x receiving level
-- params: $provinces, $levels, $case_types, $debtor_types, $start, $end
SELECT province_code AS from_province_code, to_province_code, court_level AS from_level, to_court_level AS to_level,
       count(*)::BIGINT AS n_cases
FROM ce_cases
WHERE assigned_date BETWEEN $start AND $end
  AND keep($provinces, province_code) AND keep($levels, court_level)
  AND keep($case_types, case_type) AND keep($debtor_types, debtor_type)
GROUP BY ALL
ORDER BY n_cases DESC, from_province_code, to_province_code, from_level, to_level;
