"""Figures of the campaigns page: the timeline of campaigns, a campaign's province against the comparison
provinces before, during and after it, and the estimated effects with their intervals.
"""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import polars as pl
from plotly.subplots import make_subplots

from contract import CAMPAIGN_FOCUSES
from figures.common import ACCENT, INK, MUTED, SERIES, WINDOW_FILL, empty, style
from i18n import label, tr

FOCUS_COLOURS = dict(zip(CAMPAIGN_FOCUSES, (ACCENT, SERIES[0], SERIES[2])))
MS_PER_DAY = 86_400_000


def campaign_label(row: dict, lang: str) -> str:
    """'Heilongjiang · Heilongjiang 2024 concentrated crackdown…' or 'National · …', for lists and axes."""
    where = (row.get("province_en") if lang == "en" else row.get("province_zh")) or tr("cp.scope.national", lang)
    name = row["name_en"] if lang == "en" else row["name_zh"]
    return f"{where} · {name}"


def timeline(camps: pl.DataFrame, lang: str, selected: str | None = None) -> go.Figure:
    """One bar per campaign from its first to its last day, coloured by focus; the chosen one outlined."""
    title = tr("cp.fig.timeline.title", lang)
    if camps.height == 0:
        return empty(title, lang)
    rows = camps.sort("start_date", descending=True).to_dicts()
    fig = go.Figure()
    for focus in CAMPAIGN_FOCUSES:
        sub = [r for r in rows if r["focus"] == focus]
        if not sub:
            continue
        fig.add_bar(
            y=[campaign_label(r, lang) for r in sub],
            x=[((r["end_date"] - r["start_date"]).days + 1) * MS_PER_DAY for r in sub],
            base=[r["start_date"].isoformat() for r in sub],
            orientation="h",
            name=label("focus", focus, lang),
            marker_color=FOCUS_COLOURS.get(focus, SERIES[5]),
            marker_line={"width": [2.5 if r["campaign_id"] == selected else 0 for r in sub], "color": INK},
            customdata=[[r["start_date"].isoformat(), r["end_date"].isoformat(), r["campaign_id"]] for r in sub],
            hovertemplate="%{y}<br>%{customdata[0]} – %{customdata[1]}<extra></extra>",
        )
    order = [campaign_label(r, lang) for r in rows]
    style(fig, title, None, lang, height=max(300, 34 * len(rows) + 120))
    fig.update_layout(barmode="overlay", hovermode="closest", margin={"l": 20})
    fig.update_xaxes(type="date", title=None)
    fig.update_yaxes(categoryorder="array", categoryarray=order[::-1], automargin=True, title=None)
    return fig


def before_after(
    gaps: pl.DataFrame,
    start: dt.date,
    end: dt.date,
    treated_name: str,
    unit: str,
    title: str,
    lang: str,
    subtitle: str | None = None,
) -> go.Figure:
    """Monthly rate of the campaign's province and the mean of the comparison provinces, the campaign shaded."""
    if gaps.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    fig.add_vrect(
        x0=start,
        x1=end,
        fillcolor=WINDOW_FILL,
        line_width=0,
        layer="below",
        annotation_text=tr("cp.phase.during", lang),
        annotation_position="top left",
        annotation_font={"size": 10, "color": MUTED},
    )
    fig.add_scatter(
        x=gaps["month"],
        y=gaps["treated"],
        mode="lines+markers",
        name=treated_name,
        line={"color": ACCENT, "width": 2.5},
        marker={"size": 5},
        hovertemplate="%{y:,.3g}",
        xperiod="M1",
        xperiodalignment="middle",
    )
    fig.add_scatter(
        x=gaps["month"],
        y=gaps["comparison"],
        mode="lines+markers",
        name=tr("cp.comparison", lang),
        line={"color": SERIES[0], "width": 2, "dash": "dot"},
        marker={"size": 4},
        hovertemplate="%{y:,.3g}",
        xperiod="M1",
        xperiodalignment="middle",
    )
    style(fig, title, None, lang, height=400, subtitle=subtitle)
    fig.update_xaxes(type="date", ticklabelmode="period", tickformat="%Y-%m")
    return fig


def effects_plot(table: pl.DataFrame, unit: str, lang: str) -> go.Figure:
    """Each estimate as a dot with its 95% interval, one panel per outcome (their scales differ); the dashed
    line is no effect, and estimates whose interval excludes it are in the accent colour."""
    title = tr("cp.fig.effects.title", lang)
    if table.height == 0:
        return empty(title, lang)
    outcomes = table["outcome"].unique(maintain_order=True).to_list()
    fig = make_subplots(
        rows=len(outcomes),
        cols=1,
        vertical_spacing=0.22,
        subplot_titles=[tr(f"cp.outcome.{o}", lang) for o in outcomes],
    )
    for row, outcome in enumerate(outcomes, start=1):
        sub = table.filter(pl.col("outcome") == outcome)
        labels = [tr(f"cp.phase.{p}", lang) for p in sub["phase"]]
        colours = [ACCENT if lo > 0 or hi < 0 else MUTED for lo, hi in zip(sub["low"], sub["high"])]
        fig.add_scatter(
            x=sub["estimate"],
            y=labels,
            mode="markers",
            marker={"size": 11, "color": colours},
            error_x={
                "type": "data",
                "symmetric": False,
                "array": sub["high"] - sub["estimate"],
                "arrayminus": sub["estimate"] - sub["low"],
                "color": INK,
                "thickness": 1.5,
                "width": 6,
            },
            customdata=sub.select("low", "high").to_numpy(),
            hovertemplate="%{y}: %{x:+.3g} [%{customdata[0]:+.3g}, %{customdata[1]:+.3g}]<extra></extra>",
            showlegend=False,
            row=row,
            col=1,
        )
        fig.add_vline(x=0, line_dash="dash", line_color=MUTED, row=row, col=1)
    style(fig, title, None, lang, height=170 * len(outcomes) + 90, subtitle=unit)
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(zeroline=False)
    fig.update_annotations(font={"size": 12, "color": INK}, x=0, xanchor="left")
    fig.update_layout(hovermode="closest", margin={"l": 20, "t": 110})
    return fig
