"""The house look of every chart: fonts that carry Chinese, colours, titles with units, and time markers."""

from __future__ import annotations

import datetime as dt
from numbers import Real

import numpy as np
import plotly.graph_objects as go
import polars as pl

from analysis.months import period_end, period_label
from i18n import label, tr

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
INK = "#1f2933"
# Secondary text (subtitles, notes on the plot, axis titles): 5.9:1 on white, above the 4.5:1 small text needs.
MUTED = "#5c6773"
GRID = "#e4e7eb"
# Series colours from Okabe and Ito's palette, which stays distinct under the common colour-vision deficiencies
# (protanopia, deuteranopia, tritanopia) and in greyscale print; a neutral grey in sixth place.
SERIES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#6c757d", "#56B4E9", "#000000")
ACCENT = "#D55E00"
# Rows counted under "unknown" (a category the data does not give): grey, after the named categories.
UNKNOWN_COLOUR = "#a0a7b0"
WINDOW_FILL = "rgba(233, 162, 59, 0.14)"
# Plotly's xperiod for bars and points that stand for a whole month, quarter or year.
PERIOD = {"month": "M1", "quarter": "M3", "year": "M12"}


# Margins that hold what the axes usually need (Chinese charts write full numbers on the y axis). Plotly lays
# a chart out a second time when its labels push a margin wider than declared, which doubles the time a
# browser takes to draw it; wider labels still get their room (margins still expand), only slower.
LEFT = {"zh": 80, "en": 64}
LEGEND_BELOW = 112  # the bottom margin under a legend set below the x axis's title
LEGEND_GAP = 36  # from the plot's bottom edge to the legend's top: the x axis's labels between
TICK_LINE = 15  # a second line of x axis labels


def _peak(trace) -> float:
    return max((v for v in (trace.y if trace.y is not None else ()) if isinstance(v, Real)), default=0)


def _margins(fig: go.Figure, lang: str) -> tuple[int, int]:
    """The left and bottom margins a chart's labels usually take: Chinese y axes with millions write 9 or more
    characters; English legends of three series or more wrap onto a second row under the axis."""
    primary = [t for t in fig.data if t.type in ("bar", "scatter") and getattr(t, "yaxis", None) in (None, "y")]
    top = max((_peak(t) for t in primary), default=0)
    if fig.layout.barmode in ("stack", "relative"):
        # A stack's height is at most the sum of its bars' highest values.
        top = max(top, sum(_peak(t) for t in fig.data if t.type == "bar"))
    left = 96 if lang == "zh" and top >= 1e6 else LEFT[lang]
    named = sum(1 for t in fig.data if getattr(t, "showlegend", None) is not False and getattr(t, "name", None))
    bottom = 110 if lang == "en" and named >= 3 else 76
    return left, bottom


def style(
    fig: go.Figure,
    title: str,
    unit: str | None = None,
    lang: str = "zh",
    height: int = 380,
    subtitle: str | None = None,
) -> go.Figure:
    """Applies the house layout; the title says what the chart shows, the subtitle how, the y axis its unit."""
    title_spec = {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16, "color": INK}}
    if subtitle:
        title_spec["subtitle"] = {"text": subtitle, "font": {"size": 12, "color": MUTED}}
    _label_periods(fig)
    left, bottom = _margins(fig, lang)
    top = 76 if subtitle else 56
    # The legend's top a fixed 36 px under the plot, clear of the x axis's labels whatever the chart's height
    # (a legend's y is a fraction of the plot's height, and a fixed fraction ran into a short chart's labels);
    # a line further down under labels on two lines ("Q1<br>2024").
    gap = LEGEND_GAP + (TICK_LINE if any("<br>" in str(t) for t in fig.layout.xaxis.ticktext or ()) else 0)
    bottom += gap - LEGEND_GAP
    legend_y = -gap / max(height - top - bottom, 1)
    fig.update_layout(
        template="plotly_white",
        title=title_spec,
        font={"family": FONT, "size": 12, "color": INK},
        height=height,
        margin={"l": left, "b": bottom, "r": 20, "t": top},
        legend={"orientation": "h", "yanchor": "top", "y": legend_y, "xanchor": "left", "x": 0, "title": None},
        hovermode="x unified",
        separators=".,",
        paper_bgcolor="white",
        plot_bgcolor="white",
    )
    fig.update_xaxes(showgrid=False, linecolor=GRID, ticks="outside", tickcolor=GRID)
    fig.update_yaxes(gridcolor=GRID, zerolinecolor=GRID, rangemode="tozero")
    if unit:
        fig.update_yaxes(title={"text": unit, "font": {"size": 11, "color": MUTED}})
    distinguish(fig)
    if lang == "zh":
        # SI suffixes (25k, 10M) read oddly in Chinese; full numbers with grouping do not.
        fig.for_each_yaxis(lambda ax: ax.update(tickformat=",~r") if not ax.tickformat else None)
    return fig


# What tells series apart besides their colour: a line's dash, a bar's hatching (drawn over its colour).
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
PATTERNS = ("", "/", ".", "x", "\\", "+", "-", "|")


def hatch(shape: str | list[str]) -> dict:
    """A bar's hatching over its own colour, in white lines light enough to leave the colour readable."""
    return {"shape": shape, "fillmode": "overlay", "fgcolor": "white", "fgopacity": 0.7, "solidity": 0.3}


def distinguish(fig: go.Figure) -> go.Figure:
    """Gives series that colour alone would tell apart a second mark: the lines sharing a plot a dash each,
    the bars in a legend (grouped or stacked) a hatching each. Dashes and hatchings already chosen stay."""
    lines: dict[tuple, list] = {}
    for trace in fig.data:
        if trace.type == "scatter" and "lines" in (trace.mode or "lines"):
            lines.setdefault((trace.xaxis, trace.yaxis), []).append(trace)
    for group in lines.values():
        if len(group) < 2:
            continue
        free = iter(d for d in DASHES if d not in {t.line.dash for t in group})
        for trace in group:
            if trace.line.dash is None:
                trace.line.dash = next(free, "solid")
    bars = [t for t in fig.data if t.type == "bar" and t.name and t.showlegend is not False]
    if len(bars) >= 2:
        for trace, shape in zip(bars, PATTERNS * 2):
            if trace.marker.pattern.shape is None:
                trace.marker.pattern = hatch(shape)
    return fig


def untitled(fig: go.Figure, top: int = 24, **layout) -> go.Figure:
    """A copy of the figure without its own title and subtitle, for a place that sets them as text beside it
    (a page, where text wraps with the column; a report). The plot keeps its size: the figure loses the height
    its title took."""
    taken = (fig.layout.margin.t or 0) - top
    height = layout.pop("height", None) or (fig.layout.height - taken if fig.layout.height else None)
    return go.Figure(fig).update_layout(title=None, margin={"t": top}, height=height, **layout)


def add_windows(fig: go.Figure, windows: list[tuple[dt.date, dt.date, str]]) -> go.Figure:
    """Shades each (start, end, label) window, e.g. campaign periods, behind the traces."""
    for start, end, text in windows:
        fig.add_vrect(
            x0=start,
            x1=end,
            fillcolor=WINDOW_FILL,
            line_width=0,
            layer="below",
            annotation_text=text,
            annotation_position="top left",
            annotation_font={"size": 10, "color": MUTED},
        )
    return fig


def add_markers(fig: go.Figure, markers: list[tuple[dt.date, str]], at: str = "top") -> go.Figure:
    """Draws a dotted vertical line with a short label at each (date, label): the label written down from the
    top of the plot, or level above the plot, ending at the line (`at="above"`), where bars or a line fill the
    plot's height."""
    for when, text in markers:
        fig.add_vline(x=when, line_dash="dot", line_color=MUTED, line_width=1)
        place = {
            "top": {"y": 1, "yanchor": "top", "xanchor": "left", "textangle": -90, "xshift": 2},
            "above": {"y": 1, "yanchor": "bottom", "xanchor": "right", "textangle": 0, "xshift": 3},
        }[at]
        fig.add_annotation(x=when, yref="paper", text=text, showarrow=False, font={"size": 10, "color": MUTED}, **place)
    return fig


def stacked_bars(
    fig: go.Figure, frame, x: str, y: str, by: str, order, colours: dict, lang: str, period: str = "M1"
) -> None:
    """One bar per category of `by` (a contract vocabulary), in `order` and its colours, for stacking over
    time; `period` is Plotly's xperiod of one bar ("M1" a month, "M3" a quarter)."""
    for key in order:
        part = frame.filter(pl.col(by) == key)
        if part.height == 0:
            continue
        name = label(by, key, lang)
        fig.add_bar(
            x=part[x],
            y=part[y],
            name=name,
            marker_color=colours[key],
            xperiod=period,
            xperiodalignment="middle",
            hovertemplate="%{x|%Y-%m}: %{y:,.0f}<extra>" + name + "</extra>",
        )


GRAIN_OF_PERIOD = {v: k for k, v in PERIOD.items()}
MAX_TICKS = 14


def _label_periods(fig: go.Figure) -> None:
    """Labels by grain under time series whose bars or points stand for whole periods (`period_kw`): every
    period named ("2024", "2024 Q3", "2024-03") under its middle while they fit, whole years beyond that.
    Plotly's own date ticks fall on the first of a month whatever the grain, and a two-year window gets one."""
    starts, grain = set(), None
    for trace in fig.data:
        if getattr(trace, "xperiod", None) not in GRAIN_OF_PERIOD or trace.x is None:
            continue
        grain = grain or GRAIN_OF_PERIOD[trace.xperiod]
        starts.update(d for d in map(_as_date, trace.x) if d is not None)
    if grain and starts:
        period_ticks(fig, sorted(starts), grain)


def _as_date(x) -> dt.date | None:
    """A trace's x value as a date (plotly keeps dates as numpy datetime64 once a figure is built)."""
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    if isinstance(x, np.datetime64):
        return x.astype("datetime64[D]").item()
    return None


def period_ticks(fig: go.Figure, starts: list[dt.date], grain: str, at: str = "middle") -> go.Figure:
    """Tick labels for periods starting on `starts` at `grain`, placed at each period's middle (bars, points
    stretched over their period) or its last day (`at="end"`: a stock counted at the period's end)."""
    if len(starts) > MAX_TICKS and grain != "year":
        years = sorted({d.year for d in starts})
        starts, grain = [dt.date(y, 1, 1) for y in years], "year"
    step = max(1, -(-len(starts) // MAX_TICKS))
    shown = starts[::step]

    def where(d: dt.date) -> dt.date:
        end = period_end(d, grain)
        return end if at == "end" else d + (end - d) / 2

    return fig.update_xaxes(
        tickmode="array", tickvals=[where(d) for d in shown], ticktext=tick_labels(shown, grain), tickangle=0
    )


def tick_labels(starts: list[dt.date], grain: str) -> list[str]:
    """Period names short enough to stand level under a half-width chart: a quarter or month on the first line and
    its year on a second line where the year begins (and under the first tick), as "Q1<br>2024", "Q2", ... or
    "01<br>2024", "02", ...; years as they are. Fourteen "2024 Q1" side by side need more than a 430 px plot, and
    Plotly tilts labels it cannot fit, into the legend below."""
    if grain == "year":
        return [period_label(d, grain) for d in starts]
    out, year = [], None
    for d in starts:
        part = f"Q{(d.month + 2) // 3}" if grain == "quarter" else f"{d:%m}"
        out.append(f"{part}<br>{d.year}" if d.year != year else part)
        year = d.year
    return out


def period_kw(grain: str) -> dict:
    """Trace options that stretch each bar or point over its whole month, quarter or year."""
    return {"xperiod": PERIOD[grain], "xperiodalignment": "middle"}


def legend_below_axis_title(fig: go.Figure) -> None:
    """Moves the horizontal legend under the x-axis title and keeps it in trace order (stacks reverse it)."""
    # Legend y is a fraction of the plot area: a fixed 70 px below it, whatever the chart's height.
    plot = (fig.layout.height or 380) - 56 - LEGEND_BELOW
    fig.update_layout(legend={"y": -70 / plot, "traceorder": "normal"}, margin={"b": LEGEND_BELOW})


def empty(title: str, lang: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=tr("common.empty", lang), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return style(fig, title, lang=lang, height=240)


def year_axis(fig: go.Figure, years: list[int]) -> go.Figure:
    """Whole years on the x axis, thinned so that labels never crowd or tilt."""
    step = 1 if len(years) <= 8 else 2
    return fig.update_xaxes(type="linear", tickmode="linear", dtick=step, tickformat="d", tickangle=0)
