"""The query layer's guarantees: bound parameters only, a locked-down read-only connection, a bounded cache."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

import queries
from shared_filters import Filters

D = dt.date
ALL = Filters(start="2013-01", end="2025-12")


def test_unknown_query_and_bad_names_are_refused(on_fixture):
    with pytest.raises(ValueError):
        queries.run("no_such_query")
    with pytest.raises(ValueError):
        queries.run("../rollup_sql/00_macros")


def test_params_must_match_the_statement(on_fixture):
    with pytest.raises(TypeError, match="needs the filter set"):
        queries.run("noncompliance_totals", start=D(2020, 1, 1), end=D(2020, 12, 31))
    with pytest.raises(TypeError, match="unexpected"):
        queries.run("noncompliance_totals", Filters(), provinces=["620000"])
    with pytest.raises(TypeError, match="takes no filter set"):
        queries.run("provinces", Filters(provinces=("620000",)))
    with pytest.raises(TypeError, match="unexpected"):
        queries.run("provinces", provinces=["620000"])


def test_injection_attempt_is_just_a_value(on_fixture):
    evil = ["620000') OR 1=1 --"]
    row = queries.run("noncompliance_totals", Filters(provinces=tuple(evil))).row(0)
    assert row == (0, 0, 0)


def test_connection_is_read_only_and_locked(on_fixture, tmp_path):
    con = queries.database().con
    with pytest.raises(duckdb.Error):
        con.execute("CREATE TABLE x AS SELECT 1")
    with pytest.raises(duckdb.Error):
        con.execute("SELECT * FROM read_csv('/etc/passwd')")
    with pytest.raises(duckdb.Error):
        con.execute("SET enable_external_access = true")
    with pytest.raises(duckdb.Error):
        con.execute(f"ATTACH '{tmp_path / 'other.duckdb'}'")
    assert not (tmp_path / "other.duckdb").exists()


def test_data_directory_is_not_written(on_fixture):
    before = {p: p.stat().st_mtime_ns for p in on_fixture.rglob("*")}
    queries.run("noncompliance_totals", ALL)
    after = {p: p.stat().st_mtime_ns for p in on_fixture.rglob("*")}
    assert before == after


def test_results_are_cached_and_the_cache_is_bounded(on_fixture, monkeypatch):
    monkeypatch.setattr(queries, "CACHE_SIZE", 3)
    a = queries.run("provinces")
    assert queries.run("provinces") is a
    for year in range(2014, 2019):
        queries.run("noncompliance_totals", ALL, start=D(year, 1, 1))
    assert len(queries.database().cache) == 3


def test_rollups_rebuild_when_parquet_changes(fixture_dir, cache_dir, tmp_path):
    import shutil

    from queries import rollup_build

    copy = tmp_path / "data"
    shutil.copytree(fixture_dir, copy)
    first = rollup_build.rollup_path(copy, cache_dir)
    target = copy / "campaigns.parquet"
    target.write_bytes(target.read_bytes())  # same content, new mtime
    import os

    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000_000))
    assert rollup_build.rollup_path(copy, cache_dir) != first


def test_a_built_figure_is_kept_per_selection_language_and_options(on_fixture):
    import charts
    from shared_filters import Filters

    calls = []
    first = queries.memo(("k", 1), lambda: calls.append(1) or "one")
    again = queries.memo(("k", 1), lambda: calls.append(1) or "other")
    assert (first, again, len(calls)) == ("one", "one", 1)

    national, gansu = Filters(), Filters(provinces=("620000",))
    a = charts.build("nc-trend-incidents", national, "en", nc_grain="year")
    assert charts.build("nc-trend-incidents", national, "en", nc_grain="year") is a
    in_gansu = charts.build("nc-trend-incidents", gansu, "en", nc_grain="year")
    in_chinese = charts.build("nc-trend-incidents", national, "zh", nc_grain="year")
    by_month = charts.build("nc-trend-incidents", national, "en", nc_grain="month")
    assert in_gansu.selection == gansu and in_gansu.frame["n_incidents"].sum() < a.frame["n_incidents"].sum()
    assert in_chinese.lang == "zh" and in_chinese.fig.layout.title.text != a.fig.layout.title.text
    assert by_month.frame.height > a.frame.height
    # Another database (new data, or the same folder reopened) builds its own.
    queries.reset()
    assert charts.build("nc-trend-incidents", national, "en", nc_grain="year") is not a
    assert queries.memo(("k", 1), lambda: "fresh") == "fresh"


@pytest.mark.parametrize(
    "page", ["pages/overview.py", "pages/noncompliance.py", "pages/dishonest.py", "pages/cross_enforcement.py"]
)
def test_the_first_view_is_built_ahead(on_fixture, monkeypatch, page):
    # After the start-up warm-up, a first visitor's page builds no figure: every one is found built.
    import charts
    from tests.apptest import render

    charts.warm(("en",))

    def not_built(key, *args):
        raise AssertionError(f"{key} was not built ahead")

    monkeypatch.setattr(charts.core, "_build", not_built)
    render(page, lang="en")
