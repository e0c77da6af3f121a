"""Publishable exports: tables as CSV (UTF-8 with BOM so Excel reads Chinese) and charts as PNG."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from figures.common import MUTED
from i18n import tr


def labelled(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The frame with readable column headings in `lang` (catalogue `col.<name>`); unknown names stay as they are."""
    names, used = {}, set(frame.columns)
    for column in frame.columns:
        text = tr(f"col.{column}", lang)
        if text != f"col.{column}" and text not in used:
            names[column] = text
            used.add(text)
    return frame.rename(names)


def csv_bytes(frame: pl.DataFrame) -> bytes:
    return b"\xef\xbb\xbf" + frame.write_csv().encode("utf-8")


def png_bytes(fig: go.Figure, lang: str, width: int = 1200, scale: float = 2.0) -> bytes:
    """The chart as a print-ready PNG with the source line under it; needs Chromium (kaleido)."""
    out = go.Figure(fig)
    height = int(out.layout.height or 420) + 40
    out.add_annotation(
        text=tr("common.source_note", lang), xref="paper", yref="paper", x=0, y=0, yshift=-62,
        showarrow=False, xanchor="left", yanchor="top", font={"size": 10, "color": MUTED},
    )
    out.update_layout(margin={"b": 80}, height=height, width=width)
    return out.to_image(format="png", width=width, height=height, scale=scale)
