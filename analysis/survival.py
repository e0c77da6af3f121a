"""Kaplan–Meier survival from counts per duration bucket, so that time-on-the-list or time-to-resolution
curves come from rollups instead of individual records.
"""

from __future__ import annotations

import polars as pl


def kaplan_meier(
    counts: pl.DataFrame,
    by: str | None = None,
    *,
    start: str = "months_from",
    end: str = "months_to",
    censored: str = "is_listed",
    n: str = "n_entries",
) -> pl.DataFrame:
    """Survival per group and duration bucket.

    `counts` holds one row per (group, bucket, censored or not) with a count. Durations are whole months
    rounded down to the bucket start, so this is the Kaplan–Meier estimate on those rounded times:
    the number at risk in a bucket is everyone whose spell reached its start, and those censored within a
    bucket count as at risk for its events (the usual convention for ties). `survival` is the share still
    in the state at the bucket's end; `n_at_risk`, `n_events` and `n_censored` show the working.
    """
    group = [by] if by else []
    if counts.height == 0:
        return pl.DataFrame(
            schema={
                **{g: counts.schema[g] for g in group},
                start: pl.Int64,
                end: pl.Int64,
                "n_at_risk": pl.Int64,
                "n_events": pl.Int64,
                "n_censored": pl.Int64,
                "survival": pl.Float64,
            }
        )
    per_bucket = (
        counts.group_by(group + [start, end])
        .agg(
            pl.col(n).filter(~pl.col(censored)).sum().alias("n_events"),
            pl.col(n).filter(pl.col(censored)).sum().alias("n_censored"),
        )
        .sort(group + [start])
    )
    over = group or None
    left = pl.col("n_events") + pl.col("n_censored")
    total = left.sum().over(over) if over else left.sum()
    before = left.cum_sum().over(over) - left if over else left.cum_sum() - left
    out = per_bucket.with_columns((total - before).cast(pl.Int64).alias("n_at_risk"))
    factor = 1 - pl.col("n_events") / pl.col("n_at_risk")
    survival = factor.cum_prod().over(over) if over else factor.cum_prod()
    return out.with_columns(survival.alias("survival")).select(
        group + [start, end, "n_at_risk", "n_events", "n_censored", "survival"]
    )


def median_time(km: pl.DataFrame, by: str | None = None, end: str = "months_to") -> pl.DataFrame:
    """Per group, the first bucket end by which half had left the state (null when more than half remain)."""
    group = [by] if by else []
    reached = km.filter(pl.col("survival") <= 0.5)
    firsts = (
        reached.group_by(group).agg(pl.col(end).min().alias("median_months"))
        if group
        else pl.DataFrame({"median_months": [reached[end].min()]})
    )
    if not group:
        return firsts
    groups = km.select(group).unique()
    return groups.join(firsts, on=group, how="left").sort(group)


def curve(km: pl.DataFrame, by: str | None = None, end: str = "months_to") -> pl.DataFrame:
    """Points for a step chart: (0, 1) then (bucket end, survival) for each bucket, per group."""
    group = [by] if by else []
    starts = km.select(group).unique() if group else pl.DataFrame({"_": [0]})
    origin = starts.with_columns(pl.lit(0, dtype=pl.Int64).alias("months"), pl.lit(1.0).alias("survival"))
    if not group:
        origin = origin.drop("_")
    points = km.select(group + [pl.col(end).cast(pl.Int64).alias("months"), "survival"])
    return pl.concat([origin, points]).sort(group + ["months"])
