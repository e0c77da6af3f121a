"""Case search arithmetic: the filing window a search allows, and its pages."""

from __future__ import annotations

import datetime as dt
import math

PER_PAGE = 50


def filing_window(year: int | None, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date] | None:
    """The filing dates a search covers: the chosen range, narrowed to the case number's year; None when empty."""
    if year is not None:
        first, last = max(first, dt.date(year, 1, 1)), min(last, dt.date(year, 12, 31))
    return (first, last) if first <= last else None


def n_pages(total: int, per_page: int = PER_PAGE) -> int:
    return max(1, math.ceil(total / per_page))


def offset(page: int, total: int, per_page: int = PER_PAGE) -> int:
    """The first row of `page` (1-based), kept within the pages there are."""
    return (min(max(page, 1), n_pages(total, per_page)) - 1) * per_page
