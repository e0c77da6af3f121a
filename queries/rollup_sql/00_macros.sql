-- Shared SQL helpers for the query files.
-- keep(allowed, value): true when no values are selected (no filter) or the value is among them.
create macro keep(allowed, value) as (array_length(allowed) = 0 or list_contains(allowed, value));
-- matches(filters, ...): true when a row's province, court level, case type and debtor type all pass the shared
-- filters, bound as one STRUCT (provinces, levels, case_types, debtor_types: lists, empty for no filter).
create macro matches(filters, province, court_level, case_type, debtor_type) as (
    keep(filters.provinces, province) and keep(filters.levels, court_level)
    and keep(filters.case_types, case_type) and keep(filters.debtor_types, debtor_type)
);
-- court_wanted(...): true for a court a case search asks for: among `court_ids` (any when empty) and, unless `prefix`
-- is empty, with that case-number prefix (exactly, or starting with it).
create macro court_wanted(court_ids, prefix, prefix_exact, court_id, case_prefix) as (
    keep(court_ids, court_id)
    and (prefix = '' or case when prefix_exact then case_prefix = prefix else starts_with(case_prefix, prefix) end)
);
-- in_scope(scope, province): true when the session may see a court's rows of that province; `scope` is one STRUCT
-- (all: every province; provinces: the list otherwise; cases: whether case-level rows may be seen at all).
create macro in_scope(scope, province) as (scope.all or list_contains(scope.provinces, province));
-- case_in_scope(scope, province): the same for a case's rows, which some roles may not see in any province.
create macro case_in_scope(scope, province) as (scope.cases and in_scope(scope, province));
