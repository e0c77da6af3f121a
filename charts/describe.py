"""A chart in words, for a screen reader (the chart's accessible text on the page): what it shows and for which
selection, then what its data say, read from the same frame the chart draws. A series over time gives its latest
value, the change on the period before and its peak; a figure of provinces its highest and lowest; a figure of
several series their number and names."""

from __future__ import annotations

import polars as pl

from i18n import tr

TIME_COLUMNS = ("label", "period", "month")
# Columns that name or place a row rather than measure it.
NOT_MEASURES = ("_code", "_id", "population_10k", "months_from", "months_to", "_date", "year", "case_seq")
NAMES = ("province", "name_en", "name_zh", "court")


def _measure(frame: pl.DataFrame) -> str | None:
    """The figure's main measure: its first numeric column that is not an identifier, a place or a time."""
    for name, dtype in frame.schema.items():
        if dtype.is_numeric() and not name.endswith(NOT_MEASURES) and name not in TIME_COLUMNS:
            return name
    return None


def number(value, column: str, dtype: pl.DataType) -> str:
    from exports import is_fraction

    if is_fraction(column, dtype):
        return f"{value:.1%}"
    if dtype.is_integer() or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def _heading(column: str, lang: str) -> str:
    text = tr(f"col.{column}", lang)
    return column.replace("_", " ") if text == f"col.{column}" else text


def describe(ex) -> str:
    """One to three sentences on the figure `ex` (an `exports.Export`) in its language."""
    import exports

    lg, frame = ex.lang, ex.frame
    stop, comma = ("。", "，") if lg == "zh" else (". ", ", ")
    opening = f"{exports.title(ex)}{stop}{exports.selection_line(ex)}{stop}"
    measure = _measure(frame)
    if measure is None or frame.height == 0:
        return opening.strip()
    dtype, name = frame.schema[measure], _heading(measure, lg)
    time = next((c for c in TIME_COLUMNS if c in frame.columns), None)
    series = [c for c, t in frame.schema.items() if t == pl.String and c not in (time, *NAMES, "phase", "window")]
    places = next((c for c in NAMES if c in frame.columns), None)
    rows = frame.filter(pl.col(measure).is_not_null())
    if rows.height == 0:
        return opening.strip()
    if time and not series:
        last, peak = rows.row(-1, named=True), rows.row(rows[measure].arg_max(), named=True)
        said = tr("alt.latest", lg, measure=name, when=last[time], value=number(last[measure], measure, dtype))
        if rows.height > 1:
            before = rows.row(-2, named=True)[measure]
            if before and not exports.is_fraction(measure, dtype):
                said += comma + tr("alt.change", lg, change=f"{last[measure] / before - 1:+.1%}")
            said += comma + tr("alt.peak", lg, when=peak[time], value=number(peak[measure], measure, dtype))
        return opening + said + stop.strip()
    if places:
        top, low = rows.row(rows[measure].arg_max(), named=True), rows.row(rows[measure].arg_min(), named=True)
        return opening + tr(
            "alt.range",
            lg,
            measure=name,
            top=top[places],
            top_value=number(top[measure], measure, dtype),
            low=low[places],
            low_value=number(low[measure], measure, dtype),
        ) + stop.strip()
    if series:
        kinds = rows[series[0]].unique(maintain_order=True).to_list()
        shown = ("、" if lg == "zh" else ", ").join(str(k) for k in kinds[:6])
        return opening + tr("alt.series", lg, n=len(kinds), names=shown, measure=name) + stop.strip()
    top = rows.row(rows[measure].arg_max(), named=True)
    return opening + tr("alt.largest", lg, measure=name, value=number(top[measure], measure, dtype)) + stop.strip()
