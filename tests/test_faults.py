"""Faults while serving, each injected by the test: a slow query, a build killed halfway, a data folder replaced."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

import queries
from queries import rollup_build
from tests.apptest import render
from tests.conftest import ALL_TIME, ROOT, use_data
from tests.filtering import run


def slowed(monkeypatch, name: str) -> None:
    """Makes one query take minutes: its own statement, waiting on a cross join of two large ranges first."""
    original = queries.sql_text

    def sql_text(n):
        sql = original(n)
        if n != name:
            return sql
        body = sql.rstrip().rstrip(";")
        return (
            f"SELECT * FROM ({body}) WHERE (SELECT count(*) FROM range(100000) a, range(1000000) b "
            f"WHERE a.range + b.range = -1) = 0"
        )

    monkeypatch.setattr(queries, "sql_text", sql_text)


def test_a_query_past_its_time_is_interrupted(on_fixture, monkeypatch):
    monkeypatch.setenv("DASHBOARD_QUERY_TIMEOUT", "1")
    queries.reset()
    slowed(monkeypatch, "cases_by_month")
    started = time.monotonic()
    with pytest.raises(queries.QueryTimeout) as info:
        run("cases_by_month", **ALL_TIME)
    assert time.monotonic() - started < 10
    assert info.value.seconds == 1
    # The connection still serves the next query.
    assert queries.run("provinces").height == 2


def test_the_page_says_the_chart_timed_out(on_fixture, monkeypatch):
    monkeypatch.setenv("DASHBOARD_QUERY_TIMEOUT", "1")
    queries.reset()
    slowed(monkeypatch, "dishonest_flows_by_month")
    at = render("pages/dishonest.py", lang="en")
    assert any("ran past its 1-second limit" in w.value for w in at.warning), [w.value for w in at.warning]


def test_memory_and_threads_are_limited_as_configured(on_fixture, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DUCKDB_MEMORY", "300MB")
    monkeypatch.setenv("DASHBOARD_DUCKDB_THREADS", "1")
    queries.reset()
    con = queries.database().con
    memory, threads = con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()
    assert (memory, threads) == ("286.1 MiB", 1)  # DuckDB shows 300 MB (10^6 bytes) in MiB
    # Configuration is locked: a query cannot lift its own limits.
    with pytest.raises(Exception, match="lock"):
        con.execute("SET memory_limit = '20GB'")


def test_a_bad_limit_setting_is_a_clear_message(on_fixture, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DUCKDB_MEMORY", "lots")
    queries.reset()
    with pytest.raises(queries.DataError, match="DASHBOARD_DUCKDB_MEMORY='lots'"):
        queries.database()


def test_a_rollup_build_may_use_half_the_machine_unless_told(monkeypatch):
    from queries import settings

    monkeypatch.delenv("DASHBOARD_BUILD_MEMORY", raising=False)
    monkeypatch.delenv("DASHBOARD_DUCKDB_MEMORY", raising=False)
    with open("/proc/meminfo") as f:
        total_kib = int(next(line for line in f if line.startswith("MemTotal:")).split()[1])
    got = settings.build_memory()
    assert got.endswith("MiB") and abs(int(got[:-3]) - total_kib / 2 / 1024) < 256, got
    # Never less than a connection may use.
    monkeypatch.setenv("DASHBOARD_DUCKDB_MEMORY", "4000GB")
    assert settings.build_memory() == "4000GB"
    monkeypatch.setenv("DASHBOARD_BUILD_MEMORY", "3 GB")
    assert settings.build_memory() == "3GB"


def test_a_bad_build_memory_setting_is_one_line_and_no_build(generated_dir, tmp_path):
    env = {**os.environ, "DASHBOARD_BUILD_MEMORY": "lots", "DASHBOARD_CACHE": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-m", "queries.build", str(generated_dir)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert run.returncode == 2, run.stderr
    assert (
        run.stderr.strip()
        == "No rollups built: DASHBOARD_BUILD_MEMORY='lots': expected an amount such as 2GB or 512MB."
    )
    assert not (tmp_path / "cache").exists()


def test_a_build_killed_halfway_is_not_taken_for_finished(generated_dir, tmp_path):
    cache = tmp_path / "cache"
    env = {**os.environ, "DASHBOARD_DATA": str(generated_dir), "DASHBOARD_CACHE": str(cache)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "queries.build", str(generated_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill it once the half-written database exists.
    deadline = time.time() + 120
    while time.time() < deadline and not list(cache.glob("rollups-*.tmp*")):
        time.sleep(0.05)
    assert list(cache.glob("rollups-*.tmp*")), "the build never started writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not list(cache.glob("*.duckdb")), "a killed build left something that looks finished"
    # The next start rebuilds and removes the abandoned file.
    use_data(generated_dir, cache)
    try:
        assert queries.run("provinces").height == 31
    finally:
        queries.reset()
    assert list(cache.glob("*.duckdb")) == [rollup_build.rollup_path(generated_dir, cache)]
    assert not list(cache.glob("rollups-*.tmp*"))


def test_a_replaced_data_folder_is_used_once_its_rollups_exist(fixture_dir, generated_dir, tmp_path, monkeypatch):
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(fixture_dir, data)
    use_data(data, cache)
    monkeypatch.setattr(queries, "CHECK_EVERY", 0.0)
    try:
        old = queries.begin_run()
        assert queries.run("provinces").height == 2
        queries.end_run()
        # A new extract is copied in while the dashboard serves.
        shutil.rmtree(data)
        shutil.copytree(generated_dir, data)
        run = queries.begin_run()
        assert run is old and run.stale, "the old rollups keep serving until the new ones exist"
        # Figures from the rollups are still the old data's, whole; case look-ups, which read the files, refuse.
        assert queries.run("provinces").height == 2
        with pytest.raises(queries.DataChanged):
            queries.run("case_events_for_case", case_id=1, since=dt.date(2000, 1, 1))
        queries.end_run()
        deadline = time.time() + 300
        while not rollup_build.rollup_path(data, cache).exists() and time.time() < deadline:
            time.sleep(0.2)
        run = queries.begin_run()
        assert run is not old and not run.stale and run.generation == old.generation + 1
        assert queries.run("provinces").height == 31
        queries.end_run()
    finally:
        queries.reset()


def test_the_page_says_the_data_was_replaced(fixture_dir, generated_dir, tmp_path, monkeypatch):
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(fixture_dir, data)
    use_data(data, cache)
    monkeypatch.setattr(queries, "CHECK_EVERY", 0.0)
    monkeypatch.setattr(queries, "_build_in_background", lambda data: None)  # the switch is tested above
    try:
        at = render("pages/overview.py", lang="en")
        shutil.rmtree(data)
        shutil.copytree(generated_dir, data)
        at.run()
        assert any("data folder was replaced" in w.value for w in at.warning), [w.value for w in at.warning]
        assert not at.exception
    finally:
        queries.reset()
