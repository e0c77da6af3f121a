"""The dishonest-list page's figures: stock and flows, removals, severity, time on the list, provinces."""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis import dishonest as dl_shape
from analysis.frames import mapped
from analysis.months import add_months
from analysis.survival import curve, kaplan_meier, median_time
from charts.core import Context, data_first_month, figure, held, province_tiles, selected_span
from contract import DEBTOR_TYPES, SEVERITIES
from figures import dishonest as dl_figs


def dishonest_history(c: Context) -> pl.DataFrame:
    """Monthly flows from a year before the period (for year-on-year) to the period's end or the as-of date."""
    flows = c.run("dishonest_flows_by_month", start=add_months(c.start, -12))
    return dl_shape.dense(flows, c.as_of_end)


def dishonest_whole(c: Context) -> pl.DataFrame:
    """Monthly flows from the data's first month to the period's end (or the as-of date)."""
    return dl_shape.dense(c.run("dishonest_flows_by_month", start=data_first_month()), c.as_of_end)


def _dl_monthly(c: Context) -> pl.DataFrame | None:
    monthly = dishonest_history(c).filter(pl.col("month") >= c.start)
    return monthly if monthly.height else None


@figure("dishonest-stock", "dishonest-list", options=("dl_grain",))
def _dl_stock(c: Context):
    if (monthly := _dl_monthly(c)) is None:
        return None
    frame = dl_shape.by_grain(monthly, c.opt("dl_grain"), c.start, c.as_of_end)
    falls = dl_shape.year_end_falls(dishonest_whole(c), c.as_of_end)
    return (
        dl_figs.stock_trend(frame, c.opt("dl_grain"), falls, c.lang),
        frame.select("period", "label", "period_end", "n_on_list"),
        ["dl_on_list"],
    )


@figure("dishonest-flows", "dishonest-list", options=("dl_grain",))
def _dl_flows(c: Context):
    if (monthly := _dl_monthly(c)) is None:
        return None
    frame = dl_shape.by_grain(monthly, c.opt("dl_grain"), c.start, c.as_of_end)
    return (
        dl_figs.flows_trend(frame, c.opt("dl_grain"), c.lang),
        frame.select("period", "label", "n_listed", "n_removed", "n_net"),
        ["dl_new", "dl_removed", "dl_net"],
    )


@figure("dishonest-yoy", "dishonest-list", grain="quarter")
def _dl_yoy(c: Context):
    if _dl_monthly(c) is None:
        return None
    q = dl_shape.quarterly(dishonest_history(c), c.start, c.as_of_end)
    return (
        dl_figs.yoy_chart(q, c.lang),
        q.select("period", "label", "n_listed", "n_listed_year_before", "yoy"),
        ["dl_new", "dl_new_yoy"],
    )


@figure("dishonest-removals", "dishonest-list", grain="quarter")
def _dl_removals(c: Context):
    if _dl_monthly(c) is None:
        return None
    q = dl_shape.quarterly(dishonest_history(c), c.start, c.as_of_end)
    return (
        dl_figs.removals_chart(q, c.lang),
        q.select("period", "label", "n_listed", "n_removed", *dl_shape.REASON_COLUMNS, "removals_exceed"),
        ["dl_removed", "dl_new"],
    )


def _severity_span(c: Context) -> tuple[dt.date, dt.date]:
    first, last = selected_span(c)
    return max(first, dl_shape.severity_window_start()), last


@figure("dishonest-severity", "dishonest-list", span=_severity_span)
def _dl_severity(c: Context):
    severity = dl_shape.severity_window(c.run("dishonest_listed_by_severity"))
    return dl_figs.severity_chart(dl_shape.severity_by_quarter(severity), c.lang), severity, ["dl_new", "dl_severity"]


def _durations(c: Context) -> pl.DataFrame | None:
    durations = c.run("dishonest_durations")
    return durations if durations.height else None


@figure("dishonest-km-debtor", "dishonest-list")
def _dl_km_debtor(c: Context):
    if (durations := _durations(c)) is None:
        return None
    km = kaplan_meier(durations, "debtor_type")
    medians = dict(median_time(km, "debtor_type").rows())
    return (
        dl_figs.survival_chart(
            curve(km, "debtor_type"),
            "debtor_type",
            DEBTOR_TYPES,
            "debtor_type",
            c.tr("dl.fig.km_debtor.title"),
            c.lang,
            medians,
        ),
        km,
        ["dl_time_on_list"],
    )


@figure("dishonest-km-severity", "dishonest-list")
def _dl_km_severity(c: Context):
    if (durations := _durations(c)) is None:
        return None
    km = kaplan_meier(dl_shape.graded(durations), "severity")
    medians = dict(median_time(km, "severity").rows())
    return (
        dl_figs.survival_chart(
            curve(km, "severity"), "severity", SEVERITIES, "severity", c.tr("dl.fig.km_severity.title"), c.lang, medians
        ),
        km,
        ["dl_time_on_list", "dl_severity"],
    )


@figure("dishonest-distribution", "dishonest-list")
def _dl_distribution(c: Context):
    if (durations := _durations(c)) is None:
        return None
    classes = dl_shape.duration_classes(durations, "debtor_type")
    table = classes.with_columns(
        mapped(classes["class"], lambda i: dl_figs.class_label(i, c.lang), pl.String, "time_on_list")
    )
    return (
        dl_figs.distribution_chart(classes, "debtor_type", DEBTOR_TYPES, "debtor_type", c.lang),
        table,
        ["dl_time_on_list"],
    )


def dishonest_by_province(c: Context) -> pl.DataFrame:
    return held(c.run("dishonest_on_list_by_province"))


@figure("dishonest-map", "dishonest-list", at_end=True)
def _dl_map(c: Context):
    prov = dishonest_by_province(c).select("province_code", pl.col("per_100k").alias("value"))
    date = c.as_of_end.isoformat()
    return (
        *province_tiles(c, prov, c.tr("dl.fig.map.title", date=date), c.tr("dl.unit.per_100k"), ",.1f"),
        ["dl_per_100k"],
    )


@figure("dishonest-ranking", "dishonest-list", at_end=True)
def _dl_ranking(c: Context):
    prov = dishonest_by_province(c)
    return dl_figs.ranking_chart(prov, c.names(), c.lang), prov, ["dl_per_100k"]


@figure("dishonest-mix", "dishonest-list", at_end=True)
def _dl_mix(c: Context):
    prov = dishonest_by_province(c)
    return dl_figs.debtor_mix_chart(prov, c.names(), c.lang), prov, ["dl_on_list"]
