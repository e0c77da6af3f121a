"""A folder with bad values: `queries.check` names the problem and fails, the dashboard opens and says what is
wrong on every page, the faulted rows are excluded or counted as unknown as each rule says (and the page says
which), and no byte of the folder changes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import polars as pl
import pytest

import queries
from analysis import noncompliance as nc_shape
from analysis import province as province_shape
from contract import CASE_TYPES, DEBTOR_TYPES
from figures import noncompliance as nc_figures
from tests.apptest import render, render_sections
from tests.conftest import ALL_TIME, ROOT, use_data
from tests.filtering import run
from tests.test_values import alter, tree_hash, year_file


@pytest.fixture
def bad_provinces(generated_dir, tmp_path):
    """Generated data with two cases of 2020 given a province code that does not exist."""
    data = tmp_path / "data"
    shutil.copytree(generated_dir, data)
    path = year_file(data, "enforcement_cases")
    keys = alter(path, "province_code", [3, 5], "999999")
    use_data(data, tmp_path / "cache")
    yield data, path, keys
    queries.reset()


def test_check_command_names_the_problem_and_fails(bad_provinces, generated_dir):
    data, path, keys = bad_provinces
    before = tree_hash(data)
    bad = subprocess.run([sys.executable, "-m", "queries.check", str(data)], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1
    line = next(x for x in bad.stdout.splitlines() if "[unknown_reference]" in x)
    assert line.startswith(f"{path}: column 'province_code'") and "2 rows" in line and str(min(keys)) in line
    assert "enforcement_cases:" in bad.stderr, "progress on stderr"
    assert tree_hash(data) == before
    good = subprocess.run(
        [sys.executable, "-m", "queries.check", str(generated_dir)], capture_output=True, text=True, cwd=ROOT
    )
    assert good.returncode == 0, good.stdout


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_dashboard_opens_with_a_notice_on_every_page(bad_provinces, lang):
    data, _, _ = bad_provinces
    before = tree_hash(data)
    for page in ("pages/overview.py", "pages/dishonest.py"):
        at = render(page, lang=lang)
        notice = "value problem" if lang == "en" else "取值问题"
        assert any(notice in w.value for w in at.warning), [w.value for w in at.warning]
    at = render("pages/data_quality.py", lang=lang)
    shown = at.dataframe[0].value
    assert shown.shape[0] == 2  # unknown province, and a province other than the court's
    assert set(shown.iloc[:, 4]) == {2}
    assert tree_hash(data) == before


@pytest.fixture
def faulted(generated_dir, tmp_path):
    """Generated data with two cases given an unknown province, three an unknown debtor type, two a case type outside
    the vocabulary and one a negative claim."""
    data = tmp_path / "data"
    shutil.copytree(generated_dir, data)
    alter(year_file(data, "enforcement_cases", 2020), "province_code", [3, 5], "999999")
    alter(year_file(data, "enforcement_cases", 2022), "case_type", [4, 6], "robot")
    alter(year_file(data, "enforcement_cases", 2021), "debtor_type", [10, 11, 12], "robot")
    alter(year_file(data, "enforcement_cases", 2018), "claim_yuan", [9], -100)
    use_data(data, tmp_path / "cache")
    yield data
    queries.reset()


def plain(data, text: str, **params):
    """Plain SQL over the folder's parquet files, independent of the rollups: $cases, $courts, $provinces."""
    files = {
        "cases": [str(f) for f in sorted((data / "enforcement_cases").glob("year=*/*.parquet"))],
        "courts": [str(data / "courts.parquet")],
        "provinces": [str(data / "provinces.parquet")],
    }
    with duckdb.connect() as con:
        (n,) = con.execute(text, {**{k: v for k, v in files.items() if f"${k}" in text}, **params}).fetchone()
    return n


def test_rows_with_an_impossible_amount_are_excluded_and_the_others_counted(faulted):
    # A negative claim is excluded from every figure; an unknown province or debtor type still counts in totals.
    every_case = plain(faulted, "select count(*) from read_parquet($cases)")
    kept = plain(faulted, "select count(*) from read_parquet($cases) where claim_yuan >= $zero", zero=0)
    assert kept == every_case - 1
    assert run("cases_by_month", **ALL_TIME)["n_filed"].sum() == kept


def test_an_unknown_province_counts_in_national_totals_and_on_no_map(faulted):
    placed = plain(
        faulted,
        "select count(*) from read_parquet($cases) c join read_parquet($courts) k using (court_id) "
        "where c.province_code = k.province_code and c.claim_yuan >= $zero",
        zero=0,
    )
    unplaced = plain(
        faulted,
        "select count(*) from read_parquet($cases) "
        "where province_code not in (select province_code from read_parquet($provinces))",
    )
    assert unplaced == 2
    by_province = run("noncompliance_by_province", **{k: v for k, v in ALL_TIME.items() if k != "provinces"})
    assert by_province["n_filed"].sum() == placed
    assert "unknown" not in by_province["province_code"].to_list()
    unknown = run("cases_by_month", **{**ALL_TIME, "provinces": ["unknown"]})
    assert unknown["n_filed"].sum() == unplaced
    # The province page: the country's row counts them, no province's row does.
    dims = {k: v for k, v in ALL_TIME.items() if k in ("levels", "case_types", "debtor_types", "start", "end")}
    monthly = run("province_measures_by_month", **dims)
    rows = province_shape.provinces_in(monthly, ALL_TIME["start"], ALL_TIME["end"], run("provinces"))
    national = rows.filter(pl.col("province_code") == province_shape.NATIONAL)
    assert national["n_filed"].item() == placed + unplaced
    assert rows.filter(pl.col("province_code") != province_shape.NATIONAL)["n_filed"].sum() == placed


def test_the_case_search_finds_a_case_type_outside_the_vocabulary_as_unknown(faulted):
    # The case index stores the case type as an ENUM of the vocabulary and "unknown"; a value outside it is read
    # as unknown before it gets there, so the build does not fail and the search finds and names those cases.
    outside = plain(
        faulted,
        "select count(*) from read_parquet($cases) where not list_contains($vocabulary, case_type)",
        vocabulary=list(CASE_TYPES),
    )
    assert outside == 2
    criteria = dict(court_ids=[], prefix="", prefix_exact=False, seq=0, case_types=["unknown"], with_incident=False)
    dates = {k: ALL_TIME[k] for k in ("start", "end")}
    assert queries.run("case_search_count", **criteria, **dates)["n_cases"][0] == outside
    found = queries.run("case_search", **criteria, **dates, limit=50, skip=0)
    assert found["case_type"].to_list() == ["unknown"] * outside
    assert found.schema["case_type"] == pl.String


@pytest.mark.parametrize(("lang", "name"), [("en", "Unknown"), ("zh", "未知")])
def test_an_unknown_debtor_type_shows_as_its_own_bucket(faulted, lang, name):
    outside = plain(
        faulted,
        "select count(*) from read_parquet($cases) where not list_contains($vocabulary, debtor_type)",
        vocabulary=list(DEBTOR_TYPES),
    )
    assert outside == 3
    rows = run("noncompliance_by_debtor_type", **ALL_TIME)
    assert rows.filter(pl.col("debtor_type") == "unknown")["n_filed"].sum() == outside
    figure = nc_figures.debtor_trend(nc_shape.debtor_frame(rows, "year"), "year", lang)
    assert name in [trace.name for trace in figure.data]


@pytest.mark.parametrize(
    ("lang", "excluded", "unknown"),
    [
        ("en", "excluded from every figure", "counted as unknown in breakdowns by debtor_type, included in totals"),
        ("zh", "不计入任何图表", "计入合计；在按 debtor_type 的分类中计为“未知”"),
    ],
)
def test_the_quality_page_says_what_the_figures_do_with_each_problem(faulted, lang, excluded, unknown):
    shown = render("pages/data_quality.py", lang=lang).dataframe[0].value
    handling = dict(zip(shown.iloc[:, 2], shown.iloc[:, 6]))
    assert handling["claim_yuan"] == excluded
    assert handling["debtor_type"] == unknown
    assert handling["province_code"] == unknown.replace("debtor_type", "province_code")


def test_every_page_opens_with_unknown_categories_and_names_them(generated_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(generated_dir, data)
    for year in (2020, 2021, 2024, 2025):
        alter(year_file(data, "enforcement_cases", year), "debtor_type", [1, 2], "robot")
        alter(year_file(data, "dishonest_list", year), "severity", [1, 2], "grave")
        alter(year_file(data, "dishonest_list", year), "debtor_type", [3, 4], "robot")
    alter(data / "noncompliance.parquet", "conduct", [1, 2, 3], "robot")
    alter(data / "noncompliance.parquet", "debtor_type", [4], "robot")
    alter(data / "cross_enforcement.parquet", "method", [1, 2], "robot")
    alter(data / "courts.parquet", "level", [5], "robot")
    use_data(data, tmp_path / "cache")
    try:
        named = {}
        for page in sorted((ROOT / "pages").glob("*.py")):
            traces = [
                trace
                for at in render_sections(f"pages/{page.name}", lang="en")
                for chart in at.get("plotly_chart")
                for trace in json.loads(chart.proto.spec)["data"]
            ]
            named[page.name] = any(trace.get("name") == "Unknown" for trace in traces)
        assert named["noncompliance.py"] and named["dishonest.py"] and named["cross_enforcement.py"], named
    finally:
        queries.reset()
