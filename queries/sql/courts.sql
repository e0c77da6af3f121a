-- The courts with their names, level, province and case-number prefix, for choosing one.
-- grain: one row per court of $provinces (every court when empty), in id order
-- params: $provinces
SELECT court_id, name_zh, name_en, level AS court_level, province_code, case_prefix
FROM courts
WHERE keep($provinces, province_code)
ORDER BY court_id;
