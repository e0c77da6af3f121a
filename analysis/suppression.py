"""Small numbers kept safe: court-level counts below a threshold are hidden, and so is whatever would give them back.

A count below the threshold is hidden (primary suppression, shown as "<10"). Where the group's total is
shown too (a province's courts beside the province figure), one hidden cell could be worked out by
subtracting the others from the total, so further cells are hidden, the smallest first (secondary
suppression, shown as "×"), until no hidden cell can be pinned down: not by the difference, and not by
the bounds a reader knows (a "<10" cell lies in 0..9, a "×" cell is at least 10). Any rate computed
from a hidden count is hidden with it. Province and national figures are never suppressed.

The functions here are pure; only `threshold()` reads the environment (DASHBOARD_MIN_COUNT).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence

import polars as pl

DEFAULT_THRESHOLD = 10
ENV_VAR = "DASHBOARD_MIN_COUNT"
PRIMARY = "primary"
SECONDARY = "secondary"
SECONDARY_MARK = "×"
STATUS_PREFIX = "_hidden_"


def threshold(environ: Mapping[str, str] | None = None) -> int:
    """The configured threshold: DASHBOARD_MIN_COUNT when it is a whole number of at least 1, else 10."""
    raw = (os.environ if environ is None else environ).get(ENV_VAR, "").strip()
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_THRESHOLD
    return value if value >= 1 else DEFAULT_THRESHOLD


def primary_mark(threshold_: int) -> str:
    return f"<{threshold_}"


def _bounds(status: str, threshold_: int) -> tuple[float, float]:
    return (0.0, threshold_ - 1.0) if status == PRIMARY else (float(threshold_), math.inf)


def pinned(values: Sequence[int], status: Sequence[str | None], threshold_: int) -> list[int]:
    """Positions of hidden cells whose value a reader can work out from the shown total and the shown cells.

    The reader knows the sum of the hidden cells (total minus the shown ones) and each hidden cell's
    bounds; a cell is pinned when those leave it a single possible value.
    """
    hidden = [i for i, s in enumerate(status) if s is not None]
    if not hidden:
        return []
    rest = sum(values[i] for i in hidden)
    bounds = {i: _bounds(status[i], threshold_) for i in hidden}
    low_sum = sum(lo for lo, _ in bounds.values())
    high_sum = sum(hi for _, hi in bounds.values())
    out = []
    for i in hidden:
        lo_i, hi_i = bounds[i]
        others_low, others_high = low_sum - lo_i, high_sum - hi_i
        lo = max(lo_i, rest - others_high) if math.isfinite(others_high) else lo_i
        hi = min(hi_i, rest - others_low)
        if lo >= hi:
            out.append(i)
    return out


def hidden_cells(values: Sequence[int | None], threshold_: int, total_shown: bool = True) -> list[str | None]:
    """For each count of one group: None (shown), PRIMARY (below the threshold) or SECONDARY.

    `total_shown` says whether the group's total is shown somewhere; without it, only primary cells are hidden.
    Missing values (None) are neither shown nor counted.
    """
    status: list[str | None] = [PRIMARY if v is not None and v < threshold_ else None for v in values]
    if not total_shown or PRIMARY not in status:
        return status
    vals = [0 if v is None else int(v) for v in values]
    present = [i for i, v in enumerate(values) if v is not None]
    while True:
        n_hidden = sum(s is not None for s in status)
        if n_hidden >= 2 and not pinned(vals, status, threshold_):
            return status
        visible = [i for i in present if status[i] is None]
        if not visible:
            return status
        status[min(visible, key=lambda i: (vals[i], i))] = SECONDARY


def protect(
    frame: pl.DataFrame,
    counts: Sequence[str],
    derived: Mapping[str, Sequence[str]] | None = None,
    threshold_: int = DEFAULT_THRESHOLD,
    by: str | Sequence[str] | None = None,
    total_shown: bool = True,
) -> pl.DataFrame:
    """Hides small counts in `frame` (set to null) and every `derived` column computed from a hidden one.

    counts: count columns, each suppressed on its own within each `by` group (all rows when None);
    derived: {rate column: the count columns it is computed from}. The result keeps the columns and adds
    `_hidden_<column>` (PRIMARY, SECONDARY or null) for each count and derived column, which
    `as_text` and the pages use to show the marks.
    """
    derived = dict(derived or {})
    keys = [by] if isinstance(by, str) else list(by or [])
    work = frame.with_row_index("_row")
    status: dict[str, list[str | None]] = {c: [None] * frame.height for c in counts}
    groups = work.partition_by(keys, maintain_order=True) if keys else [work]
    for group in groups:
        rows = group["_row"].to_list()
        for column in counts:
            for row, s in zip(rows, hidden_cells(group[column].to_list(), threshold_, total_shown)):
                status[column][row] = s
    for column, inputs in derived.items():
        status[column] = [
            next((status[c][r] for c in inputs if status[c][r] is not None), None) for r in range(frame.height)
        ]
    out = frame
    for column, marks in status.items():
        flag = pl.Series(f"{STATUS_PREFIX}{column}", marks, dtype=pl.String)
        out = out.with_columns(
            pl.when(flag.is_null()).then(pl.col(column)).otherwise(None).alias(column),
            flag,
        )
    return out


def status_columns(frame: pl.DataFrame) -> list[str]:
    return [c for c in frame.columns if c.startswith(STATUS_PREFIX)]


def as_text(frame: pl.DataFrame, threshold_: int, formats: Mapping[str, str] | None = None) -> pl.DataFrame:
    """The protected frame for export and display: hidden cells as "<10" or "×", others as numbers.

    Columns with a hidden cell become text (numbers formatted with `formats[column]`, e.g. "{:.1%}",
    default "{:,}" for integers and "{:,.2f}" otherwise); the `_hidden_` columns are dropped.
    """
    formats = dict(formats or {})
    marks = {PRIMARY: primary_mark(threshold_), SECONDARY: SECONDARY_MARK}
    out = frame
    for flag in status_columns(frame):
        column = flag[len(STATUS_PREFIX) :]
        if column not in frame.columns or frame[flag].null_count() == frame.height:
            continue
        dtype = frame.schema[column]
        fmt = formats.get(column, "{:,}" if dtype.is_integer() else "{:,.2f}")
        text = [
            marks[s] if s is not None else (None if v is None else fmt.format(v))
            for v, s in zip(frame[column].to_list(), frame[flag].to_list())
        ]
        out = out.with_columns(pl.Series(column, text, dtype=pl.String))
    return out.drop(status_columns(frame))


def n_hidden(frame: pl.DataFrame, column: str) -> int:
    """How many cells of `column` the protection hid."""
    flag = f"{STATUS_PREFIX}{column}"
    return 0 if flag not in frame.columns else frame.height - frame[flag].null_count()


def carry(
    frame: pl.DataFrame, protected: pl.DataFrame, key: str, derived: Mapping[str, Sequence[str]] | None = None
) -> pl.DataFrame:
    """Gives `frame` (rows of `protected` reshaped, e.g. filtered or ranked) the hidden marks of `protected` by
    `key`: the count columns they share, and `derived` columns computed in `frame` from those counts."""
    flags = [c for c in status_columns(protected) if c[len(STATUS_PREFIX) :] in frame.columns]
    out = frame.drop([c for c in flags if c in frame.columns]).join(
        protected.select(key, *flags), on=key, how="left", maintain_order="left"
    )
    for column, inputs in (derived or {}).items():
        sources = [pl.col(f"{STATUS_PREFIX}{c}") for c in inputs if f"{STATUS_PREFIX}{c}" in out.columns]
        flag = pl.coalesce(sources) if sources else pl.lit(None, dtype=pl.String)
        out = out.with_columns(flag.alias(f"{STATUS_PREFIX}{column}"))
        out = out.with_columns(
            pl.when(pl.col(f"{STATUS_PREFIX}{column}").is_null()).then(pl.col(column)).otherwise(None).alias(column)
        )
    return out


def n_hidden_rows(frame: pl.DataFrame, columns: Sequence[str]) -> int:
    """How many rows have any of `columns` hidden."""
    flags = [pl.col(f"{STATUS_PREFIX}{c}").is_not_null() for c in columns if f"{STATUS_PREFIX}{c}" in frame.columns]
    return 0 if not flags else frame.filter(pl.any_horizontal(flags)).height


def hide_columns(
    frame: pl.DataFrame, columns: Sequence[str], derived: Mapping[str, Sequence[str]] | None = None
) -> pl.DataFrame:
    """Hides whole `columns` of a protected frame (marked SECONDARY), and the `derived` columns resting on them."""
    columns = set(columns)
    columns |= {d for d, inputs in (derived or {}).items() if columns & set(inputs) and d in frame.columns}
    out = frame
    for column in columns:
        flag = f"{STATUS_PREFIX}{column}"
        out = out.with_columns(
            pl.lit(None, dtype=frame.schema[column]).alias(column),
            (pl.col(flag) if flag in out.columns else pl.lit(None, dtype=pl.String)).fill_null(SECONDARY).alias(flag),
        )
    return out
