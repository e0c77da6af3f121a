"""A folder with bad values: `queries.check` names the problem and fails, the dashboard opens and says what is
wrong on every page, the faulted rows are out of the figures, and no byte of the folder changes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import queries
from tests.apptest import render
from tests.conftest import ROOT, use_data
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


def test_faulted_rows_are_left_out_of_the_figures(bad_provinces):
    data, path, _ = bad_provinces
    # Independently: every case in the folder, from the parquet files, less the two with the unknown code.
    total = sum(pq.read_metadata(f).num_rows for f in (data / "enforcement_cases").glob("year=*/*.parquet"))
    params = {
        "provinces": [],
        "levels": [],
        "case_types": [],
        "debtor_types": [],
        "start": dt.date(2000, 1, 1),
        "end": dt.date(2030, 12, 31),
    }
    filed = queries.run("cases_by_month", **params)["n_filed"].sum()
    assert filed == total - 2
