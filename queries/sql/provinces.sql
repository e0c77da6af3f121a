-- The provincial-level divisions with their names and population.
-- grain: one row per province
-- params: none
select province_code, name_zh, name_en, abbr_zh, population_10k from provinces
order by province_code;
