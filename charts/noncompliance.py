"""The refusal-to-comply page's figures: trends, conduct, the ladder of measures, rankings of provinces and of one
province's courts.
"""

from __future__ import annotations

import dataclasses

import polars as pl

import queries
from analysis import noncompliance as nc_shape
from analysis import suppression
from analysis.months import months_spanned
from charts.core import Context, figure, held, province_tiles
from figures import milestones
from figures import noncompliance as nc_figs

# The page keeps its grain in the URL beside the shared filters; the permalinks of its figures by grain carry it.
GRAIN_URL = (("grain", lambda c: c.opt("nc_grain")),)
# Courts with fewer cases filed than this are left out of the court ranking: a rate per 10,000 cases
# computed on a few dozen cases swings on one incident.
MIN_COURT_CASES = 200
TOP_COURTS = 30


def _marked(c: Context, fig):
    if not fig.data:  # "No data for the current filters": no time axis to mark
        return fig
    return milestones.overlay(fig, c.lang, c.start, c.end, queries.run("campaigns"), c.sel.provinces, c.names())


def _trend(count: str):
    def build(c: Context):
        nc = c.run("noncompliance_by_month")
        if nc.height == 0:
            return None
        grain = c.opt("nc_grain")
        trend = nc_shape.trend_frame(nc, c.run("cases_by_month"), grain)
        table = trend.select("period", count, "n_filed", f"per10k_{count[2:]}")
        return (
            _marked(c, nc_figs.trend(trend, count, grain, c.lang)),
            table,
            [nc_figs.COUNT_IND[count], nc_figs.RATE_IND[count], "cases_filed"],
        )

    return build


for _count in nc_shape.COUNTS:
    figure(f"nc-trend-{_count[2:]}", "refusal", options=("nc_grain",), url=GRAIN_URL)(_trend(_count))


@figure("nc-conduct", "refusal", options=("nc_grain",), url=GRAIN_URL)
def _nc_conduct(c: Context):
    conduct = nc_shape.conduct_frame(c.run("noncompliance_conduct_by_month"), c.opt("nc_grain"))
    return _marked(c, nc_figs.conduct_mix(conduct, c.opt("nc_grain"), c.lang)), conduct, ["nc_conduct_share"]


@figure("nc-ladder", "refusal")
def _nc_ladder(c: Context):
    ladder = nc_shape.ladder_summary(c.run("noncompliance_ladder"))
    return nc_figs.ladder(ladder, c.lang), ladder, ["nc_ladder", "nc_complied"]


@figure("nc-timing", "refusal")
def _nc_timing(c: Context):
    ladder = nc_shape.ladder_summary(c.run("noncompliance_ladder"))
    return nc_figs.compliance_timing(ladder, c.lang), ladder, ["nc_days_to_comply"]


@figure("nc-resistance", "refusal", options=("nc_grain",), url=GRAIN_URL)
def _nc_resistance(c: Context):
    serious = nc_shape.serious_frame(c.run("noncompliance_serious_by_month"), c.opt("nc_grain"))
    return (
        _marked(c, nc_figs.resistance_trend(serious, c.opt("nc_grain"), c.lang)),
        serious.select("period", *nc_shape.RESISTANCE),
        ["nc_violent"],
    )


@figure("nc-serious", "refusal", options=("nc_grain",), url=GRAIN_URL)
def _nc_serious(c: Context):
    serious = nc_shape.serious_frame(c.run("noncompliance_serious_by_month"), c.opt("nc_grain"))
    return (
        _marked(c, nc_figs.consequences_trend(serious, c.opt("nc_grain"), c.lang)),
        serious.select("period", *nc_shape.SERIOUS),
        ["nc_serious"],
    )


@figure("nc-debtors", "refusal", options=("nc_grain",), url=GRAIN_URL)
def _nc_debtors(c: Context):
    debtors = nc_shape.debtor_frame(c.run("noncompliance_by_debtor_type"), c.opt("nc_grain"))
    return _marked(c, nc_figs.debtor_trend(debtors, c.opt("nc_grain"), c.lang)), debtors, ["nc_debtor_rate"]


def _ranked(c: Context):
    count, per = c.opt("nc_count"), c.opt("nc_per")
    rows = held(queries.run("noncompliance_by_province", c.sel.everywhere()))
    ranked = nc_shape.province_frame(rows, count, per, months_spanned(c.start, c.end))
    indicators = [nc_figs.COUNT_IND[count], "nc_rate_per_cases" if per == "cases" else "nc_rate_per_residents"]
    return ranked, c.tr(f"ind.{nc_figs.COUNT_IND[count]}.name"), c.tr(f"nc.rank.unit.{per}"), indicators


@figure("nc-map", "refusal", all_provinces=True, options=("nc_count", "nc_per"))
def _nc_map(c: Context):
    ranked, measure, unit, indicators = _ranked(c)
    return (*province_tiles(c, ranked, c.tr("nc.fig.map.title", measure=measure, unit=unit), unit, ",.2f"), indicators)


@figure("nc-rank-provinces", "refusal", all_provinces=True, options=("nc_count", "nc_per"))
def _nc_rank(c: Context):
    ranked, measure, unit, indicators = _ranked(c)
    per = c.opt("nc_per")
    fig = nc_figs.ranking(
        ranked,
        "name_en" if c.lang == "en" else "name_zh",
        c.tr("nc.fig.rank.title", measure=measure, unit=unit),
        unit,
        c.lang,
        highlight=c.sel.provinces,
        count_col=c.opt("nc_count"),
        denominator_col="n_filed" if per == "cases" else "population_10k",
    )
    return fig, ranked, indicators


COURT_COUNTS = ("n_incidents", "n_transferred", "n_held_liable", "n_filed")


@dataclasses.dataclass(frozen=True)
class Courts:
    fig: object
    table: pl.DataFrame
    indicators: list
    left_out: int
    all_small: bool
    hidden: int
    threshold: int


def court_ranking(c: Context) -> Courts | None:
    """The courts of the one chosen province ranked, small counts hidden (None unless one province is chosen)."""
    if len(c.sel.provinces) != 1:
        return None
    code, count = c.sel.provinces[0], c.opt("nc_count")
    courts = queries.run("noncompliance_by_court", c.sel.everywhere(), province=code)
    # Small counts are hidden over all the province's courts (whose total the cards show) before any is left out.
    threshold = suppression.threshold()
    courts = suppression.protect(courts, COURT_COUNTS, threshold_=threshold)
    ranked, left_out = nc_shape.court_frame(courts, count, c.lang, MIN_COURT_CASES)
    all_small = ranked.height == 0 and courts.height > 0
    if all_small:
        ranked, left_out = nc_shape.court_frame(courts, count, c.lang, 1)
    ranked = suppression.carry(ranked, courts, "court_id", {"value": [count, "n_filed"]})
    name = c.names().get(code, code)
    title = c.tr("nc.fig.courts.title", measure=c.tr(f"ind.{nc_figs.COUNT_IND[count]}.name"), province=name)
    if ranked.drop_nulls("value").height > TOP_COURTS:
        title += c.tr("nc.fig.courts.top", n=TOP_COURTS)
    fig = nc_figs.ranking(
        ranked,
        "court",
        title,
        c.tr("nc.rank.unit.cases"),
        c.lang,
        key_col="court_id",
        top=TOP_COURTS,
        count_col=count,
        denominator_col="n_filed",
    )
    return Courts(
        fig,
        suppression.as_text(ranked, threshold, {"value": "{:,.2f}"}),
        [nc_figs.COUNT_IND[count], "nc_rate_per_cases"],
        left_out,
        all_small,
        suppression.n_hidden_rows(courts, [count, "n_filed"]),
        threshold,
    )


@figure("nc-rank-courts", "refusal", options=("nc_count",))
def _nc_courts(c: Context):
    built = court_ranking(c)
    return None if built is None else (built.fig, built.table, built.indicators)
