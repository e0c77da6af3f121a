"""The shared filters' one specification and their values, free of Streamlit so that the pages (through
`ui.filters`) and the exports share them: each filter's URL key, session key, `Filters` field (the query
parameter it fills), vocabulary and title.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.months import month_bounds
from contract import CASE_TYPES, COURT_LEVELS, DEBTOR_TYPES


@dataclasses.dataclass(frozen=True)
class ListFilter:
    """One shared list filter: where it lives in the URL and the session, the `Filters` field (and query
    parameter) it fills, the vocabulary that orders and labels its values, and its widget's title."""

    url: str
    state: str
    field: str
    kind: str | None  # vocabulary kind for labels; None: province names
    vocabulary: tuple[str, ...] | None  # display order; None: the data's own order
    title: str
    placeholder: str = "filters.all"


@dataclasses.dataclass(frozen=True)
class PeriodFilter:
    """The period: a first and a last month, each a URL parameter and a session key."""

    url: tuple[str, str] = ("from", "to")
    state: tuple[str, str] = ("f_from", "f_to")
    field: str = "period"
    titles: tuple[str, str] = ("filters.from", "filters.to")


# The shared filters in the order the sidebar draws them and the URL lists them. A new list filter is one line
# here (its values then reach the queries as `$<field>`).
PERIOD = PeriodFilter()
SPECS: tuple[ListFilter | PeriodFilter, ...] = (
    ListFilter("prov", "f_prov", "provinces", None, None, "filters.provinces", "filters.provinces.all"),
    PERIOD,
    ListFilter("level", "f_level", "levels", "court_level", COURT_LEVELS, "filters.levels"),
    ListFilter("type", "f_type", "case_types", "case_type", CASE_TYPES, "filters.case_types"),
    ListFilter("debtor", "f_debtor", "debtor_types", "debtor_type", DEBTOR_TYPES, "filters.debtor_types"),
)
LIST_FILTERS = tuple(s for s in SPECS if isinstance(s, ListFilter))
BY_FIELD = {s.field: s for s in SPECS}
SHARED_URL_KEYS = ("lang", *(key for s in SPECS for key in ((s.url,) if isinstance(s, ListFilter) else s.url)))


def month_range(first: dt.date, last: dt.date) -> tuple[str, ...]:
    """Every month from `first` to `last` (dates in those months), as 'YYYY-MM'."""
    return tuple(
        f"{m // 12}-{m % 12 + 1:02d}" for m in range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
    )


def _params(self, without: tuple[str, ...] | list[str] = ()) -> dict:
    """The shared filter values as bound parameters for `queries.run`, less the parameters named in `without`
    (for a query that does not take them, e.g. a ranking of every province)."""
    first, last = month_bounds(self.start, self.end)
    out = {s.field: list(getattr(self, s.field)) for s in LIST_FILTERS} | {"start": first, "end": last}
    unknown = set(without) - set(out)
    if unknown:
        raise KeyError(f"not a filter parameter: {sorted(unknown)}")
    return {k: v for k, v in out.items() if k not in without}


def _replace(self, **changes) -> Filters:
    return dataclasses.replace(self, **changes)


def _of(cls, values) -> Filters:
    """The filters held by any object with the same fields (e.g. an export's selection)."""
    return cls(**{f.name: getattr(values, f.name) for f in dataclasses.fields(cls)})


def _is_national(self) -> bool:
    return not any(getattr(self, s.field) for s in LIST_FILTERS)


# The shared filters in force; `start` and `end` are months ('YYYY-MM') inside the data's range, and there is a
# tuple field per list filter.
Filters = dataclasses.make_dataclass(
    "Filters",
    [("start", str), ("end", str), *((s.field, tuple[str, ...], dataclasses.field(default=())) for s in LIST_FILTERS)],
    namespace={
        "params": _params,
        "replace": _replace,
        "of": classmethod(_of),
        "is_national": property(_is_national),
        "__module__": __name__,
    },
    frozen=True,
    kw_only=True,
)
