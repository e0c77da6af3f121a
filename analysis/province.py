"""A province against the country and its peers, and its courts side by side: the measures, their windows and ranks.

Every measure is a ratio of sums (never a mean of ratios), so a province, the country, a court or a year are
all computed the same way from the same counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

from analysis.months import add_months, last_day

COUNTS = (
    "n_filed",
    "n_closed",
    "recovered_yuan",
    "claim_closed_yuan",
    "n_voluntary",
    "n_incidents",
    "n_transferred",
    "n_held_liable",
    "n_listed",
    "n_sent",
    "n_received",
)
NATIONAL = "national"


@dataclasses.dataclass(frozen=True)
class Measure:
    """value = numerator / denominator x scale; `per` says what the denominator is (cases, residents, a share)."""

    key: str
    numerator: str
    denominator: str  # a count column, or "residents" (population_10k)
    scale: float
    per: str  # "share", "cases" (per 10,000 cases filed) or "residents" (per 100,000 residents)
    indicator: str  # definitions: i18n ind.<indicator>.*

    def expr(self) -> pl.Expr:
        if self.denominator == "residents":
            # population_10k is in units of 10,000 persons; per 100,000 residents = n / (population_10k / 10).
            den = pl.col("population_10k") / 10
        else:
            den = pl.col(self.denominator)
        return pl.when(den > 0).then(pl.col(self.numerator) / den * self.scale).otherwise(None).alias(self.key)

    @property
    def inputs(self) -> tuple[str, ...]:
        return (self.numerator,) if self.denominator == "residents" else (self.numerator, self.denominator)


MEASURES = (
    Measure("filed_per_100k", "n_filed", "residents", 1.0, "residents", "pv_filed"),
    Measure("clearance", "n_closed", "n_filed", 1.0, "share", "pv_clearance"),
    Measure("recovery", "recovered_yuan", "claim_closed_yuan", 1.0, "share", "pv_recovery"),
    Measure("voluntary", "n_voluntary", "n_closed", 1.0, "share", "pv_voluntary"),
    Measure("incidents_per_10k", "n_incidents", "n_filed", 1e4, "cases", "pv_incidents"),
    Measure("transferred_per_10k", "n_transferred", "n_filed", 1e4, "cases", "pv_transferred"),
    Measure("held_per_100k", "n_held_liable", "residents", 1.0, "residents", "pv_held"),
    Measure("listed_per_10k", "n_listed", "n_filed", 1e4, "cases", "pv_listed"),
    Measure("sent_per_10k", "n_sent", "n_filed", 1e4, "cases", "pv_sent"),
)
BY_KEY = {m.key: m for m in MEASURES}
# The measures a court has (a court has no resident population), and the counts shown beside them.
COURT_MEASURES = tuple(m for m in MEASURES if m.per != "residents")
COURT_COUNTS = (
    "n_filed",
    "n_closed",
    "n_voluntary",
    "n_incidents",
    "n_transferred",
    "n_listed",
    "n_sent",
    "n_received",
)


def with_measures(frame: pl.DataFrame, measures=MEASURES) -> pl.DataFrame:
    return frame.with_columns([m.expr() for m in measures if "population_10k" in frame.columns or m.per != "residents"])


@dataclasses.dataclass(frozen=True)
class Window:
    """The year to the period's end (or the whole period when shorter) and the same months a year earlier."""

    start: dt.date
    end: dt.date
    before_start: dt.date
    before_end: dt.date


def window(start: dt.date, end: dt.date) -> Window:
    first = max(start.replace(day=1), add_months(end, -11))
    return Window(first, end, add_months(first, -12), last_day(add_months(end, -12)))


def _sum(monthly: pl.DataFrame, first: dt.date, last: dt.date, by: list[str]) -> pl.DataFrame:
    sub = monthly.filter(pl.col("month").is_between(first.replace(day=1), last))
    return sub.group_by(by).agg([pl.col(c).sum() for c in COUNTS]).sort(by)


def provinces_in(
    monthly: pl.DataFrame,
    first: dt.date,
    last: dt.date,
    population: pl.DataFrame,
    covered: tuple[str, ...] | None = None,
) -> pl.DataFrame:
    """Every province's counts and measures in the window, and the country's as a row with code 'national'.

    With `covered` (the provinces the data hold, when not all), only those provinces, and the 'national' row is
    theirs together: their residents, not the country's, are its denominator."""
    if covered is not None:
        population = population.filter(pl.col("province_code").is_in(list(covered)))
    per = (
        population.select("province_code", "population_10k")
        .join(_sum(monthly, first, last, ["province_code"]), on="province_code", how="left")
        .fill_null(0)
    )
    # The country counts every row, also those whose province is unknown and so in no province's row.
    country = monthly.filter(pl.col("month").is_between(first.replace(day=1), last)).select(
        pl.lit(NATIONAL).alias("province_code"),
        pl.lit(per["population_10k"].sum()).alias("population_10k"),
        *[pl.col(c).sum() for c in COUNTS],
    )
    return with_measures(pl.concat([per, country.select(per.columns)], how="vertical_relaxed"))


def compare(
    monthly: pl.DataFrame,
    population: pl.DataFrame,
    codes: tuple[str, ...],
    w: Window,
    covered: tuple[str, ...] | None = None,
) -> pl.DataFrame:
    """One row per measure: each of `codes` and the country in the window, the province's rank among the
    provinces (1 = highest; among the `covered` ones when the data hold only those) and its value a year earlier."""
    now = provinces_in(monthly, w.start, w.end, population, covered)
    before = provinces_in(monthly, w.before_start, w.before_end, population, covered)
    provinces = now.filter(pl.col("province_code") != NATIONAL)
    rows = []
    for m in MEASURES:
        ranks = provinces.select("province_code", pl.col(m.key).rank("min", descending=True).alias("rank"))
        ranked = dict(zip(ranks["province_code"], ranks["rank"]))
        values = dict(zip(now["province_code"], now[m.key]))
        earlier = dict(zip(before["province_code"], before[m.key]))
        row = {
            "measure": m.key,
            "per": m.per,
            "national": values.get(NATIONAL),
            "national_before": earlier.get(NATIONAL),
            "n_ranked": provinces[m.key].drop_nulls().len(),
        }
        for code in codes:
            row[code] = values.get(code)
            row[f"{code}_before"] = earlier.get(code)
            row[f"{code}_rank"] = ranked.get(code)
        rows.append(row)
    return pl.DataFrame(rows, infer_schema_length=None)


def change(now: float | None, before: float | None, per: str) -> float | None:
    """The change on the year before: percentage points for shares, a relative change for rates."""
    if now is None or before is None:
        return None
    if per == "share":
        return now - before
    return None if before == 0 else now / before - 1


def yearly(
    monthly: pl.DataFrame,
    population: pl.DataFrame,
    codes: tuple[str, ...],
    first: dt.date,
    last: dt.date,
    national: bool = True,
) -> pl.DataFrame:
    """Each of `codes` and the country by calendar year within [first, last], with every measure; without the
    country's rows when the data do not hold the whole country (`national=False`)."""
    sub = monthly.filter(pl.col("month").is_between(first, last)).with_columns(pl.col("month").dt.year().alias("year"))
    per = (
        sub.filter(pl.col("province_code").is_in(codes))
        .group_by("province_code", "year")
        .agg([pl.col(c).sum() for c in COUNTS])
    )
    country = (
        sub.group_by("year")
        .agg([pl.col(c).sum() for c in COUNTS])
        .with_columns(pl.lit(NATIONAL).alias("province_code"))
    )
    pops = population.select("province_code", "population_10k")
    pops = pl.concat([pops, pops.select(pl.lit(NATIONAL).alias("province_code"), pl.col("population_10k").sum())])
    parts = [per, country.select(per.columns)] if national else [per]
    out = pl.concat(parts).join(pops, on="province_code", how="left")
    return with_measures(out).sort("province_code", "year")


def court_years(monthly: pl.DataFrame) -> pl.DataFrame:
    """One court's monthly counts by calendar year, with the court measures."""
    out = (
        monthly.with_columns(pl.col("month").dt.year().alias("year"))
        .group_by("year")
        .agg([pl.col(c).sum() for c in COUNTS if c in monthly.columns])
        .sort("year")
    )
    return with_measures(out, COURT_MEASURES)


def court_table(courts: pl.DataFrame) -> pl.DataFrame:
    """The province's courts with the court measures."""
    return with_measures(courts, COURT_MEASURES)


# The court table's columns in order, and what each rate or amount is computed from, for hiding small numbers:
# a count hidden hides every rate and amount that rests on it.
COURT_COLUMNS = (
    "n_filed",
    "n_closed",
    "clearance",
    "recovery",
    "voluntary",
    "incidents_per_10k",
    "transferred_per_10k",
    "n_listed",
    "n_sent",
    "n_received",
)
COURT_DERIVED = {
    **{m.key: list(m.inputs) for m in COURT_MEASURES if m.key != "recovery"},
    "recovery": ["n_closed"],
    "recovered_yuan": ["n_closed"],
    "claim_closed_yuan": ["n_closed"],
}
