"""The life of one enforcement case as a timeline: each step on its own row, in the order steps happen."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from analysis.case_file import REMOVED
from contract import EVENT_TYPES
from figures.common import ACCENT, SERIES, empty, style
from i18n import label, numbers, tr

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


# The steps in the order they happen; a removal from the list (told from the list's own entries) follows the listing.
STEPS = tuple(step for e in EVENT_TYPES for step in ((e, REMOVED) if e == "listed_dishonest" else (e,)))


def timeline(events: pl.DataFrame, lang: str) -> go.Figure:
    title = tr("case.fig.title", lang)
    if events.height == 0:
        return empty(title, lang)
    order = [e for e in STEPS if e in set(events["event_type"])]
    names = {e: label("event", e, lang) for e in order}
    kinds = events["event_type"].to_list()
    detail = [d or names[k] for d, k in zip(events["detail_en" if lang == "en" else "detail_zh"].to_list(), kinds)]
    fig = go.Figure()
    fig.add_scatter(
        x=events["event_date"].to_list(),
        y=[names[k] for k in kinds],
        mode="lines+markers",
        line={"color": SERIES[5], "width": 1, "dash": "dot"},
        # Coercive steps stand out by shape as well as colour.
        marker={
            "size": 13,
            "color": [ACCENT if k in COERCIVE else SERIES[0] for k in kinds],
            "symbol": ["diamond" if k in COERCIVE else "circle" for k in kinds],
        },
        customdata=detail,
        hovertemplate="%{x|" + numbers.DAY_FORMAT[lang] + "}<br>%{customdata}<extra></extra>",
        showlegend=False,
    )
    # Dates as the interface's language writes them ("2025年10月19日", not "Oct 19 2025").
    fig.update_xaxes(tickformat=numbers.DAY_FORMAT[lang])
    fig.update_yaxes(categoryorder="array", categoryarray=[names[e] for e in reversed(order)], rangemode="normal")
    fig.update_layout(hovermode="closest")
    return style(fig, title, None, lang, height=max(260, 48 * len(order) + 120), subtitle=tr("case.fig.sub", lang))
