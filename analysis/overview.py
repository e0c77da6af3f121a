"""The national overview's cards and trends: trailing twelve months against the year before, the stock on the
list, the latest complete quarter, yearly sparklines and yearly series.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis.frames import regrain, trailing, value_at
from analysis.months import add_months, last_quarter_end, quarter_label

# The windows of the published figures the overview sets ours beside.
ARTICLE_WINDOW = ("2015-04", "2025-03")
CE_WINDOW = ("2024-01", "2025-03")


def change(now: float, before: float | None) -> float | None:
    """The relative change from `before` to `now`; None when there is nothing (or zero) to compare with."""
    return now / before - 1 if before else None


def flow(
    frame: pl.DataFrame, column: str, end_month: dt.date, start: dt.date, months: int = 12
) -> tuple[float, float | None]:
    """A flow summed over the `months` to `end_month`, and over the same months a year earlier (None when the
    period from `start` does not reach back that far)."""
    return trailing(frame, column, end_month, start, months) if frame.height else (0.0, None)


def stock(frame: pl.DataFrame, column: str, end_month: dt.date, start: dt.date) -> tuple[float | None, float | None]:
    """A stock at `end_month`, and a year earlier when the period from `start` reaches back that far."""
    year_ago = add_months(end_month, -12)
    return value_at(frame, column, end_month), (value_at(frame, column, year_ago) if year_ago >= start else None)


def latest_quarter(
    frame: pl.DataFrame, column: str, end_month: dt.date, start: dt.date
) -> tuple[str, float, float | None]:
    """The latest quarter complete by `end_month` ('2025 Q1'), a flow summed over it, and over the same quarter
    a year earlier."""
    q_end = last_quarter_end(end_month)
    now, before = flow(frame, column, q_end, start, months=3)
    return quarter_label(q_end), now, before


def yearly(frame: pl.DataFrame, sums: list[str], lasts: tuple[str, ...] = ()) -> pl.DataFrame:
    """Monthly rows summed by year (stocks at the year's end), without the working column `last_month`."""
    if frame.height == 0:
        return frame
    return regrain(frame, "year", sums, lasts=lasts).drop("last_month")
