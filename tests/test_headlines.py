"""The overview's headlines: each appears exactly when the data bear it out, with the right year, direction and
figure. The frames are built by hand so that every branch is taken; the expected sentences are written out.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis.headlines import held_liable_change, list_first_fall, removals_exceed_entries

D = dt.date


def stocks(by_year: dict[int, int], last_month: int = 12) -> pl.DataFrame:
    """A monthly dishonest frame whose December stock is `by_year[y]`; June holds a larger number, so that a
    headline reading any month but the year's last would come out different."""
    rows = []
    years = sorted(by_year)
    for y in years:
        rows.append((D(y, 6, 1), by_year[y] + 1_000))
        if y != years[-1] or last_month == 12:
            rows.append((D(y, 12, 1), by_year[y]))
        else:
            rows[-1] = (D(y, last_month, 1), by_year[y])
    return pl.DataFrame(rows, schema={"month": pl.Date, "n_on_list": pl.Int64}, orient="row")


RISE = {2017: 100, 2018: 110, 2019: 120, 2020: 130, 2021: 140, 2022: 150}


@pytest.mark.parametrize(
    ("by_year", "expected"),
    [
        # Five rises (2018-2022), then 2023 falls 150 -> 120: -20.0%.
        ({**RISE, 2023: 120}, "2023: the number on the dishonest list fell for the first time in 5 years (-20.0%)"),
        # ... and falls again in 2024, 120 -> 90: -25.0%.
        (
            {**RISE, 2023: 120, 2024: 90},
            "2023: the number on the dishonest list fell for the first time in 5 years (-20.0%); it fell again in 2024 "
            "(-25.0%).",
        ),
        # A rise after the fall is not a second fall.
        (
            {**RISE, 2023: 120, 2024: 130},
            "2023: the number on the dishonest list fell for the first time in 5 years (-20.0%)",
        ),
        # Level after the fall is not a second fall either.
        (
            {**RISE, 2023: 120, 2024: 120},
            "2023: the number on the dishonest list fell for the first time in 5 years (-20.0%)",
        ),
        # Six rises.
        (
            {2016: 90, **RISE, 2023: 149},
            "2023: the number on the dishonest list fell for the first time in 6 years (-0.7%)",
        ),
    ],
)
def test_first_fall_after_a_long_rise(by_year, expected):
    assert list_first_fall(stocks(by_year), "en") == expected


@pytest.mark.parametrize(
    "by_year",
    [
        {2018: 110, 2019: 120, 2020: 130, 2021: 140, 2022: 150, 2023: 120},  # only four rises
        {**RISE},  # no fall at all
        {2017: 100, 2018: 90, 2019: 120, 2020: 130, 2021: 140, 2022: 150, 2023: 160, 2024: 150},  # an early fall
        {**RISE, 2020: 120, 2023: 140},  # a level year breaks the run
        {2016: 100, 2017: 100, 2018: 110, 2019: 120, 2020: 130, 2021: 140, 2022: 150, 2023: 140},  # level at the start
    ],
)
def test_no_first_fall(by_year):
    assert list_first_fall(stocks(by_year), "en") is None


def test_a_partial_year_is_not_a_year_end():
    # 2023 ends in September: its stock is not a year-end stock, so no fall is announced.
    assert list_first_fall(stocks({**RISE, 2023: 120}, last_month=9), "en") is None


def test_first_fall_in_chinese():
    assert (
        list_first_fall(stocks({**RISE, 2023: 120, 2024: 90}), "zh")
        == "2023年：失信名单在册人数5年来首次下降（-20.0%），2024年再降（-25.0%）。"
    )


def flows(quarters: list[tuple[int, int]], first: dt.date = D(2023, 1, 1), months: int | None = None) -> pl.DataFrame:
    """Three months per quarter: (listed, removed) of each quarter split so that its first month has all the
    removals and its last month all the entries; only the quarter's sum says which is larger."""
    rows = []
    for q, (listed, removed) in enumerate(quarters):
        y, m = divmod(first.month - 1 + 3 * q, 12)
        base = D(first.year + y, m + 1, 1)
        rows += [
            (base, 0, removed),
            (base.replace(month=base.month + 1), 0, 0),
            (base.replace(month=base.month + 2), listed, 0),
        ]
    if months is not None:
        rows = rows[:months]
    return pl.DataFrame(rows, schema={"month": pl.Date, "n_listed": pl.Int64, "n_removed": pl.Int64}, orient="row")


@pytest.mark.parametrize(
    ("quarters", "expected"),
    [
        # 2023 Q1 .. 2024 Q2; the last two exceed.
        (
            [(10, 5), (10, 5), (10, 12), (10, 10), (10, 11), (10, 20)],
            "Removals from the list have exceeded new entries for 2 quarters in a row to 2024 Q2.",
        ),
        # Four in a row to 2023 Q4.
        (
            [(1, 2), (1, 2), (1, 2), (1, 2)],
            "Removals from the list have exceeded new entries for 4 quarters in a row to 2023 Q4.",
        ),
        # An equal quarter ends a run: two in a row to 2023 Q4, not four.
        (
            [(1, 2), (5, 5), (1, 2), (1, 2)],
            "Removals from the list have exceeded new entries for 2 quarters in a row to 2023 Q4.",
        ),
        # Two in a row to 2023 Q3.
        (
            [(5, 5), (1, 2), (1, 2)],
            "Removals from the list have exceeded new entries for 2 quarters in a row to 2023 Q3.",
        ),
    ],
)
def test_removals_exceed_entries(quarters, expected):
    assert removals_exceed_entries(flows(quarters), "en") == expected


@pytest.mark.parametrize(
    "quarters",
    [
        [(10, 20), (10, 5), (10, 11)],  # a run of one is not news
        [(10, 20), (10, 20), (10, 10)],  # the latest quarter only equals
        [(10, 20), (10, 20), (10, 9)],  # the latest quarter falls short
    ],
)
def test_no_removals_headline(quarters):
    assert removals_exceed_entries(flows(quarters), "en") is None


def test_an_incomplete_quarter_is_left_out():
    # 2023 Q1-Q3 exceed; Q4 has only October and November (which would break the run): the run ends at Q3.
    frame = flows([(1, 2), (1, 2), (1, 2), (9, 0)], months=11)
    assert (
        removals_exceed_entries(frame, "en")
        == "Removals from the list have exceeded new entries for 3 quarters in a row to 2023 Q3."
    )
    assert removals_exceed_entries(frame, "zh") == "截至2023 Q3，失信名单删除数已连续3个季度超过新增数。"


def held(by_year: dict[int, int], last_month: int = 12) -> pl.DataFrame:
    """Persons held liable per month: each year's total split between March and its last month."""
    rows = []
    years = sorted(by_year)
    for y in years:
        end = last_month if y == years[-1] else 12
        rows += [(D(y, 3, 1), by_year[y] // 4), (D(y, end, 1), by_year[y] - by_year[y] // 4)]
    return pl.DataFrame(rows, schema={"month": pl.Date, "n_held_liable": pl.Int64}, orient="row")


@pytest.mark.parametrize(
    ("by_year", "lang", "expected"),
    [
        ({2023: 4_000, 2024: 5_000}, "en", "2024: 5,000 persons held criminally liable, +25.0% on the year before."),
        ({2023: 4_000, 2024: 5_000}, "zh", "2024年追究刑事责任5,000人，比上年增加25.0%。"),
        ({2023: 8_000, 2024: 6_000}, "en", "2024: 6,000 persons held criminally liable, -25.0% on the year before."),
        ({2023: 8_000, 2024: 6_000}, "zh", "2024年追究刑事责任6,000人，比上年减少25.0%。"),
        # Only the last two complete years count.
        (
            {2022: 100, 2023: 4_000, 2024: 4_600},
            "en",
            "2024: 4,600 persons held criminally liable, +15.0% on the year before.",
        ),
        # Exactly 10% more or fewer is reported (900 / 1000 - 1 is -0.0999... in floating point).
        ({2023: 1_000, 2024: 1_100}, "en", "2024: 1,100 persons held criminally liable, +10.0% on the year before."),
        ({2023: 1_000, 2024: 900}, "en", "2024: 900 persons held criminally liable, -10.0% on the year before."),
        ({2023: 1_000, 2024: 900}, "zh", "2024年追究刑事责任900人，比上年减少10.0%。"),
        ({2023: 10, 2024: 9}, "en", "2024: 9 persons held criminally liable, -10.0% on the year before."),
    ],
)
def test_held_liable_change(by_year, lang, expected):
    assert held_liable_change(held(by_year), lang) == expected


@pytest.mark.parametrize(
    "frame",
    [
        held({2023: 1_000, 2024: 1_050}),  # 5%: not a headline
        held({2023: 1_000, 2024: 950}),  # -5%
        held({2023: 1_000, 2024: 1_099}),  # 9.9%: just short
        held({2023: 1_000, 2024: 901}),  # -9.9%
        held({2024: 1_000}),  # one year only
        held({2023: 0, 2024: 1_000}),  # no base year
        held({2023: 1_000, 2024: 3_000}, last_month=6),  # 2024 incomplete: one complete year
    ],
)
def test_no_held_liable_headline(frame):
    assert held_liable_change(frame, "en") is None


def test_partial_year_left_out_of_the_comparison():
    # 2025 has only January to June: 2024 is compared with 2023 (4,000 -> 5,000).
    frame = pl.concat([held({2023: 4_000, 2024: 5_000}), held({2025: 100}, last_month=6)])
    assert held_liable_change(frame, "en") == "2024: 5,000 persons held criminally liable, +25.0% on the year before."
