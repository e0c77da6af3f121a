"""Monthly series reshaped: to quarters or years, trailing windows, a stock's value at a month."""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis.months import add_months

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
