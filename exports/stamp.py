"""The stamp every exported image carries inside it: what it shows (title, selection, unit), the definitions of
its measures, the source, the data's as-of date, a permalink and a fingerprint of the data.

The layout is computed in pixels around the chart's plot area: a header above it and a footer below its axis
and legend, with every text block wrapped to the image's width, so nothing overlaps or is cut.
"""

from __future__ import annotations

import dataclasses
import html
import math

import plotly.graph_objects as go

from figures.common import INK, MUTED

WIDTH = 1200
PAD = 24
LINE = 1.32
GAP = 6
MIN_PLOT = 300


@dataclasses.dataclass(frozen=True)
class Stamp:
    title: str
    selection: str
    unit: str
    definitions: tuple[tuple[str, str], ...]
    source: str
    facts: str
    permalink: str
    subtitle: str = ""
    # Numbered notes (注) explaining marks drawn on the chart, printed above the definitions.
    notes: tuple[str, ...] = ()


def char_width(ch: str, size: float) -> float:
    """An upper estimate of a character's advance in Noto Sans CJK at `size` px."""
    o = ord(ch)
    if o >= 0x2E80 or ch in "—–…“”‘’·":
        return size * (1.0 if o >= 0x2E80 else 0.9)
    if ch == " ":
        return size * 0.3
    if ch.isupper() or ch.isdigit() or ch in "%&@#mwMW":
        return size * 0.66
    if ch in "iljtfr.,:;|!'()[]/-":
        return size * 0.38
    return size * 0.57


def text_width(text: str, size: float) -> float:
    return sum(char_width(c, size) for c in text)


def _tokens(text: str) -> list[str]:
    """Words and spaces of Latin text, single CJK characters (a line may break between any two)."""
    out, word = [], ""
    for ch in text:
        if ord(ch) >= 0x2E80 or ch == " ":
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
    if word:
        out.append(word)
    return out


def wrap(text: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` px; over-long words (URLs) are broken anywhere."""
    lines, line, used = [], "", 0.0
    for token in _tokens(text):
        w = text_width(token, size)
        if used + w <= width:
            line, used = line + token, used + w
            continue
        if token == " ":
            lines.append(line)
            line, used = "", 0.0
            continue
        if line.strip():
            lines.append(line.rstrip())
            line, used = "", 0.0
        while text_width(token, size) > width:
            cut = 1
            while cut < len(token) and text_width(token[: cut + 1], size) <= width:
                cut += 1
            lines.append(token[:cut])
            token = token[cut:]
        line, used = token, text_width(token, size)
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


@dataclasses.dataclass
class _Block:
    lines: list[str]
    size: float
    color: str
    bold_prefix: str = ""

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LINE + 4

    def text(self) -> str:
        parts = [html.escape(line, quote=False) for line in self.lines]
        if self.bold_prefix and parts and parts[0].startswith(html.escape(self.bold_prefix, quote=False)):
            head = html.escape(self.bold_prefix, quote=False)
            parts[0] = f"<b>{head}</b>{parts[0][len(head) :]}"
        return "<br>".join(parts)


def _block(text: str, size: float, color: str, width: float, bold_prefix: str = "") -> _Block:
    return _Block(wrap(text, size, width), size, color, bold_prefix)


def _category_label_width(fig: go.Figure) -> float:
    """The widest category label on a y axis (horizontal bar charts of names), in px at the tick font size."""
    widest = 0.0
    for trace in fig.data:
        ys = getattr(trace, "y", None)
        if ys is None or getattr(trace, "orientation", None) != "h":
            continue
        for y in ys:
            if isinstance(y, str):
                widest = max(widest, text_width(y, 12))
    return widest


def _legend_rows(fig: go.Figure, width: float) -> int:
    shown = [t for t in fig.data if t.type != "sankey" and t.showlegend is not False and t.name]
    if not shown or fig.layout.showlegend is False:
        return 0
    entry = fig.layout.legend.entrywidth
    if entry and fig.layout.legend.entrywidthmode == "fraction":
        per_row = max(1, int(1 / entry))
        return math.ceil(len(shown) / per_row)
    rows, used = 1, 0.0
    for t in shown:
        w = text_width(t.name, 12) + 46
        if used + w > width and used:
            rows, used = rows + 1, 0.0
        used += w
    return rows


def stamped(fig: go.Figure, stamp: Stamp, width: int = WIDTH) -> tuple[go.Figure, int, int]:
    """A copy of `fig` with the stamp around its plot area; returns it with its width and height in px."""
    out = go.Figure(fig)
    lay = out.layout
    m = lay.margin
    orig_h = lay.height or 420
    orig_t, orig_b = m.t if m.t is not None else 80, m.b if m.b is not None else 80
    orig_plot = max(orig_h - orig_t - orig_b, 120)
    plot_h = max(orig_plot, MIN_PLOT)
    left = max(m.l if m.l is not None else 80, PAD)
    labels = _category_label_width(out)
    if labels:
        left = max(left, labels + 28)
    right = max(m.r if m.r is not None else 80, PAD)
    text_w = width - 2 * PAD

    header = [_block(stamp.title, 20, INK, text_w)]
    if stamp.subtitle:
        header.append(_block(stamp.subtitle, 12, MUTED, text_w))
    header.append(_block(stamp.selection, 14, INK, text_w))
    if stamp.unit:
        header.append(_block(stamp.unit, 12, MUTED, text_w))
    footer = [_block(note, 11, INK, text_w) for note in stamp.notes]
    footer += [
        _block(f"{name}：{text}" if _cjk(name) else f"{name}: {text}", 11, INK, text_w, bold_prefix=name)
        for name, text in stamp.definitions
    ]
    footer += [
        _block(stamp.source, 11, MUTED, text_w),
        _block(stamp.facts, 11, MUTED, text_w),
        _block(stamp.permalink, 11, MUTED, text_w),
    ]

    # Below the plot: the axis ticks and legend as the screen lays them out (same px offset), then the footer.
    legend_y = lay.legend.y if lay.legend.y is not None else -0.12
    legend_px = max(-legend_y * orig_plot, 28) if legend_y < 0 else 0
    rows = _legend_rows(out, width - left - right)
    below = max(orig_b, legend_px + rows * 22 + 14) if rows else max(orig_b, 40)
    head_h = PAD * 0.6 + sum(b.height + GAP for b in header) + 14
    foot_h = sum(b.height + GAP for b in footer) + PAD * 0.6
    height = int(math.ceil(head_h + plot_h + below + foot_h))

    shift_x = -(left - PAD)
    annotations = list(lay.annotations)
    y = PAD * 0.6
    for b in header:
        annotations.append(
            dict(
                text=b.text(),
                xref="paper",
                yref="paper",
                x=0,
                y=1,
                xanchor="left",
                yanchor="top",
                align="left",
                xshift=shift_x,
                yshift=head_h - y,
                showarrow=False,
                font={"size": b.size, "color": b.color},
            )
        )
        y += b.height + GAP
    y = below
    for b in footer:
        annotations.append(
            dict(
                text=b.text(),
                xref="paper",
                yref="paper",
                x=0,
                y=0,
                xanchor="left",
                yanchor="top",
                align="left",
                xshift=shift_x,
                yshift=-y,
                showarrow=False,
                font={"size": b.size, "color": b.color},
            )
        )
        y += b.height + GAP
    out.update_layout(
        title={"text": "", "subtitle": {"text": ""}},
        annotations=annotations,
        width=width,
        height=height,
        margin={"l": left, "r": right, "t": head_h, "b": below + foot_h, "autoexpand": True},
    )
    if rows:
        out.update_layout(legend={"y": -legend_px / plot_h, "yanchor": "top"})
    return out, width, height


def _cjk(text: str) -> bool:
    return any(ord(c) >= 0x2E80 for c in text)
