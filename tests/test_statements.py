"""Statements about history are judged on the data's whole history, whatever window is shown, and each rule's
boundaries (a flat year, a missing year, one year, a run of one) give the sentence a hand count gives.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import polars as pl
import pytest

import charts
from analysis import dishonest as shape
from analysis.headlines import list_first_fall, removals_exceed_entries
from figures import dishonest as figs
from shared_filters import Filters

D = dt.date
REASONS = list(shape.REASON_COLUMNS)


def year_ends(stocks: dict[int, int]) -> pl.DataFrame:
    """December rows only: the stock at each year's end (flows zero)."""
    frame = pl.DataFrame(
        [(D(y, 12, 1), 0, 0, s) for y, s in stocks.items()],
        schema=["month", "n_listed", "n_removed", "n_on_list"],
        orient="row",
    )
    return frame.with_columns(
        *[pl.lit(0, dtype=pl.Int64).alias(c) for c in REASONS],
        (pl.col("n_listed") - pl.col("n_removed")).alias("n_net"),
    )


def falls_of(stocks: dict[int, int], end: dt.date = D(2030, 12, 31)) -> list[tuple[int, int, bool]]:
    return [(f["year"], f["rises_before"], f["again"]) for f in shape.year_end_falls(year_ends(stocks), end)]


# (year-end stocks, expected (year, rises before, again)), worked out by hand.
CASES = [
    # Ten rises then two falls: the first fall after ten years, then again.
    (
        {y: 100 + (y - 2013) * 10 for y in range(2013, 2024)} | {2024: 190, 2025: 180},
        [(2024, 10, False), (2025, 0, True)],
    ),
    # A flat year ends the run: only 2022's rise precedes the fall.
    ({2019: 5, 2020: 6, 2021: 6, 2022: 7, 2023: 4}, [(2023, 1, False)]),
    # Equal to the year before is no fall.
    ({2020: 5, 2021: 6, 2022: 6}, []),
    # One year: nothing to compare with.
    ({2024: 5}, []),
    # A fall in the data's second year follows no rise it can see.
    ({2023: 9, 2024: 8}, [(2024, 0, False)]),
    # A year missing from the data: neither the rise nor the fall across it can be read.
    ({2018: 1, 2019: 2, 2021: 3, 2022: 1}, [(2022, 0, False)]),
    ({2018: 1, 2019: 2, 2021: 1}, []),
]


@pytest.mark.parametrize(("stocks", "expected"), CASES)
def test_year_end_falls_at_the_rules_boundaries(stocks, expected):
    assert falls_of(stocks) == expected


@pytest.mark.parametrize(
    ("fall", "expected"),
    [
        (
            {"year": 2024, "change": -0.036, "rises_before": 10, "again": False},
            "End 2024: first fall after 10 years of rises (-3.6%)",
        ),
        (
            {"year": 2024, "change": -0.036, "rises_before": 1, "again": False},
            "End 2024: fell after a year of rise (-3.6%)",
        ),
        ({"year": 2024, "change": -0.036, "rises_before": 0, "again": False}, "End 2024: fell (-3.6%)"),
        ({"year": 2025, "change": -0.05, "rises_before": 0, "again": True}, "End 2025: fell again (-5.0%)"),
    ],
)
def test_a_fall_is_named_by_what_came_before_it(fall, expected):
    assert figs.fall_text(fall, "en") == expected


def test_never_zero_years_of_rises():
    for stocks, _ in CASES:
        for fall in shape.year_end_falls(year_ends(stocks), D(2030, 12, 31)):
            assert "after 0 years" not in figs.fall_text(fall, "en")


def test_the_overview_headline_is_the_same_for_a_window_inside_the_history():
    whole = year_ends({y: 100 + (y - 2013) * 10 for y in range(2013, 2024)} | {2024: 190, 2025: 180})
    text = list_first_fall(whole, "en")
    assert (
        text
        == "2024: the number on the dishonest list fell for the first time in 10 years (-5.0%); it fell again in 2025 (-5.3%)."
    )
    # The same two years cut out of the history say nothing: a window cannot bear out "ten years".
    assert list_first_fall(whole.filter(pl.col("month") >= D(2024, 1, 1)), "en") is None


def test_removals_run_counts_back_through_the_window_start():
    # Removals exceed entries in every quarter from 2023 Q1 to 2024 Q4: eight quarters, whatever window is shown.
    rows = []
    for y in (2022, 2023, 2024):
        for m in range(1, 13):
            removed = 5 if y >= 2023 else 1
            rows.append((D(y, m, 1), 3, removed, 0))
    frame = pl.DataFrame(rows, schema=["month", "n_listed", "n_removed", "n_on_list"], orient="row")
    assert removals_exceed_entries(frame, "en") == (
        "Removals from the list have exceeded new entries for 8 quarters in a row to 2024 Q4."
    )
    q = shape.quarterly(
        frame.with_columns(*[pl.lit(0).alias(c) for c in REASONS], pl.lit(0).alias("n_net")),
        D(2024, 1, 1),
        D(2024, 12, 31),
    )
    whole = shape.quarterly(
        frame.with_columns(*[pl.lit(0).alias(c) for c in REASONS], pl.lit(0).alias("n_net")),
        D(2022, 1, 1),
        D(2024, 12, 31),
    )
    assert shape.runs_into(shape.exceed_runs(whole), q) == [("2023 Q1", "2024 Q4", 8)]


# --- On generated data: the annotation of a year-end fall is the same for every window that shows it ---------------


def year_end_stocks_by_sql(data) -> dict[int, int]:
    """The number on the list at each 31 December, counted from the listings themselves."""
    con = duckdb.connect()
    rows = con.execute(
        f"""
        with years as (select unnest(range(2013, 2026)) as year),
        entries as (select listed_date, removed_date from read_parquet('{data}/dishonest_list/*/*.parquet'))
        select year, count(*) filter (
            where listed_date <= make_date(year, 12, 31) and (removed_date is null or removed_date > make_date(year, 12, 31))
        )
        from years, entries group by year order by year
        """
    ).fetchall()
    return dict(rows)


def annotations(sel: Filters, grain: str = "year") -> list[str]:
    ex = charts.build("dishonest-stock", sel, "en", dl_grain=grain)
    return [a.text for a in ex.fig.layout.annotations if a.text.startswith("End ")]


def test_the_stock_annotation_is_judged_on_the_whole_history(on_generated):
    stocks = year_end_stocks_by_sql(on_generated)
    years = sorted(stocks)
    falls = [y for y in years[1:] if stocks[y] < stocks[y - 1]]
    assert falls, "the generated data should hold a year-end fall"
    year = falls[0]
    run = 0
    for y in range(year - 1, years[0], -1):
        if stocks[y] > stocks[y - 1]:
            run += 1
        else:
            break
    change = stocks[year] / stocks[year - 1] - 1
    expected = f"End {year}: first fall after {run} years of rises ({change:+.1%})"
    whole = annotations(Filters(start="2013-01", end="2025-12"))
    assert expected in whole
    for start in (f"{year - 1}-01", f"{year}-01", f"{year}-12"):
        for grain in ("year", "quarter", "month"):
            shown = annotations(Filters(start=start, end="2025-12"), grain)
            assert expected in shown, (start, grain, shown)
