-- Shared SQL helpers for the query files.
-- keep(allowed, value): true when no values are selected (no filter) or the value is among them.
CREATE MACRO keep(allowed, value) AS (len(allowed) = 0 OR list_contains(allowed, value));
