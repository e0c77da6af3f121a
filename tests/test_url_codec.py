"""The shared filters' URL values read and written: tables worked out by hand for each way a value can be wrong,
and round trips (Hypothesis) from the filters to the URL and back.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from analysis.url_codec import read_list, read_period, write_list, write_period
from shared_filters import PERIOD, month_range

KEYS = PERIOD.url
MONTHS = ("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06")
PROVINCES = ("110000", "230000", "620000")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, (None, [])),
        ("", (None, [])),
        ("620000", (["620000"], [])),
        # The URL's order is kept, not the vocabulary's.
        ("620000,110000", (["620000", "110000"], [])),
        ("620000,999999,110000", (["620000", "110000"], ["prov=999999"])),
        # A repeated value is kept once and the repeat is reported.
        ("620000,620000", (["620000"], ["prov=620000"])),
        # Nothing valid: the filter is set, to nothing chosen.
        ("999999", ([], ["prov=999999"])),
        ("620000,", (["620000"], ["prov="])),
    ],
)
def test_read_list(raw, expected):
    assert read_list("prov", raw, PROVINCES) == expected


@pytest.mark.parametrize(("values", "expected"), [((), None), (("620000",), "620000"), (("a", "b"), "a,b")])
def test_write_list(values, expected):
    assert write_list(values) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ("2024-01", "2024-06", [])),
        ({"from": "2024-02"}, ("2024-02", "2024-06", [])),
        ({"to": "2024-05"}, ("2024-01", "2024-05", [])),
        # The data's first and last months are inside the range; a single month is a period.
        ({"from": "2024-01", "to": "2024-01"}, ("2024-01", "2024-01", [])),
        ({"from": "2024-06", "to": "2024-06"}, ("2024-06", "2024-06", [])),
        # A month before or after the data falls back to the data's end on that side.
        ({"from": "2023-12"}, ("2024-01", "2024-06", ["from=2023-12"])),
        ({"to": "2024-07"}, ("2024-01", "2024-06", ["to=2024-07"])),
        ({"from": "junk", "to": "2024-03"}, ("2024-01", "2024-03", ["from=junk"])),
        ({"from": "2024-04", "to": "2024-6"}, ("2024-04", "2024-06", ["to=2024-6"])),
        ({"from": "x", "to": "y"}, ("2024-01", "2024-06", ["from=x", "to=y"])),
        # Reversed: the whole range, with the pair reported.
        ({"from": "2024-05", "to": "2024-02"}, ("2024-01", "2024-06", ["from=2024-05>to=2024-02"])),
        ({"from": "2024-03", "to": "2024-02"}, ("2024-01", "2024-06", ["from=2024-03>to=2024-02"])),
    ],
)
def test_read_period(query, expected):
    assert read_period(query, MONTHS, KEYS) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-01", "2024-06", {}),
        ("2024-02", "2024-06", {"from": "2024-02"}),
        ("2024-01", "2024-05", {"to": "2024-05"}),
        ("2024-03", "2024-03", {"from": "2024-03", "to": "2024-03"}),
    ],
)
def test_write_period(start, end, expected):
    assert write_period(start, end, MONTHS, KEYS) == expected


def test_the_period_keys_are_the_ones_given():
    assert read_period({"a": "2024-02", "b": "2024-01"}, MONTHS, ("a", "b"))[2] == ["a=2024-02>b=2024-01"]
    assert write_period("2024-02", "2024-03", MONTHS, ("a", "b")) == {"a": "2024-02", "b": "2024-03"}


DATA_MONTHS = st.builds(
    lambda first, n: month_range(first, first + dt.timedelta(days=31 * n)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(min_value=0, max_value=150),
)


@given(DATA_MONTHS, st.data())
@example(MONTHS, None)
def test_a_period_written_to_the_url_reads_back(months, data):
    if data is None:
        i, j = 0, len(months) - 1
    else:
        i = data.draw(st.integers(0, len(months) - 1))
        j = data.draw(st.integers(i, len(months) - 1))
    query = write_period(months[i], months[j], months, KEYS)
    assert read_period(query, months, KEYS) == (months[i], months[j], [])
    assert len(query) == (i != 0) + (j != len(months) - 1)


@given(DATA_MONTHS, st.text(max_size=8), st.text(max_size=8))
def test_any_url_gives_a_period_inside_the_data(months, a, b):
    start, end, dropped = read_period({"from": a, "to": b}, months, KEYS)
    assert start in months and end in months and start <= end
    assert (dropped == []) == (a in months and b in months and a <= b)


@given(st.permutations(PROVINCES), st.integers(0, len(PROVINCES)))
def test_a_list_written_to_the_url_reads_back(order, n):
    values = order[:n]
    assert read_list("prov", write_list(values), PROVINCES) == (list(values) or None, [])
