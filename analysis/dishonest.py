"""The dishonest judgment debtors list shaped for its page: the stock and flows per period, complete quarters
year on year, the year-end falls, and time on the list in classes.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis.frames import mapped, month_range, period_start, regrain
from analysis.months import add_months, period_end, period_label
from contract import REMOVAL_REASONS, SEVERITIES

# Published (SPC): from 2024 courts separate "won't pay" from "can't pay" (失信 vs 失能), grade dishonesty
# as minor, general or serious, and give a grace period before listing. A policy date, not a result.
POLICY_2024 = dt.date(2024, 1, 1)

REASON_COLUMNS = tuple(f"n_removed_{r}" for r in REMOVAL_REASONS)
FLOWS = ["n_listed", "n_removed", *REASON_COLUMNS, "n_net"]
# Marks a period cut short by the filter (the footnote under the chart says so).
PARTIAL_MARK = "*"
# Classes of time on the list for the distribution; their edges are edges of the rollup's buckets.
DURATION_CLASSES = ((0, 3), (3, 6), (6, 12), (12, 24), (24, 36), (36, 60), (60, None))


def dense(monthly: pl.DataFrame, end: dt.date) -> pl.DataFrame:
    """Every month from the first in the frame to `end`: flows zero where nothing happened, the stock carried."""
    if monthly.height == 0:
        return monthly
    months = month_range(monthly["month"].min(), end.replace(day=1))
    flows = [c for c in monthly.columns if c not in ("month", "n_on_list")]
    return (
        pl.DataFrame(months)
        .join(monthly, on="month", how="left")
        .with_columns(pl.col(flows).fill_null(0), pl.col("n_on_list").forward_fill())
        .select(monthly.columns)
    )


def by_grain(monthly: pl.DataFrame, grain: str, start: dt.date, end: dt.date) -> pl.DataFrame:
    """Monthly flows and stock -> one row per month, quarter or year; the stock is taken at the period end.

    A period cut by the filter's start or end is labelled as partial, and its stock is dated at `end`.
    """
    if monthly.height == 0:
        return pl.DataFrame(
            schema={
                "period": pl.Date,
                **{c: pl.Int64 for c in FLOWS},
                "n_on_list": pl.Int64,
                "period_end": pl.Date,
                "label": pl.String,
            }
        )
    out = regrain(monthly, grain, FLOWS, lasts=("n_on_list",)).drop("last_month")

    def ends(d: dt.date) -> dt.date:
        return min(period_end(d, grain), end)

    def name(d: dt.date) -> str:
        partial = d < start.replace(day=1) or period_end(d, grain) > end
        return period_label(d, grain) + (PARTIAL_MARK if partial else "")

    return out.with_columns(
        mapped(out["period"], ends, pl.Date, "period_end"),
        mapped(out["period"], name, pl.String, "label"),
    )


def year_end_stocks(monthly: pl.DataFrame, end: dt.date) -> pl.DataFrame:
    """The number on the list at the end of each complete year of the frame (years that end by `end`)."""
    if monthly.height == 0:
        return pl.DataFrame(schema={"year": pl.Int32, "n_on_list": pl.Int64})
    yearly = regrain(monthly, "year", [], lasts=("n_on_list",))
    return (
        yearly.with_columns(pl.col("period").dt.year().alias("year"))
        .filter(pl.col("year") <= (end.year if end.month == 12 and end.day == 31 else end.year - 1))
        .select("year", "n_on_list")
    )


def year_end_falls(monthly: pl.DataFrame, end: dt.date) -> list[dict]:
    """Every year whose year-end stock is below the year before, with the run of rises just before it.

    `monthly` must hold the list's whole history (the data's first month on), whatever window a chart shows:
    "the first fall after N years of rises" speaks of history, and a window would cut the run short. The run
    counts consecutive year-on-year rises: a flat year, a fall or a year missing from the data ends it. A fall
    right after a fall is a fall "again"; a fall after a flat or missing year follows no run of rises.
    Nothing here knows which year that is: it is read from the data.
    """
    stocks = year_end_stocks(monthly, end).rows()
    falls, rises = [], 0
    for i in range(1, len(stocks)):
        (year, stock), (prev_year, prev) = stocks[i], stocks[i - 1]
        if prev_year != year - 1:
            # A year without a year-end stock: neither a rise nor a fall can be read across it.
            rises = 0
            continue
        if stock < prev:
            again = bool(falls) and falls[-1]["year"] == year - 1
            falls.append(
                {
                    "year": year,
                    "n_on_list": stock,
                    "prev": prev,
                    "change": stock / prev - 1 if prev else None,
                    "rises_before": rises,
                    "again": again,
                }
            )
            rises = 0
        elif stock > prev:
            rises += 1
        else:
            rises = 0
    return falls


def quarterly(history: pl.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    """Complete quarters of the period with their flows, the same quarter a year earlier and the change.

    `history` must reach a year before `start` so that the first quarters have their comparison.
    """
    schema = {
        "period": pl.Date,
        "label": pl.String,
        **{c: pl.Int64 for c in FLOWS},
        "n_listed_year_before": pl.Int64,
        "yoy": pl.Float64,
        "removals_exceed": pl.Boolean,
    }
    if history.height == 0:
        return pl.DataFrame(schema=schema)
    q = regrain(history, "quarter", FLOWS).drop("last_month")
    before = q.select(
        (pl.col("period").dt.offset_by("1y")).alias("period"), pl.col("n_listed").alias("n_listed_year_before")
    )
    first = start.replace(day=1)
    last_full = add_months(end.replace(day=1), 1)  # quarters must end on or before `end`
    out = (
        q.join(before, on="period", how="left")
        .filter((pl.col("period") >= first) & (pl.col("period").dt.offset_by("3mo") <= last_full))
        .with_columns(
            pl.when(pl.col("n_listed_year_before") > 0)
            .then(pl.col("n_listed") / pl.col("n_listed_year_before") - 1)
            .otherwise(None)
            .alias("yoy"),
            (pl.col("n_removed") > pl.col("n_listed")).alias("removals_exceed"),
        )
        .sort("period")
    )
    out = out.with_columns(mapped(out["period"], lambda d: period_label(d, "quarter"), pl.String, "label"))
    return out.select(list(schema))


def exceed_runs(q: pl.DataFrame) -> list[tuple[str, str, int]]:
    """Runs of consecutive quarters in which removals exceeded new entries: (first, last, length)."""
    runs, current = [], []
    for label_, exceed in zip(q["label"].to_list(), q["removals_exceed"].to_list()):
        if exceed:
            current.append(label_)
        elif current:
            runs.append((current[0], current[-1], len(current)))
            current = []
    if current:
        runs.append((current[0], current[-1], len(current)))
    return runs


def runs_into(runs: list[tuple[str, str, int]], shown: pl.DataFrame) -> list[tuple[str, str, int]]:
    """The runs (found over the whole history) that end in one of the `shown` quarters' exceeding quarters: a
    run that began before the window keeps its true start and length."""
    exceeding = set(shown.filter(pl.col("removals_exceed"))["label"].to_list())
    return [run for run in runs if run[1] in exceeding]


def duration_classes(counts: pl.DataFrame, by: str) -> pl.DataFrame:
    """Share of entries per group by class of time on the list for removed entries, and the share still listed."""
    edges = [lo for lo, _ in DURATION_CLASSES]
    cls = pl.lit(len(DURATION_CLASSES) - 1)
    for i in range(len(edges) - 1, -1, -1):
        hi = DURATION_CLASSES[i][1]
        if hi is not None:
            cls = pl.when(pl.col("months_from") < hi).then(pl.lit(i)).otherwise(cls)
    out = (
        counts.with_columns(pl.when(pl.col("is_listed")).then(pl.lit(-1)).otherwise(cls).alias("class"))
        .group_by(by, "class")
        .agg(pl.col("n_entries").sum())
        .with_columns((pl.col("n_entries") / pl.col("n_entries").sum().over(by)).alias("share"))
        .sort(by, "class")
    )
    return out


def severity_window_start() -> dt.date:
    """A year before the 2024 grading: enough to show the switch without drowning it in ungraded years."""
    return add_months(POLICY_2024, -12)


def severity_window(monthly_severity: pl.DataFrame) -> pl.DataFrame:
    """The months of the severity chart (from `severity_window_start`)."""
    return monthly_severity.filter(pl.col("month") >= severity_window_start())


def severity_by_quarter(monthly_severity: pl.DataFrame) -> pl.DataFrame:
    """New entries per quarter and graded severity."""
    return (
        monthly_severity.with_columns(period_start(pl.col("month"), "quarter").alias("period"))
        .group_by("period", "severity")
        .agg(pl.col("n_listed").sum())
        .sort("period")
    )


def graded(durations: pl.DataFrame) -> pl.DataFrame:
    """Duration counts of the entries graded by severity (from 2024)."""
    return durations.filter(pl.col("severity").is_in(list(SEVERITIES)))


def still_listed(durations: pl.DataFrame) -> tuple[int, float | None]:
    """Entries in the counts, and the share of them still on the list (None when there are none)."""
    total = int(durations["n_entries"].sum())
    listed = int(durations.filter(pl.col("is_listed"))["n_entries"].sum())
    return total, (listed / total if total else None)
