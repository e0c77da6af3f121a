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
from exports import Export, Provenance, link, province_names, selection_line, title
from exports.provenance import Selection, permalink, selection_text
from i18n import numbers, tr


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


def _params(sel: Selection) -> dict:
    from analysis.months import month_bounds

    first, last = month_bounds(sel.start, sel.end)
    return {
        "provinces": list(sel.provinces),
        "levels": list(sel.levels),
        "case_types": list(sel.case_types),
        "debtor_types": list(sel.debtor_types),
        "start": first,
        "end": last,
    }


def overview_numbers(sel: Selection, lang: str) -> tuple[list[KeyNumber], dt.date]:
    """The overview cards' numbers for the selection, computed as the overview page computes them."""
    params = _params(sel)
    start, end_month = params["start"], params["end"].replace(day=1)
    nc = queries.run("noncompliance_by_month", **params)
    dl = queries.run("dishonest_by_month", **params)
    ce = queries.run("cross_enforcement_by_month", **params)
    cases = queries.run("cases_by_month", **params)

    def flow(frame: pl.DataFrame, column: str, indicator: str, money: bool = False) -> KeyNumber:
        now, before = cards.flow(frame, column, end_month, start)
        return KeyNumber(indicator, tr(f"ov.kpi.{indicator}", lang), now, before, money)

    stock_now, stock_before = cards.stock(dl, "n_on_list", end_month, start)
    quarter, q_now, q_before = cards.latest_quarter(dl, "n_listed", end_month, start)
    out = [
        flow(nc, "n_transferred", "nc_transferred"),
        flow(nc, "n_held_liable", "nc_held_liable"),
        KeyNumber(
            "dl_on_list",
            tr("ex.summary.stock", lang, label=tr("ov.kpi.dl_on_list", lang), month=f"{end_month:%Y-%m}"),
            stock_now,
            stock_before,
        ),
        KeyNumber("dl_new", tr("ov.kpi.dl_new", lang, quarter=quarter), q_now, q_before),
        flow(ce, "n_assigned", "ce_assigned"),
        flow(ce, "recovered_yuan", "ce_recovered", money=True),
        flow(cases, "n_closed", "cases_closed"),
        flow(cases, "recovered_yuan", "cases_recovered", money=True),
    ]
    return out, end_month


def press_text(sel: Selection, lang: str, prov: Provenance, names: dict[str, str]) -> str:
    """The paste-ready summary of a selection in `lang`."""
    numbers_, end_month = overview_numbers(sel, lang)
    first, start = add_months(end_month, -11), _params(sel)["start"]
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
