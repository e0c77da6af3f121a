"""The campaigns page's figures: every campaign on a timeline, and for a chosen one its province against the
provinces without a campaign, before, during and after, with a difference-in-differences estimate.

The chosen campaign (`cp_campaign`, a campaign id; the first featured one by default), the denominator
(`cp_per`) and the window around it (`cp_span`, months before and after) are the figures' options, so an
exported effect says which campaign and window it shows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

import queries
from analysis import campaigns, effects
from analysis.months import last_complete_month, last_day
from charts.core import OPTIONS, Context, figure
from figures import campaigns as cp_figs
from figures import milestones
from i18n import label
from i18n.numbers import period_text
from shared_filters import Filters

SPANS = (6, 12, 18, 24)
OPTIONS.update(
    {
        # Any campaign id of the data; None: the first featured campaign (or the first in the data).
        "cp_campaign": (None, None),
        "cp_per": ("cases", effects.DENOMINATORS),
        "cp_span": (12, SPANS),
        "cp_scope": ("all", ("all", "national", "provincial")),
        "cp_focus": ((), None),
    }
)


def rows() -> dict[str, dict]:
    """Every campaign by id, in the data's order."""
    return {r["campaign_id"]: r for r in queries.run("campaigns").to_dicts()}


def chosen_id(c: Context) -> str | None:
    """The campaign the options name, else the first featured one (None when the data hold no campaign)."""
    camps = rows()
    wanted = c.opt("cp_campaign")
    if wanted in camps:
        return wanted
    picks = campaigns.featured(camps)
    return picks[0] if picks else next(iter(camps), None)


def estimate(sel: Filters, start: dt.date, end: dt.date, per: str, first, last, treated: str, controls: tuple):
    """The panel for one campaign and set of choices, and its estimates: computed once per data and choices
    (placebos take a moment), kept with the data they came from. Every province is in the panel whatever the
    province filter: the comparison needs the provinces without a campaign."""
    everywhere = sel.everywhere()

    def compute():
        panel = queries.run("noncompliance_province_month", everywhere, start=first, end=last_day(last))
        return campaigns.estimate(panel, treated, list(controls), start, end, per)

    # The sidebar's period does not enter the panel: the campaign's window does.
    dims = tuple((field, tuple(values)) for field, values in everywhere.dims().items())
    key = ("campaign-estimate", start, end, per, dims, first, last, treated, controls)
    return queries.memo(key, compute)


@dataclasses.dataclass(frozen=True)
class Effect:
    """A campaign's estimate for one set of choices, with what the page says around it."""

    campaign: dict
    per: str
    first: dt.date
    last: dt.date
    controls: tuple[str, ...]
    results: dict | None  # None: no province without a campaign in the window to compare with
    province_name: str
    window_text: str


def effect(c: Context) -> Effect | None:
    """The chosen campaign's effect (None for a national campaign: there is no province to compare it with)."""
    cid = chosen_id(c)
    if cid is None:
        return None
    camp = rows()[cid]
    treated = camp["province_code"]
    if treated is None:
        return None
    per, span = c.opt("cp_per"), c.opt("cp_span")
    facts = queries.run("data_facts").row(0, named=True)
    first, last = effects.window(
        camp["start_date"],
        camp["end_date"],
        span,
        span,
        data_first=facts["first_month"],
        data_last=last_complete_month(facts["as_of_date"]),
    )
    provinces = queries.run("provinces")["province_code"].to_list()
    controls = tuple(effects.comparison_provinces(queries.run("campaigns"), provinces, treated, first, last))
    results = (
        estimate(c.sel, camp["start_date"], camp["end_date"], per, first, last, treated, controls) if controls else None
    )
    return Effect(
        camp,
        per,
        first,
        last,
        controls,
        results,
        c.names().get(treated, treated),
        period_text(f"{first:%Y-%m}", f"{last:%Y-%m}", c.lang),
    )


def _window_span(c: Context) -> tuple[dt.date, dt.date]:
    built = effect(c)
    return (built.first, built.last) if built else (c.start, c.end)


def timeline_frame(c: Context) -> pl.DataFrame:
    """The campaigns that overlap the period, of the scope and focuses asked for, with their names in `c.lang`."""
    camps = queries.run("campaigns")
    shown = campaigns.in_view(camps, c.start, c.end, c.opt("cp_scope"), list(c.opt("cp_focus")), c.sel.provinces)
    focuses = [v for v in camps["focus"].unique(maintain_order=True).to_list() if v]
    return shown.select(
        "campaign_id",
        pl.col("province_en" if c.lang == "en" else "province_zh").alias("province"),
        pl.col("name_en" if c.lang == "en" else "name_zh").alias("name"),
        "start_date",
        "end_date",
        pl.col("focus").replace({v: label("focus", v, c.lang) for v in focuses}),
        "n_incidents",
        "n_transferred",
        "n_held_liable",
    )


@figure(
    "cp-timeline", "campaign-effects", options=("cp_campaign", "cp_scope", "cp_focus"), url=(("campaign", chosen_id),)
)
def _cp_timeline(c: Context):
    camps = queries.run("campaigns")
    if camps.height == 0:
        return None
    shown = campaigns.in_view(camps, c.start, c.end, c.opt("cp_scope"), list(c.opt("cp_focus")), c.sel.provinces)
    fig = cp_figs.timeline(shown, c.lang, chosen_id(c))
    return fig, timeline_frame(c), ["cp_campaign", "cp_tagged"]


def _unit(c: Context) -> str:
    return c.tr(f"cp.unit.{c.opt('cp_per')}")


def _before_after(outcome: str):
    def build(c: Context):
        built = effect(c)
        if built is None or built.results is None:
            return None
        gaps = built.results[outcome][0]
        unit = _unit(c)
        title = c.tr("cp.fig.before_after.title", measure=c.tr(f"cp.outcome.{outcome}"), province=built.province_name)
        fig = cp_figs.before_after(
            gaps,
            built.campaign["start_date"],
            built.campaign["end_date"],
            built.province_name,
            unit,
            title,
            c.lang,
            subtitle=c.tr("cp.fig.before_after.subtitle", unit=unit),
        )
        milestones.overlay(fig, c.lang, built.first, last_day(built.last))
        return fig, gaps, [f"cp_rate_{outcome[2:]}", "cp_comparison"]

    return build


# The campaign's comparison uses every province (its own and those without a campaign), whatever the province
# filter; the permalink names the campaign, as the page's URL does.
EFFECT = dict(
    options=("cp_campaign", "cp_per", "cp_span"),
    span=_window_span,
    all_provinces=True,
    url=(("campaign", chosen_id),),
)

for _outcome in campaigns.OUTCOMES:
    figure(f"cp-before-after-{_outcome[2:]}", "campaign-effects", grain="month", **EFFECT)(_before_after(_outcome))


@figure("cp-effects", "campaign-effects", **EFFECT)
def _cp_effects(c: Context):
    built = effect(c)
    if built is None or built.results is None:
        return None
    summary = campaigns.estimates_frame(built.results)
    return cp_figs.effects_plot(summary, _unit(c), c.lang), summary, ["cp_did"]
