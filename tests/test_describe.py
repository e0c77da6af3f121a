"""Every chart in words (its accessible text): each figure of the catalogue, in both languages, for the country
and for one province, opens with its title and selection, and every number it states is one of the frame's own
values (changes on the period before excepted: they are worked out here from the frame)."""

from __future__ import annotations

import re

import pytest

import charts
import exports
from charts.describe import describe, measure_of, number
from shared_filters import Filters

NUMBER = re.compile(r"(?<![\w.,+\-])\d+(?:,\d{3})*(?:\.\d+)?%?")


def frame_texts(ex) -> set[str]:
    out = set()
    for name, dtype in ex.frame.schema.items():
        if dtype.is_numeric():
            out |= {number(v, name, dtype) for v in ex.frame[name].drop_nulls().to_list()}
        else:
            out |= {str(v) for v in ex.frame[name].drop_nulls().to_list()}
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_chart_says_in_words_what_its_frame_holds(on_generated, lang):
    checked = 0
    for sel in (charts.default_selection(), Filters(provinces=("620000",), start="2020-01", end="2024-06")):
        for key in charts.keys():
            ex = charts.build(key, sel, lang)
            if ex is None or key == "case-timeline":
                continue
            text = describe(ex)
            opening = f"{exports.title(ex)}{'。' if lang == 'zh' else '. '}{exports.selection_line(ex)}"
            assert text.startswith(opening), (key, text)
            said = text[len(opening) :]
            values = frame_texts(ex)
            # Every number said is one of the frame's (its labels included), but for a signed change.
            # A list of series (counted and named in words, not numbers of the frame) is checked by the test below.
            plain = re.sub(r"\d+ series \(.*\)|共\d+组数据：[^；]*", "", re.sub(r"[+\-]\d[\d,.]*%", "", said))
            for found in NUMBER.findall(plain):
                assert found in values or any(found in v for v in values), (key, found, said)
            if measure_of(ex.frame) is not None and ex.frame.height:
                assert said.strip(), key
            checked += 1
    assert checked > 60


def test_a_series_over_time_gives_its_latest_value_change_and_peak(on_generated):
    ex = charts.build("nc-trend-transferred", charts.default_selection(), "en")
    rows = ex.frame.drop_nulls("n_transferred")
    last, before = rows["n_transferred"][-1], rows["n_transferred"][-2]
    peak = rows.row(rows["n_transferred"].arg_max(), named=True)
    text = describe(ex)
    assert f"was {last:,} in {rows['period'][-1]}" in text
    assert f"{last / before - 1:+.1%} on the period before" in text
    assert f"highest {peak['n_transferred']:,} in {peak['period']}" in text


def test_a_figure_of_several_series_counts_them(on_generated):
    ex = charts.build("cross-methods", charts.default_selection(), "en")
    methods = ex.frame["method"].unique().to_list()
    assert f"{len(methods)} series (" in describe(ex)
