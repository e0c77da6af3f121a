"""The cross-enforcement page's figures: methods, the published comparison, flows, receivers, creditors."""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

from analysis import cross as ce_shape
from analysis import suppression
from analysis.frames import mapped
from analysis.survival import curve, kaplan_meier, median_time
from charts.core import Context, figure
from figures import cross as ce_figs

TOP_RECEIVERS = 15


def _by_method(c: Context) -> pl.DataFrame | None:
    by_method = c.run("cross_enforcement_by_method")
    period = ce_shape.in_period(by_method, c.start)
    return by_method if period["n_assigned"].sum() + period["n_resolved"].sum() else None


@figure("cross-methods", "cross-enforcement-reform")
def _ce_methods(c: Context):
    if (by_method := _by_method(c)) is None:
        return None
    return (
        ce_figs.method_chart(by_method, c.start, c.lang),
        ce_shape.in_period(by_method, c.start),
        ["ce_assigned", "ce_method"],
    )


@figure("cross-cumulative", "cross-enforcement-reform")
def _ce_cumulative(c: Context):
    if (by_method := _by_method(c)) is None:
        return None
    cum = ce_shape.cumulative(by_method, c.start)
    return ce_figs.cumulative_chart(cum, c.lang), cum, ["ce_assigned", "ce_resolved", "ce_recovered"]


def published(c: Context) -> pl.DataFrame:
    windows = sorted({(first, last) for first, last, *_ in ce_shape.PUBLISHED})
    totals = {w: c.run("cross_enforcement_totals", start=w[0], end=w[1]).row(0, named=True) for w in windows}
    return ce_shape.published_rows(totals, c.lang)


def _article_span(c: Context) -> tuple[dt.date, dt.date]:
    first, last = ce_shape.ARTICLE_WINDOW
    return first, last.replace(day=1)


@figure("cross-article", "cross-enforcement-reform", span=_article_span)
def _ce_article(c: Context):
    article = ce_shape.article_rows(published(c))
    table = article.drop("window_start", "window_end").with_columns(
        mapped(article["measure"], lambda m: c.tr(f"ind.{m}.name"), pl.String, "measure")
    )
    return (
        ce_figs.article_chart(article, c.lang),
        table,
        ["ce_assigned", "ce_resolved", "ce_recovered"],
    )


def _flows(c: Context) -> pl.DataFrame | None:
    flows = c.run("cross_enforcement_flows")
    return flows if flows.height else None


@figure("cross-levels", "cross-enforcement-reform")
def _ce_levels(c: Context):
    if (flows := _flows(c)) is None:
        return None
    return ce_figs.level_sankey(flows, c.lang), ce_shape.level_links(flows), ["ce_assigned", "ce_flow"]


@dataclasses.dataclass(frozen=True)
class Receivers:
    fig: object
    table: pl.DataFrame
    hidden: int


def receivers(c: Context) -> Receivers:
    """The courts that received the most moved cases, small counts hidden (only the largest receivers are listed,
    so no total gives them back)."""
    top = c.run("cross_enforcement_top_receivers", limit=TOP_RECEIVERS)
    threshold = suppression.threshold()
    top = suppression.protect(
        top, ["n_received", "n_resolved"], {"recovered_yuan": ["n_resolved"]}, threshold, total_shown=False
    )
    return Receivers(
        ce_figs.receivers_chart(top, c.lang),
        suppression.as_text(top, threshold),
        suppression.n_hidden_rows(top, ["n_received", "n_resolved"]),
    )


@figure("cross-receivers", "cross-enforcement-reform")
def _ce_receivers(c: Context):
    if _flows(c) is None:
        return None
    built = receivers(c)
    return built.fig, built.table, ["ce_received", "ce_resolved"]


@figure("cross-provinces", "cross-enforcement-reform")
def _ce_provinces(c: Context):
    if (flows := _flows(c)) is None:
        return None
    return ce_figs.province_chart(flows, c.names(), c.lang), ce_shape.province_links(flows), ["ce_assigned", "ce_flow"]


def _creditors(c: Context) -> pl.DataFrame | None:
    creditors = c.run("cross_enforcement_by_creditors")
    return creditors if creditors.height else None


@figure("cross-open", "cross-enforcement-reform")
def _ce_open(c: Context):
    if (creditors := _creditors(c)) is None:
        return None
    km = kaplan_meier(ce_shape.single_or_several(creditors), "creditors", censored="is_open", n="n_cases")
    medians = dict(median_time(km, "creditors").rows())
    return ce_figs.open_share_chart(curve(km, "creditors"), medians, c.lang), km, ["ce_time_to_resolve", "ce_creditors"]


@figure("cross-creditors", "cross-enforcement-reform")
def _ce_creditors(c: Context):
    if (creditors := _creditors(c)) is None:
        return None
    summary = ce_shape.creditor_summary(creditors)
    return ce_figs.creditors_chart(summary, c.lang), summary, ["ce_recovery_rate", "ce_creditors"]


@figure("cross-compare", "cross-enforcement-reform")
def _ce_compare(c: Context):
    versus = c.run("cross_enforcement_vs_comparable")
    if versus.height == 0:
        return None
    by_type = ce_shape.comparison(versus, "case_type")
    return ce_figs.comparison_chart(by_type, c.lang), by_type, ["ce_time_to_resolve", "ce_recovery_rate"]
