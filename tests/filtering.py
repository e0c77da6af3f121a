"""Queries run with the shared filters as the tests spell them: lists of values by filter (`provinces=["620000"]`),
made into the one filter set (`shared_filters.Filters`) the query door takes."""

from __future__ import annotations

import queries
from queries import sql_params, sql_text
from shared_filters import LIST_FILTERS, Filters

FIELDS = tuple(s.field for s in LIST_FILTERS)


def filters_of(name: str, params: dict) -> tuple[Filters | None, dict]:
    """The filter set the list-filter keys of `params` make (None for a query that does not filter), and the
    other parameters."""
    chosen = {k: tuple(v) for k, v in params.items() if k in FIELDS}
    f, rest = Filters(**chosen), {k: v for k, v in params.items() if k not in FIELDS}
    if "filters" not in sql_params(sql_text(name)):
        if f != Filters():
            raise TypeError(f"query {name} takes no filters, given {f}")
        return None, rest
    return f, rest


def run(name: str, **params):
    """`queries.run(name, filters, **rest)`; the other parameters are given as they are (the period too: the
    filter set's own period is not used when the test names one)."""
    f, rest = filters_of(name, params)
    return queries.run(name, f, **rest)
