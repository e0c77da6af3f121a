-- Shared SQL helpers for the query files.
-- keep(allowed, value): true when no values are selected (no filter) or the value is among them.
create macro keep(allowed, value) as (len(allowed) = 0 or list_contains(allowed, value));
