"""Exports: tables with readable headings and a BOM so Excel reads Chinese."""

from __future__ import annotations

import polars as pl

import exports


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
