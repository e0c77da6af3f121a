"""A user's own data folder is used as it is and never written: every target, both spellings, the generator.

Each test hashes every byte of the folder before and after, and checks that the output names the folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import queries
from tests.apptest import render
from tests.conftest import ROOT, use_data


def digest(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with the hash of its bytes (folders as 'dir')."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        out[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def own_folder(tmp_path) -> Path:
    """A folder holding only a file of the user's own, as in the report that a folder was deleted."""
    folder = tmp_path / "my data"
    folder.mkdir()
    pq.write_table(pa.table({"case_no": ["(2020)甘05执1259号"], "amount": [1.5]}), folder / "my_cases.parquet")
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    return folder


def make(target: str, folder: Path, spelling: str, cache: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DASHBOARD_DATA", "DATA", "MAKEFLAGS", "MFLAGS")}
    env["DASHBOARD_CACHE"] = str(cache)
    args = ["make", "--no-print-directory", target]
    if spelling == "DATA":
        args.append(f"DATA={folder}")
    else:
        env["DASHBOARD_DATA"] = str(folder)
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("spelling", ["DATA", "DASHBOARD_DATA"])
@pytest.mark.parametrize("target", ["data", "rollups", "check"])
def test_make_targets_leave_a_user_folder_untouched(own_folder, tmp_path, target, spelling):
    before = digest(own_folder)
    result = make(target, own_folder, spelling, tmp_path / "cache")
    output = result.stdout + result.stderr
    assert digest(own_folder) == before
    assert str(own_folder) in output
    assert "enforcement_cases" in output, "the missing tables are named"
    assert "Generating" not in output
    assert not list((tmp_path / "cache").glob("*.duckdb")), "no rollups for a folder with problems"
    # `check` reports the problems with a failing status; `data` and `rollups` go on so the dashboard can open.
    assert result.returncode == (2 if target == "check" else 0), output


@pytest.mark.parametrize("spelling", ["DATA", "DASHBOARD_DATA"])
def test_a_valid_user_folder_gets_its_rollups_in_the_cache(fixture_dir, tmp_path, spelling):
    folder = tmp_path / "extract"
    shutil.copytree(fixture_dir, folder)
    before = digest(folder)
    cache = tmp_path / "cache"
    result = make("rollups", folder, spelling, cache)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert digest(folder) == before
    assert f"Your data: {folder}" in output and "valid" in output
    assert len(list(cache.glob("rollups-*.duckdb"))) == 1, "the rollups are in the cache folder"


@pytest.mark.parametrize("force", [False, True])
def test_generator_refuses_a_folder_it_did_not_make(own_folder, force):
    before = digest(own_folder)
    args = [sys.executable, "-m", "sample_data.generate", "--scale", "0.0005", "--quiet", "--out", str(own_folder)]
    result = subprocess.run(
        args + (["--force"] if force else []), cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 2
    assert str(own_folder) in result.stderr and "not made by the sample-data generator" in result.stderr
    assert digest(own_folder) == before
    assert sorted(p.name for p in own_folder.parent.iterdir()) == [own_folder.name], "no temporary folder left"


def test_generator_refuses_an_empty_folder_it_did_not_make(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "sample_data.generate", "--quiet", "--force", "--out", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2 and list(folder.iterdir()) == []


def test_force_replaces_only_the_generators_own_folder(generated_dir, tmp_path):
    from sample_data.generate import is_generated

    folder = tmp_path / "sample"
    shutil.copytree(generated_dir, folder)
    assert is_generated(folder)
    args = [
        sys.executable,
        "-m",
        "sample_data.generate",
        "--scale",
        "0.0005",
        "--seed",
        "8",
        "--quiet",
        "--out",
        str(folder),
    ]
    refused = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert digest(folder) == digest(generated_dir)
    replaced = subprocess.run(args + ["--force"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert replaced.returncode == 0, replaced.stderr
    assert is_generated(folder) and '"seed": 8' in (folder / "_meta.json").read_text()


def test_user_folder_without_the_mark_is_not_the_generators(fixture_dir):
    from sample_data.generate import is_generated, owns

    assert not is_generated(fixture_dir) and not owns(fixture_dir)


# --- the period filter offers the months the data hold --------------------------------------------------


def clipped_copy(source: Path, out: Path, first: str, last: str) -> Path:
    """`source` with every row dated outside [first, last] dropped and later outcome dates blanked, as an
    extract taken on `last` would hold them. Written with plain DuckDB, independent of the dashboard."""
    con = duckdb.connect()
    lo, hi = f"DATE '{first}'", f"DATE '{last}'"

    def inside(col):
        return f"{col} BETWEEN {lo} AND {hi}"

    def blank(col):
        return f"CASE WHEN {col} > {hi} THEN NULL ELSE {col} END AS {col}"

    spec = {  # table -> (date that selects the row, dates blanked when later than the extract)
        "enforcement_cases": ("filed_date", ["closed_date"]),
        "dishonest_list": ("listed_date", ["removed_date"]),
        "case_events": ("event_date", []),
        "noncompliance": ("action_date", ["complied_date"]),
        "cross_enforcement": ("assigned_date", ["resolved_date"]),
    }
    for name in ("provinces", "courts"):
        shutil.copy(source / f"{name}.parquet", out / f"{name}.parquet")
    con.execute(
        f"COPY (SELECT * FROM read_parquet('{source}/campaigns.parquet') WHERE {inside('start_date')}) "
        f"TO '{out}/campaigns.parquet'"
    )
    for name, (row_date, later) in spec.items():
        partitioned = (source / name).is_dir()
        src = f"'{source}/{name}/*/*.parquet'" if partitioned else f"'{source}/{name}.parquet'"
        cols = [
            d[0]
            for d in con.execute(f"SELECT * FROM read_parquet({src}, hive_partitioning = false) LIMIT 0").description
        ]
        select = ", ".join(blank(c) if c in later else c for c in cols)
        query = f"SELECT {select} FROM read_parquet({src}, hive_partitioning = false) WHERE {inside(row_date)}"
        if name != "enforcement_cases":  # only rows of cases the extract holds
            query += (
                f" AND case_id IN (SELECT case_id FROM read_parquet('{source}/enforcement_cases/*/*.parquet',"
                f" hive_partitioning = false) WHERE {inside('filed_date')})"
            )
        if partitioned:
            for (year,) in con.execute(f"SELECT DISTINCT year({row_date}) FROM ({query})").fetchall():
                folder = out / name / f"year={year}"
                folder.mkdir(parents=True)
                con.execute(f"COPY ({query} AND year({row_date}) = {year}) TO '{folder}/part-0.parquet'")
        else:
            con.execute(f"COPY ({query}) TO '{out}/{name}.parquet'")
    return out


def test_period_filter_offers_exactly_the_months_of_the_data(generated_dir, tmp_path, cache_dir):
    data = clipped_copy(generated_dir, tmp_path, "2016-01-01", "2024-12-31")
    use_data(data, cache_dir)
    try:
        at = render("pages/overview.py")
        expected = [f"{y}-{m:02d}" for y in range(2016, 2025) for m in range(1, 13)]
        assert list(at.selectbox(key="f_from").options) == expected
        assert list(at.selectbox(key="f_to").options) == expected
        assert (at.selectbox(key="f_from").value, at.selectbox(key="f_to").value) == ("2016-01", "2024-12")
        # A month of the data can be chosen from the URL; one outside it is dropped with a notice.
        at = render("pages/overview.py", **{"from": "2018-03", "to": "2025-06"})
        assert (at.session_state["f_from"], at.session_state["f_to"]) == ("2018-03", "2024-12")
        assert any("to=2025-06" in w.value for w in at.warning)
    finally:
        queries.reset()


def test_dashboard_lists_the_problems_of_a_user_folder(own_folder, cache_dir):
    before = digest(own_folder)
    use_data(own_folder, cache_dir)
    try:
        at = render("pages/overview.py", lang="en")
        shown = "\n".join(c.value for c in at.code)
        assert "table 'enforcement_cases' is missing" in shown and str(own_folder) in shown
        assert at.error, "the problems are announced as an error"
    finally:
        queries.reset()
    assert digest(own_folder) == before
