"""The province report: its key figures against plain SQL over the Zhejiang fixture and against the province page
for the same selection; the PDF (pages, searchable text, embedded fonts, notes, page numbers) and the deck (one
figure per slide); text from the data set as text, never as Typst markup; the command line's messages."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys

import polars as pl
import pytest
from pptx import Presentation
from pypdf import PdfReader

import exports
from exports import report
from shared_filters import Filters
from tests.conftest import ROOT
from tests.fixture_province import on_province_fixture, province_fixture_dir  # noqa: F401  (pytest fixtures)
from tests.test_province import cards, render, sql

ZJ = Filters(provinces=("330000",), start="2024-01", end="2024-12")


@pytest.fixture
def built(on_province_fixture):
    prov = exports.provenance()
    return {lg: report.build(ZJ, lg, prov) for lg in ("zh", "en")}


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    """The PDF and its text with every space and line break taken out (a line may break inside a title)."""
    reader = PdfReader(io.BytesIO(data))
    return reader, "".join("".join(page.extract_text().split()) for page in reader.pages)


def bare(text: str) -> str:
    return "".join(text.split())


def test_the_key_figures_are_the_data_s(built, on_province_fixture):
    (filed, closed, vol) = sql(
        on_province_fixture,
        """SELECT count(*), count(closed_date), count(*) FILTER (WHERE is_voluntary)
        FROM cases WHERE province_code = '330000' AND year(filed_date) = 2024""",
    )[0]
    (all_filed, all_closed) = sql(
        on_province_fixture,
        """SELECT count(*) FILTER (WHERE year(filed_date) = 2024), count(*) FILTER (WHERE year(closed_date) = 2024)
        FROM cases""",
    )[0]
    en = built["en"].facts
    assert en[1].startswith(
        f"Clearance rate: {closed / filed:.1%}, against {all_closed / all_filed:.1%} for the country"
    )
    assert en[3].startswith(f"Voluntary performance rate: {vol / closed:.1%}")
    zh = built["zh"].facts
    assert zh[1].startswith(f"结案率为{closed / filed:.1%}，全国为{all_closed / all_filed:.1%}，居")


def test_the_key_figures_are_the_page_s(built, on_province_fixture):
    shown = cards(render(lang="en", prov="330000", **{"from": "2024-01", "to": "2024-12"}))
    facts = "\n".join(built["en"].facts)
    for label, value in shown.items():
        name = label.split(" · ")[0]
        assert f"{name}" in facts and f": {value}," in facts, (label, value)


def test_a_province_report_explains_its_ranks_table_and_marks(built):
    notes = built["en"].notes
    assert any("ranks and the courts table cover Jan 2024–Dec 2024 (the twelve months" in n for n in notes)
    assert "over Jan 2024–Dec 2024" in built["en"].courts_caption
    assert any('"<10"' in n and '"×"' in n for n in notes)


def test_the_pdf_reads_as_a_report(built):
    for lg, words in (("en", ("Key figures", "Notes", "Page 1 of")), ("zh", ("主要数据", "注", "第 1 页"))):
        r = built[lg]
        reader, text = pdf_text(report.pdf(r))
        assert 2 <= len(reader.pages) <= 4
        assert reader.metadata.title == r.title
        for w in (r.title, *words, r.courts.row(0)[0]):
            assert bare(w) in text, w
        # Every figure's title is set as text beside its vector drawing; the fonts travel with the file.
        assert all(bare(exports.title(ex)) in text for ex in r.figures)
        fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
        embedded = [
            str(f["/BaseFont"])
            for f in fonts
            if any("/FontFile" in k for k in f["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object())
        ]
        assert len(embedded) == len(fonts) and any("NotoSansCJK" in f for f in embedded), embedded


def test_pdf_and_deck_carry_each_figure_in_words(built):
    for lg in ("zh", "en"):
        r = built[lg]
        reader = PdfReader(io.BytesIO(report.pdf(r)))
        root = reader.trailer["/Root"]
        # A tagged PDF in the report's language: a screen reader reads its structure, and each figure's /Alt.
        assert "/StructTreeRoot" in root and root["/Lang"] == lg and root["/MarkInfo"]["/Marked"]
        alts, todo = [], [root["/StructTreeRoot"].get_object()]
        while todo:
            node = todo.pop()
            if "/Alt" in node:
                alts.append(str(node["/Alt"]))
            kids = node.get("/K", [])
            for kid in kids if isinstance(kids, list) else [kids]:
                kid = kid.get_object() if hasattr(kid, "get_object") else kid
                if isinstance(kid, dict) and "/S" in kid:
                    todo.append(kid)
        assert sorted(alts) == sorted(ex.alt for ex in r.figures)
        deck = Presentation(io.BytesIO(report.pptx(r)))
        pictures = [sh for s in deck.slides for sh in s.shapes if sh.shape_type == 13]
        assert [p._element.nvPicPr.cNvPr.get("descr") for p in pictures] == [ex.alt for ex in r.figures]


def test_three_provinces_and_the_country_fit_and_say_whom_they_cover(on_province_fixture):
    prov = exports.provenance()
    three = report.build(dataclasses.replace(ZJ, provinces=("330000", "320000", "230000")), "en", prov)
    reader, text = pdf_text(report.pdf(three))
    assert len(reader.pages) <= 4 and three.courts is None
    # The notes speak only of what the report holds: no courts table, so neither it nor its marks.
    assert not any("courts table" in n or "<10" in n for n in three.notes)
    assert any("The key figures and ranks cover" in n for n in three.notes)
    assert bare(three.title) in text
    country = report.build(dataclasses.replace(ZJ, provinces=()), "zh", prov)
    assert country.title == "全国法院执行情况" and country.figures
    assert not any("排名" in n or "法院表" in n or "<10" in n for n in country.notes)


def test_the_deck_has_one_figure_per_slide(built):
    r = built["en"]
    deck = Presentation(io.BytesIO(report.pptx(r)))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[0] == r.title and titles[1] == "Key figures" and titles[-1] == "Notes"
    figure_slides = [s for s in deck.slides if any(sh.shape_type == 13 for sh in s.shapes)]
    assert [s.shapes.title.text for s in figure_slides] == [exports.title(ex) for ex in r.figures]
    assert "The courts" in titles and deck.core_properties.title == r.title


def test_text_from_the_data_is_never_markup(built):
    evil = '#panic("boom") *bold* $x$ ] ) \\ <lab>'
    r = built["en"]
    first = r.courts.columns[0]
    courts = r.courts.with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(evil)).otherwise(pl.col(first)).alias(first)
    )
    _, text = pdf_text(report.pdf(dataclasses.replace(r, courts=courts, facts=(evil,))))
    assert text.count(bare('#panic("boom")')) == 2 and "*bold*" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--prov", "999999", "--out", "x.pdf"], "--prov: 999999 is not valid"),
        (["--out", "x.doc"], "--out: x.doc is not valid"),
        (["--lang", "zh,en", "--out", "x.pdf"], "--lang: zh,en is not valid"),
        (["--prov", "330000,320000,230000,620000", "--out", "x.pdf"], "more than three provinces"),
    ],
)
def test_the_command_line_names_a_bad_option(on_province_fixture, tmp_path, args, message):
    done = subprocess.run(
        [sys.executable, "-m", "exports", "report", *args],
        cwd=tmp_path,
        env={**__import__("os").environ, "DASHBOARD_DATA": str(on_province_fixture), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
