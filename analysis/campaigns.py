"""Campaigns shaped for their page: which to feature, which to list, the estimates for a chosen one and the
frames that show them. The statistics themselves are in `analysis.effects`.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis import effects
from analysis.months import last_day

# The three provincial campaigns of 2024 that the SPC named on 2025-04-07 (calibration.md §5).
FEATURED = (("230000", 2024), ("320000", 2024), ("530000", 2024))
OUTCOMES = ("n_transferred", "n_incidents")
# The effect each outcome is expected to show: transfers rise during a crackdown, new incidents fall after it.
HEADLINE = (("n_transferred", "during"), ("n_incidents", "after"))
# One row per outcome and phase, as the effects chart, its data table and the method notes read them.
ESTIMATES_SCHEMA = {
    "outcome": pl.String,
    "phase": pl.String,
    "estimate": pl.Float64,
    "low": pl.Float64,
    "high": pl.Float64,
    "std_error": pl.Float64,
    "baseline": pl.Float64,
    "relative": pl.Float64,
    "months": pl.Int64,
    "method": pl.String,
    "placebo_p": pl.Float64,
    "n_placebos": pl.Int64,
    "cluster_low": pl.Float64,
    "cluster_high": pl.Float64,
}


def featured(rows: dict[str, dict]) -> list[str]:
    """The campaign of each featured province and year; a refusal-crimes focus and the longest run win."""
    out = []
    for code, year in FEATURED:
        own = [r for r in rows.values() if r["province_code"] == code and r["start_date"].year == year]
        own.sort(key=lambda r: (r["focus"] != "refusal_crimes", -(r["end_date"] - r["start_date"]).days))
        if own:
            out.append(own[0]["campaign_id"])
    return out


def in_view(
    camps: pl.DataFrame, start: dt.date, end: dt.date, scope: str, focus: list[str], provinces: tuple[str, ...]
) -> pl.DataFrame:
    """The campaigns that overlap [start, end], of the scope (all, national, provincial) and focuses asked for;
    with a province filter, national campaigns and those of the provinces chosen."""
    shown = camps.filter((pl.col("start_date") <= end) & (pl.col("end_date") >= start))
    if scope == "national":
        shown = shown.filter(pl.col("province_code").is_null())
    elif scope == "provincial":
        shown = shown.filter(pl.col("province_code").is_not_null())
    if focus:
        shown = shown.filter(pl.col("focus").is_in(focus))
    if provinces:
        shown = shown.filter(pl.col("province_code").is_null() | pl.col("province_code").is_in(list(provinces)))
    return shown


def overlapping(rows: dict[str, dict], chosen: str, first: dt.date, last: dt.date) -> list[dict]:
    """Other campaigns of the chosen one's province inside the window [first, last's month]: they muddle
    before, during and after."""
    treated = rows[chosen]["province_code"]
    return [
        r
        for r in rows.values()
        if r["province_code"] == treated
        and r["campaign_id"] != chosen
        and r["start_date"] <= last_day(last)
        and r["end_date"] >= first
    ]


def estimate(
    panel: pl.DataFrame, treated: str, controls: list[str], start: dt.date, end: dt.date, per: str
) -> dict[str, tuple[pl.DataFrame, dict[str, effects.Estimate]]]:
    """Per outcome: the monthly gap series and the difference-in-differences estimates of the campaign
    [start, end] in `treated` against `controls`, on the rate per case or per resident."""
    out = {}
    for outcome in OUTCOMES:
        rated = effects.with_rate(panel, outcome, per)
        gaps = effects.gap_series(rated, treated, controls, start, end)
        out[outcome] = (gaps, effects.did(rated, treated, controls, start, end))
    return out


def estimates_frame(results: dict[str, tuple[pl.DataFrame, dict[str, effects.Estimate]]]) -> pl.DataFrame:
    """The estimates of `estimate` as one row per outcome and phase."""
    return pl.DataFrame(
        [
            {
                "outcome": o,
                "phase": ph,
                "estimate": e.estimate,
                "low": e.low,
                "high": e.high,
                "std_error": e.std_error,
                "baseline": e.baseline,
                "relative": e.relative,
                "months": e.n_months,
                "method": e.method,
                "placebo_p": e.placebo_p,
                "n_placebos": e.n_placebos,
                "cluster_low": e.cluster_low,
                "cluster_high": e.cluster_high,
            }
            for o in OUTCOMES
            for ph, e in results[o][1].items()
        ],
        schema=ESTIMATES_SCHEMA,
    )


def round_sig(v: float | None, digits: int = 3) -> float | None:
    """`v` rounded to `digits` significant figures, as a table shows it."""
    return None if v is None else float(f"{v:.{digits}g}")


def phase_rows(results: dict[str, tuple[pl.DataFrame, dict[str, effects.Estimate]]]) -> list[dict]:
    """Per outcome and phase: months, and the mean monthly rate of the province and of the comparison."""
    rows = []
    for outcome in OUTCOMES:
        for r in effects.phase_means(results[outcome][0]).iter_rows(named=True):
            rows.append(
                {
                    "outcome": outcome,
                    "phase": r["phase"],
                    "n_months": r["n_months"],
                    "treated": round_sig(r["treated"]),
                    "comparison": round_sig(r["comparison"]),
                }
            )
    return rows
