"""Refusal to comply shaped for its page: counts and rates per period, the conduct mix, the ladder of measures,
violence and serious consequences, debtor types, and provinces and courts ranked by rate.
"""

from __future__ import annotations

import polars as pl

from analysis.frames import regrain
from contract import COURT_LEVELS
from i18n import label

COUNTS = ("n_incidents", "n_transferred", "n_held_liable")
# The ladder of measures, mildest first; "criminal" is a transfer to the police or a creditor's private
# prosecution that has not (yet) led to anyone being held liable; "convicted" is one that has.
STEPS = ("warning", "fine", "detention", "criminal", "convicted")
BUCKETS = ("d0_7", "d8_30", "d31_90", "d91_180", "d181_plus", "not_complied")
SERIOUS = ("n_self_harm", "n_suicide", "n_officer_injured")
RESISTANCE = ("n_violent_resistance", "n_besieging_officers")


def per_10k(count: str, denominator: str = "n_filed") -> pl.Expr:
    return pl.when(pl.col(denominator) > 0).then(pl.col(count) / pl.col(denominator) * 1e4).otherwise(None)


def trend_frame(nc_monthly: pl.DataFrame, cases_monthly: pl.DataFrame, grain: str) -> pl.DataFrame:
    """Counts and rates per 10,000 enforcement cases filed in the same period, one row per period."""
    joined = (
        nc_monthly.select("month", *COUNTS)
        .join(cases_monthly.select("month", "n_filed"), on="month", how="full", coalesce=True)
        .fill_null(0)
    )
    if joined.height == 0:
        return pl.DataFrame(schema={"period": pl.Date, **{c: pl.Int64 for c in (*COUNTS, "n_filed")}})
    out = regrain(joined, grain, [*COUNTS, "n_filed"]).drop("last_month")
    return out.with_columns(per_10k(c).alias(f"per10k_{c[2:]}") for c in COUNTS)


def conduct_frame(rows: pl.DataFrame, grain: str) -> pl.DataFrame:
    """Incidents by conduct per period, with each conduct's share of the period's incidents."""
    if rows.height == 0:
        return pl.DataFrame(
            schema={
                "period": pl.Date,
                "conduct": pl.String,
                "n_incidents": pl.Int64,
                "n_transferred": pl.Int64,
                "n_complied": pl.Int64,
                "share": pl.Float64,
            }
        )
    parts = []
    for conduct, sub in rows.partition_by("conduct", as_dict=True).items():
        part = regrain(sub, grain, ["n_incidents", "n_transferred", "n_complied"]).drop("last_month")
        parts.append(part.with_columns(pl.lit(conduct[0]).alias("conduct")))
    out = pl.concat(parts).select("period", "conduct", "n_incidents", "n_transferred", "n_complied")
    return out.with_columns((pl.col("n_incidents") / pl.col("n_incidents").sum().over("period")).alias("share")).sort(
        "period", "conduct"
    )


def ladder_summary(rows: pl.DataFrame) -> pl.DataFrame:
    """One row per rung of the ladder: incidents that reached it, those whose last rung it was, how many of
    those complied, the mean days from the measure to compliance, and the compliance-time buckets."""
    step = (
        pl.when(pl.col("measure").is_in(["transferred", "private_prosecution"]))
        .then(pl.when(pl.col("is_convicted")).then(pl.lit("convicted")).otherwise(pl.lit("criminal")))
        .otherwise(pl.col("measure"))
    )
    tagged = rows.with_columns(step.alias("step"))
    by_step = tagged.group_by("step").agg(
        pl.col("n_incidents").sum().alias("n_ended_here"),
        pl.col("n_incidents").filter(pl.col("comply_bucket") != "not_complied").sum().alias("n_complied"),
        pl.col("days_to_comply_sum").sum(),
        pl.col("n_incidents").filter(pl.col("measure") == "private_prosecution").sum().alias("n_private_prosecution"),
        *[pl.col("n_incidents").filter(pl.col("comply_bucket") == b).sum().alias(b) for b in BUCKETS],
    )
    base = pl.DataFrame({"step": list(STEPS), "rung": list(range(len(STEPS)))})
    out = base.join(by_step, on="step", how="left").fill_null(0).sort("rung")
    ended = out["n_ended_here"].to_list()
    reached = [sum(ended[i:]) for i in range(len(ended))]
    return out.with_columns(
        pl.Series("n_reached", reached, dtype=pl.Int64),
        pl.when(pl.col("n_ended_here") > 0).then(pl.col("n_complied") / pl.col("n_ended_here")).alias("complied_share"),
        pl.when(pl.col("n_complied") > 0).then(pl.col("days_to_comply_sum") / pl.col("n_complied")).alias("mean_days"),
    ).select(
        "step",
        "n_reached",
        "n_ended_here",
        "n_complied",
        "complied_share",
        "mean_days",
        "n_private_prosecution",
        *BUCKETS,
    )


def ladder_beside_cards(ladder: pl.DataFrame, totals: dict) -> dict:
    """What the ladder's criminal rungs count beside the cards' counts, for the sentence that reconciles them:
    the ladder counts incidents by their strongest measure, so its "criminal" rung holds transfers to the police
    and creditors' private prosecutions, and its last rung incidents with anyone held liable, where the cards
    count transfers and persons."""
    rungs = {r["step"]: r for r in ladder.iter_rows(named=True)}
    criminal, convicted = rungs["criminal"], rungs["convicted"]
    private = criminal["n_private_prosecution"] + convicted["n_private_prosecution"]
    return {
        "criminal": criminal["n_reached"],
        "private": private,
        "transferred": criminal["n_reached"] - private,
        "convicted": convicted["n_reached"],
        "cards_transferred": totals["n_transferred"],
        "persons": totals["n_held_liable"],
    }


def serious_frame(rows: pl.DataFrame, grain: str) -> pl.DataFrame:
    cols = [*RESISTANCE, *SERIOUS]
    if rows.height == 0:
        return pl.DataFrame(schema={"period": pl.Date, **{c: pl.Int64 for c in cols}})
    return regrain(rows.fill_null(0), grain, cols).drop("last_month")


def debtor_frame(rows: pl.DataFrame, grain: str) -> pl.DataFrame:
    """Per period and debtor type: counts, cases filed against that type and incidents per 10,000 of them."""
    cols = ["n_incidents", "n_transferred", "n_held_liable", "n_complied", "n_filed"]
    if rows.height == 0:
        return pl.DataFrame(
            schema={
                "period": pl.Date,
                "debtor_type": pl.String,
                **{c: pl.Int64 for c in cols},
                "per10k_incidents": pl.Float64,
                "per10k_transferred": pl.Float64,
            }
        )
    parts = []
    for (debtor,), sub in rows.partition_by("debtor_type", as_dict=True).items():
        part = regrain(sub, grain, cols).drop("last_month")
        parts.append(part.with_columns(pl.lit(debtor).alias("debtor_type")))
    return (
        pl.concat(parts)
        .select("period", "debtor_type", *cols)
        .with_columns(
            per_10k("n_incidents").alias("per10k_incidents"), per_10k("n_transferred").alias("per10k_transferred")
        )
        .sort("period", "debtor_type")
    )


def province_frame(rows: pl.DataFrame, count: str, per: str, months: int) -> pl.DataFrame:
    """One value per province: `count` per 10,000 enforcement cases filed, or per 100,000 residents a year."""
    if per == "cases":
        value = per_10k(count)
    else:
        # Residents are a stock and the period may be many years: a yearly average keeps periods comparable.
        value = pl.col(count) / (pl.col("population_10k") * 1e4) * 1e5 / (months / 12)
    return rows.with_columns(value.alias("value")).select(
        "province_code", "name_zh", "name_en", count, "n_filed", "population_10k", "value"
    )


def court_frame(rows: pl.DataFrame, count: str, lang: str, min_cases: int) -> tuple[pl.DataFrame, int]:
    """Courts with at least `min_cases` cases filed, each with `count` per 10,000 of them; also how many
    courts were left out for having fewer (their rates would swing on a handful of cases)."""
    name = "name_en" if lang == "en" else "name_zh"
    levels = {v: label("court_level", v, lang) for v in COURT_LEVELS}
    out = rows.with_columns(
        per_10k(count).alias("value"), pl.col(name).alias("court"), pl.col("court_level").replace(levels)
    )
    kept = out.filter(pl.col("n_filed") >= min_cases)
    return kept.select("court_id", "court", "court_level", count, "n_filed", "value"), out.height - kept.height


def period_totals(trend: pl.DataFrame) -> dict:
    """The period's counts, cases filed and incidents per 10,000 cases filed (None when none were filed)."""
    totals = trend.select(*COUNTS, "n_filed").sum().row(0, named=True)
    filed = totals["n_filed"]
    return {**totals, "per10k_incidents": totals["n_incidents"] / filed * 1e4 if filed else None}
