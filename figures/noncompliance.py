"""Figures of the refusal-to-comply page: trends with rates, conduct mix, the ladder of measures, violence and
serious consequences, debtor types and rankings of provinces and courts. Frames in, plotly figures out.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from analysis.noncompliance import BUCKETS, RESISTANCE, SERIOUS
from contract import CONDUCTS, DEBTOR_TYPES, UNKNOWN
from figures.common import ACCENT, SERIES, UNKNOWN_COLOUR, empty, hatch, period_kw, style
from i18n import label, tr

# count column -> indicator key of the count and of its rate per 10,000 enforcement cases
COUNT_IND = {"n_incidents": "nc_incidents", "n_transferred": "nc_transferred", "n_held_liable": "nc_held_liable"}
RATE_IND = {
    "n_incidents": "nc_rate_incidents",
    "n_transferred": "nc_rate_transferred",
    "n_held_liable": "nc_rate_held_liable",
}
TICKS = {"month": "%Y-%m", "quarter": "%Y Q%q", "year": "%Y"}

BUCKET_COLOURS = ("#1f5fa8", "#4f86c6", "#8fb3dd", "#c6d7ee", "#e9d7b0", "#d9dde2")
INK_DARK = "#3e4c59"


def _time_axis(fig: go.Figure, grain: str) -> None:
    # Every other year: thirteen year labels do not fit a half-width chart without tilting.
    fig.update_xaxes(
        type="date",
        ticklabelmode="period",
        tickformat=TICKS[grain],
        tickangle=0,
        dtick="M24" if grain != "month" else None,
    )


def trend(frame: pl.DataFrame, count: str, grain: str, lang: str) -> go.Figure:
    """Bars: the count per period; line (right axis): the same per 10,000 enforcement cases filed."""
    name = tr(f"ind.{COUNT_IND[count]}.name", lang)
    title = tr("nc.fig.trend.title", lang, measure=name, grain=tr(f"common.by.{grain}", lang))
    if frame.height == 0 or frame[count].sum() == 0:
        return empty(title, lang)
    # The rate on a second axis laid over the first, on the right.
    fig = go.Figure(layout={"yaxis2": {"overlaying": "y", "side": "right"}})
    unit = tr(f"ind.{COUNT_IND[count]}.unit", lang)
    rate_unit = tr(f"ind.{RATE_IND[count]}.unit", lang)
    fig.add_bar(
        x=frame["period"],
        y=frame[count],
        name=f"{name} ({unit})",
        marker_color=SERIES[0],
        hovertemplate="%{y:,.0f}",
        **period_kw(grain),
    )
    fig.add_scatter(
        x=frame["period"],
        y=frame[f"per10k_{count[2:]}"],
        mode="lines+markers",
        name=f"{tr(f'ind.{RATE_IND[count]}.name', lang)} ({rate_unit})",
        line={"color": ACCENT, "width": 2.2},
        marker={"size": 4},
        hovertemplate="%{y:,.2f}",
        yaxis="y2",
        **period_kw(grain),
    )
    style(fig, title, unit, lang, height=420)
    fig.update_layout(
        margin={"r": 56},  # the rate axis's numbers and title on the right
        yaxis2={
            "title": {"text": rate_unit, "font": {"size": 11}},
            "showgrid": False,
            "rangemode": "tozero",
            "overlaying": "y",
            "side": "right",
            "tickmode": "auto",
        },
    )
    _time_axis(fig, grain)
    return fig


def conduct_mix(frame: pl.DataFrame, grain: str, lang: str) -> go.Figure:
    """Stacked shares of what debtors did, per period."""
    title = tr("nc.fig.conduct.title", lang, grain=tr(f"common.by.{grain}", lang))
    if frame.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    for i, conduct in enumerate((*CONDUCTS, UNKNOWN)):
        sub = frame.filter(pl.col("conduct") == conduct)
        if sub.height == 0:
            continue
        fig.add_bar(
            x=sub["period"],
            y=sub["share"] * 100,
            name=label("conduct", conduct, lang),
            customdata=sub["n_incidents"],
            marker_color=UNKNOWN_COLOUR if conduct == UNKNOWN else SERIES[i % len(SERIES)],
            hovertemplate="%{y:.1f}% (%{customdata:,})",
            **period_kw(grain),
        )
    fig.update_layout(barmode="stack")
    style(fig, title, tr("nc.unit.share", lang), lang, height=420)
    fig.update_yaxes(range=[0, 100])
    _time_axis(fig, grain)
    return fig


def ladder(summary: pl.DataFrame, lang: str) -> go.Figure:
    """Funnel of the ladder warning → fine → detention → transfer → held liable; each rung's label says how many
    of the incidents that ended there complied."""
    title = tr("nc.fig.ladder.title", lang)
    if summary.height == 0 or summary["n_reached"].max() == 0:
        return empty(title, lang)
    names = [
        tr(f"nc.step.{s}", lang)
        + "<br>"
        + tr("nc.fig.ladder.complied", lang, pct="—" if c is None else f"{c * 100:.0f}%")
        for s, c in zip(summary["step"], summary["complied_share"])
    ]
    top = summary["n_reached"].max()
    fig = go.Figure(
        go.Funnel(
            y=names,
            x=summary["n_reached"],
            textinfo="value+percent initial",
            # Inside the wide rungs, beside the narrow ones: Plotly's "auto" set a wide rung's number beside it,
            # past the edge of a half-width chart.
            textposition=["inside" if share >= 0.2 else "outside" for share in summary["n_reached"] / top],
            # The criminal rungs in the accent colour; each rung is named, so the colour only repeats its name.
            marker={"color": [SERIES[0], SERIES[0], SERIES[0], ACCENT, ACCENT]},
            connector={"line": {"color": "#c6d7ee"}},
            texttemplate="%{value:,} (%{percentInitial:.1%})",
            customdata=summary.select("n_ended_here", "n_complied").to_numpy(),
            hovertemplate=tr("nc.fig.ladder.hover", lang) + "<extra></extra>",
        )
    )
    style(fig, title, None, lang, height=420, subtitle=tr("nc.fig.ladder.subtitle", lang))
    fig.update_layout(hovermode="closest", margin={"l": 20, "r": 20})
    fig.update_yaxes(automargin=True)
    fig.update_xaxes(visible=False)
    return fig


def compliance_timing(summary: pl.DataFrame, lang: str) -> go.Figure:
    """For the incidents whose last rung each measure was: shares that complied within 7, 30, 90, 180 days, later, or not."""
    title = tr("nc.fig.timing.title", lang)
    live = summary.filter(pl.col("n_ended_here") > 0)
    if live.height == 0:
        return empty(title, lang)
    ylabels = [
        tr(f"nc.step.{s}", lang) + ("" if d is None else tr("nc.fig.timing.mean", lang, days=f"{d:.0f}"))
        for s, d in zip(live["step"], live["mean_days"])
    ]
    fig = go.Figure()
    for bucket, colour in zip(BUCKETS, BUCKET_COLOURS):
        share = live[bucket] / live["n_ended_here"] * 100
        fig.add_bar(
            y=ylabels,
            x=share,
            orientation="h",
            name=tr(f"nc.bucket.{bucket}", lang),
            marker_color=colour,
            customdata=live[bucket],
            hovertemplate="%{x:.1f}% (%{customdata:,})",
        )
    fig.update_layout(barmode="stack")
    style(fig, title, None, lang, height=420, subtitle=tr("nc.unit.share_ended", lang))
    fig.update_xaxes(range=[0, 100], ticksuffix="%")
    fig.update_yaxes(autorange="reversed", title=None, automargin=True)
    fig.update_layout(
        hovermode="y unified",
        margin={"l": 20},
        legend={"traceorder": "normal", "y": -0.22},
    )
    return fig


def _grouped_counts(
    frame: pl.DataFrame,
    columns: tuple[str, ...],
    names: list[str],
    grain: str,
    title: str,
    unit: str,
    lang: str,
    colours: tuple[str, ...],
) -> go.Figure:
    if frame.height == 0 or sum(frame[c].sum() for c in columns) == 0:
        return empty(title, lang)
    fig = go.Figure()
    for col, name, colour in zip(columns, names, colours):
        fig.add_bar(
            x=frame["period"], y=frame[col], name=name, marker_color=colour, hovertemplate="%{y:,}", **period_kw(grain)
        )
    fig.update_layout(barmode="group")
    style(fig, title, unit, lang, height=400)
    _time_axis(fig, grain)
    return fig


def resistance_trend(frame: pl.DataFrame, grain: str, lang: str) -> go.Figure:
    """Incidents of violent resistance and of besieging officers, per period."""
    title = tr("nc.fig.resistance.title", lang, grain=tr(f"common.by.{grain}", lang))
    names = [label("conduct", "violent_resistance", lang), label("conduct", "besieging_officers", lang)]
    return _grouped_counts(
        frame, RESISTANCE, names, grain, title, tr("ind.nc_incidents.unit", lang), lang, (ACCENT, SERIES[4])
    )


def consequences_trend(frame: pl.DataFrame, grain: str, lang: str) -> go.Figure:
    """Incidents with a serious consequence (self-harm or suicide of a party, officers injured), per period."""
    title = tr("nc.fig.serious.title", lang, grain=tr(f"common.by.{grain}", lang))
    names = [label("serious", c[2:], lang) for c in SERIOUS]
    return _grouped_counts(
        frame, SERIOUS, names, grain, title, tr("ind.nc_serious.unit", lang), lang, (SERIES[3], INK_DARK, ACCENT)
    )


def debtor_trend(frame: pl.DataFrame, grain: str, lang: str) -> go.Figure:
    """Incidents per 10,000 enforcement cases against individuals, companies and other organisations."""
    title = tr("nc.fig.debtor.title", lang, grain=tr(f"common.by.{grain}", lang))
    if frame.height == 0 or frame["n_incidents"].sum() == 0:
        return empty(title, lang)
    fig = go.Figure()
    for i, debtor in enumerate((*DEBTOR_TYPES, UNKNOWN)):
        sub = frame.filter(pl.col("debtor_type") == debtor)
        if sub.height == 0:
            continue
        fig.add_scatter(
            x=sub["period"],
            y=sub["per10k_incidents"],
            mode="lines+markers",
            name=label("debtor_type", debtor, lang),
            line={"color": UNKNOWN_COLOUR if debtor == UNKNOWN else SERIES[i], "width": 2.2},
            marker={"size": 4},
            customdata=sub.select("n_incidents", "n_filed").to_numpy(),
            hovertemplate="%{y:,.1f} (%{customdata[0]:,} / %{customdata[1]:,})",
            **period_kw(grain),
        )
    style(fig, title, tr("ind.nc_rate_incidents.unit", lang), lang, height=400)
    _time_axis(fig, grain)
    return fig


def ranking(
    frame: pl.DataFrame,
    name_col: str,
    title: str,
    unit: str,
    lang: str,
    highlight: tuple = (),
    key_col: str = "province_code",
    top: int | None = None,
    count_col: str | None = None,
    denominator_col: str | None = None,
) -> go.Figure:
    """Horizontal bars, highest first; highlighted rows (the filter's provinces) in the accent colour and hatched; the
    hover shows the count and denominator behind each rate when given."""
    live = frame.drop_nulls("value").sort("value", descending=True)
    if top:
        live = live.head(top)
    if live.height == 0:
        return empty(title, lang)
    colours = [ACCENT if k in highlight else SERIES[0] for k in live[key_col]]
    fig = go.Figure(
        go.Bar(
            y=live[name_col],
            x=live["value"],
            orientation="h",
            marker={"color": colours, "pattern": hatch(["/" if k in highlight else "" for k in live[key_col]])},
            text=[f"{v:,.1f}" for v in live["value"]],
            textposition="outside",
            cliponaxis=False,
            customdata=live.select(count_col, denominator_col).to_numpy() if count_col else None,
            hovertemplate="%{y}: %{x:,.2f}"
            + ("<br>%{customdata[0]:,} / %{customdata[1]:,}" if count_col else "")
            + "<extra></extra>",
        )
    )
    style(fig, title, None, lang, height=max(300, 24 * live.height + 110), subtitle=unit)
    fig.update_yaxes(autorange="reversed", type="category", automargin=True)
    fig.update_layout(hovermode="closest", margin={"l": 10, "r": 50})
    return fig
