-- Shared SQL helpers for the query files.
-- keep(allowed, value): true when no values are selected (no filter) or the value is among them.
create macro keep(allowed, value) as (array_length(allowed) = 0 or list_contains(allowed, value));
-- matches(...): true when a row's province, court level, case type and debtor type all pass the shared filters.
create macro matches(provinces, levels, case_types, debtor_types, province, court_level, case_type, debtor_type) as (
    keep(provinces, province) and keep(levels, court_level)
    and keep(case_types, case_type) and keep(debtor_types, debtor_type)
);
