"""Legal milestones and campaign windows drawn on every time-series chart of refusal to comply.

The milestones are the published ones (calibration.md §1); their short and long notes live in
i18n/catalog/noncompliance.py as `ms.<key>.short` and `ms.<key>.note`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import plotly.graph_objects as go
import polars as pl

from figures.common import MUTED, WINDOW_FILL
from i18n import tr

D = dt.date
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
STRIP_FILL = "rgba(209, 96, 61, 0.55)"
STRIP_HEIGHT = 0.035


@dataclasses.dataclass(frozen=True)
class Milestone:
    key: str
    start: dt.date
    end: dt.date | None = None  # a window (a national campaign) rather than a day

    def short(self, lang: str) -> str:
        return tr(f"ms.{self.key}.short", lang)

    def note(self, lang: str) -> str:
        return tr(f"ms.{self.key}.note", lang)

    @property
    def mark(self) -> str:
        """A circled number: milestones cluster in 2014-2016, and a number never overprints its neighbour."""
        return CIRCLED[MILESTONES.index(self)]


MILESTONES: tuple[Milestone, ...] = (
    Milestone("campaign_2014", D(2014, 11, 1), D(2015, 3, 31)),
    Milestone("fashi_2015", D(2015, 7, 22)),
    Milestone("amendment_ix", D(2015, 11, 1)),
    Milestone("basic_solve", D(2016, 3, 1), D(2018, 12, 31)),
    Milestone("fashi_2024", D(2024, 12, 1)),
    Milestone("joint_opinions_2025", D(2025, 7, 1)),
)


def in_range(first: dt.date, last: dt.date) -> list[Milestone]:
    return [m for m in MILESTONES if m.start <= last and (m.end or m.start) >= first]


def _clip(start: dt.date, end: dt.date, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    # Shapes outside the data would stretch the axis; every chart keeps to the filter's period.
    return max(start, first), min(end, last)


def campaign_windows(
    campaigns: pl.DataFrame, provinces: tuple[str, ...], first: dt.date, last: dt.date
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(windows to shade, provincial windows for the bottom strip) among the campaigns in [first, last].

    National campaigns are always shaded, except those that are already a milestone window (the same
    campaign would otherwise be drawn twice). Provincial campaigns are shaded when their province is in the
    filter; with no province filter they go to a thin strip along the bottom of the chart instead, because
    half a dozen overlapping provincial windows shaded over a national series would hide it.
    """
    if campaigns.height == 0:
        return campaigns, campaigns
    near = campaigns.filter((pl.col("start_date") <= last) & (pl.col("end_date") >= first))
    milestone_months = {(m.start.year, m.start.month) for m in MILESTONES if m.end}
    national = near.filter(pl.col("province_code").is_null())
    national = national.filter(
        pl.Series([(d.year, d.month) not in milestone_months for d in national["start_date"]], dtype=pl.Boolean)
    )
    provincial = near.filter(pl.col("province_code").is_not_null())
    if provinces:
        shaded = pl.concat([national, provincial.filter(pl.col("province_code").is_in(list(provinces)))])
        return shaded, provincial.clear()
    return national, provincial


# The smallest gap between two milestone numbers, as a share of the time axis: a circled number is about 14 px
# wide and the narrowest chart that carries them has a plot about 350 px wide.
MARK_GAP = 0.04
# How far above the plot a milestone's number sits (px), on a short leader line to its own date.
MARK_LIFT = 14


def spread(positions: list[float], gap: float = MARK_GAP) -> list[float]:
    """Where to put labels that belong at `positions` (shares of the axis, ascending) so that neighbours are at
    least `gap` apart, each moved as little as possible: every run of crowded labels is centred on its own
    positions and kept inside the axis. (Plotly does not move annotations apart, and the few labels of a chart
    need no more than this.)"""
    runs: list[list[float]] = []
    for p in positions:
        runs.append([p])
        while len(runs) > 1 and _left(runs[-1], gap) - _left(runs[-2], gap) - gap * len(runs[-2]) < -1e-9:
            runs[-2:] = [runs[-2] + runs[-1]]
    return [_left(run, gap) + i * gap for run in runs for i in range(len(run))]


def _left(run: list[float], gap: float) -> float:
    width = gap * (len(run) - 1)
    return min(max(sum(run) / len(run) - width / 2, 0.0), max(1.0 - width, 0.0))


def _window_label(x: dt.date, text: str) -> dict:
    # A campaign window: its name written down from the top of the plot, at its left edge.
    return {
        "x": x,
        "y": 1,
        "xref": "x",
        "yref": "paper",
        "text": text,
        "showarrow": False,
        "xanchor": "left",
        "yanchor": "top",
        "font": {"size": 10, "color": MUTED},
        "textangle": -90,
        "xshift": 2,
    }


def _mark_labels(marks: list[tuple[dt.date, str, str]], first: dt.date, last: dt.date) -> list[dict]:
    """A milestone's number upright above the plot, its name and note on hover; numbers that would touch (the
    milestones of 2015-16 fall months apart) move apart, each tied to its date by a leader line."""
    span = (last - first).days + 1
    order = sorted(range(len(marks)), key=lambda i: marks[i][0])
    placed = spread([(marks[i][0] - first).days / span for i in order])
    at = {i: first + dt.timedelta(days=round(share * span)) for i, share in zip(order, placed)}
    return [
        {
            "x": when,
            "y": 1,
            "xref": "x",
            "yref": "paper",
            "ax": at[i],
            "axref": "x",
            "ay": -MARK_LIFT,
            "ayref": "pixel",
            "showarrow": True,
            "arrowhead": 0,
            "arrowwidth": 1,
            "arrowcolor": MUTED,
            "standoff": 0,
            "text": text,
            "font": {"size": 12, "color": MUTED},
            "hovertext": hover,
        }
        for i, (when, text, hover) in enumerate(marks)
    ]


def _layers(windows: list[tuple], markers: list[tuple], first: dt.date, last: dt.date) -> tuple[list[dict], list[dict]]:
    """Shapes and annotations for shaded windows and dotted milestone lines: milestones numbered above the plot
    (`_mark_labels`), other windows named vertically at their left edge. Built as plain dicts and added in one
    layout update: plotly's add_vrect and add_vline validate the whole figure on every call, which costs tens of
    milliseconds per chart."""
    shapes, named, marks, seen = [], [], [], set()
    for start, end, text, *hover in windows:
        shapes.append(
            {
                "type": "rect",
                "xref": "x",
                "yref": "paper",
                "x0": start,
                "x1": end,
                "y0": 0,
                "y1": 1,
                "fillcolor": WINDOW_FILL,
                "line": {"width": 0},
                "layer": "below",
            }
        )
        if hover:
            marks.append((start, text, *hover))
        elif text not in seen:
            seen.add(text)
            named.append(_window_label(start, text))
    for when, text, hover in markers:
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": when,
                "x1": when,
                "y0": 0,
                "y1": 1,
                "line": {"dash": "dot", "color": MUTED, "width": 1},
            }
        )
        marks.append((when, text, hover))
    return shapes, [*_mark_labels(marks, first, last), *named]


def overlay(
    fig: go.Figure,
    lang: str,
    first: dt.date,
    last: dt.date,
    campaigns: pl.DataFrame | None = None,
    provinces: tuple[str, ...] = (),
    province_labels: dict[str, str] | None = None,
) -> go.Figure:
    """Marks the milestones in [first, last] and shades the campaign windows (see `campaign_windows`)."""
    windows, markers = [], []
    for m in in_range(first, last):
        hover = f"{m.mark} {m.short(lang)}"
        if m.end:
            a, b = _clip(m.start, m.end, first, last)
            windows.append((a, b, m.mark, hover))
        else:
            markers.append((m.start, m.mark, hover))
    strip = None
    if campaigns is not None:
        shaded, strip = campaign_windows(campaigns, provinces, first, last)
        labels = province_labels or {}
        for row in shaded.iter_rows(named=True):
            a, b = _clip(row["start_date"], row["end_date"], first, last)
            who = (
                labels.get(row["province_code"], row["province_code"])
                if row["province_code"]
                else tr("ms.window.national", lang)
            )
            windows.append((a, b, f"{who} {row['start_date'].year}"))
    shapes, notes = _layers(windows, markers, first, last)
    if strip is not None and strip.height:
        for row in strip.iter_rows(named=True):
            a, b = _clip(row["start_date"], row["end_date"], first, last)
            shapes.append(
                {
                    "type": "rect",
                    "xref": "x",
                    "yref": "paper",
                    "x0": a,
                    "x1": b,
                    "y0": 0,
                    "y1": STRIP_HEIGHT,
                    "fillcolor": STRIP_FILL,
                    "line": {"width": 0},
                    "layer": "above",
                }
            )
        fig.add_scatter(
            x=[None],
            y=[None],
            mode="markers",
            name=tr("ms.strip.legend", lang),
            hoverinfo="skip",
            marker={"symbol": "square", "size": 10, "color": STRIP_FILL},
        )
    fig.update_layout(shapes=[*fig.layout.shapes, *shapes], annotations=[*fig.layout.annotations, *notes])
    # A date axis whatever the traces: the numbers' leaders are placed by date (`_mark_labels`).
    fig.update_xaxes(range=[first, last + dt.timedelta(days=1)], type="date")
    return fig


def notes(lang: str, first: dt.date, last: dt.date) -> list[str]:
    """One line per milestone in range, for the caption under a chart: date, short label and note."""
    out = []
    for m in in_range(first, last):
        when = f"{m.start:%Y-%m-%d}" + (f" – {m.end:%Y-%m-%d}" if m.end else "")
        out.append(f"{m.mark} **{when}** {m.short(lang)}: {m.note(lang)}")
    return out


def shown_notes(fig: go.Figure, lang: str) -> list[str]:
    """One plain line per milestone mark the figure carries (①, ⑤, ...), for an exported image's footer: a
    number in print has no hover to explain it."""
    marks = {a.text for a in fig.layout.annotations if a.text}
    out = []
    for m in MILESTONES:
        if m.mark in marks:
            when = f"{m.start:%Y-%m-%d}" + (f" – {m.end:%Y-%m-%d}" if m.end else "")
            out.append(f"{m.mark} {when} {m.short(lang)}{'：' if lang == 'zh' else ': '}{m.note(lang)}")
    return out
