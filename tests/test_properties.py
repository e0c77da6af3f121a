"""Properties that hold for every input, checked with Hypothesis: month arithmetic, number formatting read back
to the number it shows, and the period filter's months turned into dates and back.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.months import add_months, last_day, month_bounds, months_spanned
from i18n import numbers
from ui.filters import Filters, month_range

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
SHIFTS = st.integers(min_value=-600, max_value=600)


def index(d: dt.date) -> int:
    """Months since year 0: the arithmetic the tests check against."""
    return d.year * 12 + d.month - 1


# --- month arithmetic ----------------------------------------------------------------------------------------------


@given(DAYS, SHIFTS)
@example(dt.date(2024, 1, 31), 1)
@example(dt.date(2024, 12, 15), 1)
@example(dt.date(2025, 1, 1), -1)
@example(dt.date(2024, 3, 31), -12)
def test_add_months_moves_by_whole_months_to_a_first_day(d, n):
    out = add_months(d, n)
    assert out.day == 1
    assert index(out) == index(d) + n


@given(DAYS, SHIFTS, SHIFTS)
def test_add_months_composes(d, a, b):
    assert add_months(add_months(d, a), b) == add_months(d, a + b)


@given(DAYS)
@example(dt.date(2024, 2, 1))
@example(dt.date(2023, 2, 28))
@example(dt.date(2024, 12, 31))
def test_last_day_is_the_day_before_next_month(d):
    end = last_day(d)
    assert (end.year, end.month) == (d.year, d.month)
    assert (end + dt.timedelta(days=1)).day == 1
    assert end.day in (28, 29, 30, 31)


MONTH = st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1900, 2200), st.integers(1, 12))


@given(MONTH, MONTH)
@example("2024-02", "2024-02")
@example("2023-12", "2024-12")
def test_month_bounds_cover_whole_months(start, end):
    first, last = month_bounds(start, end)
    assert f"{first:%Y-%m}" == start and first.day == 1
    assert f"{last:%Y-%m}" == end and (last + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize(
    ("start", "end", "first", "last"),
    [
        ("2024-02", "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2015-04", "2025-03", dt.date(2015, 4, 1), dt.date(2025, 3, 31)),
        ("2023-01", "2023-12", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2100-02", "2100-02", dt.date(2100, 2, 1), dt.date(2100, 2, 28)),
    ],
)
def test_month_bounds_by_hand(start, end, first, last):
    assert month_bounds(start, end) == (first, last)


# --- numbers read back ---------------------------------------------------------------------------------------------

COUNTS = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False)


def unformat(text: str) -> float:
    return float(text.replace(",", ""))


@given(COUNTS)
@example(0.6)
@example(121_831.5)
@example(-2.7)
@example(99_999.5)
def test_count_rounds_to_the_nearest_whole(v):
    shown = numbers.count(v)
    assert re.fullmatch(r"-?\d{1,3}(,\d{3})*", shown)
    assert abs(unformat(shown) - v) <= 0.5


@pytest.mark.parametrize(("value", "expected"), [(0.6, "1"), (1_234.7, "1,235"), (-0.7, "-1"), (2.5, "2"), (3.5, "4")])
def test_count_by_hand(value, expected):
    assert numbers.count(value) == expected


UNITS = {"zh": {"万亿": 1e12, "亿": 1e8, "万": 1e4, "": 1}, "en": {"tn": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3, "": 1}}


def read_compact(text: str, lang: str) -> tuple[float, float, int]:
    """(value shown, unit size, decimals) of a compact number."""
    m = re.fullmatch(r"(-?[\d,]+(?:\.(\d+))?)(万亿|亿|万|tn|bn|m|k)?", text)
    assert m, text
    size = UNITS[lang][m.group(3) or ""]
    return unformat(m.group(1)) * size, size, len(m.group(2) or "")


@given(COUNTS, st.sampled_from(["zh", "en"]))
@example(12_345.0, "zh")
@example(9_999.6, "zh")
@example(999.5, "en")
@example(1_254_999.0, "en")
@example(2_445_001.0, "zh")
def test_compact_reads_back_within_half_its_last_digit(v, lang):
    shown, size, decimals = read_compact(numbers.compact(v, lang), lang)
    assert math.isclose(abs(shown - v), 0, abs_tol=0.5 * size * 10**-decimals * (1 + 1e-9))
    # The unit is the largest that the number reaches.
    larger = [s for s in UNITS[lang].values() if s > size]
    assert all(abs(v) < s for s in larger)
    if size > 1:
        assert abs(v) >= size


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1_254_999, "en", "1.25m"),
        (1_255_001, "en", "1.26m"),
        (35_001, "zh", "3.5万"),
        (35_499, "zh", "3.5万"),
        (35_501, "zh", "3.6万"),
        (2_445_001, "en", "2.45m"),
        (9_999.6, "en", "10.0k"),
        (999.6, "en", "1,000"),
        (9_999.4, "zh", "9,999"),
        (-12_345, "zh", "-1.2万"),
        (-1_500, "en", "-1.5k"),
    ],
)
def test_compact_rounds_rather_than_truncates(value, lang, expected):
    assert numbers.compact(value, lang) == expected


@given(st.floats(min_value=-100, max_value=100, allow_nan=False), st.booleans(), st.integers(0, 3))
@example(0.0906, True, 1)
@example(-0.00049, True, 1)
def test_pct_reads_back(v, signed, digits):
    shown = numbers.pct(v, signed=signed, digits=digits)
    assert shown.endswith("%")
    if signed:
        assert shown[0] in "+-"
    number = float(shown[:-1])
    assert abs(number / 100 - v) <= 0.5 * 10**-digits / 100 * (1 + 1e-9) + 1e-12
    assert len(shown[:-1].split(".")[1]) == digits if digits else "." not in shown


@given(st.floats(min_value=-1e14, max_value=1e14, allow_nan=False), st.sampled_from(["zh", "en"]))
def test_yuan_is_the_compact_amount_with_its_currency(v, lang):
    shown = numbers.yuan(v, lang)
    if lang == "zh":
        assert shown == numbers.compact(v, "zh") + "元"
    else:
        assert shown == ("-¥" if v < 0 else "¥") + numbers.compact(abs(v), "en")


@pytest.mark.parametrize("fn", [numbers.count, numbers.compact, numbers.yuan, numbers.pct])
def test_missing_values_show_a_dash(fn):
    assert fn(None) == "—" and fn(float("nan")) == "—"


# --- the period filter: months in the URL to dates for the queries, and back -----------------------------------------


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
)
@settings(max_examples=50)
@example(dt.date(2024, 1, 31), dt.date(2024, 2, 1))
@example(dt.date(2013, 10, 1), dt.date(2025, 4, 30))
def test_the_period_filter_offers_every_month_once(a, b):
    first, last = min(a, b), max(a, b)
    shown = month_range(first, last)
    assert len(shown) == months_spanned(first, last)
    assert shown[0] == f"{first:%Y-%m}" and shown[-1] == f"{last:%Y-%m}"
    assert all(index(month_bounds(m, m)[0]) + 1 == index(month_bounds(n, n)[0]) for m, n in zip(shown, shown[1:]))


@given(MONTH, MONTH)
def test_a_period_reaches_the_queries_as_whole_months_and_reads_back(a, b):
    start, end = sorted((a, b))
    params = Filters(start=start, end=end).params()
    assert (f"{params['start']:%Y-%m}", f"{params['end']:%Y-%m}") == (start, end)
    assert params["start"].day == 1 and (params["end"] + dt.timedelta(days=1)).day == 1
    assert month_range(params["start"], params["end"])[0] == start
    assert month_range(params["start"], params["end"])[-1] == end
