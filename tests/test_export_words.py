"""What leaves the dashboard in English is English and says nothing twice: every piece of text made for every
figure (title, stamp, annotations, legend and axis titles, caption, notes, the kit's README and summary) for
Gansu 2024–2025, read for Chinese characters, doubled words and "None"; and files' numbers as they are meant.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from xml.etree import ElementTree

import openpyxl
import polars as pl
import pytest
from pypdf import PdfReader

import charts
import exports
from exports import kit, summary
from shared_filters import Filters

CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
# "Source: Source:", "the the": a word (with its colon) written twice in a row.
DOUBLED = re.compile(r"\b(\w+)(:?)\s+\1\2(?=\W|$)", re.IGNORECASE)
# When a file was made ("2026-12-04 04:03") is not words: its day and hour may well be the same number.
MADE_AT = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?")
GANSU = Filters(provinces=("620000",), start="2024-01", end="2025-12")
PROV = exports.Provenance(as_of=dt.date(2025, 12, 31), fingerprint="f1ngerpr1n", base_url="https://courts.example")


def figure_texts(ex: exports.Export) -> list[tuple[str, str]]:
    """(where, text) for every piece of text the figure and its export carry."""
    out = []
    stamp = exports.stamp(ex, PROV)
    out += [(f"stamp.{k}", str(v)) for k, v in vars(stamp).items() if isinstance(v, str)]
    out += [("stamp.definition", f"{a}: {b}") for a, b in stamp.definitions]
    out += [("stamp.note", n) for n in stamp.notes]
    lay = ex.fig.layout
    out += [("annotation", a.text) for a in lay.annotations if a.text]
    out += [("trace", t.name) for t in ex.fig.data if getattr(t, "name", None)]
    for axis in ("xaxis", "yaxis", "yaxis2"):
        ax = getattr(lay, axis, None)
        if ax is not None and ax.title and ax.title.text:
            out.append((axis, ax.title.text))
        if ax is not None and ax.ticktext:
            out += [(f"{axis}.tick", str(t)) for t in ax.ticktext]
    out.append(("caption", summary.caption(ex, PROV)))
    out += [(f"note.{k}", str(v)) for k, v in exports.notes(ex, PROV)]
    out += [("heading", c) for c in exports.labelled(ex.frame, ex.lang).columns]
    return out


def faults(texts: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    found = []
    for where, text in texts:
        if CJK.search(text):
            found.append(("Chinese", where, text))
        if m := DOUBLED.search(MADE_AT.sub("<time>", text)):
            found.append((f"doubled {m[0]!r}", where, text))
        if re.search(r"\bNone\b|\bnan\b", text):
            found.append(("None", where, text))
    return found


def test_every_figures_english_words_are_english(on_generated):
    found = []
    built = 0
    for key in charts.keys():
        ex = charts.build(key, GANSU, "en")
        if ex is None:
            continue
        built += 1
        found += [(key, *f) for f in faults(figure_texts(ex))]
    assert built >= 25
    assert not found, found[:15]


def test_the_english_kits_words_and_readme(on_generated):
    keys = ["dishonest-stock", "nc-trend-held_liable", "nc-rank-provinces"]
    data = kit.build(GANSU, ["en"], keys, PROV, scale=1.0)
    z = zipfile.ZipFile(io.BytesIO(data))
    readme = z.read(kit.README).decode("utf-8")
    assert readme.startswith("# Press kit")
    assert not CJK.search(readme), [line for line in readme.splitlines() if CJK.search(line)]
    assert not DOUBLED.search(readme), DOUBLED.search(readme)[0]
    # The selection and the period, each said once.
    assert "- Selection: Gansu · Jan 2024–Dec 2025" in readme
    assert "- Period: Jan 2024–Dec 2025" in readme
    # Captions and the summary whole; of a table, its headings (a Chinese name is data, kept beside the English one).
    texts = [(n, z.read(n).decode("utf-8-sig")) for n in z.namelist() if n.endswith(".txt")]
    texts += [(n, z.read(n).decode("utf-8-sig").splitlines()[0]) for n in z.namelist() if n.endswith(".csv")]
    assert texts
    assert not faults(texts), faults(texts)[:5]


def test_a_kit_in_both_languages_opens_in_its_first(on_generated):
    data = kit.build(GANSU, ["en", "zh"], ["dishonest-stock"], PROV, scale=1.0)
    readme = zipfile.ZipFile(io.BytesIO(data)).read(kit.README).decode("utf-8")
    assert readme.startswith("# Press kit")
    assert readme.index("# 新闻素材包") > readme.index("# Press kit")


def test_the_ranking_caption_names_what_it_ranks(on_generated):
    ex = charts.build("nc-rank-provinces", GANSU, "en", nc_per="cases")
    ranked = ex.frame.drop_nulls("value").sort("value", descending=True)
    text = summary.caption(ex, PROV)
    top = ranked.row(0, named=True)
    assert f"Highest {top['name_en']} ({top['value']:,.1f})" in text, text
    # The lowest may be shared (several provinces at 0): the one named is among them.
    lowest = ranked.filter(pl.col("value") == ranked["value"].min())["name_en"].to_list()
    assert re.search(r"lowest (.+) \(([\d.,]+)\)\. Data as of", text)[1] in lowest, text
    assert text.count("per 10,000") >= 1, text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_rates_leave_as_percentages(on_generated, lang):
    ex = charts.build("cross-creditors", GANSU, lang)
    table = exports.labelled(ex.frame, lang)
    fraction = ex.frame["recovery_rate"].to_list()
    heading = table.columns[ex.frame.columns.index("recovery_rate")]
    assert heading.endswith(exports.PERCENT_MARK)
    # CSV: the percentage to two decimals under a heading that says %.
    rows = list(csv.reader(io.StringIO(exports.csv_bytes(table).decode("utf-8-sig"))))
    col = rows[0].index(heading)
    assert [float(r[col]) for r in rows[1:]] == [round(v * 100, 2) for v in fraction]
    # XLSX: the true fraction, formatted as a percentage.
    ws = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(table, exports.notes(ex, PROV), lang))).worksheets[0]
    cells = [c for c in next(ws.iter_cols(min_col=col + 1, max_col=col + 1, min_row=2))]
    assert [c.value for c in cells] == pytest.approx(fraction)
    assert {c.number_format for c in cells} == {"0.0%"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_svg_carries_its_title_and_the_chart_in_words(on_generated, lang):
    ex = charts.build("dishonest-stock", GANSU, lang)
    root = ElementTree.fromstring(exports.image_bytes(ex, "svg", PROV))
    ns = "{http://www.w3.org/2000/svg}"
    # The first children of the root, where a screen reader looks for a graphic's name and description.
    assert [child.tag for child in root[:2]] == [f"{ns}title", f"{ns}desc"]
    assert root[0].text == exports.title(ex) and root[1].text == ex.alt
    assert exports.selection_line(ex) in ex.alt


def test_a_pdf_is_titled_by_its_figure(on_generated):
    ex = charts.build("dishonest-stock", GANSU, "en")
    meta = PdfReader(io.BytesIO(exports.image_bytes(ex, "pdf", PROV))).metadata
    assert meta.title == "On the dishonest list at the end of each period"
    assert meta.subject == "Gansu · Jan 2024–Dec 2025"
    assert meta.author == "Court Enforcement Dashboard"
    assert "Kaleido" not in str(dict(meta))


def test_the_permalink_uses_the_configured_public_address(monkeypatch):
    monkeypatch.setenv(exports.PUBLIC_URL, "https://courts.example/dashboard/")
    assert exports.public_base("http://127.0.0.1:8501/refusal") == "https://courts.example/dashboard"
    monkeypatch.delenv(exports.PUBLIC_URL)
    assert exports.public_base("http://10.0.0.5:8501/refusal") == "http://10.0.0.5:8501"
    assert exports.public_base(None) == "http://localhost:8501"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_caption_is_the_chart_in_words_and_its_source(on_generated, lang):
    # The page's text for screen readers (tested against each frame in test_describe), then the as-of date and
    # the link: the alt text a press officer pastes says what the figure shows and where it comes from.
    for key in charts.keys():
        ex = charts.build(key, GANSU, lang)
        if ex is None:
            continue
        text = summary.caption(ex, PROV)
        assert text.startswith(exports.title(ex)) and exports.selection_line(ex) in text, (key, text)
        assert text.startswith(ex.alt), (key, text)
        assert PROV.as_of.isoformat() in text and text.endswith(exports.link(ex, PROV)), (key, text)
