"""What leaves the dashboard cannot run in the program that opens it: text that a spreadsheet would take for a
formula is a string in XLSX and is defused in CSV (OWASP), numbers written as text stay as they are."""

from __future__ import annotations

import csv
import io
import zipfile

import polars as pl
import pytest

import exports

HOSTILE = [
    '=HYPERLINK("http://evil.example","open")',
    "@SUM(A1:A9)",
    "+1+2",
    "-2+3",
    "\tx",
    "\r=1+1",
    "-cmd|' /C calc'!A0",
]
HARMLESS = ["Lanzhou Intermediate People's Court", "-3.6", "-1,200", "+12.5%", "<10", "×", "<b>markup</b>"]


def frame() -> pl.DataFrame:
    names = HOSTILE + HARMLESS
    return pl.DataFrame({"court": names, "n_filed": list(range(len(names)))})


def test_no_csv_cell_starts_a_formula():
    rows = list(csv.reader(io.StringIO(exports.csv_bytes(frame()).decode("utf-8-sig"))))[1:]
    cells = [r[0] for r in rows]
    for cell in cells[: len(HOSTILE)]:
        assert cell.startswith("'"), cell
    assert cells[len(HOSTILE) :] == HARMLESS
    # The numbers are untouched.
    assert [int(r[1]) for r in rows] == list(range(len(cells)))


def test_no_xlsx_cell_is_a_formula():
    data = exports.xlsx_bytes(frame(), [("Note", "=1+1")], "en")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    # Written as the text it is (a carriage return is stored escaped, as _x000D_).
    read = [ws.cell(row=i + 2, column=1).value.replace("_x000D_", "\r") for i in range(len(HOSTILE))]
    assert read == HOSTILE


@pytest.mark.parametrize("name", HOSTILE)
def test_a_column_named_from_the_data_is_defused_too(name):
    header = next(csv.reader(io.StringIO(exports.csv_bytes(pl.DataFrame({name: [1]})).decode("utf-8-sig"))))
    assert header[0].startswith("'")
