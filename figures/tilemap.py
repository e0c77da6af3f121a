"""A tile-grid map of the 31 provinces: one equal square each, placed roughly where it lies.

It needs no boundary data, so it renders offline and raises no map-approval (审图号) question in print.
"""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from figures.common import FONT, INK, MUTED, style

# province_code -> (column, row), row 0 at the top; ISO 3166-2:CN letters for English tiles.
GRID: dict[str, tuple[int, int, str]] = {
    "230000": (7, 0, "HL"),
    "150000": (4, 1, "NM"),
    "110000": (5, 1, "BJ"),
    "220000": (7, 1, "JL"),
    "650000": (1, 2, "XJ"),
    "620000": (2, 2, "GS"),
    "640000": (3, 2, "NX"),
    "140000": (4, 2, "SX"),
    "130000": (5, 2, "HE"),
    "120000": (6, 2, "TJ"),
    "210000": (7, 2, "LN"),
    "540000": (1, 3, "XZ"),
    "630000": (2, 3, "QH"),
    "610000": (3, 3, "SN"),
    "410000": (4, 3, "HA"),
    "370000": (5, 3, "SD"),
    "510000": (2, 4, "SC"),
    "500000": (3, 4, "CQ"),
    "420000": (4, 4, "HB"),
    "340000": (5, 4, "AH"),
    "320000": (6, 4, "JS"),
    "310000": (7, 4, "SH"),
    "530000": (2, 5, "YN"),
    "520000": (3, 5, "GZ"),
    "430000": (4, 5, "HN"),
    "360000": (5, 5, "JX"),
    "330000": (6, 5, "ZJ"),
    "450000": (3, 6, "GX"),
    "440000": (4, 6, "GD"),
    "350000": (5, 6, "FJ"),
    "460000": (4, 7, "HI"),
}

COLOURS = [[0.0, "#eef3fa"], [0.5, "#6f9fd1"], [1.0, "#123f73"]]


def tile_map(
    frame: pl.DataFrame,
    names: dict[str, str],
    abbrs: dict[str, str],
    title: str,
    unit: str,
    lang: str,
    value_format: str = ",.0f",
    selected: tuple[str, ...] = (),
) -> go.Figure:
    """`frame` has province_code and value; provinces without a value are drawn grey and labelled."""
    values = dict(zip(frame["province_code"].to_list(), frame["value"].to_list()))
    codes = list(GRID)
    xs = [GRID[c][0] for c in codes]
    ys = [GRID[c][1] for c in codes]
    vals = [values.get(c) for c in codes]
    labels = [abbrs.get(c, c) if lang == "zh" else GRID[c][2] for c in codes]
    known = [v for v in vals if v is not None]
    fig = go.Figure()
    fig.add_scatter(
        x=xs,
        y=ys,
        mode="markers+text",
        text=labels,
        customdata=[[c, names.get(c, c)] for c in codes],
        marker={
            "symbol": "square",
            "size": 46,
            "line": {"width": [3 if c in selected else 0 for c in codes], "color": INK},
            "color": [v if v is not None else float("nan") for v in vals],
            "colorscale": COLOURS,
            "cmin": min(known) if known else 0,
            "cmax": max(known) if known else 1,
            "colorbar": {"title": {"text": unit, "side": "right"}, "thickness": 12, "len": 0.8},
            "showscale": bool(known),
        },
        textfont={
            "family": FONT,
            "size": 13,
            "color": ["white" if v is not None and known and v > (min(known) + max(known)) / 2 else INK for v in vals],
        },
        hovertemplate="%{customdata[1]}<br>%{marker.color:" + value_format + "} " + unit + "<extra></extra>",
        showlegend=False,
    )
    missing = [i for i, v in enumerate(vals) if v is None]
    if missing:
        fig.add_scatter(
            x=[xs[i] for i in missing],
            y=[ys[i] for i in missing],
            mode="markers",
            hoverinfo="skip",
            marker={"symbol": "square", "size": 46, "color": "#e4e7eb"},
            showlegend=False,
        )
        fig.data = (fig.data[1], fig.data[0])
    style(fig, title, None, lang, height=470)
    fig.update_xaxes(visible=False, range=[0.3, 7.7])
    fig.update_yaxes(visible=False, range=[7.6, -0.6], scaleanchor="x", scaleratio=1)
    fig.update_layout(
        # The colour bar and its title take about 100 px on the right.
        hovermode="closest",
        margin={"l": 10, "r": 110, "t": 56, "b": 10},
        dragmode=False,
        font={"color": MUTED},
    )
    return fig
