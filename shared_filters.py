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


# The default period when none is given (an export or a link made without one).
FIRST_MONTH, LAST_MONTH = "2013-01", "2025-12"


@dataclasses.dataclass(frozen=True, kw_only=True)
class Filters:
    """The shared filters in force: the one filter set every page, export and query receives.

    `start` and `end` are months ('YYYY-MM'); each list filter in `SPECS` is a tuple field of the same name
    (a test keeps the fields and `SPECS` equal). It reaches SQL as one bound STRUCT, `$filters`, through
    `filters()`; the period as `$start` and `$end` (the first and last day of its months) through `params()`.
    """

    provinces: tuple[str, ...] = ()
    start: str = FIRST_MONTH
    end: str = LAST_MONTH
    levels: tuple[str, ...] = ()
    case_types: tuple[str, ...] = ()
    debtor_types: tuple[str, ...] = ()

    def dims(self) -> dict[str, list[str]]:
        """The list filters as the `$filters` STRUCT's fields (an empty list: no filter)."""
        return {s.field: list(getattr(self, s.field)) for s in LIST_FILTERS}

    def params(self) -> dict:
        """The bound parameters of a query over the selected period: `filters`, `start` and `end`."""
        first, last = month_bounds(self.start, self.end)
        return {"filters": self.dims(), "start": first, "end": last}

    def replace(self, **changes) -> Filters:
        return dataclasses.replace(self, **changes)

    def everywhere(self) -> Filters:
        """The same filters for every province (a ranking or a map of all provinces)."""
        return dataclasses.replace(self, provinces=())

    @property
    def is_national(self) -> bool:
        return not any(getattr(self, s.field) for s in LIST_FILTERS)

    def query(self, lang: str) -> dict[str, str]:
        """The URL parameters that reproduce this selection, named as the dashboard names them.

        The period is always written out, so the link means the same even when the data grows."""
        out = {"lang": lang}
        for spec in LIST_FILTERS:
            if getattr(self, spec.field):
                out[spec.url] = ",".join(getattr(self, spec.field))
        out["from"], out["to"] = self.start, self.end
        return out
