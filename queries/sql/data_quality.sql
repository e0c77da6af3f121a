-- The value problems the check found when these rollups were built, one per file, column and rule.
-- grain: one row per problem (none for clean data)
-- params: none
select
    table_name,
    file,
    column_name,
    rule,
    n_rows,
    examples,
    handling
from data_quality
order by table_name, file, column_name, rule;
