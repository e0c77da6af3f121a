"""Day arithmetic and the court calendar (weekdays, public holidays, Spring Festival, seasonality)
that shapes when cases are filed and measures are taken.

Days are counted from 2013-01-01 (day 0) in int16/int32 arrays; `to_date32` turns them into the
days-since-1970 values that arrow's date32 stores.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

DAY0 = dt.date(2013, 1, 1)
AS_OF = dt.date(2025, 12, 31)
EPOCH_OFFSET = (DAY0 - dt.date(1970, 1, 1)).days
N_DAYS = (AS_OF - DAY0).days + 1
YEARS = tuple(range(2013, 2026))
N_MONTHS = 12 * len(YEARS)
NULL_DAY = np.int16(32767)  # "no date" in the compact int16 day arrays

# Lunar New Year's Day; courts close for about a week around it and work slowly the week after.
SPRING_FESTIVAL = {
    2013: dt.date(2013, 2, 10),
    2014: dt.date(2014, 1, 31),
    2015: dt.date(2015, 2, 19),
    2016: dt.date(2016, 2, 8),
    2017: dt.date(2017, 1, 28),
    2018: dt.date(2018, 2, 16),
    2019: dt.date(2019, 2, 5),
    2020: dt.date(2020, 1, 25),
    2021: dt.date(2021, 2, 12),
    2022: dt.date(2022, 2, 1),
    2023: dt.date(2023, 1, 22),
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
}


def day(d: dt.date) -> int:
    return (d - DAY0).days


def date_of(d: int) -> dt.date:
    return DAY0 + dt.timedelta(days=int(d))


def to_date32(days: np.ndarray) -> np.ndarray:
    return days.astype(np.int32) + EPOCH_OFFSET


_dates = np.arange(np.datetime64("2013-01-01"), np.datetime64("2026-01-01"))
WEEKDAY = ((_dates.astype(np.int64) + 3) % 7).astype(np.int8)  # 0 = Monday
YEAR_OF_DAY = (_dates.astype("datetime64[Y]").astype(np.int64) + 1970).astype(np.int16)
MONTH_OF_DAY = (
    (YEAR_OF_DAY.astype(np.int64) - 2013) * 12 + (_dates.astype("datetime64[M]").astype(np.int64) % 12)
).astype(np.int16)
MONTH_START = np.array([day(dt.date(2013 + m // 12, m % 12 + 1, 1)) for m in range(N_MONTHS + 1)], np.int32)
YEAR_START = {y: day(dt.date(y, 1, 1)) for y in range(2013, 2027)}


def month_index(d: dt.date) -> int:
    return (d.year - 2013) * 12 + d.month - 1


def _holiday_factor() -> np.ndarray:
    f = np.ones(N_DAYS)
    for y in YEARS:
        sf = day(SPRING_FESTIVAL[y])
        f[max(sf - 3, 0) : sf + 7] *= 0.08
        f[max(sf + 7, 0) : sf + 14] *= 0.6
        f[day(dt.date(y, 1, 1))] *= 0.1
        f[day(dt.date(y, 4, 4)) : day(dt.date(y, 4, 7))] *= 0.3
        f[day(dt.date(y, 5, 1)) : day(dt.date(y, 5, 4 if y < 2020 else 6))] *= 0.1
        f[day(dt.date(y, 10, 1)) : day(dt.date(y, 10, 8))] *= 0.08
    # The first pandemic spring: courts largely closed in February and reopened through March.
    f[day(dt.date(2020, 2, 1)) : day(dt.date(2020, 3, 1))] *= 0.3
    f[day(dt.date(2020, 3, 1)) : day(dt.date(2020, 4, 1))] *= 0.7
    return f


HOLIDAY = _holiday_factor()
_WEEKDAY_FILING = np.array([1.06, 1.0, 1.0, 0.99, 0.93, 0.06, 0.04])
_WEEKDAY_ACTION = np.array([1.0, 1.0, 1.0, 1.0, 0.95, 0.22, 0.14])
# Month of year: filings pile up in the first quarter after the holidays and slow down in the
# last weeks of the year, when courts push to conclude rather than open cases.
_MONTH_FILING = np.array([1.06, 1.0, 1.10, 1.04, 1.0, 1.04, 1.02, 0.98, 1.0, 0.96, 1.0, 0.88])
# Coercive measures cluster in the year-end push (concluding cases before 31 December).
MONTH_ACTION = np.array([0.90, 0.72, 1.0, 1.0, 1.0, 1.05, 1.0, 0.98, 1.0, 0.95, 1.08, 1.25])

_MOY = (MONTH_OF_DAY % 12).astype(np.int64)
FILING_WEIGHT = _WEEKDAY_FILING[WEEKDAY] * HOLIDAY * _MONTH_FILING[_MOY]
ACTION_WEIGHT = _WEEKDAY_ACTION[WEEKDAY] * np.sqrt(HOLIDAY)


def days_in_range(start: int, end: int, n: int, rng: np.random.Generator, weight: np.ndarray) -> np.ndarray:
    """n sorted day numbers in [start, end) drawn with the given day weights."""
    if n <= 0 or end <= start:
        return np.empty(0, np.int16)
    w = weight[start:end]
    counts = rng.multinomial(n, w / w.sum())
    return np.repeat(np.arange(start, end, dtype=np.int16), counts)
