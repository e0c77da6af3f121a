"""The pure shaping behind the charts and cards, on small hand-written frames with the expected values worked out
by hand: trailing windows and stocks, regraining, and the rates per 10,000 cases by debtor type.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import noncompliance as nc
from analysis.frames import regrain, trailing, value_at

D = dt.date


def monthly(values: dict[dt.date, int], column: str = "n") -> pl.DataFrame:
    return pl.DataFrame(
        {"month": list(values), column: list(values.values())}, schema={"month": pl.Date, column: pl.Int64}
    )


# One event a month, 2 to the power of the month's index from 2022-01: every sum names the months in it.
POWERS = monthly({D(2022 + i // 12, i % 12 + 1, 1): 2**i for i in range(36)})


def months_in(total: float) -> list[str]:
    return [f"{2022 + i // 12}-{i % 12 + 1:02d}" for i in range(36) if int(total) >> i & 1]


@pytest.mark.parametrize(
    ("end", "since", "months", "now", "before"),
    [
        # Twelve months to 2024-08: 2023-09 .. 2024-08; the year before 2022-09 .. 2023-08.
        (D(2024, 8, 1), D(2022, 1, 1), 12, ("2023-09", "2024-08"), ("2022-09", "2023-08")),
        # The end may be any day of its month.
        (D(2024, 8, 31), D(2022, 1, 1), 12, ("2023-09", "2024-08"), ("2022-09", "2023-08")),
        # A quarter: 2024-04 .. 2024-06 against 2023-04 .. 2023-06.
        (D(2024, 6, 1), D(2022, 1, 1), 3, ("2024-04", "2024-06"), ("2023-04", "2023-06")),
        # The earlier window starts exactly where the data do: still covered.
        (D(2023, 12, 1), D(2022, 1, 1), 12, ("2023-01", "2023-12"), ("2022-01", "2022-12")),
        # One month short of it: not covered.
        (D(2023, 12, 1), D(2022, 2, 1), 12, ("2023-01", "2023-12"), None),
    ],
)
def test_trailing_windows(end, since, months, now, before):
    got_now, got_before = trailing(POWERS, "n", end, since, months)
    shown = months_in(got_now)
    assert (shown[0], shown[-1], len(shown)) == (*now, months)
    if before is None:
        assert got_before is None
    else:
        earlier = months_in(got_before)
        assert (earlier[0], earlier[-1], len(earlier)) == (*before, months)


def test_trailing_of_an_empty_window_is_zero():
    assert trailing(POWERS, "n", D(2030, 1, 1), D(2022, 1, 1)) == (0.0, 0.0)


def test_value_at_takes_the_last_month_at_or_before():
    stock = monthly({D(2024, 1, 1): 5, D(2024, 3, 1): 7, D(2024, 6, 1): 9}, "n_on_list")
    assert value_at(stock, "n_on_list", D(2024, 3, 31)) == 7.0
    assert value_at(stock, "n_on_list", D(2024, 5, 1)) == 7.0
    assert value_at(stock, "n_on_list", D(2024, 6, 1)) == 9.0
    assert value_at(stock, "n_on_list", D(2023, 12, 31)) is None


def test_regrain_sums_flows_and_takes_stocks_at_the_period_end():
    frame = pl.DataFrame(
        {
            "month": [D(2024, 1, 1), D(2024, 3, 1), D(2024, 4, 1), D(2024, 12, 1), D(2025, 2, 1)],
            "n_listed": [1, 2, 4, 8, 16],
            "n_on_list": [10, 30, 20, 50, 40],
        }
    )
    q = regrain(frame, "quarter", ["n_listed"], lasts=("n_on_list",))
    assert q.rows() == [
        (D(2024, 1, 1), 3, 30, D(2024, 3, 1)),
        (D(2024, 4, 1), 4, 20, D(2024, 4, 1)),
        (D(2024, 10, 1), 8, 50, D(2024, 12, 1)),
        (D(2025, 1, 1), 16, 40, D(2025, 2, 1)),
    ]
    y = regrain(frame.reverse(), "year", ["n_listed"], lasts=("n_on_list",))
    assert y.rows() == [(D(2024, 1, 1), 15, 50, D(2024, 12, 1)), (D(2025, 1, 1), 16, 40, D(2025, 2, 1))]
    assert regrain(frame, "month", ["n_listed"])["n_listed"].to_list() == [1, 2, 4, 8, 16]
    with pytest.raises(ValueError):
        regrain(frame, "week", ["n_listed"])


def test_rates_by_debtor_type_use_their_own_counts():
    rows = pl.DataFrame(
        {
            "month": [D(2024, 1, 1), D(2024, 2, 1), D(2024, 1, 1), D(2024, 7, 1), D(2025, 1, 1)],
            "debtor_type": ["individual", "individual", "company", "company", "company"],
            "n_incidents": [6, 2, 5, 5, 1],
            "n_transferred": [3, 1, 2, 0, 1],
            "n_held_liable": [1, 0, 4, 0, 0],
            "n_complied": [2, 1, 1, 1, 0],
            "n_filed": [1_000, 3_000, 500, 1_500, 0],
        }
    )
    year = nc.debtor_frame(rows, "year")
    # Individuals 2024: 8 incidents, 4 transfers over 4,000 cases -> 20 and 10 per 10,000.
    # Companies 2024: 10 and 2 over 2,000 -> 50 and 10; 2025: no case filed -> no rate.
    assert year.select(
        "period", "debtor_type", "n_incidents", "n_transferred", "n_held_liable", "n_complied", "n_filed"
    ).rows() == [
        (D(2024, 1, 1), "company", 10, 2, 4, 2, 2_000),
        (D(2024, 1, 1), "individual", 8, 4, 1, 3, 4_000),
        (D(2025, 1, 1), "company", 1, 1, 0, 0, 0),
    ]
    assert year["per10k_incidents"].to_list() == [50.0, 20.0, None]
    assert year["per10k_transferred"].to_list() == [10.0, 10.0, None]
    month = nc.debtor_frame(rows, "month")
    assert month.filter(pl.col("debtor_type") == "company")["per10k_transferred"].to_list() == [40.0, 0.0, None]


def test_trend_rates_per_count():
    nc_rows = pl.DataFrame({"month": [D(2024, 1, 1)], "n_incidents": [8], "n_transferred": [4], "n_held_liable": [2]})
    cases = pl.DataFrame({"month": [D(2024, 1, 1)], "n_filed": [1_000]})
    out = nc.trend_frame(nc_rows, cases, "month")
    assert out.select("per10k_incidents", "per10k_transferred", "per10k_held_liable").row(0) == (80.0, 40.0, 20.0)
