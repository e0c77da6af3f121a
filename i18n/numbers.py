"""Numbers as readers of each language expect them: 万/亿 in Chinese, thousand/million/billion in English."""

from __future__ import annotations

import datetime as dt
import math

from i18n import tr


def _bad(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def count(v, lang: str = "zh") -> str:
    """A count in full with grouping, e.g. 121,543."""
    return "—" if _bad(v) else f"{round(v):,}"


def compact(v, lang: str = "zh", digits: int = 1) -> str:
    """A large count shortened: 12.2万 / 122.0k, 245.7万 / 2.46m, 2.3万亿 / 2.30tn."""
    if _bad(v):
        return "—"
    a = abs(v)
    if lang == "zh":
        for size, unit in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
            if a >= size:
                d = digits + 1 if unit == "万亿" else digits
                return f"{v / size:,.{d}f}{unit}"
        return f"{round(v):,}"
    for size, unit in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if a >= size:
            d = digits + 1 if unit != "k" else digits
            return f"{v / size:,.{d}f}{unit}"
    return f"{round(v):,}"


def yuan(v, lang: str = "zh") -> str:
    """An amount of money: 1,600.0亿元 / ¥160.00bn."""
    if _bad(v):
        return "—"
    if lang == "zh":
        return compact(v, lang) + "元"
    return ("-¥" if v < 0 else "¥") + compact(abs(v), lang)


def amount(v, lang: str = "zh") -> str:
    """One amount of money in full, as a case file gives it: 1,300元 / 1,300 yuan."""
    if _bad(v):
        return "—"
    return f"{round(v):,}元" if lang == "zh" else f"{round(v):,} yuan"


def day(d, lang: str = "zh") -> str:
    """A date as each language writes it: 2025年10月19日 / 19 Oct 2025."""
    if d is None:
        return "—"
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else f"{d.day} {d:%b} {d.year}"


# The same, for Plotly's date axes and hover labels (d3 time formats).
DAY_FORMAT = {"zh": "%Y年%-m月%-d日", "en": "%-d %b %Y"}


def pct(v, signed: bool = True, digits: int = 1) -> str:
    """A fraction as a percentage: 0.234 -> '+23.4%'."""
    if _bad(v):
        return "—"
    return f"{v * 100:+.{digits}f}%" if signed else f"{v * 100:.{digits}f}%"


def signed_sig(v, digits: int = 3) -> str:
    """A signed value to a few significant figures, as effect estimates are shown: +0.123, -12.3."""
    return "—" if _bad(v) else f"{v:+.{digits}g}"


def period_text(start: str, end: str, lang: str) -> str:
    """'2013-01', '2025-12' -> '2013年1月–2025年12月' / 'Jan 2013–Dec 2025'."""

    def one(month: str) -> str:
        y, m = map(int, month.split("-"))
        # Chinese numbers its months; English names them (Jan, Feb, ...).
        return tr("ex.month", lang, year=y, month=m if lang == "zh" else dt.date(y, m, 1).strftime("%b"))

    return one(start) if start == end else f"{one(start)}–{one(end)}"
