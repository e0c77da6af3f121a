"""The case file's figure: one case told step by step. The case (`case_id`) is the figure's option; the figure is
named after it and its stamp states the case's own span, from its first to its last step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

import queries
from analysis.case_file import story
from analysis.frames import mapped
from charts.core import OPTIONS, Context, figure
from figures.case import timeline
from i18n import label

OPTIONS.update({"case_id": (None, None)})
# The steps before filing that belong to a case's story (an earlier listing of the same debtor, a prior case).
LOOK_BACK = dt.timedelta(days=365)


@dataclasses.dataclass(frozen=True)
class Case:
    """One case: its row, its refusal incidents, its own list entries and its steps told in order."""

    row: dict
    incidents: pl.DataFrame
    listings: pl.DataFrame
    events: pl.DataFrame


def case(case_id: int) -> Case | None:
    found = queries.run("case_by_id", case_id=case_id)
    if found.height == 0:
        return None
    row = found.row(0, named=True)
    since = row["filed_date"] - LOOK_BACK
    # One set of facts for the timeline and the list section: the case's own list entries from the same day.
    listings = queries.run("case_listings", case_id=case_id, since=since)
    events = story(queries.run("case_events_for_case", case_id=case_id, since=since), listings, since)
    return Case(row, queries.run("case_incidents", case_id=case_id), listings, events)


def steps_table(events: pl.DataFrame, c: Context) -> pl.DataFrame:
    """The case's steps as the page lists them, headed in `c.lang`."""
    return events.select(
        pl.col("event_date").dt.strftime("%Y-%m-%d").alias(c.tr("case.col.date")),
        mapped(events["event_type"], lambda e: label("event", e, c.lang), pl.String, c.tr("case.col.step")),
        pl.col("amount_yuan").alias(c.tr("case.col.amount")),
        pl.col("detail_en" if c.lang == "en" else "detail_zh").alias(c.tr("case.col.detail")),
    )


def _events(c: Context) -> pl.DataFrame | None:
    case_id = c.opt("case_id")
    built = None if case_id is None else case(int(case_id))
    return built.events if built is not None and built.events.height else None


def _span(c: Context) -> tuple[dt.date, dt.date]:
    events = _events(c)
    if events is None:
        return c.start, c.end
    return events["event_date"].min().replace(day=1), events["event_date"].max().replace(day=1)


@figure(
    "case-timeline",
    "case-lookup",
    options=("case_id",),
    span=_span,
    name=lambda c: f"case-{c.opt('case_id')}",
    press=False,
)
def _case_timeline(c: Context):
    events = _events(c)
    if events is None:
        return None
    return timeline(events, c.lang), steps_table(events, c), ["nc_incidents"]
