"""Headline sentences computed from the data; each appears only when the data bear it out."""

from __future__ import annotations

from fractions import Fraction

import polars as pl

from analysis.frames import regrain
from analysis.months import quarter_label
from i18n import numbers, tr


def list_first_fall(dishonest_monthly: pl.DataFrame, lang: str, min_rising_years: int = 5) -> str | None:
    """'2024: the number on the list fell for the first time in N years' when a long rise ends in a fall."""
    yearly = regrain(dishonest_monthly, "year", [], lasts=("n_on_list",))
    # Only complete years: a partial year's end is not a year-end stock.
    yearly = yearly.filter(pl.col("last_month").dt.month() == 12)
    stocks = list(zip([p.year for p in yearly["period"]], yearly["n_on_list"].to_list()))
    for i in range(1, len(stocks)):
        year, stock = stocks[i]
        prev = stocks[i - 1][1]
        if stock < prev:
            rises = sum(1 for j in range(1, i) if stocks[j][1] > stocks[j - 1][1])
            if rises < min_rising_years or rises != i - 1:
                return None
            text = tr("ov.head.first_fall", lang, year=year, years=rises, pct=numbers.pct(stock / prev - 1))
            if i + 1 < len(stocks) and stocks[i + 1][1] < stock:
                nxt = stocks[i + 1]
                text += tr("ov.head.fell_again", lang, year=nxt[0], pct=numbers.pct(nxt[1] / stock - 1))
            return text
    return None


def removals_exceed_entries(dishonest_monthly: pl.DataFrame, lang: str, min_quarters: int = 2) -> str | None:
    """'Removals exceeded new entries for N quarters in a row' counted back from the latest complete quarter."""
    q = regrain(dishonest_monthly, "quarter", ["n_listed", "n_removed"])
    q = q.filter(pl.col("last_month").dt.month().is_in([3, 6, 9, 12]))
    run = 0
    for listed, removed in zip(reversed(q["n_listed"].to_list()), reversed(q["n_removed"].to_list())):
        if removed > listed:
            run += 1
        else:
            break
    if run < min_quarters:
        return None
    last = q["period"][-1]
    return tr("ov.head.removals_exceed", lang, n=run, quarter=quarter_label(last))


def held_liable_change(nc_monthly: pl.DataFrame, lang: str, threshold: Fraction = Fraction(1, 10)) -> str | None:
    """The latest complete year's persons held liable against the year before, when it moved by 10% or more."""
    y = regrain(nc_monthly, "year", ["n_held_liable"])
    y = y.filter(pl.col("last_month").dt.month() == 12)
    if y.height < 2:
        return None
    prev, last = y["n_held_liable"][-2], y["n_held_liable"][-1]
    if not prev:
        return None
    # Counts compared exactly: in floating point 900 / 1000 - 1 is a hair short of -10%.
    if abs(last - prev) < threshold * prev:
        return None
    change = last / prev - 1
    key = "ov.head.liable_up" if change > 0 else "ov.head.liable_down"
    shown = numbers.pct(abs(change), signed=False) if lang == "zh" else numbers.pct(change)
    return tr(key, lang, year=y["period"][-1].year, n=numbers.count(last), pct=shown)
