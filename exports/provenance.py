"""What an export says about itself: the selection in words, the period, the permalink, the data's as-of date
and a short fingerprint of the data files, so a published figure can be traced back to what it came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
import urllib.parse
from pathlib import Path

from i18n import label, tr
from i18n.numbers import period_text
from shared_filters import LIST_FILTERS, Filters

LIST_KINDS = {spec.field: spec.kind for spec in LIST_FILTERS if spec.kind}


@dataclasses.dataclass(frozen=True)
class Provenance:
    """Facts about the data every export of it carries."""

    as_of: dt.date
    fingerprint: str
    base_url: str = "http://localhost:8501"


def scope_text(coverage, chosen: tuple[str, ...], lang: str, names: dict[str, str]) -> str:
    """The provinces a selection speaks of, in words: those chosen; with none chosen, all of China when the data
    hold the country, else the provinces the data hold ("All provinces in the data: Gansu")."""
    sep = "、" if lang == "zh" else ", "
    if chosen:
        return sep.join(names.get(c, c) for c in chosen)
    if coverage is None or coverage.national:
        return tr("filters.provinces.all", lang)
    held = coverage.provinces
    if len(held) <= 3:
        return tr("scope.covered", lang, names=sep.join(names.get(c, c) for c in held))
    return tr("scope.covered_n", lang, n=len(held))


def scope_short(coverage, chosen: tuple[str, ...], lang: str, names: dict[str, str]) -> str | None:
    """The provinces a title or a headline speaks of, short ("Gansu", "3 provinces"), or None for the country."""
    sep = "、" if lang == "zh" else ", "
    if chosen:
        if len(chosen) <= 3:
            return sep.join(names.get(c, c) for c in chosen)
        return tr("scope.n_provinces", lang, n=len(chosen))
    if coverage is None or coverage.national:
        return None
    if len(coverage.provinces) <= 3:
        return sep.join(names.get(c, c) for c in coverage.provinces)
    return tr("scope.covered_n", lang, n=len(coverage.provinces))


def selection_text(
    sel: Filters,
    lang: str,
    names: dict[str, str],
    period: bool = True,
    provinces: bool = True,
    coverage=None,
) -> str:
    """The selection in words: '甘肃省 · 中级法院 · 2013年1月–2025年12月'; with no province chosen, all of China
    or, when the data hold only part of it (`coverage`), the provinces they hold."""
    sep = "、" if lang == "zh" else ", "
    parts = []
    if provinces:
        parts.append(scope_text(coverage, sel.provinces, lang, names))
    for field, kind in LIST_KINDS.items():
        values = getattr(sel, field)
        if values:
            parts.append(sep.join(label(kind, v, lang) for v in values))
    if period:
        parts.append(period_text(sel.start, sel.end, lang))
    return " · ".join(parts)


def permalink(base_url: str, page_path: str, sel: Filters, lang: str, extra: dict | None = None) -> str:
    """The page's address with its filters, short enough to print: no scheme, parameters in the URL's order."""
    base = base_url.rstrip("/")
    base = re.sub(r"^https?://", "", base)
    query = {**sel.query(lang), **(extra or {})}
    path = f"{base}/{page_path.strip('/')}" if page_path else base
    return path + ("?" + urllib.parse.urlencode(query, safe=",") if query else "")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def selection_slug(sel: Filters, names_en: dict[str, str]) -> str:
    """The selection as a file-name part: 'gansu', 'gansu+shaanxi', '5-provinces', 'china'."""
    if not sel.provinces:
        part = "china"
    elif len(sel.provinces) <= 3:
        part = "+".join(slug(names_en.get(c, c)) for c in sel.provinces)
    else:
        part = f"{len(sel.provinces)}-provinces"
    for field in LIST_KINDS:
        values = getattr(sel, field)
        if values:
            part += "_" + ("+".join(slug(v) for v in values) if len(values) <= 2 else f"{len(values)}-{slug(field)}")
    return part


def file_name(what: str, sel: Filters, names_en: dict[str, str], lang: str | None, ext: str) -> str:
    """'dishonest-stock_gansu_2013-01_2025-12_zh.png': what, selection, period, language."""
    parts = [slug(what), selection_slug(sel, names_en), sel.start, sel.end]
    if lang:
        parts.append(lang)
    return "_".join(parts) + f".{ext}"


@functools.lru_cache(maxsize=8)
def _fingerprint(files: tuple[tuple[str, int], ...]) -> str:
    h = hashlib.sha256()
    for name, size in files:
        h.update(f"{name}|{size}\n".encode())
    return h.hexdigest()[:10]


def data_fingerprint(data_dir: Path) -> str:
    """A short hash of the data files' names and sizes: the same data gives the same fingerprint wherever it is."""
    from contract import TABLES
    from queries.check import table_files

    data_dir = Path(data_dir)
    files = []
    for table in TABLES:
        for path in table_files(data_dir, table):
            files.append((str(path.relative_to(data_dir)), path.stat().st_size))
    return _fingerprint(tuple(sorted(files)))
