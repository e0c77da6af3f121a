"""The validator names the file and the problem for a missing column, a corrupt file, a wrong type and an empty folder."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq

from queries.check import validate
from tests.conftest import ROOT


def copy_of(fixture_dir, tmp_path):
    out = tmp_path / "data"
    shutil.copytree(fixture_dir, out)
    return out


def test_fixture_is_valid(fixture_dir):
    assert validate(fixture_dir) == []


def test_missing_column(fixture_dir, tmp_path):
    data = copy_of(fixture_dir, tmp_path)
    path = data / "courts.parquet"
    pq.write_table(pq.read_table(path).drop(["level"]), path)
    assert validate(data) == [f"{path}: column 'level' is missing."]


def test_wrong_type(fixture_dir, tmp_path):
    data = copy_of(fixture_dir, tmp_path)
    path = data / "campaigns.parquet"
    table = pq.read_table(path)
    table = table.set_column(
        table.schema.get_field_index("start_date"),
        "start_date",
        pa.array([str(v) for v in table["start_date"].to_pylist()]),
    )
    pq.write_table(table, path)
    assert validate(data) == [f"{path}: column 'start_date' has type str, expected date."]


def test_corrupt_file(fixture_dir, tmp_path):
    data = copy_of(fixture_dir, tmp_path)
    path = next((data / "dishonest_list").glob("year=*/*.parquet"))
    path.write_bytes(b"this is not parquet")
    problems = validate(data)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: unreadable parquet file")


def test_empty_folder(tmp_path):
    problems = validate(tmp_path)
    assert len(problems) == 8
    assert all("is missing" in p for p in problems)
    assert f"{tmp_path / 'provinces.parquet'}: table 'provinces' is missing." in problems


def test_missing_folder(tmp_path):
    assert validate(tmp_path / "nope") == [f"{tmp_path / 'nope'}: the data directory does not exist."]


def test_cli_exits_nonzero_and_prints_the_problem(fixture_dir, tmp_path):
    data = copy_of(fixture_dir, tmp_path)
    (data / "campaigns.parquet").unlink()
    bad = subprocess.run([sys.executable, "-m", "queries.check", str(data)], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1
    assert "table 'campaigns' is missing" in bad.stdout
    good = subprocess.run(
        [sys.executable, "-m", "queries.check", str(fixture_dir)], capture_output=True, text=True, cwd=ROOT
    )
    assert good.returncode == 0
