"""Figures of the cross-enforcement page: cases moved by method and over time, the published figures beside
ours, where cases go, several creditors, and moved cases against comparable cases that were not moved.
"""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import polars as pl
from plotly.subplots import make_subplots

from analysis.cross import CREDITOR_CAP, NATIONWIDE_START, PILOT_START, level_links, province_split
from contract import COURT_LEVELS, METHODS, UNKNOWN
from figures.common import (
    FONT,
    INK,
    MUTED,
    SERIES,
    UNKNOWN_COLOUR,
    add_markers,
    empty,
    legend_below_axis_title,
    stacked_bars,
    style,
)
from i18n import label, numbers, tr

METHOD_COLOURS = {**dict(zip(METHODS, SERIES)), UNKNOWN: UNKNOWN_COLOUR}
LEVEL_COLOURS = dict(zip(COURT_LEVELS, (SERIES[3], SERIES[0], SERIES[2], SERIES[4])))


def yuan_scale(lang: str) -> tuple[float, str]:
    """Axis scaling for large sums: 亿元 in Chinese, billion yuan in English."""
    return (1e8, tr("unit.yi_yuan", lang)) if lang == "zh" else (1e9, tr("unit.bn_yuan", lang))


def milestones(lang: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    marks = [(PILOT_START, tr("ce.marker.pilot", lang)), (NATIONWIDE_START, tr("ce.marker.nationwide", lang))]
    return [(d, text) for d, text in marks if first <= d <= last]


def method_chart(by_method: pl.DataFrame, start: dt.date, lang: str) -> go.Figure:
    """Cases assigned per month, stacked by method, with the pilot and the nationwide start marked."""
    title = tr("ce.fig.methods.title", lang)
    data = by_method.filter((pl.col("month") >= start.replace(day=1)) & (pl.col("n_assigned") > 0))
    if data.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    stacked_bars(fig, data, "month", "n_assigned", "method", (*METHODS, UNKNOWN), METHOD_COLOURS, lang)
    fig.update_layout(barmode="stack", bargap=0.15)
    add_markers(fig, milestones(lang, data["month"].min(), data["month"].max() + dt.timedelta(days=31)))
    style(fig, title, tr("unit.cases", lang), lang, height=400)
    fig.update_layout(legend={"traceorder": "normal"})
    fig.update_xaxes(tickformat="%Y-%m")
    return fig


def cumulative_chart(cum: pl.DataFrame, lang: str) -> go.Figure:
    """Running totals since the pilot: cases moved and resolved (left axis) and yuan recovered (right axis)."""
    title = tr("ce.fig.cumulative.title", lang)
    if cum.height == 0:
        return empty(title, lang)
    div, unit = yuan_scale(lang)
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_scatter(
        x=cum["month"],
        y=cum["cum_assigned"],
        name=tr("ce.cum.assigned", lang),
        mode="lines",
        line={"color": SERIES[0], "width": 2.5},
        hovertemplate="%{x|%Y-%m}: %{y:,.0f}<extra></extra>",
    )
    fig.add_scatter(
        x=cum["month"],
        y=cum["cum_resolved"],
        name=tr("ce.cum.resolved", lang),
        mode="lines",
        line={"color": SERIES[2], "width": 2.5},
        hovertemplate="%{x|%Y-%m}: %{y:,.0f}<extra></extra>",
    )
    fig.add_scatter(
        x=cum["month"],
        y=cum["cum_recovered_yuan"] / div,
        name=tr("ce.cum.recovered", lang, unit=unit),
        mode="lines",
        line={"color": SERIES[1], "width": 2, "dash": "dash"},
        secondary_y=True,
        hovertemplate="%{x|%Y-%m}: %{y:,.1f} " + unit + "<extra></extra>",
    )
    add_markers(fig, milestones(lang, cum["month"].min(), cum["month"].max() + dt.timedelta(days=31)))
    style(fig, title, tr("unit.cases", lang), lang, height=400)
    fig.update_xaxes(tickformat="%Y-%m")
    fig.update_yaxes(
        title={"text": unit, "font": {"size": 11, "color": MUTED}},
        secondary_y=True,
        showgrid=False,
        rangemode="tozero",
        tickmode="auto",
        tickformat=",.4~r",
    )
    return fig


def article_chart(rows: pl.DataFrame, lang: str) -> go.Figure:
    """The article's window: cases moved and resolved, and yuan recovered, ours beside the published figures."""
    title = tr("ce.fig.article.title", lang)
    if rows.height == 0:
        return empty(title, lang)
    div, unit = yuan_scale(lang)
    fig = make_subplots(rows=1, cols=2, column_widths=[0.62, 0.38], horizontal_spacing=0.14)
    counts = rows.filter(pl.col("measure") != "ce_recovered")
    money = rows.filter(pl.col("measure") == "ce_recovered")
    names = [tr(f"ce.short.{m}", lang) for m in counts["measure"]]
    for series, colour, key in (("ours", SERIES[0], "ce.ours"), ("published", MUTED, "ce.published")):
        fig.add_bar(
            x=names,
            y=counts[series],
            name=tr(key, lang),
            marker_color=colour,
            legendgroup=key,
            texttemplate="%{y:,.0f}",
            textposition="outside",
            row=1,
            col=1,
            hovertemplate="%{x}: %{y:,.0f}<extra>" + tr(key, lang) + "</extra>",
        )
        fig.add_bar(
            x=[tr("ce.short.ce_recovered", lang)],
            y=money[series] / div,
            name=tr(key, lang),
            marker_color=colour,
            legendgroup=key,
            showlegend=False,
            texttemplate="%{y:,.0f}",
            textposition="outside",
            row=1,
            col=2,
            hovertemplate="%{x}: %{y:,.1f} " + unit + "<extra>" + tr(key, lang) + "</extra>",
        )
    fig.update_layout(barmode="group")
    style(fig, title, None, lang, height=400)
    fig.update_yaxes(title={"text": tr("unit.cases", lang), "font": {"size": 11, "color": MUTED}}, row=1, col=1)
    fig.update_yaxes(title={"text": unit, "font": {"size": 11, "color": MUTED}}, row=1, col=2)
    fig.update_yaxes(rangemode="tozero")
    fig.update_xaxes(tickangle=0)
    fig.update_layout(hovermode="closest")
    return fig


def level_sankey(flows: pl.DataFrame, lang: str) -> go.Figure:
    """Moved cases from the originating court's level (left) to the receiving court's level (right)."""
    title = tr("ce.fig.sankey.title", lang)
    if flows.height == 0:
        return empty(title, lang)
    links = level_links(flows)
    froms = [lv for lv in COURT_LEVELS if lv in set(links["from_level"].to_list())]
    tos = [lv for lv in COURT_LEVELS if lv in set(links["to_level"].to_list())]
    total = links["n_cases"].sum()
    from_n = dict(links.group_by("from_level").agg(pl.col("n_cases").sum()).rows())
    to_n = dict(links.group_by("to_level").agg(pl.col("n_cases").sum()).rows())
    labels = [
        tr("ce.sankey.from", lang, level=label("court_level", lv, lang), pct=numbers.pct(from_n[lv] / total, False))
        for lv in froms
    ]
    labels += [
        tr("ce.sankey.to", lang, level=label("court_level", lv, lang), pct=numbers.pct(to_n[lv] / total, False))
        for lv in tos
    ]
    index_from = {lv: i for i, lv in enumerate(froms)}
    index_to = {lv: len(froms) + i for i, lv in enumerate(tos)}
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": labels,
                "pad": 18,
                "thickness": 16,
                "line": {"width": 0},
                "color": [LEVEL_COLOURS[lv] for lv in froms] + [LEVEL_COLOURS[lv] for lv in tos],
                "hovertemplate": "%{label}: %{value:,.0f}<extra></extra>",
            },
            link={
                "source": [index_from[r] for r in links["from_level"]],
                "target": [index_to[r] for r in links["to_level"]],
                "value": links["n_cases"].to_list(),
                "color": [_alpha(LEVEL_COLOURS[r], 0.35) for r in links["from_level"]],
                "hovertemplate": "%{source.label} → %{target.label}: %{value:,.0f}<extra></extra>",
            },
            textfont={"family": FONT, "size": 12, "color": INK},
        )
    )
    style(fig, title, None, lang, height=380)
    fig.update_layout(hovermode="closest")
    return fig


def _alpha(hex_colour: str, a: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {a})"


def province_chart(flows: pl.DataFrame, names: dict[str, str], lang: str) -> go.Figure:
    """Moved cases per originating province, stacked by the receiving court's level within the province,
    with those received in another province as a segment of their own."""
    title = tr("ce.fig.provinces.title", lang)
    if flows.height == 0:
        return empty(title, lang)
    per = province_split(flows)
    y = [names.get(c, c) for c in per["from_province_code"]]
    fig = go.Figure()
    for level in COURT_LEVELS:
        col = f"n_to_{level}"
        if per[col].sum() == 0:
            continue
        name = tr("ce.to_level_same_province", lang, level=label("court_level", level, lang))
        fig.add_bar(
            y=y,
            x=per[col],
            orientation="h",
            name=name,
            marker_color=LEVEL_COLOURS[level],
            hovertemplate="%{y}: %{x:,.0f}<extra>" + name + "</extra>",
        )
    if per["n_other_province"].sum() > 0:
        name = tr("ce.other_province", lang)
        fig.add_bar(
            y=y,
            x=per["n_other_province"],
            orientation="h",
            name=name,
            marker_color=MUTED,
            hovertemplate="%{y}: %{x:,.0f}<extra>" + name + "</extra>",
        )
    fig.update_layout(barmode="stack")
    style(fig, title, None, lang, height=max(320, 20 * per.height + 150))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title={"text": tr("unit.cases", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest", margin={"l": 120})
    legend_below_axis_title(fig)
    return fig


def receivers_chart(top: pl.DataFrame, lang: str) -> go.Figure:
    """The courts that received the most moved cases, with those resolved."""
    title = tr("ce.fig.receivers.title", lang, n=top.height)
    if top.height == 0:
        return empty(title, lang)
    names = top["name_en" if lang == "en" else "name_zh"].to_list()
    fig = go.Figure()
    fig.add_bar(
        y=names,
        x=top["n_received"],
        orientation="h",
        name=tr("ce.received", lang),
        marker_color=SERIES[0],
        hovertemplate="%{y}: %{x:,.0f}<extra></extra>",
    )
    fig.add_bar(
        y=names,
        x=top["n_resolved"],
        orientation="h",
        name=tr("ind.ce_resolved.name", lang),
        marker_color=SERIES[2],
        hovertemplate="%{y}: %{x:,.0f}<extra></extra>",
    )
    fig.update_layout(barmode="overlay")
    fig.data[1].width = 0.45
    style(fig, title, None, lang, height=max(320, 26 * top.height + 130))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title={"text": tr("unit.cases", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest", margin={"l": 260 if lang == "en" else 200})
    legend_below_axis_title(fig)
    return fig


def creditor_label(n: int, lang: str) -> str:
    if n >= CREDITOR_CAP:
        return tr("ce.creditors.cap", lang, n=CREDITOR_CAP)
    return tr("ce.creditors.one", lang) if n == 1 else tr("ce.creditors.n", lang, n=n)


def creditors_chart(summary: pl.DataFrame, lang: str) -> go.Figure:
    """Recovery rate (bars) and mean days from assignment to resolution (line) by number of creditors."""
    title = tr("ce.fig.creditors.title", lang)
    if summary.height == 0:
        return empty(title, lang)
    x = [creditor_label(n, lang) for n in summary["n_creditors"]]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_bar(
        x=x,
        y=summary["recovery_rate"] * 100,
        name=tr("ce.recovery_rate", lang),
        marker_color=SERIES[0],
        customdata=summary["n_resolved"],
        texttemplate="%{y:.0f}%",
        textposition="inside",
        hovertemplate="%{x}: %{y:.1f}% (%{customdata:,.0f})<extra></extra>",
    )
    fig.add_scatter(
        x=x,
        y=summary["mean_days_to_resolve"],
        name=tr("ce.mean_days", lang),
        mode="lines+markers",
        line={"color": SERIES[1], "width": 2.5},
        secondary_y=True,
        hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
    )
    style(fig, title, tr("ce.unit.recovery_rate", lang), lang, height=380)
    fig.update_yaxes(ticksuffix="%", secondary_y=False)
    fig.update_yaxes(
        title={"text": tr("ce.unit.days", lang), "font": {"size": 11, "color": MUTED}},
        secondary_y=True,
        showgrid=False,
        rangemode="tozero",
        tickmode="auto",
        tickformat=",.0f",
    )
    fig.update_xaxes(type="category")
    return fig


def open_share_chart(points: pl.DataFrame, medians: dict[str, int | None], lang: str) -> go.Figure:
    """Kaplan–Meier: the share of moved cases still unresolved by months since assignment, single vs several creditors."""
    title = tr("ce.fig.open.title", lang)
    if points.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    for group, colour in (("single", SERIES[0]), ("several", SERIES[1])):
        part = points.filter(pl.col("creditors") == group)
        if part.height == 0:
            continue
        med = medians.get(group)
        name = (
            tr(f"ce.creditors.{group}", lang)
            + " · "
            + (tr("ce.median.short", lang, months=med) if med is not None else tr("ce.median.not_reached", lang))
        )
        fig.add_scatter(
            x=part["months"],
            y=part["survival"] * 100,
            mode="lines",
            line_shape="hv",
            name=name,
            line={"color": colour, "width": 2.5},
            hovertemplate="%{x}: %{y:.1f}%<extra>" + tr(f"ce.creditors.{group}", lang) + "</extra>",
        )
    fig.add_hline(y=50, line_dash="dot", line_color=MUTED, line_width=1)
    style(fig, title, tr("ce.unit.share_open", lang), lang, height=380)
    fig.update_yaxes(range=[0, 101], ticksuffix="%")
    fig.update_xaxes(title={"text": tr("ce.axis.months_since_assigned", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest")
    legend_below_axis_title(fig)
    return fig


def comparison_chart(comp: pl.DataFrame, lang: str) -> go.Figure:
    """Per case type: mean days to resolution and recovery rate, moved cases beside comparable cases not moved."""
    title = tr("ce.fig.compare.title", lang)
    data = comp.filter(pl.col("base_days_since_filing").is_not_null() | pl.col("base_recovery_rate").is_not_null())
    if data.height == 0:
        return empty(title, lang)
    y = [label("case_type", c, lang) for c in data["case_type"]]
    fig = make_subplots(
        rows=1,
        cols=2,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        column_widths=[0.58, 0.42],
        subplot_titles=(tr("ce.compare.days", lang), tr("ce.compare.rate", lang)),
    )
    bars = (
        ("moved_days_since_filing", "ce.moved.since_filing", SERIES[1], 1, 1.0),
        ("moved_days_since_assigned", "ce.moved.since_assigned", "#eab09c", 1, 1.0),
        ("base_days_since_filing", "ce.not_moved", MUTED, 1, 1.0),
        ("moved_recovery_rate", "ce.moved", SERIES[1], 2, 100.0),
        ("base_recovery_rate", "ce.not_moved", MUTED, 2, 100.0),
    )
    seen = set()
    for col, key, colour, panel, factor in bars:
        name = tr(key, lang)
        unit = "%" if panel == 2 else " " + tr("ce.unit.days", lang)
        fig.add_bar(
            y=y,
            x=data[col] * factor,
            orientation="h",
            name=name,
            marker_color=colour,
            legendgroup=key,
            showlegend=key not in seen and not (key == "ce.moved" and panel == 2),
            customdata=data["n_moved"],
            row=1,
            col=panel,
            hovertemplate="%{y}: %{x:,.1f}" + unit + "<extra>" + name + "</extra>",
        )
        seen.add(key)
    fig.update_layout(barmode="group", bargap=0.25)
    style(fig, title, None, lang, height=max(380, 58 * data.height + 170))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(ticksuffix="%", row=1, col=2)
    fig.update_layout(hovermode="closest", margin={"l": 190 if lang == "en" else 150})
    fig.update_annotations(font={"size": 12, "color": MUTED})
    fig.update_layout(legend={"traceorder": "normal"})
    return fig
