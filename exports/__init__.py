"""Publishable exports, built without Streamlit so that the pages, the command line and the tests share them.

A figure leaves as it would be published: PNG, SVG and PDF stamped with what they show (selection, unit,
definitions, source, as-of date, permalink, data fingerprint), and its data as CSV (UTF-8 with BOM, so Excel
reads Chinese) and XLSX (a data sheet and a notes sheet saying the same as the stamp).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import re
import urllib.parse
from collections.abc import Iterable

import polars as pl

from analysis.frames import mapped
from charts.core import Export
from exports import render
from exports.provenance import (
    Provenance,
    file_name,
    period_text,
    permalink,
    scope_text,
    selection_text,
)
from exports.stamp import Stamp, stamped
from figures import milestones
from i18n import CATALOG, LANGS, tr

IMAGE_FORMATS = render.FORMATS
PNG_SCALE = 2.0


# Columns holding a fraction of one (a share, a rate of recovery, a change on the year before, a survival
# probability, ours against the published): they leave as percentages, and their heading says so.
FRACTION = re.compile(r"(^|_)(share|yoy|survival|ratio|rate|clearance|recovery|voluntary)($|_)")
PERCENT_MARK = " (%)"


def is_fraction(column: str, dtype: pl.DataType) -> bool:
    return dtype.is_float() and bool(FRACTION.search(column))


# The vocabulary of a category column's values, by column name: its cells hold codes ("basic",
# "obstructing_officers") whose words are the catalogue's `<kind>.<code>`, the labels the figures draw in their
# legends, axes and panel titles (`i18n.label`). First the contract's categorical columns (queries.values
# VOCABULARIES), then the figures' own: a court's level under other names, a campaign's phases and outcomes, the
# rungs of the ladder of measures, the creditor groups of cross-enforcement.
VOCABULARY = {
    "case_type": "case_type",
    "debtor_type": "debtor_type",
    "closure": "closure",
    "conduct": "conduct",
    "measure": "measure",
    "serious_consequence": "serious",
    "event_type": "event",
    "removal_reason": "removal",
    "severity": "severity",
    "method": "method",
    "focus": "focus",
    "court_level": "court_level",
    "level": "court_level",
    "from_level": "court_level",
    "to_level": "court_level",
    "phase": "cp.phase",
    "outcome": "cp.outcome",
    "step": "nc.step",
    "creditors": "ce.creditors",
}


def worded(frame: pl.DataFrame, lang: str) -> pl.DataFrame:
    """The frame with the codes in its category columns (`VOCABULARY`) in words in `lang`, as the figures name
    them. Only a value with a catalogue entry changes: a name, a number or a word already there stays as it is, and
    so does a code the catalogue has no word for; nulls stay null and the column stays text."""
    words = []
    for column, dtype in frame.schema.items():
        kind = VOCABULARY.get(column)
        if kind is None or dtype != pl.String:
            continue
        keys = {v: f"{kind}.{v}" for v in frame[column].drop_nulls().unique().to_list()}
        found = {v: tr(key, lang) for v, key in keys.items() if key in CATALOG}
        if found:
            words.append(pl.col(column).replace(found))
    return frame.with_columns(words) if words else frame


def labelled(frame: pl.DataFrame, lang: str, indicators: tuple[str, ...] | list[str] = ()) -> pl.DataFrame:
    """The frame as a reader sees it in `lang`: category codes in the figures' words (`worded`), and readable
    column headings (catalogue `col.<name>`); unknown names stay as they are. A fraction's heading ends in " (%)":
    the CSV writes it as a percentage, the XLSX formats it as one. The measure a ranking or map shows (`value`) is
    headed by the figure's measure (its last indicator)."""
    frame = worded(frame, lang)
    names, used = {}, set(frame.columns)
    for column, dtype in frame.schema.items():
        key = f"ind.{indicators[-1]}.name" if column == "value" and indicators else f"col.{column}"
        text = tr(key, lang)
        text = column if text == key else text
        if is_fraction(column, dtype):
            text += PERCENT_MARK
        if text != column and text not in used:
            names[column] = text
            used.add(text)
    return frame.rename(names)


def percent_headings(frame: pl.DataFrame) -> list[str]:
    """The headings of a labelled frame that hold fractions of one."""
    return [c for c, dtype in frame.schema.items() if c.endswith(PERCENT_MARK) and dtype.is_float()]


# A text cell a spreadsheet would run as a formula: a leading =, +, -, @, tab or carriage return (OWASP, CSV
# injection); a number written as text ("-3.6", "-1,200") is left as it is.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[-+]?[\d,]*\.?\d+%?")


def defused(text: str | None) -> str | None:
    """A text cell that cannot run in a spreadsheet: one that would start a formula gets a leading apostrophe."""
    if text and text.startswith(FORMULA_START) and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_text(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with every text column's cells `defused` (headings too: a column can be named from the data)."""
    texts = [c for c, dtype in frame.schema.items() if dtype == pl.String]
    out = frame.with_columns(mapped(frame[c], defused, pl.String, c) for c in texts)
    return out.rename({c: defused(c) for c in out.columns if defused(c) != c})


def csv_bytes(frame: pl.DataFrame) -> bytes:
    """A labelled frame as CSV (UTF-8 with BOM, so Excel reads Chinese); fractions as percentages to two decimals;
    no cell a spreadsheet would run (`safe_text`)."""
    shown = safe_text(frame.with_columns((pl.col(c) * 100).round(2) for c in percent_headings(frame)))
    return b"\xef\xbb\xbf" + shown.write_csv().encode("utf-8")


# --- What every export says about itself ----------------------------------------------------------------


PUBLIC_URL = "DASHBOARD_PUBLIC_URL"


def public_base(request_url: str | None = None) -> str:
    """The dashboard's address for permalinks: the configured public address (`DASHBOARD_PUBLIC_URL`) when set,
    else the scheme and host of the request (or of `--base-url`), else localhost. A link printed under a figure
    must open for its readers, not only on the machine that made it."""
    configured = os.environ.get(PUBLIC_URL, "").strip()
    if configured:
        return configured.rstrip("/")
    if request_url:
        parts = urllib.parse.urlsplit(request_url)
        if parts.scheme and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}"
    return "http://localhost:8501"


def provenance(request_url: str | None = None) -> Provenance:
    """The loaded data's as-of date and fingerprint, and the dashboard's address for permalinks (`public_base`)."""
    import queries
    from exports.provenance import data_fingerprint

    facts = queries.run("data_facts").row(0, named=True)
    return Provenance(
        as_of=facts["as_of_date"],
        fingerprint=data_fingerprint(queries.data_dir()),
        base_url=public_base(request_url),
    )


def province_names(lang: str) -> dict[str, str]:
    """Province code -> name in `lang`, with a name for the rows whose province is unknown."""
    import queries
    from contract import UNKNOWN

    return {**queries.province_names(lang), UNKNOWN: tr("province.unknown", lang)}


def _plain(text: str | None) -> str:
    return re.sub(r"<[^>]+>", " ", text or "").replace("  ", " ").strip()


def title(ex: Export) -> str:
    """The figure's own title, as a line of plain text."""
    return _plain(ex.fig.layout.title.text) or tr(f"ind.{ex.indicators[0]}.name", ex.lang)


def selection_line(ex: Export) -> str:
    names = province_names(ex.lang)
    import queries

    text = selection_text(
        ex.selection,
        ex.lang,
        names,
        period=ex.period is None,
        provinces=not ex.all_provinces,
        coverage=queries.coverage(),
    )
    if ex.all_provinces:
        coverage = queries.coverage()
        every = tr("ex.all_provinces", ex.lang) if coverage.national else scope_text(coverage, (), ex.lang, names)
        text = " · ".join(p for p in (every, text) if p)
    if ex.period:
        text = " · ".join(p for p in (text, ex.period) if p)
    return text


def link(ex: Export, prov: Provenance) -> str:
    return permalink(prov.base_url, ex.page, ex.selection, ex.lang, dict(ex.extra_query))


def unit_line(ex: Export) -> str:
    units = []
    for ind in ex.indicators:
        u = tr(f"ind.{ind}.unit", ex.lang)
        if u != f"ind.{ind}.unit" and u not in units:
            units.append(u)
    return tr("ex.unit", ex.lang, units=("；" if ex.lang == "zh" else "; ").join(units)) if units else ""


def definitions(ex: Export) -> tuple[tuple[str, str], ...]:
    return tuple((tr(f"ind.{i}.name", ex.lang), tr(f"ind.{i}.def", ex.lang)) for i in ex.indicators)


def facts_line(ex: Export, prov: Provenance, generated: dt.datetime | None = None) -> str:
    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return tr("ex.facts", ex.lang, as_of=prov.as_of.isoformat(), fingerprint=prov.fingerprint, generated=when)


def stamp(ex: Export, prov: Provenance) -> Stamp:
    return Stamp(
        title=title(ex),
        subtitle=_plain(ex.fig.layout.title.subtitle.text),
        selection=selection_line(ex),
        unit=unit_line(ex),
        definitions=definitions(ex),
        source=tr("common.source_note", ex.lang),
        facts=facts_line(ex, prov),
        permalink=tr("ex.link", ex.lang, url=link(ex, prov)),
        notes=tuple(milestones.shown_notes(ex.fig, ex.lang)),
    )


def image_bytes(ex: Export, fmt: str, prov: Provenance, scale: float = PNG_SCALE) -> bytes:
    """The stamped figure as PNG (at `scale` times its layout size), SVG or PDF (titled in its metadata)."""
    return images(ex, prov, (fmt,), scale)[fmt]


def images(
    ex: Export, prov: Provenance, formats: Iterable[str] = IMAGE_FORMATS, scale: float = PNG_SCALE
) -> dict[str, bytes]:
    """The stamped figure in each of `formats`, all made from one drawing."""
    formats = tuple(formats)
    if unknown := [f for f in formats if f not in IMAGE_FORMATS]:
        raise ValueError(f"unknown image format {unknown[0]!r}; one of {', '.join(IMAGE_FORMATS)}")
    fig, width, height = stamped(ex.fig, stamp(ex, prov))
    drawing = render.svg(fig, width, height)
    made = {}
    for fmt in formats:
        data = render.converted(drawing, fmt, width, height, scale)
        made[fmt] = svg_described(data, ex) if fmt == "svg" else pdf_titled(data, ex) if fmt == "pdf" else data
    return made


def svg_described(data: bytes, ex: Export) -> bytes:
    """The SVG with its title and the chart in words as the <title> and <desc> a screen reader announces when
    the file is opened or placed on a web page."""
    text = data.decode("utf-8")
    at = text.index(">", text.index("<svg")) + 1
    described = f"<title>{html.escape(title(ex))}</title><desc>{html.escape(ex.alt)}</desc>"
    return (text[:at] + described + text[at:]).encode("utf-8")


def pdf_titled(data: bytes, ex: Export) -> bytes:
    """The PDF with the figure's title, its selection and period, and the dashboard as author in its document
    properties (a reader's title bar and a library's catalogue show these; the renderer leaves its own name)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    name = tr("app.title", ex.lang)
    writer.add_metadata(
        {"/Title": title(ex), "/Subject": selection_line(ex), "/Author": name, "/Creator": name, "/Producer": name}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def notes(ex: Export, prov: Provenance) -> list[tuple[str, str]]:
    """What the XLSX notes sheet and the kit's README say about a figure, as (label, value) rows."""
    lg = ex.lang
    rows = [
        (tr("ex.note.title", lg), title(ex)),
        (tr("ex.note.selection", lg), selection_line(ex)),
    ]
    for url_key, value in ex.selection.query(lg).items():
        rows.append((tr("ex.note.filter", lg, param=url_key), value))
    rows += [
        (tr("ex.note.permalink", lg), link(ex, prov)),
        (tr("ex.note.as_of", lg), prov.as_of.isoformat()),
        (tr("ex.note.source", lg), tr("common.source_name", lg)),
    ]
    colon, stop = ("：", "。") if lg == "zh" else (": ", ". ")
    for ind in ex.indicators:
        rows.append(
            (
                tr("ex.note.definition", lg, name=tr(f"ind.{ind}.name", lg)),
                f"{tr(f'ind.{ind}.def', lg)} {tr('def.unit', lg)}{colon}{tr(f'ind.{ind}.unit', lg)}{stop}"
                f"{tr('def.source', lg)}{colon}{tr(f'ind.{ind}.src', lg)}",
            )
        )
    rows += [
        (tr("ex.note.fingerprint", lg), prov.fingerprint),
        (tr("ex.note.generated", lg), dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")),
        (tr("ex.note.language", lg), tr(f"ex.lang.{lg}", lg)),
    ]
    return rows


def xlsx_bytes(frame: pl.DataFrame, note_rows: list[tuple[str, str]], lang: str) -> bytes:
    """A workbook: the data (number formats, frozen headings) and a notes sheet with the stamp's facts."""
    import xlsxwriter

    buf = io.BytesIO()
    # Text from the data is written as text, never as a formula or a link a spreadsheet would follow.
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    with xlsxwriter.Workbook(buf, options) as wb:
        data_sheet = tr("ex.sheet.data", lang)
        import polars.selectors as cs

        percent = percent_headings(frame)
        formats = {
            cs.integer(): "#,##0",
            cs.float() - cs.by_name(percent): "#,##0.00",
            cs.date(): "yyyy-mm-dd",
            cs.by_name(percent): "0.0%",
        }
        frame.write_excel(
            wb,
            data_sheet,
            column_formats={k: v for k, v in formats.items() if frame.select(k).width},
            freeze_panes="A2",
            autofit=True,
            table_style="Table Style Light 1",
        )
        ws = wb.add_worksheet(tr("ex.sheet.notes", lang))
        bold = wb.add_format({"bold": True, "valign": "top"})
        wrapped = wb.add_format({"text_wrap": True, "valign": "top"})
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 100)
        for r, (k, v) in enumerate(note_rows):
            ws.write_string(r, 0, k, bold)
            ws.write_string(r, 1, str(v), wrapped)
    return buf.getvalue()


def file_for(ex: Export, ext: str, with_lang: bool = True) -> str:
    return file_name(ex.key, ex.selection, province_names("en"), ex.lang if with_lang else None, ext)


__all__ = [
    "IMAGE_FORMATS",
    "LANGS",
    "Export",
    "Provenance",
    "csv_bytes",
    "file_for",
    "image_bytes",
    "images",
    "labelled",
    "notes",
    "period_text",
    "provenance",
    "stamp",
    "worded",
    "xlsx_bytes",
]
