"""Scales above the country are drawn as several shards: a tiny two-shard set is checked against a one-shard draw
of half its scale and with plain SQL (keys unique, case numbers distinct, debtors of different shards different,
the Tianshui case once), and `make` is checked to give every scale a data folder of its own."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import duckdb
import pytest

from contract import TABLES
from queries.check import validate
from queries.values import check_values
from sample_data import generate as gen
from sample_data.cases import year_counts
from sample_data.reference import TIANSHUI_CASE_ID

ROOT = Path(__file__).resolve().parent.parent
SCALE = 0.0008  # two shards of 0.0004
PARTITIONED = [t for t, (partitioned, _) in TABLES.items() if partitioned]


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("shards")
    gen.generate(root / "two", SCALE, 7, progress=False, shards=2)
    gen.generate(root / "one", SCALE / 2, 7, progress=False)
    return root / "two", root / "one"


@pytest.fixture(scope="module")
def con(folders):
    two, _ = folders
    c = duckdb.connect()
    for t, (partitioned, _) in TABLES.items():
        src = f"'{two}/{t}/*/*.parquet', filename = true" if partitioned else f"'{two}/{t}.parquet'"
        c.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet({src}, hive_partitioning = false)")
    return c


def one(con, sql):
    return con.execute(sql).fetchone()[0]


def test_every_partition_holds_one_part_per_shard(folders):
    two, _ = folders
    for table in PARTITIONED:
        for year in (two / table).iterdir():
            assert sorted(p.name for p in year.iterdir()) == ["part-0.parquet", "part-1.parquet"], year
    meta = json.loads((two / "_meta.json").read_text())
    assert (meta["scale"], meta["shards"]) == (SCALE, 2)


def test_the_first_shard_is_the_one_shard_draw_of_its_scale(folders):
    two, one_ = folders
    for table in PARTITIONED:
        for part in sorted((one_ / table).glob("year=*/part-0.parquet")):
            assert (two / part.relative_to(one_)).read_bytes() == part.read_bytes(), part


def test_cases_per_year_are_the_shards_together(con):
    got = dict(con.execute("SELECT year(filed_date), count(*) FROM enforcement_cases GROUP BY 1").fetchall())
    first, second = year_counts(SCALE / 2), year_counts(SCALE / 2, showcase=False)
    assert got == {y: first[y] + second[y] for y in first}


@pytest.mark.parametrize(
    "table, key",
    [
        ("enforcement_cases", "case_id"),
        ("dishonest_list", "entry_id"),
        ("noncompliance", "incident_id"),
        ("cross_enforcement", "transfer_id"),
    ],
)
def test_keys_are_unique_across_shards(con, table, key):
    n, distinct = con.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()
    assert n > 0 and n == distinct


def test_case_numbers_run_on_across_shards(con):
    # A court's cases of a year are numbered 1, 2, ... n over both shards: no number twice, none skipped.
    broken = one(
        con,
        "SELECT count(*) FROM (SELECT court_id, year(filed_date), count(*) AS n, count(DISTINCT case_seq) AS d, "
        "min(case_seq) AS lo, max(case_seq) AS hi FROM enforcement_cases GROUP BY 1, 2) "
        "WHERE n <> d OR lo <> 1 OR hi <> n",
    )
    assert broken == 0
    # and the second shard's cases come after the first's
    crossed = one(
        con,
        "SELECT count(*) FROM (SELECT court_id, year(filed_date), "
        "max(case_seq) FILTER (WHERE filename LIKE '%part-0.parquet') AS first_last, "
        "min(case_seq) FILTER (WHERE filename LIKE '%part-1.parquet') AS second_first "
        "FROM enforcement_cases GROUP BY 1, 2) WHERE second_first <= first_last",
    )
    assert crossed == 0


def test_debtors_of_different_shards_differ(con):
    shared = one(
        con,
        "SELECT count(*) FROM (SELECT debtor_id FROM enforcement_cases GROUP BY debtor_id "
        "HAVING count(DISTINCT filename LIKE '%part-1.parquet') > 1)",
    )
    assert shared == 0
    assert one(con, "SELECT count(DISTINCT debtor_id) FROM enforcement_cases WHERE filename LIKE '%part-1%'") > 0


def test_the_tianshui_case_is_in_the_first_shard_only(con):
    rows = con.execute(f"SELECT filename FROM enforcement_cases WHERE case_id = {TIANSHUI_CASE_ID}").fetchall()
    assert len(rows) == 1 and rows[0][0].endswith("part-0.parquet")
    assert one(con, f"SELECT count(*) FROM noncompliance WHERE case_id = {TIANSHUI_CASE_ID}") == 1


def test_the_sharded_set_passes_the_contract_and_the_value_check(folders):
    two, _ = folders
    assert validate(two) == []
    assert [p.line() for p in check_values(two)] == []


@pytest.mark.parametrize(
    "args, data",
    [
        ([], "sample_data/national"),
        (["SCALE=1.0"], "sample_data/national"),
        (["SCALE=10"], "sample_data/scale-10"),
        (["SCALE=0.01"], "sample_data/scale-0.01"),
        (["SCALE=10", "DATA=/srv/court-data"], "/srv/court-data"),
    ],
)
def test_make_gives_each_scale_its_own_folder(args, data):
    env = {k: v for k, v in os.environ.items() if k not in ("DATA", "DASHBOARD_DATA", "SCALE", "MAKEFLAGS")}
    out = subprocess.run(["make", "-n", "bench", *args], cwd=ROOT, env=env, capture_output=True, text=True).stdout
    assert re.findall(r'-m bench --data "([^"]+)"', out) == [data]
