"""A chart in words, for a screen reader (the chart's accessible text on the page): what it shows and for which
selection, then what its data say, read from the same frame the chart draws. A series over time gives its latest
value, the change on the period before and its peak; a figure of provinces or courts its highest and lowest; a
figure of several series their number and names."""

from __future__ import annotations

import polars as pl

from i18n import tr

TIME_COLUMNS = ("label", "period", "month")
# Columns that name, place or class a row rather than measure it.
NOT_MEASURES = ("_code", "_id", "population_10k", "months_from", "months_to", "_date", "year", "case_seq")
CATEGORY_NUMBERS = ("n_creditors", "class")


def measure_of(frame: pl.DataFrame) -> str | None:
    """The figure's main measure: its first numeric column that is not an identifier, a place, a time or a class."""
    for name, dtype in frame.schema.items():
        if (
            dtype.is_numeric()
            and not name.endswith(NOT_MEASURES)
            and name not in TIME_COLUMNS
            and name not in CATEGORY_NUMBERS
        ):
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


def _word(column: str, value, lang: str, provinces: dict[str, str]) -> str:
    """A category's value in words: a province's name, the vocabulary's label (the column's own name, or as the
    figure's table names it: `exports.VOCABULARY`), else the value itself."""
    text = str(value)
    if column.endswith("province_code"):
        return provinces.get(text, text)
    from exports import VOCABULARY  # the words the figure's table uses

    kind = VOCABULARY.get(column, column)
    found = tr(f"{kind}.{text}", lang)
    return text if found == f"{kind}.{text}" else found


def _place(frame: pl.DataFrame, lang: str, provinces: dict[str, str]) -> pl.Series | None:
    """Each row's place in words, when the rows are provinces or courts."""
    for column in ("province", "name_zh" if lang == "zh" else "name_en", "court"):
        if column in frame.columns and frame.schema[column] == pl.String:
            return frame[column]
    if "province_code" in frame.columns:
        return frame["province_code"].replace_strict(provinces, default=frame["province_code"])
    return None


def describe(ex) -> str:
    """One to three sentences on the figure `ex` (an `exports.Export`) in its language."""
    import exports

    lg, frame = ex.lang, ex.frame
    stop, comma, sep = ("。", "，", "、") if lg == "zh" else (". ", ", ", ", ")
    opening = f"{exports.title(ex)}{stop}{exports.selection_line(ex)}{stop}"
    # A map or ranking draws its `value` column: the figure's first indicator.
    measure = "value" if "value" in frame.columns and frame.schema["value"].is_numeric() else measure_of(frame)
    if measure is None or frame.height == 0:
        return opening.strip()
    provinces = exports.province_names(lg)
    dtype, name = frame.schema[measure], _heading(measure, lg)
    time = next((c for c in TIME_COLUMNS if c in frame.columns), None)
    places = _place(frame, lg, provinces)
    if places is not None and places.drop_nulls().is_duplicated().any():
        places = None  # the rows are not one per place (a timeline of campaigns, say)
    framed = frame if places is None else frame.with_columns(places.alias("_place"))
    rows = framed.filter(pl.col(measure).is_not_null())
    if places is not None:
        rows = rows.filter(pl.col("_place").is_not_null())
    strings = [c for c, t in frame.schema.items() if t == pl.String and c not in (time, "phase", "window")]
    series = [c for c in strings if not c.startswith(("province", "court")) and not c.endswith("_id")]
    if places is not None:
        series = [c for c in series if not c.startswith("name")]
    if rows.height == 0:
        return opening.strip()
    if time and not series and places is None:
        last, peak = rows.row(-1, named=True), rows.row(rows[measure].arg_max(), named=True)
        said = tr("alt.latest", lg, measure=name, when=last[time], value=number(last[measure], measure, dtype))
        if rows.height > 1:
            before = rows.row(-2, named=True)[measure]
            if before and not exports.is_fraction(measure, dtype):
                said += comma + tr("alt.change", lg, change=f"{last[measure] / before - 1:+.1%}")
            said += comma + tr("alt.peak", lg, when=peak[time], value=number(peak[measure], measure, dtype))
        return opening + said + stop.strip()
    if places is not None and not time:
        top, low = rows.row(rows[measure].arg_max(), named=True), rows.row(rows[measure].arg_min(), named=True)
        # A map's `value` is what its title names (with its unit); other figures name their measure.
        said = tr(
            "alt.range.value" if measure == "value" else "alt.range",
            lg,
            measure=name,
            top=top["_place"],
            top_value=number(top[measure], measure, dtype),
            low=low["_place"],
            low_value=number(low[measure], measure, dtype),
        )
        return opening + said + stop.strip()
    if series:
        kinds = rows[series[0]].unique(maintain_order=True).to_list()
        words = sep.join(_word(series[0], k, lg, provinces) for k in kinds[:6])
        more = "" if len(kinds) <= 6 else ("等" if lg == "zh" else ", …")
        return opening + tr("alt.series", lg, n=len(kinds), names=words + more, measure=name) + stop.strip()
    top = rows.row(rows[measure].arg_max(), named=True)
    return opening + tr("alt.largest", lg, measure=name, value=number(top[measure], measure, dtype)) + stop.strip()
