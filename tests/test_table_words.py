"""A chart's data table (its "show the data" popover, CSV, XLSX, the press kit and the data API) names a category as
the chart does: the words of its legend, axes and panel titles in the page's language, never the data's codes
("阻碍执行人员", not "obstructing_officers"). What the tables should say is read from the figures themselves, or
written here from the catalogue; names, numbers and dates stay as they are.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import polars as pl
import pytest

import charts
import exports

LANGS = ("zh", "en")
# A vocabulary code: lower-case ASCII words joined by underscores ("obstructing_officers", "basic", "n_incidents").
CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# The catalogue's English words for a campaign's phases are lower-case (cp.phase.*), and the figures write them so.
ENGLISH_PHASES = {"before", "during", "after"}
# How a campaign effect's interval was calibrated ("placebo", or "hac" with too few comparison provinces): no chart
# draws it and the catalogue has no word for it, so it stays as the data say.
NO_WORDS = {("cp-effects", "method")}

# Words written from the catalogue (vocab.py, campaigns.py, cross.py, noncompliance.py), per language.
CONDUCT = {
    "zh": {"obstructing_officers": "阻碍执行人员", "concealing_assets": "隐匿财产"},
    "en": {"obstructing_officers": "Obstructing officers", "concealing_assets": "Concealing assets"},
}
PHASES = {"zh": {"行动前", "行动期间", "行动后"}, "en": ENGLISH_PHASES}
LEVELS = {
    "zh": {"最高人民法院", "高级法院", "中级法院", "基层法院"},
    "en": {"Supreme", "High court", "Intermediate court", "Basic court"},
}


def table_of(ex: exports.Export) -> pl.DataFrame:
    return exports.labelled(ex.frame, ex.lang, ex.indicators)


def column(ex: exports.Export, table: pl.DataFrame, name: str) -> pl.Series:
    """The labelled table's column that holds the frame's column `name` (the table's headings are translated)."""
    return table.to_series(ex.frame.columns.index(name))


def drawn_texts(fig) -> list[str]:
    """Every piece of text a figure draws: legend names, category values on its axes, Sankey node labels, tick
    labels and annotations (a panel's title is one)."""
    texts = []
    for trace in fig.data:
        texts.append(getattr(trace, "name", None) or "")
        for axis in ("x", "y"):
            values = getattr(trace, axis, None)
            if values is not None:
                texts += [v for v in values if isinstance(v, str)]
        node = getattr(trace, "node", None)
        if node is not None and node.label:
            texts += list(node.label)
    layout = fig.layout
    texts += [a.text for a in layout.annotations if a.text]
    for axis in ("xaxis", "yaxis"):
        ticks = getattr(layout, axis).ticktext
        texts += [str(t) for t in ticks or ()]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_the_conduct_table_names_each_row_as_the_legend_does(on_generated, lang):
    ex = charts.build("nc-conduct", charts.default_selection(), lang)
    table = table_of(ex)
    conduct = column(ex, table, "conduct")
    share = column(ex, table, "share")
    # The conduct's bars (a strip of the campaigns may be drawn under them, with its own legend entry).
    bars = [trace for trace in ex.fig.data if trace.type == "bar"]
    legend = [trace.name for trace in bars]
    assert set(conduct.to_list()) == set(legend)
    # Row for row: the rows a legend entry names are the bars of its trace.
    for trace in bars:
        rows = table.filter(conduct == trace.name)
        # A year's bar stands at its first day ("2024" is drawn at 2024-01-01).
        periods = rows.to_series(ex.frame.columns.index("period")).to_list()
        assert [str(x)[: len(p)] for p, x in zip(periods, trace.x)] == periods and len(periods) == len(trace.x)
        assert rows[share.name].to_list() == pytest.approx([y / 100 for y in trace.y])
    # The catalogue's words, and no code, down to the CSV a reporter opens.
    words = CONDUCT[lang]
    assert {words["obstructing_officers"], words["concealing_assets"]} <= set(conduct.to_list())
    text = exports.csv_bytes(table).decode("utf-8-sig")
    assert words["obstructing_officers"] in text and "obstructing_officers" not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert {r[rows[0].index(conduct.name)] for r in rows[1:]} == set(legend)


# A figure and a category column whose every value the figure draws (in a legend, on an axis, in a node's or a
# panel's title), alone or with more words around it ("Single creditor · median 9 months").
DRAWN = [
    ("cp-effects", "phase"),
    ("cp-effects", "outcome"),
    ("cross-methods", "method"),
    ("cross-levels", "from_level"),
    ("cross-levels", "to_level"),
    ("cross-open", "creditors"),
    ("cross-compare", "case_type"),
    ("dishonest-severity", "severity"),
    ("dishonest-km-debtor", "debtor_type"),
    ("dishonest-km-severity", "severity"),
    ("dishonest-distribution", "debtor_type"),
    ("nc-conduct", "conduct"),
    ("nc-ladder", "step"),
    ("nc-timing", "step"),
    ("nc-debtors", "debtor_type"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("key", "name"), DRAWN, ids=[f"{k}-{c}" for k, c in DRAWN])
def test_a_category_in_the_table_is_the_chart_s_word(on_generated, key, name, lang):
    ex = charts.build(key, charts.default_selection(), lang)
    assert ex is not None and ex.frame.height
    values = column(ex, table_of(ex), name).drop_nulls().unique().to_list()
    drawn = drawn_texts(ex.fig)
    assert values
    missing = [v for v in values if not any(v in text for text in drawn)]
    assert not missing, (missing, drawn[:20])


@pytest.mark.parametrize("lang", LANGS)
def test_what_the_chart_does_not_draw_is_in_the_catalogue_s_words(on_generated, lang):
    # The months' phases shade a campaign without naming each; a receiving court's level is the Sankey's word.
    for key in ("cp-before-after-transferred", "cp-before-after-incidents"):
        ex = charts.build(key, charts.default_selection(), lang)
        assert set(column(ex, table_of(ex), "phase").to_list()) == PHASES[lang]
    ex = charts.build("cross-receivers", charts.default_selection(), lang)
    levels = set(column(ex, table_of(ex), "level").to_list())
    assert levels and levels <= LEVELS[lang]


def selections() -> list:
    default = charts.default_selection()
    return [default, dataclasses.replace(default, provinces=("620000",))]


def test_no_table_of_any_figure_is_left_in_codes(on_generated):
    """The guard over the whole catalogue of figures: in either language, no text column of a figure's table holds
    codes only (a column of names, numbers or dates may, the catalogue's English phases are words)."""
    found, built = [], 0
    for sel in selections():
        for key in charts.keys():
            for lang in LANGS:
                ex = charts.build(key, sel, lang)
                if ex is None:
                    continue
                built += 1
                table = table_of(ex)
                for name, dtype in ex.frame.schema.items():
                    if dtype != pl.String or (key, name) in NO_WORDS:
                        continue
                    values = set(column(ex, table, name).drop_nulls().to_list())
                    if lang == "en" and name == "phase":
                        values -= ENGLISH_PHASES
                    if values and all(CODE.match(v) for v in values):
                        found.append((key, lang, name, sorted(values)[:4]))
    assert built >= 60
    assert not found, found


def test_words_change_only_codes():
    frame = pl.DataFrame(
        {
            "conduct": ["obstructing_officers", None, "unknown", "not_a_conduct", "=1+1"],
            "level": ["basic", "high", None, "supreme", "intermediate"],
            "name_en": ["basic", "obstructing_officers", "Gansu", None, "x"],
            "period": ["2024", "2024", "2025", "2025", "2025"],
            "n_incidents": [1, 2, 3, 4, 5],
        }
    )
    table = exports.labelled(frame, "zh")
    assert table.columns == ["拒执行为", "法院层级", "英文名称", "时期", "拒执行为处置（次）"]
    assert table.to_series(0).to_list() == ["阻碍执行人员", None, "未知", "not_a_conduct", "=1+1"]
    assert table.to_series(1).to_list() == ["基层法院", "高级法院", None, "最高人民法院", "中级法院"]
    # A column outside the vocabularies keeps its cells, code-like or not; numbers stay numbers.
    assert table.to_series(2).to_list() == frame["name_en"].to_list()
    assert table.to_series(3).to_list() == frame["period"].to_list()
    assert table.to_series(4).to_list() == [1, 2, 3, 4, 5]
    assert table.dtypes[:4] == [pl.String] * 4
    # A formula in a category cell is still written so that no spreadsheet runs it.
    rows = list(csv.reader(io.StringIO(exports.csv_bytes(table).decode("utf-8-sig"))))
    assert rows[5][0] == "'=1+1"
    assert exports.labelled(frame, "en").to_series(1).to_list() == [
        "Basic court",
        "High court",
        None,
        "Supreme",
        "Intermediate court",
    ]


def test_the_api_serves_the_table_s_words_in_each_format(on_generated):
    import access
    import api
    from ui.identity import Person

    person = Person("local", access.LOCAL)
    params = {"lang": "zh"}
    data, _ = api.figure_file("nc-conduct", "csv", params, person, "http://127.0.0.1:8501")
    ex = charts.build("nc-conduct", charts.default_selection(), "zh")
    assert data == exports.csv_bytes(table_of(ex))
    rows = json.loads(api.figure_file("nc-conduct", "json", params, person, "http://127.0.0.1:8501")[0])
    heading = table_of(ex).columns[ex.frame.columns.index("conduct")]
    assert {r[heading] for r in rows} == {t.name for t in ex.fig.data if t.type == "bar"}
    assert CONDUCT["zh"]["obstructing_officers"] in {r[heading] for r in rows}
