"""Exports: tables with readable headings and a BOM, and stamped images opened and read back as a reader would."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import polars as pl
import pytest

import exports
from analysis.frames import regrain
from analysis.months import month_bounds
from exports.provenance import file_name, period_text, permalink, selection_text
from exports.stamp import text_width, wrap
from figures import overview as figs
from shared_filters import Filters
from tests.filtering import run


def test_labelled_headings_in_each_language():
    frame = pl.DataFrame({"period": ["2024"], "n_transferred": [3], "mystery": [1]})
    assert exports.labelled(frame, "en").columns == ["Period", "Transferred to police (cases)", "mystery"]
    assert exports.labelled(frame, "zh").columns == ["时期", "移送公安（件）", "mystery"]


def test_two_columns_never_share_a_heading():
    # creditors and n_creditors have the same heading; the second keeps its data name.
    frame = pl.DataFrame({"creditors": [1], "n_creditors": [2]})
    assert exports.labelled(frame, "en").columns == ["Creditors", "n_creditors"]


def test_csv_has_a_bom_and_utf8_chinese():
    data = exports.csv_bytes(exports.labelled(pl.DataFrame({"province": ["甘肃省"], "value": [1.5]}), "zh"))
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8").splitlines() == ["省份,数值", "甘肃省,1.5"]
    assert pl.read_csv(io.BytesIO(data[3:]))["省份"].to_list() == ["甘肃省"]


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        ("2013-01", "2025-12", "zh", "2013年1月–2025年12月"),
        ("2013-01", "2025-12", "en", "Jan 2013–Dec 2025"),
        ("2024-03", "2024-03", "zh", "2024年3月"),
    ],
)
def test_period_in_words(start, end, lang, expected):
    assert period_text(start, end, lang) == expected


@pytest.mark.parametrize(
    ("sel", "lang", "expected"),
    [
        (Filters(provinces=("620000",)), "zh", "甘肃省 · 2013年1月–2025年12月"),
        (Filters(), "en", "All of China · Jan 2013–Dec 2025"),
        (
            Filters(
                provinces=("620000", "230000"),
                levels=("intermediate",),
                debtor_types=("company",),
                start="2024-01",
                end="2025-06",
            ),
            "en",
            "Gansu, Heilongjiang · Intermediate court · Companies · Jan 2024–Jun 2025",
        ),
    ],
)
def test_selection_in_words(sel, lang, expected):
    names = {"620000": "甘肃省" if lang == "zh" else "Gansu", "230000": "Heilongjiang"}
    assert selection_text(sel, lang, names) == expected


def test_permalink_names_the_filters_as_the_url_does():
    sel = Filters(provinces=("620000", "230000"), start="2024-01", end="2025-12", case_types=("private_lending",))
    assert permalink("https://example.org/dishonest-list", "", sel, "en") == (
        "example.org/dishonest-list?lang=en&prov=620000,230000&type=private_lending&from=2024-01&to=2025-12"
    )


def test_file_names_say_what_they_hold():
    sel = Filters(provinces=("620000",), start="2013-01", end="2025-12")
    assert (
        file_name("dishonest-on-list", sel, {"620000": "Gansu"}, "zh", "png")
        == "dishonest-on-list_gansu_2013-01_2025-12_zh.png"
    )


@pytest.mark.parametrize(
    "text",
    [
        "localhost:8501/dishonest-list?lang=en&prov=620000,230000,110000,120000,130000&from=2013-01&to=2025-12",
        "期末仍在失信被执行人名单上的条目数：已纳入且未屏蔽（删除）。同一人因多案被纳入计为多人次。" * 3,
        "Entries on the dishonest judgment debtors list at the end of the period: listed and not yet removed. " * 3,
    ],
)
def test_wrapped_lines_fit_and_lose_nothing(text):
    lines = wrap(text, 11, 300)
    assert all(text_width(line, 11) <= 300 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


# --- Stamped images, rendered by kaleido and read back ------------------------------------------------------


def overview_export(lang: str, sel: Filters) -> exports.Export:
    first, last = month_bounds(sel.start, sel.end)
    nc = run(
        "noncompliance_by_month",
        provinces=list(sel.provinces),
        levels=[],
        case_types=[],
        debtor_types=[],
        start=first,
        end=last,
    )
    yearly = regrain(nc, "year", ["n_transferred", "n_held_liable"])
    return exports.Export(
        "overview-noncompliance",
        figs.noncompliance_trend(yearly, lang),
        yearly.drop("last_month"),
        ("nc_transferred", "nc_held_liable"),
        lang,
        sel,
        page="national",
    )


@pytest.fixture
def prov(on_fixture):
    return exports.Provenance(as_of=dt.date(2024, 12, 31), fingerprint="abc123def0", base_url="http://localhost:8501")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_png_decodes_at_twice_the_layout_size(prov, lang):
    from PIL import Image

    from exports.stamp import stamped

    ex = overview_export(lang, Filters(provinces=("620000",)))
    _, width, height = stamped(ex.fig, exports.stamp(ex, prov))
    img = Image.open(io.BytesIO(exports.image_bytes(ex, "png", prov)))
    assert img.format == "PNG"
    assert img.size == (2400, 2 * height)
    assert width == 1200 and height > 500


@pytest.mark.parametrize(("lang", "province"), [("zh", "甘肃省"), ("en", "Gansu")])
def test_svg_holds_title_selection_and_as_of_date_as_text(prov, lang, province):
    from i18n import tr

    ex = overview_export(lang, Filters(provinces=("620000",)))
    svg = exports.image_bytes(ex, "svg", prov).decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    assert tr("ov.fig.nc.title", lang) in svg
    assert province in svg
    assert "2024-12-31" in svg
    assert "abc123def0" in svg
    assert "prov=620000" in svg


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_is_one_page_with_the_title(prov, lang):
    import pypdf

    from i18n import tr

    ex = overview_export(lang, Filters(provinces=("620000",)))
    reader = pypdf.PdfReader(io.BytesIO(exports.image_bytes(ex, "pdf", prov)))
    assert len(reader.pages) == 1
    # Chinese glyphs may come back as their compatibility forms (⼈ for 人); NFKC folds them.
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert tr("ov.fig.nc.title", lang) in text.replace("\n", "")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_png_and_pdf_are_the_drawing_chromium_makes(prov, lang):
    """PNG and PDF are made from the one SVG; the picture must be the one Chromium itself draws of the figure
    (same size, the same pixels up to anti-aliasing), and the PDF keeps its text as text, digits included."""
    import kaleido
    import numpy as np
    import pypdf
    from PIL import Image

    from exports import render
    from exports.stamp import stamped

    ex = overview_export(lang, Filters(provinces=("620000",)))
    fig, width, height = stamped(ex.fig, exports.stamp(ex, prov))
    made = exports.images(ex, prov)
    with render._lock:
        render._ensure_server()
        chromium = kaleido.calc_fig_sync(
            fig.to_dict(), opts={"format": "png", "width": width, "height": height, "scale": exports.PNG_SCALE}
        )
    ours = np.asarray(Image.open(io.BytesIO(made["png"])).convert("RGB"), dtype=float)
    theirs = np.asarray(Image.open(io.BytesIO(chromium)).convert("RGB"), dtype=float)
    assert ours.shape == theirs.shape
    diff = np.abs(ours - theirs)
    assert diff.mean() < 3  # of 255: edges anti-aliased differently, nothing missing or moved
    assert (diff.max(axis=2) > 64).mean() < 0.02
    text = pypdf.PdfReader(io.BytesIO(made["pdf"])).pages[0].extract_text()
    assert "abc123def0" in text and "2024-12-31" in text


def test_xlsx_has_formatted_data_and_a_notes_sheet(prov):
    import openpyxl

    ex = overview_export("zh", Filters(provinces=("620000",), start="2020-01", end="2024-12"))
    frame = exports.labelled(ex.frame, "zh")
    wb = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(frame, exports.notes(ex, prov), "zh")))
    assert wb.sheetnames == ["数据", "说明"]
    data = wb["数据"]
    assert data.freeze_panes == "A2"
    assert [c.value for c in data[1]] == frame.columns
    assert data.cell(2, 2).number_format == "#,##0"
    notes = dict(wb["说明"].iter_rows(values_only=True))
    assert notes["筛选参数 prov"] == "620000"
    assert notes["筛选参数 from"] == "2020-01" and notes["筛选参数 to"] == "2024-12"
    assert notes["链接"] == "localhost:8501/national?lang=zh&prov=620000&from=2020-01&to=2024-12"
    assert notes["数据截至"] == "2024-12-31"
    assert notes["数据指纹"] == "abc123def0"
    assert notes["筛选范围"] == "甘肃省 · 2020年1月–2024年12月"
    assert "移送公安机关" in notes["口径：移送拒执犯罪案件"]


def test_data_fingerprint_follows_the_files_not_their_place(on_fixture, tmp_path):
    import shutil

    from exports.provenance import data_fingerprint

    copy = tmp_path / "copy"
    shutil.copytree(on_fixture, copy)
    assert data_fingerprint(copy) == data_fingerprint(on_fixture)
    assert len(data_fingerprint(copy)) == 10
    victim = next(p for p in copy.rglob("*.parquet") if "provinces" in p.name)
    victim.write_bytes(victim.read_bytes() + b"\0")
    assert data_fingerprint(copy) != data_fingerprint(on_fixture)
