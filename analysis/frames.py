"""Monthly series reshaped: to quarters or years, trailing windows, a stock's value at a month."""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis.months import GRAIN_MONTHS, add_months, period_label

GRAINS = ("month", "quarter", "year")


def mapped(series: pl.Series, fn, dtype: pl.DataType, name: str) -> pl.Series:
    """`fn` applied in Python to each value of `series` (nulls stay null), outside polars' worker threads.

    Polars runs a Python callback (`map_elements`) on its worker threads, which must then take the interpreter
    lock; with several sessions' script threads using polars at once, a thread holding the lock while it waits
    for those workers deadlocks the server. Values here are labels and dates by period: a few hundred rows.
    """
    return pl.Series(name, [None if v is None else fn(v) for v in series.to_list()], dtype=dtype)


def month_range(first: dt.date, last: dt.date) -> pl.Series:
    """Every month from `first` to `last` (first days), as a `month` column."""
    return pl.date_range(first, last, "1mo", eager=True).alias("month")


def period_start(month: pl.Expr, grain: str) -> pl.Expr:
    if grain == "year":
        return month.dt.truncate("1y")
    if grain == "quarter":
        return month.dt.truncate("1q")
    return month


def regrain(frame: pl.DataFrame, grain: str, sums: list[str], lasts: tuple[str, ...] = ()) -> pl.DataFrame:
    """Monthly rows -> one row per period: flows summed, stocks (`lasts`) taken at the period's last month."""
    if grain not in GRAINS:
        raise ValueError(f"unknown grain {grain!r}")
    aggs = [pl.col(c).sum() for c in sums] + [pl.col(c).sort_by("month").last() for c in lasts]
    aggs.append(pl.col("month").max().alias("last_month"))
    return (
        frame.with_columns(period_start(pl.col("month"), grain).alias("period"))
        .group_by("period")
        .agg(aggs)
        .sort("period")
    )


def trailing(
    frame: pl.DataFrame, column: str, end: dt.date, since: dt.date, months: int = 12
) -> tuple[float, float | None]:
    """Sum of `column` over the `months` ending at `end`, and over the same span a year earlier.

    The earlier sum is None when the period the frame covers (from `since`) does not reach back that far.
    """

    def window(last: dt.date) -> tuple[float, bool]:
        first = add_months(last.replace(day=1), -(months - 1))
        sub = frame.filter((pl.col("month") >= first) & (pl.col("month") <= last))
        return float(sub[column].sum() or 0), since <= first

    now, _ = window(end)
    before, covered = window(add_months(end.replace(day=1), -12))
    return now, (before if covered else None)


def value_at(frame: pl.DataFrame, column: str, month: dt.date) -> float | None:
    """The value of a stock column at a month (the last month at or before it)."""
    sub = frame.filter(pl.col("month") <= month.replace(day=1))
    return None if sub.height == 0 else float(sub.sort("month")[column][-1])


def date_span(frame: pl.DataFrame, grain: str) -> tuple[dt.date, dt.date] | None:
    """The first and last months a frame's rows stand for: its `month` column, or its `period` column at
    `grain` (a year's row stands for its twelve months); None for a frame without either."""
    for column, grain_ in (("month", "month"), ("period", grain)):
        if column in frame.columns and frame.schema[column] == pl.Date and frame[column].drop_nulls().len():
            first, last = frame[column].min(), frame[column].max()
            return first.replace(day=1), add_months(last, GRAIN_MONTHS[grain_] - 1)
    return None


def period_labels(frame: pl.DataFrame, grain: str) -> pl.DataFrame:
    """The frame with its `period` dates written as a reader names them ("2024", "2024 Q3", "2024-03"); a frame
    that names its periods already (`label`, with marks for cut periods) keeps that name alone."""
    if "month" in frame.columns and frame.schema["month"] == pl.Date:
        frame = frame.with_columns(mapped(frame["month"], lambda d: f"{d:%Y-%m}", pl.String, "month"))
    if "period" not in frame.columns or frame.schema["period"] != pl.Date:
        return frame
    if "label" in frame.columns:
        return frame.drop("period")
    return frame.with_columns(mapped(frame["period"], lambda d: period_label(d, grain), pl.String, "period"))
