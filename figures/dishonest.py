"""Figures of the dishonest-list page: the number on the list and its flows, year-on-year change, removals
by reason, time on the list and the provinces. Plain functions from polars frames to Plotly figures.
"""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import polars as pl

from analysis.dishonest import DURATION_CLASSES, POLICY_2024, REASON_COLUMNS
from analysis.months import add_months
from contract import DEBTOR_TYPES, REMOVAL_REASONS, SEVERITIES, UNKNOWN
from figures.common import (
    ACCENT,
    GRID,
    MAX_TICKS,
    MUTED,
    SERIES,
    UNKNOWN_COLOUR,
    WINDOW_FILL,
    add_markers,
    empty,
    legend_below_axis_title,
    period_kw,
    stacked_bars,
    style,
)
from i18n import label, numbers, tr

LABELLED_QUARTERS = 8
SEVERITY_ORDER = (*SEVERITIES, "ungraded", UNKNOWN)
SEVERITY_COLOURS = {
    "minor": SERIES[2],
    "general": SERIES[4],
    "serious": ACCENT,
    "ungraded": GRID,
    UNKNOWN: UNKNOWN_COLOUR,
}
DEBTOR_COLOURS = {**dict(zip(DEBTOR_TYPES, SERIES)), UNKNOWN: UNKNOWN_COLOUR}


def stock_trend(frame: pl.DataFrame, grain: str, falls: list[dict], lang: str) -> go.Figure:
    """The number on the list at each period end, with the year-end falls annotated and the 2024 policy marked."""
    title = tr("dl.fig.stock.title", lang)
    if frame.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    fig.add_scatter(
        x=frame["period_end"],
        y=frame["n_on_list"],
        mode="lines" if grain == "month" else "lines+markers",
        name=tr("ind.dl_on_list.name", lang),
        line={"color": SERIES[0], "width": 2.5},
        customdata=frame["label"],
        hovertemplate="%{customdata}: %{y:,.0f}<extra></extra>",
    )
    shown = set(frame["period_end"].to_list())
    for fall in falls:
        when = dt.date(fall["year"], 12, 31)
        if when not in shown:
            continue
        text = fall_text(fall, lang)
        fig.add_annotation(
            x=when,
            y=fall["n_on_list"],
            text=text,
            showarrow=True,
            arrowhead=2,
            arrowcolor=ACCENT,
            ax=-5 if fall["again"] else -230,
            ay=110 if fall["again"] else 90,
            font={"size": 11, "color": ACCENT},
            bgcolor="rgba(255,255,255,0.85)",
        )
    add_markers(fig, _policy_marker(frame, lang), at="above")
    fig = style(fig, title, tr("unit.person_times", lang), lang, height=420)
    return _stock_ticks(fig, frame, grain)


def _stock_ticks(fig: go.Figure, frame: pl.DataFrame, grain: str) -> go.Figure:
    """Each stock labelled under the day it is counted (a period's end, or the period's cut end): "2024" under
    31 December 2024, not "Jan 2025"; with more periods than fit, only the year ends, named by their year."""
    ends, labels = frame["period_end"].to_list(), frame["label"].to_list()
    if len(ends) > MAX_TICKS and grain != "year":
        kept = [(e, str(e.year)) for e in ends if (e.month, e.day) == (12, 31)]
        ends, labels = [e for e, _ in kept], [t for _, t in kept]
    step = max(1, -(-len(ends) // MAX_TICKS))
    return fig.update_xaxes(tickmode="array", tickvals=ends[::step], ticktext=labels[::step])


def fall_text(fall: dict, lang: str) -> str:
    """What a year-end fall is: again (after a fall), the first after a run of rises, or a plain fall (after a
    flat year, or where the data hold no year before it)."""
    pct = numbers.pct(fall["change"])
    if fall["again"]:
        return tr("dl.fig.stock.fell_again", lang, year=fall["year"], pct=pct)
    rises = fall["rises_before"]
    if rises == 0:
        return tr("dl.fig.stock.fell", lang, year=fall["year"], pct=pct)
    key = "dl.fig.stock.first_fall_one" if rises == 1 else "dl.fig.stock.first_fall"
    return tr(key, lang, year=fall["year"], pct=pct, years=rises)


def _policy_marker(frame: pl.DataFrame, lang: str) -> list[tuple[dt.date, str]]:
    """The 2024 policy's line, where the frame's periods reach it (from their first start to their last end; a
    frame without `period_end` is by quarter)."""
    if "period_end" in frame.columns:
        last = frame["period_end"].max()
    else:
        last = add_months(frame["period"].max(), 3) - dt.timedelta(days=1)
    return [(POLICY_2024, tr("dl.marker.policy", lang))] if frame["period"].min() <= POLICY_2024 <= last else []


def flows_trend(frame: pl.DataFrame, grain: str, lang: str) -> go.Figure:
    """New entries (up), removals (down) and the net change (line) per period."""
    title = tr("dl.fig.flows.title", lang)
    if frame.height == 0:
        return empty(title, lang)
    period = period_kw(grain)
    fig = go.Figure()
    fig.add_bar(
        x=frame["period"],
        y=frame["n_listed"],
        name=tr("ind.dl_new.name", lang),
        marker_color=SERIES[0],
        customdata=frame["label"],
        hovertemplate="%{customdata}: %{y:,.0f}<extra></extra>",
        **period,
    )
    fig.add_bar(
        x=frame["period"],
        y=-frame["n_removed"],
        name=tr("ind.dl_removed.name", lang),
        marker_color=SERIES[2],
        customdata=frame.select("label", "n_removed").rows(),
        hovertemplate="%{customdata[0]}: %{customdata[1]:,.0f}<extra></extra>",
        **period,
    )
    fig.add_scatter(
        x=frame["period"],
        y=frame["n_net"],
        name=tr("dl.net", lang),
        mode="lines+markers",
        line={"color": SERIES[1], "width": 2},
        marker={"size": 4},
        customdata=frame["label"],
        hovertemplate="%{customdata}: %{y:+,.0f}<extra></extra>",
        **period,
    )
    fig.update_layout(barmode="relative", bargap=0.15)
    add_markers(fig, _policy_marker(frame, lang), at="above")
    fig = style(fig, title, tr("unit.person_times", lang), lang, height=400)
    fig.update_yaxes(rangemode="normal", zeroline=True, zerolinecolor=MUTED)
    return fig


def _labelled(pct: list[float]) -> set[int]:
    """The bars that carry their value: the latest quarter, and the largest change of the two years before it
    unless it stands next to the latest. A quarter's bar is narrower than its label, so labels on neighbouring
    bars would run into each other; every value is one hover away and in the chart's data."""
    last = len(pct) - 1
    before = range(max(0, last - LABELLED_QUARTERS), last)
    peak = max(before, key=lambda i: abs(pct[i]), default=None)
    return {last} if peak is None or last - peak < 2 else {peak, last}


def yoy_chart(q: pl.DataFrame, lang: str) -> go.Figure:
    """Year-on-year change of new entries per quarter, falls in red; the latest quarter and the largest change of
    the two years before it labelled."""
    title = tr("dl.fig.yoy.title", lang)
    data = q.filter(pl.col("yoy").is_not_null())
    if data.height == 0:
        return empty(title, lang)
    pct = (data["yoy"] * 100).to_list()
    text = [f"{v:+.0f}%" if i in _labelled(pct) else "" for i, v in enumerate(pct)]
    fig = go.Figure()
    fig.add_bar(
        x=data["period"],
        y=pct,
        xperiod="M3",
        xperiodalignment="middle",
        text=text,
        textposition="outside",
        cliponaxis=False,
        constraintext="none",
        textfont={"size": 10},
        marker_color=[ACCENT if v < 0 else SERIES[0] for v in pct],
        name=tr("dl.yoy", lang),
        customdata=data.select("label", "n_listed", "n_listed_year_before").rows(),
        hovertemplate="%{customdata[0]}: %{y:+.1f}%<br>%{customdata[1]:,.0f} / %{customdata[2]:,.0f}<extra></extra>",
        showlegend=False,
    )
    add_markers(fig, _policy_marker(data, lang), at="above")
    fig = style(fig, title, "%", lang)
    fig.update_yaxes(rangemode="normal", zeroline=True, zerolinecolor=MUTED, ticksuffix="%")
    fig.update_xaxes(hoverformat="%Y-%m")
    return fig


def removals_chart(q: pl.DataFrame, lang: str) -> go.Figure:
    """Removals per quarter stacked by reason against new entries; quarters where removals exceeded them shaded."""
    title = tr("dl.fig.removals.title", lang)
    if q.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    for i, (reason, col) in enumerate(zip(REMOVAL_REASONS, REASON_COLUMNS)):
        fig.add_bar(
            x=q["period"],
            y=q[col],
            name=label("removal", reason, lang),
            marker_color=SERIES[(i + 2) % len(SERIES)],
            xperiod="M3",
            xperiodalignment="middle",
            customdata=q["label"],
            hovertemplate="%{customdata}: %{y:,.0f}<extra>" + label("removal", reason, lang) + "</extra>",
        )
    exceed = q["removals_exceed"].to_list()
    fig.add_scatter(
        x=q["period"],
        y=q["n_listed"],
        name=tr("ind.dl_new.name", lang),
        mode="lines+markers",
        line={"color": SERIES[0], "width": 2.5},
        xperiod="M3",
        xperiodalignment="middle",
        marker={"size": [9 if e else 5 for e in exceed], "color": [ACCENT if e else SERIES[0] for e in exceed]},
        customdata=q["label"],
        hovertemplate="%{customdata}: %{y:,.0f}<extra></extra>",
    )
    # One layout update for all the shading: add_vrect per quarter costs milliseconds each.
    fig.update_layout(
        shapes=[
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": period,
                "x1": add_months(period, 3),
                "y0": 0,
                "y1": 1,
                "fillcolor": WINDOW_FILL,
                "line": {"width": 0},
                "layer": "below",
            }
            for period in q.filter(pl.col("removals_exceed"))["period"].to_list()
        ]
    )
    if q["removals_exceed"].any():
        # A legend entry for the shading, which Plotly's shapes do not get.
        fig.add_bar(x=[None], y=[None], name=tr("dl.exceed.legend", lang), marker_color="rgba(233, 162, 59, 0.35)")
    fig.update_layout(barmode="stack", bargap=0.2)
    style(fig, title, tr("unit.person_times", lang), lang, height=420)
    fig.update_layout(legend={"traceorder": "normal"})
    return fig


def severity_chart(q: pl.DataFrame, lang: str) -> go.Figure:
    """New entries per quarter by graded severity (entries before the 2024 grading are 'ungraded')."""
    title = tr("dl.fig.severity.title", lang)
    if q.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    stacked_bars(fig, q, "period", "n_listed", "severity", SEVERITY_ORDER, SEVERITY_COLOURS, lang, period="M3")
    fig.update_layout(barmode="stack", bargap=0.2)
    add_markers(fig, _policy_marker(q, lang), at="above")
    style(fig, title, tr("unit.person_times", lang), lang)
    fig.update_layout(legend={"traceorder": "normal"})
    fig.update_xaxes(tickformat="%Y-%m")
    return fig


def survival_chart(
    points: pl.DataFrame,
    by: str,
    order: tuple[str, ...],
    kind: str,
    title: str,
    lang: str,
    medians: dict[str, int | None] | None = None,
) -> go.Figure:
    """Kaplan–Meier curves: the share still on the list by months since listing, one line per group."""
    if points.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    colours = SEVERITY_COLOURS if kind == "severity" else DEBTOR_COLOURS
    for value in order:
        part = points.filter(pl.col(by) == value)
        if part.height == 0:
            continue
        name = label(kind, value, lang)
        med = (medians or {}).get(value)
        if medians is not None:
            name += " · " + (
                tr("dl.median.short", lang, months=med) if med is not None else tr("dl.median.not_reached", lang)
            )
        fig.add_scatter(
            x=part["months"],
            y=part["survival"] * 100,
            mode="lines",
            line_shape="hv",
            name=name,
            line={"color": colours.get(value, MUTED), "width": 2.5},
            hovertemplate="%{x} "
            + tr("dl.unit.months", lang)
            + ": %{y:.1f}%<extra>"
            + label(kind, value, lang)
            + "</extra>",
        )
    fig.add_hline(y=50, line_dash="dot", line_color=MUTED, line_width=1)
    fig = style(fig, title, tr("dl.unit.share_listed", lang), lang, height=420)
    legend_below_axis_title(fig)
    fig.update_yaxes(range=[0, 101], ticksuffix="%")
    fig.update_xaxes(title={"text": tr("dl.axis.months_listed", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest")
    return fig


def class_label(i: int, lang: str) -> str:
    if i < 0:
        return tr("dl.class.still_listed", lang)
    lo, hi = DURATION_CLASSES[i]
    if hi is None:
        return tr("dl.class.over", lang, years=lo // 12)
    if hi <= 12:
        return tr("dl.class.months", lang, lo=lo, hi=hi)
    return tr("dl.class.years", lang, lo=_years(lo), hi=_years(hi))


def _years(months: int) -> str:
    return f"{months / 12:g}"


def distribution_chart(classes: pl.DataFrame, by: str, order: tuple[str, ...], kind: str, lang: str) -> go.Figure:
    """100% bars per group: how long removed entries had been listed, and the share still listed."""
    title = tr("dl.fig.distribution.title", lang)
    if classes.height == 0:
        return empty(title, lang)
    groups = [g for g in order if g in set(classes[by].to_list())]
    ylabels = [label(kind, g, lang) for g in groups]
    fig = go.Figure()
    palette = ["#cfe0f3", "#a4c5e8", "#6f9fd1", "#3f78b5", "#1f5fa8", "#154781", "#0b2f58"]
    for i in [*range(len(DURATION_CLASSES)), -1]:
        part = classes.filter(pl.col("class") == i)
        shares = dict(zip(part[by].to_list(), part["share"].to_list()))
        counts = dict(zip(part[by].to_list(), part["n_entries"].to_list()))
        fig.add_bar(
            y=ylabels,
            x=[shares.get(g, 0) * 100 for g in groups],
            orientation="h",
            name=class_label(i, lang),
            marker_color=ACCENT if i < 0 else palette[i],
            customdata=[counts.get(g, 0) for g in groups],
            hovertemplate="%{y}: %{x:.1f}% (%{customdata:,.0f})<extra>" + class_label(i, lang) + "</extra>",
        )
    fig.update_layout(barmode="stack", hovermode="closest")
    fig = style(fig, title, None, lang, height=330)
    legend_below_axis_title(fig)
    fig.update_xaxes(range=[0, 100], ticksuffix="%")
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(legend={"y": -0.14})
    return fig


def ranking_chart(prov: pl.DataFrame, names: dict[str, str], lang: str) -> go.Figure:
    """Provinces ranked by the number on the list per 100,000 residents."""
    title = tr("dl.fig.ranking.title", lang)
    if prov.height == 0:
        return empty(title, lang)
    data = prov.sort("per_100k", descending=True)
    fig = go.Figure()
    fig.add_bar(
        y=[names.get(c, c) for c in data["province_code"]],
        x=data["per_100k"],
        orientation="h",
        marker_color=SERIES[0],
        customdata=data["n_on_list"],
        showlegend=False,
        hovertemplate="%{y}: %{x:,.1f}<br>%{customdata:,.0f} " + tr("unit.person_times", lang) + "<extra></extra>",
    )
    fig = style(fig, title, None, lang, height=max(300, 22 * data.height + 110))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title={"text": tr("dl.unit.per_100k", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest", margin={"l": 120})
    return fig


def debtor_mix_chart(prov: pl.DataFrame, names: dict[str, str], lang: str) -> go.Figure:
    """Per province, the shares of individuals, companies and other organisations among those on the list."""
    title = tr("dl.fig.mix.title", lang)
    data = prov.filter(pl.col("n_on_list") > 0)
    if data.height == 0:
        return empty(title, lang)
    data = data.with_columns((pl.col("n_individual") / pl.col("n_on_list")).alias("share_individual")).sort(
        "share_individual", descending=True
    )
    fig = go.Figure()
    for dtype in (*DEBTOR_TYPES, UNKNOWN):
        col = f"n_{dtype}"
        if dtype == UNKNOWN and not data[col].sum():
            continue
        fig.add_bar(
            y=[names.get(c, c) for c in data["province_code"]],
            x=data[col] / data["n_on_list"] * 100,
            orientation="h",
            name=label("debtor_type", dtype, lang),
            marker_color=DEBTOR_COLOURS[dtype],
            customdata=data[col],
            hovertemplate="%{y}: %{x:.1f}% (%{customdata:,.0f})<extra>"
            + label("debtor_type", dtype, lang)
            + "</extra>",
        )
    fig.update_layout(barmode="stack")
    fig = style(fig, title, None, lang, height=max(300, 22 * data.height + 130))
    fig.update_layout(hovermode="closest", margin={"l": 120})
    legend_below_axis_title(fig)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(
        range=[0, 100],
        ticksuffix="%",
        title={"text": tr("dl.unit.share_on_list", lang), "font": {"size": 11, "color": MUTED}},
    )
    return fig
