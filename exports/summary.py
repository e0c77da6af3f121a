"""Text a press officer can paste into a release: the overview's key numbers for the selection with their
year-on-year changes, and the source line; and a caption for each figure (the chart in words, its source).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import queries
from analysis import overview as cards
from analysis.months import add_months
from charts import overview as ov_charts
from exports import Export, Provenance, link
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


def caption(ex: Export, prov: Provenance) -> str:
    """The figure's alt text for print and the web: the chart in words the page gives screen readers (its title,
    selection, latest value and change, or its range), then the data's as-of date and the link to the view."""
    tail = tr("ex.caption.tail", ex.lang, as_of=prov.as_of.isoformat(), url=link(ex, prov))
    return ("" if ex.lang == "zh" else " ").join((ex.alt, tail))
