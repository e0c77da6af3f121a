"""The national overview's cards and figures. The cards are declared here once: the page shows them, and the
paste-ready summary and the kit's README state the same numbers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

import queries
from analysis import overview as ov_shape
from analysis.months import add_months, month_bounds
from charts.core import Context, figure
from figures import overview as ov_figs
from i18n import tr
from shared_filters import Filters


@dataclasses.dataclass(frozen=True)
class Card:
    """One KPI card: its indicator (whose definition it carries), its title, the value in the cards' window and the
    value a year earlier."""

    indicator: str
    title: str
    value: float | None
    before: float | None
    stock: bool = False  # a count on a day (the list's stock at the period's end), not a sum over the window
    money: bool = False
    # How the change is coloured: "normal" (up is good), "inverse" (up is bad) or "off" (no verdict).
    delta_color: str = "normal"
    note: str | None = None  # what the value counts, when the title alone does not say (a stock's date)


@dataclasses.dataclass(frozen=True)
class Cards:
    """The overview's cards for a selection, with the window they add up."""

    cards: tuple[Card, ...]
    end_month: dt.date
    window_start: dt.date  # the window's first month: a year before its end, or the period's start when shorter
    short: bool  # the period is shorter than a year: the cards add up what it holds


def cards(sel: Filters, lang: str) -> Cards:
    """The overview's eight cards: the year to the period's end against the year before (flows), the stock on the
    list at the period's end, and the dishonest-list entries of the latest quarter. Built once per data,
    selection and language."""
    return queries.memo(("overview-cards", sel, lang), lambda: _cards(sel, lang))


def _cards(sel: Filters, lang: str) -> Cards:
    start, end = month_bounds(sel.start, sel.end)
    end_month = end.replace(day=1)
    nc = queries.run("noncompliance_by_month", sel)
    dl = queries.run("dishonest_by_month", sel)
    ce = queries.run("cross_enforcement_by_month", sel)
    cases = queries.run("cases_by_month", sel)

    def flow(frame: pl.DataFrame, column: str, indicator: str, money: bool = False, neutral: bool = False) -> Card:
        now, before = ov_shape.flow(frame, column, end_month, start)
        # Fewer refusal cases may mean less defiance or less enforcement: the change is shown without a verdict.
        return Card(
            indicator,
            tr(f"ov.kpi.{indicator}", lang),
            now,
            before,
            money=money,
            delta_color="off" if neutral else "normal",
        )

    stock_now, stock_before = ov_shape.stock(dl, "n_on_list", end_month, start)
    quarter, q_now, q_before = ov_shape.latest_quarter(dl, "n_listed", end_month, start)
    built = (
        flow(nc, "n_transferred", "nc_transferred", neutral=True),
        flow(nc, "n_held_liable", "nc_held_liable", neutral=True),
        Card(
            "dl_on_list",
            tr("ov.kpi.dl_on_list", lang),
            stock_now,
            stock_before,
            stock=True,
            delta_color="inverse",
            note=tr("ov.kpi.stock_at", lang, month=f"{end_month:%Y-%m}"),
        ),
        Card(
            "dl_new",
            tr("ov.kpi.dl_new", lang, quarter=quarter),
            q_now,
            q_before,
            delta_color="inverse",
            note=tr("ov.kpi.quarter", lang, quarter=quarter),
        ),
        flow(ce, "n_assigned", "ce_assigned"),
        flow(ce, "recovered_yuan", "ce_recovered", money=True),
        flow(cases, "n_closed", "cases_closed"),
        flow(cases, "recovered_yuan", "cases_recovered", money=True),
    )
    window_start = add_months(end_month, -11)
    short = window_start < start
    return Cards(built, end_month, start if short else window_start, short)


@figure("overview-noncompliance", "national")
def _overview_noncompliance(c: Context):
    nc_y = ov_shape.yearly(c.run("noncompliance_by_month"), ["n_transferred", "n_held_liable"])
    return ov_figs.noncompliance_trend(nc_y, c.lang), nc_y, ["nc_transferred", "nc_held_liable"]


@figure("overview-dishonest", "national")
def _overview_dishonest(c: Context):
    dl_y = ov_shape.yearly(c.run("dishonest_by_month"), ["n_listed", "n_removed"], lasts=("n_on_list",))
    return ov_figs.dishonest_trend(dl_y, c.lang), dl_y, ["dl_new", "dl_removed", "dl_on_list"]
