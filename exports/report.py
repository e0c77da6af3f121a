"""The report for a province, up to three provinces compared, or the whole country: the key numbers as sentences
beside the national figure and the rank, the figures drawn by the page's own builders, the courts table with
small counts hidden, and the notes (注), as an A4 PDF and as a PowerPoint deck with one figure per slide.

Typeset with Typst (its Python binding): one self-contained compiler with no system libraries to install, CJK fonts
taken from the system, text selectable and searchable, SVG figures kept as vectors. Every piece of text from the
data reaches Typst as a string inside JSON (`sys.inputs`), never as markup, so a court's name cannot run anything.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import polars as pl

import charts
import queries
from analysis import province as pv
from analysis import suppression
from charts import overview as ov_charts
from charts import province as pv_charts
from exports import Export, Provenance, province_names, selection_line, title
from exports import render as renderer
from exports.provenance import file_name, period_text, permalink
from figures.common import untitled
from i18n import numbers, tr
from shared_filters import Filters

TEMPLATE = Path(__file__).with_name("report.typ")
# Drawn at this layout size and set half a page wide, so that a figure's own text reads at about 7 pt.
FIGURE_SIZE = (640, 360)
COURT_ROWS = 20  # the courts with the most cases filed; the page holds the full table
MIME = {"pdf": "application/pdf", "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}


@dataclasses.dataclass(frozen=True)
class Report:
    lang: str
    sel: Filters
    codes: tuple[str, ...]
    title: str
    subtitle: str
    facts: tuple[str, ...]  # the key numbers, one sentence each
    figures: tuple[Export, ...]
    courts: pl.DataFrame | None  # headings in the report's language, hidden cells as "<10" / "×"
    courts_caption: str
    notes: tuple[str, ...]
    source: str
    link: str


def _value(v, per: str) -> str:
    if v is None:
        return "—"
    if per == "share":
        return f"{v:.1%}"
    return f"{v:,.1f}"


def _change(now, before, per: str, lang: str) -> str | None:
    delta = pv.change(now, before, per)
    if delta is None:
        return None
    if per == "share":
        points = delta * 100
        if lang == "zh":
            return f"同比{'上升' if points >= 0 else '下降'}{abs(points):.1f}个百分点"
        return f"{'up' if points >= 0 else 'down'} {abs(points):.1f} percentage points on a year earlier"
    if lang == "zh":
        return f"同比{'增长' if delta >= 0 else '下降'}{abs(delta):.1%}"
    return f"{'up' if delta >= 0 else 'down'} {abs(delta):.1%} on a year earlier"


def province_facts(ctx: charts.Context, code: str) -> list[str]:
    """One sentence per measure: the province's value, the country's, the rank among the provinces held, the
    change on the same months a year earlier."""
    lg = ctx.lang
    compared = pv_charts.compared(ctx)
    national = queries.coverage().national
    out = []
    for m, row in zip(pv.MEASURES, compared.iter_rows(named=True)):
        name = tr(f"ind.{m.indicator}.name", lg)
        unit = "" if m.per == "share" else tr(f"pv.unit.{m.per}", lg)
        value = _value(row[code], m.per)
        rank, of = row[f"{code}_rank"], row["n_ranked"]
        change = _change(row[code], row[f"{code}_before"], m.per, lg)
        if lg == "zh":
            text = f"{name}{'（' + unit + '）' if unit else ''}为{value}"
            if national:
                text += f"，全国为{_value(row['national'], m.per)}"
            if rank is not None and of > 1:
                text += f"，居{of}个省份第{rank}位"
            text += f"，{change}。" if change else "。"
        else:
            text = f"{name}{' (' + unit + ')' if unit else ''}: {value}"
            if national:
                text += f", against {_value(row['national'], m.per)} for the country"
            if rank is not None and of > 1:
                text += f"; {_ordinal(rank)} of {of} provinces"
            text += f"; {change}." if change else "."
        out.append(text)
    return out


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def card_facts(sel: Filters, lang: str) -> list[str]:
    """The overview's cards as sentences: the year to the period's end and its change on the year before."""
    built = ov_charts.cards(sel, lang)
    out = []
    for c in built.cards:
        value = numbers.yuan(c.value, lang) if c.money else numbers.compact(c.value, lang)
        unit = "" if c.money else tr(f"ind.{c.indicator}.unit", lang)
        rel = None if c.before in (None, 0) or c.value is None else c.value / c.before - 1
        if lang == "zh":
            change = "" if rel is None else f"，同比{'增长' if rel >= 0 else '下降'}{abs(rel):.1%}"
            out.append(f"{c.title}：{value}{unit if unit not in value else ''}{change}。")
        else:
            change = "" if rel is None else f", {'up' if rel >= 0 else 'down'} {abs(rel):.1%} on the year before"
            out.append(f"{c.title}: {value}{' ' + unit if unit else ''}{change}.")
    return out


def _figure_keys(n: int) -> list[tuple[str, dict]]:
    if n == 1:
        return [
            ("province-trend", {"pv_measure": "filed_per_100k"}),
            ("nc-trend-transferred", {}),
            ("dishonest-stock", {}),
            ("dishonest-flows", {}),
            ("cross-cumulative", {}),
            ("nc-trend-held_liable", {}),
        ]
    if n > 1:
        return [("province-peers", {"pv_measure": m.key}) for m in pv.MEASURES[:4]]
    return [
        ("overview-noncompliance", {}),
        ("overview-dishonest", {}),
        ("nc-map", {}),
        ("cross-cumulative", {}),
    ]


def courts_table(ctx: charts.Context) -> tuple[pl.DataFrame | None, str]:
    built = pv_charts.courts(ctx)
    if built is None:
        return None, ""
    lg = ctx.lang
    columns = ("n_filed", "n_closed", "clearance", "recovery", "voluntary")
    top = built.shown.sort("n_filed", descending=True, nulls_last=True).head(COURT_ROWS)
    shown = suppression.as_text(
        top.select("court", "court_level", *columns, *suppression.status_columns(top)), built.threshold, built.formats
    )
    # Numbers as the page prints them (columns with a hidden cell are text already).
    formats = {**dict.fromkeys(columns, "{:,}"), **built.formats}
    shown = shown.with_columns(
        [
            pl.Series(c, ["—" if v is None else formats[c].format(v) for v in shown[c].to_list()], dtype=pl.String)
            for c in columns
            if shown[c].dtype != pl.String
        ]
    )
    headings = {c: tr(f"col.{c}", lg) for c in ("court", "court_level", *columns)}
    w = pv_charts.window(ctx)
    window = period_text(f"{w.start:%Y-%m}", f"{w.end:%Y-%m}", lg)
    caption = tr("rp.courts.caption", lg, n=top.height, total=built.shown.height, window=window)
    return shown.rename(headings), caption


def build(sel: Filters, lang: str, prov: Provenance) -> Report:
    """The report's content for a selection (its provinces: none for the country, one, or up to three)."""
    names = province_names(lang)
    codes = tuple(sel.provinces[: pv_charts.MAX_PROVINCES])
    sel = dataclasses.replace(sel, provinces=codes)
    ctx = charts.Context(sel, lang, {})
    w = pv_charts.window(ctx)
    where = "、".join(names.get(c, c) for c in codes) if lang == "zh" else ", ".join(names.get(c, c) for c in codes)
    heading = tr("rp.title.national", lang) if not codes else tr("rp.title", lang, where=where)
    period = period_text(sel.start, sel.end, lang)
    subtitle = tr("rp.subtitle", lang, period=period, as_of=prov.as_of.isoformat())
    if len(codes) == 1:
        facts = province_facts(ctx, codes[0]) + card_facts(sel, lang)
    elif codes:
        facts = [s for c in codes for s in _prefixed(province_facts(ctx, c)[:4], names.get(c, c), lang)]
    else:
        facts = card_facts(sel, lang)
    figures = tuple(
        ex for key, options in _figure_keys(len(codes)) if (ex := charts.build(key, sel, lang, **options)) is not None
    )
    courts, courts_caption = courts_table(ctx) if len(codes) == 1 else (None, "")
    window = period_text(f"{w.start:%Y-%m}", f"{w.end:%Y-%m}", lang)
    indicators = dict.fromkeys(i for ex in figures for i in ex.indicators)
    indicators.update(dict.fromkeys(m.indicator for m in pv.MEASURES) if codes else {})
    notes = [
        *(
            f"{tr(f'ind.{i}.name', lang)}：{tr(f'ind.{i}.def', lang)}"
            if lang == "zh"
            else f"{tr(f'ind.{i}.name', lang)}: {tr(f'ind.{i}.def', lang)}"
            for i in indicators
        ),
        # What the windows cover, for what this report holds: ranks and a courts table for one province, ranks for
        # several, the overview's cards for the country.
        tr(
            "rp.note.window" + ("" if len(codes) == 1 else ".peers" if codes else ".national"),
            lang,
            window=window,
            period=period,
        ),
        *([tr("rp.note.small", lang, threshold=suppression.threshold())] if courts is not None else []),
        tr("rp.note.as_of", lang, as_of=prov.as_of.isoformat(), fingerprint=prov.fingerprint),
    ]
    link = permalink(prov.base_url, "province" if codes else "", sel, lang)
    return Report(
        lang,
        sel,
        codes,
        heading,
        subtitle,
        tuple(facts),
        figures,
        courts,
        courts_caption,
        tuple(notes),
        tr("common.source_note", lang),
        link,
    )


def _prefixed(facts: list[str], name: str, lang: str) -> list[str]:
    return [f"{name}：{f}" if lang == "zh" else f"{name} — {f}" for f in facts]


def _drawn(ex: Export, fmt: str, scale: float = 1.0) -> bytes:
    """The figure without its own title (the report sets it above, with the unit line), at the report's size."""
    fig = untitled(ex.fig, height=FIGURE_SIZE[1], width=FIGURE_SIZE[0])
    return renderer.image(fig, fmt, FIGURE_SIZE[0], FIGURE_SIZE[1], scale)


def _subtitle(ex: Export) -> str:
    return ex.headings[1]


def _document(report: Report) -> dict:
    lg = report.lang
    return {
        "lang": lg,
        "title": report.title,
        "subtitle": report.subtitle,
        "facts_heading": tr("rp.facts", lg),
        "facts": list(report.facts),
        "figures_heading": tr("rp.figures", lg),
        "figures": [
            {
                "title": title(ex),
                "unit": _subtitle(ex),
                "caption": selection_line(ex),
                "alt": ex.alt,
                "svg": _drawn(ex, "svg").decode("utf-8"),
            }
            for ex in report.figures
        ],
        "courts_heading": tr("rp.courts", lg),
        "courts_caption": report.courts_caption,
        "courts": None
        if report.courts is None
        else {"columns": report.courts.columns, "rows": [list(r) for r in report.courts.rows()]},
        "notes_heading": tr("rp.notes", lg),
        "notes": list(report.notes),
        "source": report.source,
        "link": tr("ex.link", lg, url=report.link),
        "page": tr("rp.page", lg),
        "font": "Noto Sans CJK SC",
    }


def pdf(report: Report) -> bytes:
    """The report as an A4 PDF (fonts embedded, text selectable)."""
    doc = json.dumps(_document(report), ensure_ascii=False)
    data = renderer.typeset(TEMPLATE.read_bytes(), "pdf", {"doc": doc})
    return _titled(data, report)


def _titled(data: bytes, report: Report) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    name = tr("app.title", report.lang)
    writer.add_metadata({"/Title": report.title, "/Subject": report.subtitle, "/Author": name, "/Creator": name})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pptx(report: Report) -> bytes:
    """The report as a 16:9 deck: title, key numbers, one figure per slide (with its title and selection), the
    courts table, the notes."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)
    font = "Noto Sans CJK SC"

    def text_slide(heading: str, lines: list[str], size: int = 16):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        body = slide.placeholders[1]
        body.left, body.top, body.width, body.height = Emu(600000), Emu(1400000), Emu(10992000), Emu(5000000)
        frame = body.text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(size)
            para.font.name = font
        return slide

    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = report.title
    first.placeholders[1].text = report.subtitle
    first.placeholders[1].left, first.placeholders[1].width = Emu(600000), Emu(10992000)
    text_slide(tr("rp.facts", report.lang), list(report.facts), 12 if len(report.facts) > 8 else 16)
    for ex in report.figures:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title(ex)
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(24)
        png = _drawn(ex, "png", scale=3)
        pic_h = Emu(4400000)
        picture = slide.shapes.add_picture(io.BytesIO(png), Emu(900000), Emu(1500000), height=pic_h)
        # PowerPoint's alt text (and a screen reader's) is the picture's description.
        picture._element.nvPicPr.cNvPr.set("descr", ex.alt)
        box = slide.shapes.add_textbox(Emu(600000), Emu(6050000), Emu(10992000), Emu(500000)).text_frame
        box.word_wrap = True
        box.text = selection_line(ex)
        box.paragraphs[0].font.size = Pt(11)
    if report.courts is not None:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = tr("rp.courts", report.lang)
        rows, cols = report.courts.height + 1, report.courts.width
        table = slide.shapes.add_table(rows, cols, Emu(400000), Emu(1300000), Emu(11392000), Emu(5200000)).table
        for j, heading in enumerate(report.courts.columns):
            table.cell(0, j).text = heading
        for i, row in enumerate(report.courts.rows(), 1):
            for j, value in enumerate(row):
                table.cell(i, j).text = str(value)
        for cell in (table.cell(i, j) for i in range(rows) for j in range(cols)):
            for para in cell.text_frame.paragraphs:
                para.font.size = Pt(9)
    text_slide(
        tr("rp.notes", report.lang),
        [f"{i}. {n}" for i, n in enumerate(report.notes, 1)]
        + [report.source, tr("ex.link", report.lang, url=report.link)],
        11,
    )
    for slide in deck.slides:  # the template's placeholders are laid out for 4:3: stretch the titles to 16:9
        if slide.shapes.title is not None:
            slide.shapes.title.left, slide.shapes.title.width = Emu(600000), Emu(10992000)
    deck.core_properties.title = report.title
    deck.core_properties.subject = report.subtitle
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def report_file(sel: Filters, lang: str, ext: str) -> str:
    return file_name("report", sel, province_names("en"), lang, ext)
