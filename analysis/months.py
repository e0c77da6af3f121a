"""Month arithmetic, written once: the data are monthly, and every period is a run of whole months."""

from __future__ import annotations

import datetime as dt

GRAIN_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month `n` months from `d`'s month."""
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def last_day(month: dt.date) -> dt.date:
    """The last day of `month`'s month."""
    return add_months(month, 1) - dt.timedelta(days=1)


def parse_month(text: str) -> dt.date:
    """'2020-01' -> 2020-01-01."""
    year, month = map(int, text.split("-"))
    return dt.date(year, month, 1)


def month_bounds(start: str, end: str) -> tuple[dt.date, dt.date]:
    """'2020-01', '2020-12' -> the first day of the first month and the last day of the last."""
    return parse_month(start), last_day(parse_month(end))


def months_spanned(first: dt.date, last: dt.date) -> int:
    """How many calendar months [first, last] touches, both ends counted."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def period_end(d: dt.date, grain: str) -> dt.date:
    """The last day of the month, quarter or year that starts on `d`."""
    return add_months(d, GRAIN_MONTHS[grain]) - dt.timedelta(days=1)


def last_complete_month(as_of: dt.date) -> dt.date:
    """The first day of the last month that `as_of` covers in full."""
    month = as_of.replace(day=1)
    return month if as_of == last_day(month) else add_months(month, -1)


def quarter_of(month: dt.date) -> int:
    return (month.month - 1) // 3 + 1


def quarter_label(month: dt.date) -> str:
    """'2024 Q3' for any day of the third quarter of 2024."""
    return f"{month.year} Q{quarter_of(month)}"


def last_quarter_end(month: dt.date) -> dt.date:
    """The first day of the last month of the latest quarter that has ended by `month` (inclusive)."""
    return month if month.month % 3 == 0 else add_months(month, -(month.month % 3))


def period_label(d: dt.date, grain: str) -> str:
    """'2024', '2024 Q1' or '2024-01' for the period that starts on `d`."""
    if grain == "year":
        return str(d.year)
    if grain == "quarter":
        return quarter_label(d)
    return f"{d:%Y-%m}"
