"""Figures of the national overview: yearly trends of refusal cases, the dishonest list and enforcement."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from figures.common import SERIES, empty, style, year_axis
from i18n import tr


def _years(frame: pl.DataFrame) -> list[int]:
    return [d.year for d in frame["period"]]


def noncompliance_trend(yearly: pl.DataFrame, lang: str) -> go.Figure:
    """Cases transferred to the police (bars) and persons held liable (line), by year."""
    title = tr("ov.fig.nc.title", lang)
    if yearly.height == 0:
        return empty(title, lang)
    x = _years(yearly)
    fig = go.Figure()
    fig.add_bar(
        x=x,
        y=yearly["n_transferred"],
        name=tr("ind.nc_transferred.name", lang) + f" ({tr('unit.cases', lang)})",
        marker_color=SERIES[0],
    )
    fig.add_scatter(
        x=x,
        y=yearly["n_held_liable"],
        mode="lines+markers",
        name=tr("ind.nc_held_liable.name", lang) + f" ({tr('unit.persons', lang)})",
        line={"color": SERIES[1], "width": 2.5},
    )
    year_axis(fig, x)
    return style(fig, title, tr("ov.fig.nc.unit", lang), lang, subtitle=tr("ov.fig.nc.sub", lang))


def dishonest_trend(yearly: pl.DataFrame, lang: str) -> go.Figure:
    """New entries and removals (bars) and the number on the list at year end (line), by year."""
    title = tr("ov.fig.dl.title", lang)
    if yearly.height == 0:
        return empty(title, lang)
    x = _years(yearly)
    fig = go.Figure()
    fig.add_bar(x=x, y=yearly["n_listed"], name=tr("ind.dl_new.name", lang), marker_color=SERIES[0])
    fig.add_bar(x=x, y=yearly["n_removed"], name=tr("ind.dl_removed.name", lang), marker_color=SERIES[2])
    fig.add_scatter(
        x=x,
        y=yearly["n_on_list"],
        mode="lines+markers",
        name=tr("ind.dl_on_list.name", lang),
        line={"color": SERIES[1], "width": 2.5},
    )
    fig.update_layout(barmode="group")
    year_axis(fig, x)
    return style(fig, title, tr("unit.person_times", lang), lang, subtitle=tr("ov.fig.dl.sub", lang))
