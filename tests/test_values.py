"""The value checks on broken copies of generated data: one fault each, named with file, column, rule, rows and keys.

Every fault is made by the test on a copy of the generated folder, at rows the test picks, so the expected
count and example keys are known without asking the code under test. No check may change a byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from queries import values
from queries.values import check_values


def tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def alter(path: Path, column: str, rows: list[int], value) -> list:
    """Sets `column` to `value` at `rows` of one parquet file; returns the table's first column at those rows."""
    table = pq.read_table(path)
    values = table[column].to_pylist()
    for i in rows:
        values[i] = value
    idx = table.schema.get_field_index(column)
    table = table.set_column(idx, table.schema.field(column), pa.array(values, type=table.schema.field(column).type))
    pq.write_table(table, path)
    return [table.column(0)[i].as_py() for i in rows]


def year_file(data: Path, table: str, year: int = 2020) -> Path:
    return data / table / f"year={year}" / "part-0.parquet"


@pytest.fixture
def broken(generated_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(generated_dir, data)
    return data


def checked(data: Path):
    before = tree_hash(data)
    problems = check_values(data, today=dt.date(2026, 6, 30))
    assert tree_hash(data) == before, "the check changed the data folder"
    return problems


def only(problems, rule, column=None):
    hits = [p for p in problems if p.rule == rule and (column is None or p.column == column)]
    assert len(hits) == 1, [p.line() for p in problems]
    return hits[0]


def test_generated_data_is_clean(generated_dir):
    assert checked(generated_dir) == []


def test_unknown_province_code(broken):
    path = year_file(broken, "enforcement_cases")
    keys = alter(path, "province_code", [3, 5], "999999")
    problems = checked(broken)
    p = only(problems, "unknown_reference", "province_code")
    assert (p.table, p.file, p.rows, p.examples) == ("enforcement_cases", str(path), 2, tuple(map(str, sorted(keys))))
    line = p.line()
    assert str(path) in line and "'province_code'" in line and "2 rows" in line and str(keys[0]) in line
    # The same rows also disagree with their court's province; nothing else is reported.
    assert {q.rule for q in problems} == {"unknown_reference", "court_province"}


def test_null_key(broken):
    path = broken / "noncompliance.parquet"
    alter(path, "incident_id", [7], None)
    p = only(checked(broken), "missing", "incident_id")
    assert (p.file, p.rows, p.examples) == (str(path), 1, ("row 7",))


def test_duplicate_key(broken):
    path = year_file(broken, "dishonest_list", 2019)
    first = pq.read_table(path)["entry_id"][0].as_py()
    alter(path, "entry_id", [1, 2], first)
    p = only(checked(broken), "duplicate_key", "entry_id")
    assert (p.rows, p.examples) == (3, (str(first),))


@pytest.mark.parametrize(
    ("table", "column", "value", "rules"),
    [
        ("enforcement_cases", "filed_date", dt.date(2199, 1, 1), {"date_range", "partition_year", "date_order"}),
        ("case_events", "event_date", dt.date(1900, 1, 1), {"date_range", "partition_year"}),
    ],
)
def test_implausible_dates(broken, table, column, value, rules):
    path = year_file(broken, table)
    keys = alter(path, column, [0], value)
    problems = checked(broken)
    p = only(problems, "date_range", column)
    assert (p.rows, p.examples) == (1, (str(keys[0]),))
    assert {q.rule for q in problems} <= rules


@pytest.mark.parametrize(
    ("table", "earlier", "later"),
    [
        ("enforcement_cases", "filed_date", "closed_date"),
        ("dishonest_list", "listed_date", "removed_date"),
        ("cross_enforcement", "assigned_date", "resolved_date"),
    ],
)
def test_dates_out_of_order(broken, table, earlier, later):
    path = year_file(broken, table) if table != "cross_enforcement" else broken / f"{table}.parquet"
    frame = pq.read_table(path).to_pylist()
    row = next(i for i, r in enumerate(frame) if r[later] is not None)
    keys = alter(path, later, [row], frame[row][earlier] - dt.timedelta(days=1))
    p = only(checked(broken), "date_order", later)
    assert (p.rows, p.examples, p.file) == (1, (str(keys[0]),), str(path))
    assert earlier in p.line()


def test_negative_amount(broken):
    path = broken / "cross_enforcement.parquet"
    keys = alter(path, "recovered_yuan", [4], -5)
    p = only(checked(broken), "negative", "recovered_yuan")
    assert (p.rows, p.examples) == (1, (str(keys[0]),))


def test_recovered_above_claim(broken):
    path = year_file(broken, "enforcement_cases", 2018)
    claim = pq.read_table(path)["claim_yuan"][9].as_py()
    keys = alter(path, "recovered_yuan", [9], claim + 1)
    p = only(checked(broken), "recovered_above_claim", "recovered_yuan")
    assert (p.rows, p.examples) == (1, (str(keys[0]),))


def test_unknown_vocabulary(broken):
    path = year_file(broken, "enforcement_cases", 2021)
    keys = alter(path, "case_type", [2], "misc")
    p = only(checked(broken), "vocabulary", "case_type")
    assert (p.rows, p.examples, p.table) == (1, (str(keys[0]),), "enforcement_cases")


def test_unknown_case_id(broken):
    path = broken / "noncompliance.parquet"
    keys = alter(path, "case_id", [0, 1, 2, 3], 1)
    p = only(checked(broken), "unknown_case", "case_id")
    assert (p.rows, p.examples, p.table) == (4, tuple(map(str, sorted(keys)[:3])), "noncompliance")


def test_unknown_campaign(broken):
    path = broken / "noncompliance.parquet"
    keys = alter(path, "campaign_id", [11], "nowhere-2030")
    p = only(checked(broken), "unknown_reference", "campaign_id")
    assert (p.rows, p.examples) == (1, (str(keys[0]),))


def test_required_column_entirely_empty(broken):
    path = broken / "noncompliance.parquet"
    n = pq.read_metadata(path).num_rows
    alter(path, "conduct", list(range(n)), None)
    p = only(checked(broken), "all_missing", "conduct")
    assert p.rows == n


def test_stray_file_and_misnamed_folder(broken):
    (broken / "dishonest_list" / "year=2020" / "notes.txt").write_text("exported by hand")
    shutil.copytree(broken / "case_events" / "year=2021", broken / "case_events" / "2021")
    problems = checked(broken)
    stray = only(problems, "stray_file")
    assert stray.file == str(broken / "dishonest_list" / "year=2020" / "notes.txt")
    folder = only(problems, "partition_folder")
    assert folder.file == str(broken / "case_events" / "2021")


def test_a_key_moved_far_away(broken):
    # A case id moved far away sits alone in its block of ids and leaves a gap in its old one; the
    # references to the old id no longer resolve.
    path = year_file(broken, "enforcement_cases", 2019)
    incidents = pq.read_table(broken / "noncompliance.parquet", columns=["incident_id", "case_id"]).to_pylist()
    cases = pq.read_table(path, columns=["case_id"])["case_id"].to_pylist()
    row, moved = next((i, c) for i, c in enumerate(cases) if any(r["case_id"] == c for r in incidents))
    alter(path, "case_id", [row], 9 * 10**15)
    referring = sorted(r["incident_id"] for r in incidents if r["case_id"] == moved)
    problems = checked(broken)
    p = next(q for q in problems if q.table == "noncompliance")
    assert (p.rule, p.rows, p.examples) == ("unknown_case", len(referring), tuple(map(str, referring[:3])))
    assert not any(q.rule == "duplicate_key" for q in problems)


def test_keys_spread_thinly_are_compared_one_by_one(broken, monkeypatch):
    # Keys too spread out for bitmaps (here: any key) are grouped one by one; the findings are the same.
    path = year_file(broken, "enforcement_cases", 2019)
    ids = pq.read_table(path, columns=["case_id"])["case_id"].to_pylist()
    alter(path, "case_id", [1], ids[0])
    alter(broken / "noncompliance.parquet", "case_id", [0], 1)
    by_bitmaps = checked(broken)
    monkeypatch.setattr(values, "MAX_BLOCKS", 0)
    one_by_one = checked(broken)
    assert one_by_one == by_bitmaps
    p = only(one_by_one, "duplicate_key", "case_id")
    assert (p.rows, p.examples, p.file) == (2, (str(ids[0]),), str(path))
    assert {q.table for q in one_by_one if q.rule == "unknown_case"} >= {"noncompliance"}
