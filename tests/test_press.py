"""The press room's pieces: the paste-ready text against plain SQL and the overview's cards, the kit against its
README, the command line's options, and every export string translated.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import zipfile

import duckdb
import pytest

import charts
import exports
from exports import kit, summary
from i18n import CATALOG, numbers, tr
from shared_filters import Filters
from tests.apptest import render
from tests.conftest import ROOT

PROV = exports.Provenance(as_of=dt.date(2024, 12, 31), fingerprint="f1ngerpr1n", base_url="http://localhost:8501")


def sql(data, text: str):
    con = duckdb.connect()
    for name in ("noncompliance", "cross_enforcement"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{data}/{name}.parquet')")
    for name in ("enforcement_cases", "dishonest_list"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{data}/{name}/*/*.parquet')")
    return con.execute(text).fetchone()


def yoy(now, before) -> str:
    return numbers.pct(now / before - 1) if before else None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_press_text_numbers_are_the_cards_numbers_by_plain_sql(on_fixture, lang):
    # National, 2022-10 to 2024-09: the trailing twelve months run from 2023-10, the year before from 2022-10.
    sel = Filters(start="2022-10", end="2024-09")
    text = summary.press_text(sel, lang, PROV, exports.province_names(lang))
    now = "{col} BETWEEN DATE '2023-10-01' AND DATE '2024-09-30'"
    before = "{col} BETWEEN DATE '2022-10-01' AND DATE '2023-09-30'"

    def two(agg: str, col: str, table: str, extra: str = "TRUE"):
        return sql(
            on_fixture,
            f"SELECT {agg} FILTER (WHERE {extra} AND {now.format(col=col)}), "
            f"{agg} FILTER (WHERE {extra} AND {before.format(col=col)}) FROM {table}",
        )

    expected = {}
    t1, t0 = two("count(*)", "action_date", "noncompliance", "is_transferred")
    expected["nc_transferred"] = (numbers.compact(t1, lang), yoy(t1, t0))
    h1, h0 = two("sum(n_held_liable)", "action_date", "noncompliance")
    expected["nc_held_liable"] = (numbers.compact(h1, lang), yoy(h1, h0))
    s1, s0 = sql(
        on_fixture,
        """
        SELECT count(*) FILTER (WHERE listed_date <= DATE '2024-09-30' AND coalesce(removed_date, DATE '9999-01-01') > DATE '2024-09-30'),
               count(*) FILTER (WHERE listed_date <= DATE '2023-09-30' AND coalesce(removed_date, DATE '9999-01-01') > DATE '2023-09-30')
        FROM dishonest_list""",
    )
    expected["dl_on_list"] = (numbers.compact(s1, lang), yoy(s1, s0))
    a1, a0 = two("count(*)", "assigned_date", "cross_enforcement")
    expected["ce_assigned"] = (numbers.compact(a1, lang), yoy(a1, a0))
    r1, r0 = two("sum(recovered_yuan)", "resolved_date", "cross_enforcement")
    expected["ce_recovered"] = (numbers.yuan(r1 or 0, lang), yoy(r1 or 0, r0))
    c1, c0 = two("count(*)", "closed_date", "enforcement_cases")
    expected["cases_closed"] = (numbers.compact(c1, lang), yoy(c1, c0))
    m1, m0 = two("sum(recovered_yuan)", "closed_date", "enforcement_cases")
    expected["cases_recovered"] = (numbers.yuan(m1 or 0, lang), yoy(m1 or 0, m0))
    assert t1 and s1 and c1, "the fixture has something in the window to compare"
    lines = text.splitlines()
    for indicator, (value, change) in expected.items():
        label = tr(f"ov.kpi.{indicator}", lang)
        line = next(x for x in lines if x.startswith(f"- {label}"))
        assert value in line, (indicator, value, line)
        if change is not None:
            assert change in line, (indicator, change, line)
    assert tr("common.source_note", lang) in text
    assert "2024-12-31" in text  # PROV's as-of date


def test_press_text_numbers_are_the_overview_cards(on_fixture):
    at = render("pages/overview.py", lang="en", **{"from": "2022-10", "to": "2024-09"})
    shown = {m.label: (m.value, m.delta) for m in at.metric}
    numbers_, _ = summary.overview_numbers(Filters(start="2022-10", end="2024-09"), "en")
    assert len(numbers_) == len(shown) == 8
    for n in numbers_:
        label = next(k for k in shown if k == n.label or n.label.startswith(k))
        value, delta = shown[label]
        assert n.text("en").split(": ", 1)[1].startswith(value.split(" ")[0]), (n, value)
        if delta:
            assert delta.split(" ")[0] in n.text("en")


def test_the_press_room_shows_the_text_to_paste(on_fixture):
    at = render("pages/press_room.py", lang="zh", prov="620000", **{"from": "2023-01", "to": "2024-09"})
    text = at.code[0].value
    assert text == summary.press_text(
        Filters(provinces=("620000",), start="2023-01", end="2024-09"),
        "zh",
        exports.provenance("http://localhost:8501"),
        exports.province_names("zh"),
    ) or text.startswith("甘肃省 · 2023年1月–2024年9月")
    assert [b.label for b in at.button][0] == "生成素材包"


def test_kit_holds_exactly_what_its_readme_lists(on_fixture):
    from PIL import Image

    sel = Filters(provinces=("620000",), start="2023-01", end="2024-09")
    steps = []
    data = kit.build(
        sel,
        ["zh", "en"],
        ["overview-noncompliance", "dishonest-stock"],
        PROV,
        progress=lambda k, n, key: steps.append((k, n, key)),
        scale=1.0,
    )
    assert steps == [(1, 2, "overview-noncompliance"), (2, 2, "dishonest-stock")]
    z = zipfile.ZipFile(io.BytesIO(data))
    readme = z.read(kit.README).decode("utf-8")
    assert sorted(kit.listed_files(readme)) == sorted(n for n in z.namelist() if n != kit.README)
    assert len(z.namelist()) == 1 + 2 * 2 * 6 + 2
    for needle in (
        "甘肃省 · 2023年1月–2024年9月",
        "Gansu · Jan 2023–Sep 2024",
        "f1ngerpr1n",
        "2024-12-31",
        "prov=620000&from=2023-01&to=2024-09",
        tr("ind.dl_on_list.def", "zh"),
        tr("ind.dl_on_list.def", "en"),
    ):
        assert needle in readme
    png = Image.open(io.BytesIO(z.read("dishonest-stock/dishonest-stock_gansu_2023-01_2024-09_en.png")))
    assert png.width == 1200
    caption = z.read("dishonest-stock/dishonest-stock_gansu_2023-01_2024-09_zh_caption.txt").decode("utf-8")
    assert "甘肃省 · 2023年1月–2024年9月" in caption and "2024-12-31" in caption
    assert z.read("summary_gansu_2023-01_2024-09_en.txt").decode("utf-8").startswith("Gansu · Jan 2023–Sep 2024")


def cli(*args: str, data) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "DASHBOARD_DATA": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "exports", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    ("option", "value", "valid"),
    [
        ("--prov", "999999", "620000"),
        ("--lang", "fr", "zh, en"),
        ("--from", "2031-01", "YYYY-MM"),
        ("--level", "moon", "basic"),
        ("--figures", "nope", "dishonest-stock"),
    ],
)
def test_a_bad_option_value_gets_one_line_and_status_2(on_fixture, tmp_path, option, value, valid):
    out = tmp_path / "kit.zip"
    done = cli("kit", option, value, "--out", str(out), data=on_fixture)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert option in lines[0] and value in lines[0] and valid in lines[0]
    assert not out.exists()


def test_the_command_line_builds_the_kit_the_page_builds(on_fixture, tmp_path):
    out = tmp_path / "kit.zip"
    done = cli(
        "kit",
        "--lang",
        "en",
        "--prov",
        "620000",
        "--from",
        "2023-01",
        "--to",
        "2024-09",
        "--figures",
        "overview-dishonest",
        "--out",
        str(out),
        "--quiet",
        data=on_fixture,
    )
    assert done.returncode == 0, done.stderr
    z = zipfile.ZipFile(out)
    sel = Filters(provinces=("620000",), start="2023-01", end="2024-09")
    same = zipfile.ZipFile(io.BytesIO(kit.build(sel, ["en"], ["overview-dishonest"], PROV, scale=1.0)))
    assert sorted(z.namelist()) == sorted(same.namelist())


def test_every_figure_has_a_press_room_name_in_both_languages():
    for key in charts.keys():
        assert f"press.fig.{key}" in CATALOG, key


KEY_LIKE = re.compile(r"\b(?:ind|ex|col|common|def|press|nc|dl|ce|ov|cp|unit)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*\b")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_export_text_is_left_untranslated(on_fixture, lang):
    sel = Filters(provinces=("620000",), start="2023-01", end="2024-09", levels=("intermediate",))
    built = 0
    for key in charts.keys():
        ex = charts.build(key, sel, lang)
        if ex is None:
            continue
        built += 1
        st = exports.stamp(ex, PROV)
        texts = [
            st.title,
            st.subtitle,
            st.selection,
            st.unit,
            st.source,
            st.facts,
            *[x for pair in st.definitions for x in pair],
            summary.caption(ex, PROV),
            *[x for pair in exports.notes(ex, PROV) for x in pair],
            *exports.labelled(ex.frame, lang).columns,
        ]
        for text in texts:
            assert not KEY_LIKE.search(text or ""), (key, text)
            if lang == "en":
                assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"\([^)]*\)|（[^）]*）", "", text or "")), (key, text)
    assert built >= 20
