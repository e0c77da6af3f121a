"""The hand fixture plus a third province (Jiangxi) whose every event falls on a boundary: the first or last day of
a month, a quarter, a year, or of the windows the pages cut (the article's 2015-04-01 to 2025-03-31, the
cross-enforcement figures to 2024-07-03, the cards' twelve months). A window cut with `<` where `<=` is meant (or the
other way round) moves one of these rows in or out, and the tests that use this fixture say which way is right.

Amounts are powers of two times 10,000 yuan, so a total shows which rows it holds; a few end in 4,999 or 5,001 so that
rounding and truncation give different figures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import queries
from tests import fixture_data as base
from tests.conftest import fixture_data_dir, use_data

D = dt.date

PROVINCES = [("360000", "江西省", "Jiangxi", "赣", 4517.0)]

COURTS = [
    (7, "江西省高级人民法院", "Jiangxi High People's Court", "high", "360000", "南昌", "Nanchang", None, "赣"),
    (
        8,
        "南昌市中级人民法院",
        "Nanchang Intermediate People's Court",
        "intermediate",
        "360000",
        "南昌",
        "Nanchang",
        7,
        "赣01",
    ),
    (
        9,
        "南昌市东湖区人民法院",
        "Nanchang Donghu District People's Court",
        "basic",
        "360000",
        "南昌",
        "Nanchang",
        8,
        "赣0102",
    ),
]

# The days each kind of event is put on: every one is the first or last day of something a window is cut by.
DAYS = (
    D(2015, 3, 31),
    D(2015, 4, 1),  # the article's decade starts
    D(2023, 3, 31),
    D(2023, 4, 1),  # a year before the cards' window to 2025-03 (quarter and month edges)
    D(2023, 8, 31),
    D(2023, 9, 1),  # the cards' window to 2024-08 starts on 2023-09-01
    D(2023, 9, 30),
    D(2023, 10, 1),  # the cross-enforcement pilot starts (a quarter's first day)
    D(2023, 12, 31),
    D(2024, 1, 1),  # year end; nationwide cross-enforcement
    D(2024, 3, 31),
    D(2024, 4, 1),  # the cards' window to 2025-03 starts; a quarter ends
    D(2024, 6, 30),
    D(2024, 7, 1),  # a quarter and a half-year end
    D(2024, 7, 3),
    D(2024, 7, 4),  # the SPC's mid-2024 cross-enforcement figures end on 2024-07-03
    D(2024, 8, 31),
    D(2024, 9, 1),  # the cards' window to 2024-08 ends
    D(2024, 12, 31),
    D(2025, 1, 1),  # year end
    D(2025, 3, 31),
    D(2025, 4, 1),  # the article's decade and the cross-enforcement window end
)

# Amounts that round one way and truncate the other (in 万, k and m at one or two decimals).
ODD_AMOUNTS = {D(2024, 4, 1): 1_254_999, D(2025, 3, 31): 35_001, D(2024, 8, 31): 2_445_001}


def amount(i: int, day: dt.date) -> int:
    return ODD_AMOUNTS.get(day, 10_000 * 2**i)


CASE_TYPES = ("financial_loan", "private_lending", "sales_contract")
DEBTORS = ("company", "individual", "other_org")


def _rows():
    cases, incidents, listings, transfers = [], [], [], []
    for i, day in enumerate(DAYS):
        court = 7 + i % 3
        case_type, debtor = CASE_TYPES[i % 3], DEBTORS[(i // 3) % 3]
        filed = day - dt.timedelta(days=200)
        # A case filed on the boundary day and one concluded on it (with an amount recovered).
        cases.append(
            (200 + 2 * i, 1, court, "360000", day, None, case_type, debtor, 900 + i, 1, 50_000, 0, None, False)
        )
        cases.append(
            (
                201 + 2 * i,
                2,
                court,
                "360000",
                filed,
                day,
                case_type,
                debtor,
                950 + i,
                2,
                2 * amount(i, day),
                amount(i, day),
                "performed",
                i % 2 == 0,
            )
        )
        # An incident acted on that day: transferred to the police, with 1 or 2 persons held liable.
        incidents.append(
            (
                100 + i,
                201 + 2 * i,
                court,
                "360000",
                day,
                "concealing_assets",
                debtor,
                case_type,
                "transferred",
                True,
                1 + i % 2,
                False,
                None,
                None,
                None,
            )
        )
        # An entry listed that day, and one listed long before and removed that day.
        listings.append((100 + 2 * i, 900 + i, debtor, 200 + 2 * i, case_type, court, "360000", day, None, None, None))
        listings.append(
            (
                101 + 2 * i,
                950 + i,
                debtor,
                201 + 2 * i,
                case_type,
                court,
                "360000",
                D(2014, 6, 15),
                day,
                "performed",
                None,
            )
        )
        # A case moved that day, and one moved on the first day of the pilot (or of nationwide reform) and resolved
        # that day (with an amount recovered).
        if day >= D(2023, 10, 1):
            moved = D(2024, 1, 1) if day >= D(2024, 1, 1) else D(2023, 10, 1)
            transfers.append(
                (
                    100 + 2 * i,
                    200 + 2 * i,
                    case_type,
                    court,
                    7 + (i + 1) % 3,
                    "designated",
                    day,
                    None,
                    50_000,
                    0,
                    1,
                    False,
                )
            )
            transfers.append(
                (
                    101 + 2 * i,
                    201 + 2 * i,
                    case_type,
                    court,
                    7 + (i + 2) % 3,
                    "elevated",
                    moved,
                    day,
                    2 * amount(i, day),
                    amount(i, day),
                    2,
                    moved < D(2024, 1, 1),
                )
            )
    return cases, incidents, listings, transfers


CASES, INCIDENTS, LISTINGS, TRANSFERS = _rows()

ROWS = {
    **base.ROWS,
    "provinces": base.PROVINCES + PROVINCES,
    "courts": base.COURTS + COURTS,
    "enforcement_cases": base.CASES + CASES,
    "noncompliance": base.INCIDENTS + INCIDENTS,
    "dishonest_list": base.LISTINGS + LISTINGS,
    "cross_enforcement": base.TRANSFERS + TRANSFERS,
}


def write_fixture(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ROWS.items():
        schema = base.SCHEMAS[name]
        if name in base.PARTITION_DATE:
            idx = schema.names.index(base.PARTITION_DATE[name])
            for year in sorted({r[idx].year for r in rows}):
                folder = out / name / f"year={year}"
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(base._table([r for r in rows if r[idx].year == year], schema), folder / "part-0.parquet")
        else:
            pq.write_table(base._table(rows, schema), out / f"{name}.parquet")
    return out


@pytest.fixture(scope="session")
def boundary_dir(tmp_path_factory) -> Path:
    return fixture_data_dir(tmp_path_factory, "boundary-fixture", write_fixture)


@pytest.fixture
def on_boundary(boundary_dir, cache_dir):
    use_data(boundary_dir, cache_dir)
    yield boundary_dir
    queries.reset()
