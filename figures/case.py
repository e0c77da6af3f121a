"""The life of one enforcement case as a timeline: each step on its own row, in the order steps happen."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from contract import EVENT_TYPES
from figures.common import ACCENT, SERIES, empty, style
from i18n import label, tr

# Steps a court takes against a refusing debtor stand out from the routine ones.
COERCIVE = {
    "warning",
    "fine",
    "detention",
    "listed_dishonest",
    "consumption_restricted",
    "transferred_to_police",
    "prosecuted",
    "convicted",
}


def timeline(events: pl.DataFrame, lang: str) -> go.Figure:
    title = tr("case.fig.title", lang)
    if events.height == 0:
        return empty(title, lang)
    order = [e for e in EVENT_TYPES if e in set(events["event_type"])]
    names = {e: label("event", e, lang) for e in order}
    detail = events["detail_en" if lang == "en" else "detail_zh"].to_list()
    kinds = events["event_type"].to_list()
    fig = go.Figure()
    fig.add_scatter(
        x=events["event_date"].to_list(),
        y=[names[k] for k in kinds],
        mode="lines+markers",
        line={"color": SERIES[5], "width": 1, "dash": "dot"},
        marker={"size": 13, "color": [ACCENT if k in COERCIVE else SERIES[0] for k in kinds]},
        customdata=detail,
        hovertemplate="%{x|%Y-%m-%d}<br>%{customdata}<extra></extra>",
        showlegend=False,
    )
    fig.update_yaxes(categoryorder="array", categoryarray=[names[e] for e in reversed(order)], rangemode="normal")
    fig.update_layout(hovermode="closest")
    return style(fig, title, None, lang, height=max(260, 48 * len(order) + 120), subtitle=tr("case.fig.sub", lang))
