"""Province page charts: a province against the country over the years, peers as small multiples on shared axes,
a court against its province."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl
from plotly.subplots import make_subplots

from figures.common import ACCENT, MUTED, SERIES, empty, style, year_axis
from i18n import tr

NATIONAL = "national"


def unit(per: str, lang: str) -> str:
    return tr(f"pv.unit.{per}", lang)


def _fmt(per: str) -> str:
    return ".1%" if per == "share" else ",.1f"


def _line(
    frame: pl.DataFrame, column: str, name: str, colour: str, per: str, dash: str | None = None, show: bool = True
) -> go.Scatter:
    return go.Scatter(
        x=frame["year"].to_list(),
        y=frame[column].to_list(),
        name=name,
        mode="lines+markers",
        line={"color": colour, "width": 2.5 if dash is None else 1.8, "dash": dash},
        marker={"size": 6},
        hovertemplate=f"{name} %{{x}}: %{{y:{_fmt(per)}}}<extra></extra>",
        showlegend=show,
        connectgaps=False,
    )


def against_country(
    years: pl.DataFrame, code: str, name: str, measure: str, per: str, title: str, lang: str
) -> go.Figure:
    """The province's measure and the country's, year by year, on one chart."""
    mine = years.filter(pl.col("province_code") == code)
    country = years.filter(pl.col("province_code") == NATIONAL)
    if mine.height == 0:
        return empty(title, lang)
    lines = [_line(mine, measure, name, SERIES[0], per)]
    if country.height:
        lines.append(_line(country, measure, tr("pv.national", lang), MUTED, per, dash="dash"))
    fig = go.Figure(lines)
    style(fig, title, unit(per, lang), lang)
    if per == "share":
        fig.update_yaxes(tickformat=".0%")
    return year_axis(fig, sorted(set(years["year"].to_list())))


def peers(
    years: pl.DataFrame, codes: tuple[str, ...], names: dict[str, str], measure: str, per: str, title: str, lang: str
) -> go.Figure:
    """One small chart per province on shared axes, each with the country dashed behind it."""
    if years.height == 0:
        return empty(title, lang)
    fig = make_subplots(
        rows=1,
        cols=len(codes),
        shared_yaxes=True,
        shared_xaxes=True,
        subplot_titles=[names.get(c, c) for c in codes],
        horizontal_spacing=0.04,
    )
    country = years.filter(pl.col("province_code") == NATIONAL)
    for i, code in enumerate(codes, start=1):
        mine = years.filter(pl.col("province_code") == code)
        fig.add_trace(_line(country, measure, tr("pv.national", lang), MUTED, per, dash="dash", show=i == 1), 1, i)
        fig.add_trace(_line(mine, measure, names.get(code, code), SERIES[i - 1], per), 1, i)
    style(fig, title, None, lang, height=400)
    fig.update_yaxes(title={"text": unit(per, lang), "font": {"size": 11, "color": MUTED}}, row=1, col=1)
    if per == "share":
        fig.update_yaxes(tickformat=".0%")
    step = 1 if years["year"].n_unique() <= 6 else 3
    fig.update_xaxes(type="linear", tickmode="linear", dtick=step, tickformat="d", tickangle=0)
    return fig


def court_against_province(
    court: pl.DataFrame,
    province: pl.DataFrame,
    court_name: str,
    province_name: str,
    measure: str,
    per: str,
    title: str,
    lang: str,
) -> go.Figure:
    """A court's measure against its province's, year by year; years hidden as too small are gaps."""
    if court.height == 0:
        return empty(title, lang)
    fig = go.Figure(
        [
            _line(court, measure, court_name, ACCENT, per),
            _line(province, measure, province_name, SERIES[0], per, dash="dash"),
        ]
    )
    style(fig, title, unit(per, lang), lang)
    if per == "share":
        fig.update_yaxes(tickformat=".0%")
    return year_axis(fig, sorted(set(court["year"].to_list()) | set(province["year"].to_list())))


def courts_ranked(frame: pl.DataFrame, measure: str, per: str, title: str, lang: str, top: int = 40) -> go.Figure:
    """The province's courts on one measure, highest first; courts whose figure is hidden are left out."""
    live = frame.drop_nulls(measure).sort(measure, descending=True).head(top)
    if live.height == 0:
        return empty(title, lang)
    text = [f"{v:.1%}" if per == "share" else f"{v:,.1f}" for v in live[measure]]
    fig = go.Figure(
        go.Bar(
            y=live["court"],
            x=live[measure],
            orientation="h",
            marker_color=SERIES[0],
            text=text,
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"%{{y}}: %{{x:{_fmt(per)}}}<extra></extra>",
        )
    )
    style(fig, title, None, lang, height=max(300, 24 * live.height + 110), subtitle=unit(per, lang))
    if per == "share":
        fig.update_xaxes(tickformat=".0%")
    fig.update_yaxes(autorange="reversed", type="category", automargin=True)
    fig.update_layout(hovermode="closest", margin={"l": 10, "r": 60})
    return fig
