"""The hand fixture plus Zhejiang (330000) with four courts whose counts straddle the small-number threshold, so that
the province page's court table, the hiding of small numbers and the case search (71 cases filed in 2024, two pages)
can be checked by hand. Rows follow simple rules written out below; the tests recompute every figure in plain SQL.

Court 7 Zhejiang High Court (浙): nothing. Court 8 Hangzhou Intermediate (浙01): 40 cases filed in 2024, the first
30 concluded, every third of those voluntary; 12 refusal incidents (the first 3 transferred), 15 list entries, 11 cases
moved to court 9. Court 9 Shangcheng (浙0102): 25 cases, the first 5 concluded; 2 incidents; 3 list entries; 2 moved
to court 8. Court 10 Xihu (浙0106): 6 cases, all concluded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import queries
from tests import fixture_data as base
from tests import fixture_noncompliance as nc
from tests.conftest import use_data

D = dt.date
TYPES = ("private_lending", "financial_loan", "sales_contract", "labour_remuneration")

PROVINCES = [("330000", "浙江省", "Zhejiang", "浙", 6627.0)]
COURTS = [
    (7, "浙江省高级人民法院", "Zhejiang High People's Court", "high", "330000", "杭州", "Hangzhou", None, "浙"),
    (
        8,
        "杭州市中级人民法院",
        "Hangzhou Intermediate People's Court",
        "intermediate",
        "330000",
        "杭州",
        "Hangzhou",
        7,
        "浙01",
    ),
    (
        9,
        "杭州市上城区人民法院",
        "Hangzhou Shangcheng District People's Court",
        "basic",
        "330000",
        "杭州",
        "Hangzhou",
        8,
        "浙0102",
    ),
    (
        10,
        "杭州市西湖区人民法院",
        "Hangzhou Xihu District People's Court",
        "basic",
        "330000",
        "杭州",
        "Hangzhou",
        8,
        "浙0106",
    ),
]
# court -> (cases filed in 2024, of which concluded)
PLAN = {8: (40, 30), 9: (25, 5), 10: (6, 6)}


def _cases():
    rows, case_id = [], 2024_000_001
    for court, (n, closed) in PLAN.items():
        for seq in range(1, n + 1):
            filed = D(2024, 1 + (seq - 1) % 12, min(seq, 28))
            done = seq <= closed
            rows.append(
                (
                    case_id,
                    seq,
                    court,
                    "330000",
                    filed,
                    D(2024, 12, 31) if done else None,
                    TYPES[seq % 4],
                    "individual" if seq % 2 else "company",
                    900_000 + case_id % 1000,
                    1,
                    10_000 * seq,
                    10_000 * seq if done else 0,
                    "performed" if done else None,
                    done and seq % 3 == 0,
                )
            )
            case_id += 1
    return rows


CASES = _cases()
_BY_COURT = {c: [r for r in CASES if r[2] == c] for c in PLAN}


def _incidents():
    rows, iid = [], 100
    for court, n in ((8, 12), (9, 2)):
        for k, case in enumerate(_BY_COURT[court][:n]):
            transferred = court == 8 and k < 3
            rows.append(
                (
                    iid,
                    case[0],
                    court,
                    "330000",
                    case[4] + dt.timedelta(days=1),
                    "concealing_assets",
                    case[7],
                    case[6],
                    "transferred" if transferred else "warning",
                    transferred,
                    0,
                    False,
                    None,
                    None,
                    None,
                )
            )
            iid += 1
    return rows


def _listings():
    rows, eid = [], 100
    for court, n in ((8, 15), (9, 3)):
        for case in _BY_COURT[court][:n]:
            rows.append(
                (
                    eid,
                    case[8],
                    case[7],
                    case[0],
                    case[6],
                    court,
                    "330000",
                    case[4] + dt.timedelta(days=2),
                    None,
                    None,
                    "general",
                )
            )
            eid += 1
    return rows


def _transfers():
    rows, tid = [], 100
    for court, to, n in ((8, 9, 11), (9, 8, 2)):
        for case in _BY_COURT[court][-n:]:
            rows.append((tid, case[0], case[6], court, to, "designated", D(2024, 6, 1), None, case[10], 0, 1, False))
            tid += 1
    return rows


INCIDENTS, LISTINGS, TRANSFERS = _incidents(), _listings(), _transfers()

ROWS = {
    **nc.ROWS,
    "provinces": nc.ROWS["provinces"] + PROVINCES,
    "courts": nc.ROWS["courts"] + COURTS,
    "enforcement_cases": nc.ROWS["enforcement_cases"] + CASES,
    "noncompliance": nc.ROWS["noncompliance"] + INCIDENTS,
    "dishonest_list": nc.ROWS["dishonest_list"] + LISTINGS,
    "cross_enforcement": nc.ROWS["cross_enforcement"] + TRANSFERS,
}


def write_fixture(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ROWS.items():
        schema = base.SCHEMAS[name]
        if name not in base.PARTITION_DATE:
            pq.write_table(base._table(rows, schema), out / f"{name}.parquet")
            continue
        idx = schema.names.index(base.PARTITION_DATE[name])
        for year in sorted({r[idx].year for r in rows}):
            folder = out / name / f"year={year}"
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(base._table([r for r in rows if r[idx].year == year], schema), folder / "part-0.parquet")
    return out


@pytest.fixture(scope="session")
def province_fixture_dir(tmp_path_factory) -> Path:
    return write_fixture(tmp_path_factory.mktemp("province-fixture"))


@pytest.fixture
def on_province_fixture(province_fixture_dir, cache_dir):
    use_data(province_fixture_dir, cache_dir)
    yield province_fixture_dir
    queries.reset()
