-- The provincial-level divisions with their names and population.
-- grain: one row per province
-- params: none
SELECT province_code, name_zh, name_en, abbr_zh, population_10k FROM provinces ORDER BY province_code;
