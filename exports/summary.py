"""Text a press officer can paste into a release: the overview's key numbers for the selection with their
year-on-year changes, and the source line; and a caption for each figure (its key number and change).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import polars as pl

import queries
from analysis import overview as cards
from analysis.months import add_months
from charts import overview as ov_charts
from exports import Export, Provenance, link, province_names, selection_line, title
from exports.provenance import permalink, selection_text
from i18n import numbers, tr
from shared_filters import Filters


@dataclasses.dataclass(frozen=True)
class KeyNumber:
    indicator: str
    label: str
    value: float | None
    before: float | None
    money: bool = False

    def text(self, lang: str) -> str:
        shown = numbers.yuan(self.value, lang) if self.money else numbers.compact(self.value, lang)
        if not self.money:
            shown += tr(f"ex.unit.{self.indicator}", lang)
        rel = cards.change(self.value or 0, self.before) if self.value is not None else None
        change = (
            tr("ex.summary.change", lang, pct=numbers.pct(rel)) if rel is not None else tr("ex.summary.no_change", lang)
        )
        return tr("ex.summary.line", lang, label=self.label, value=shown, change=change)


def overview_numbers(sel: Filters, lang: str) -> tuple[list[KeyNumber], dt.date]:
    """The overview's cards (`charts.overview.cards`, the same numbers the page shows) as lines of text."""
    built = ov_charts.cards(sel, lang)
    out = []
    for c in built.cards:
        # A stock is a count on a day: its line says which.
        label = tr("ex.summary.stock", lang, label=c.title, month=f"{built.end_month:%Y-%m}") if c.stock else c.title
        out.append(KeyNumber(c.indicator, label, c.value, c.before, c.money))
    return out, built.end_month


def press_text(sel: Filters, lang: str, prov: Provenance, names: dict[str, str]) -> str:
    """The paste-ready summary of a selection in `lang`."""
    numbers_, end_month = overview_numbers(sel, lang)
    first, start = add_months(end_month, -11), sel.params()["start"]
    # As on the overview: a period shorter than a year adds up what it holds, and says so.
    window = (
        tr("ov.kpi.window_short", lang, start=f"{start:%Y-%m}", end=f"{end_month:%Y-%m}")
        if first < start
        else tr("ov.kpi.window", lang, start=f"{first:%Y-%m}", end=f"{end_month:%Y-%m}")
    )
    lines = [
        tr(
            "ex.summary.head",
            lang,
            selection=selection_text(sel, lang, names, coverage=queries.coverage()),
            window=window,
        ),
        "",
    ]
    lines += [f"- {n.text(lang)}" for n in numbers_]
    lines += [
        "",
        tr("common.source_note", lang)
        + tr("ex.summary.sep", lang)
        + tr("ex.summary.as_of", lang, date=prov.as_of.isoformat()),
        tr("ex.link", lang, url=permalink(prov.base_url, "national", sel, lang)),
    ]
    return "\n".join(lines)


def _value(v: float, lang: str) -> str:
    if abs(v) >= 10_000:
        return numbers.compact(v, lang)
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


TIME_COLUMNS = ("period", "label", "month", "period_end")
RANKED_COLUMNS = ("value", "per_100k")


def _name_column(frame: pl.DataFrame, lang: str) -> str | None:
    preferred = ("name_en" if lang == "en" else "name_zh", "province", "court", "province_code")
    return next((c for c in preferred if c in frame.columns), None)


def caption(ex: Export, prov: Provenance) -> str:
    """One paragraph for alt text: what the figure shows for which selection, its latest number and the change."""
    lg = ex.lang
    head = tr("ex.caption.head", lg, title=title(ex), selection=selection_line(ex))
    frame = ex.frame
    numeric = [
        c
        for c, dtype in frame.schema.items()
        if dtype.is_numeric()
        and c not in TIME_COLUMNS
        and not c.endswith(("_id", "_code"))
        and c not in ("class", "year", "population_10k")
    ]
    tail = tr("ex.caption.tail", lg, as_of=prov.as_of.isoformat(), url=link(ex, prov))
    if not numeric or frame.height == 0:
        return f"{head}{tail}" if lg == "zh" else f"{head} {tail}"
    # A ranking or a map shows one measure (`value`, or the list's rate per 100,000): the caption names that one.
    # A ranking whose measure is partly hidden (small numbers written as marks) has no "highest" to tell.
    if "value" in frame.columns and "value" not in numeric:
        return ("" if lg == "zh" else " ").join((head, tail))
    ranked = [c for c in RANKED_COLUMNS if c in numeric and (c != "per_100k" or "dl_per_100k" in ex.indicators)]
    column = next(iter(ranked), numeric[0])
    if column == "value":
        heading = tr(f"ind.{ex.indicators[-1]}.name", lg)
    else:
        heading = tr(f"col.{column}", lg)
        heading = column if heading == f"col.{column}" else heading
    first = frame.columns[0]
    values = frame[column].drop_nulls()
    # One row per period: a latest period and the one before it. A breakdown (several rows a period) has neither.
    if first in TIME_COLUMNS and values.len() and frame[first].n_unique() == frame.height:
        rows = frame.drop_nulls(column)
        last = rows.row(-1, named=True)
        text = tr("ex.caption.latest", lg, measure=heading, when=str(last[first]), value=_value(last[column], lg))
        if rows.height > 1 and rows[column][-2]:
            rel = last[column] / rows[column][-2] - 1
            text += tr("ex.caption.change", lg, when=str(rows[first][-2]), pct=numbers.pct(rel))
    elif ranked and frame.height > 1 and (label_col := _name_column(frame, lg)) is not None:
        # Only a ranking or map of named places has a "highest"; a breakdown by category does not.
        top = frame.sort(column, descending=True, nulls_last=True).row(0, named=True)
        name = str(top[label_col])
        if label_col.endswith("province_code"):
            name = province_names(lg).get(name, name)
        text = tr("ex.caption.top", lg, measure=heading, name=name, value=_value(top[column], lg))
    else:
        text = ""
    # Chinese sentences follow one another without a space.
    return ("" if lg == "zh" else " ").join(p for p in (head, text, tail) if p)
