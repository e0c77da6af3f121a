"""The hand-built fixture plus the rows the dishonest-list and cross-enforcement tests need, written to its own directory.

The extra rows add removals for every reason, graded severities from 2024, long spells on the list, a fifth
court and moved cases that cross provinces, so that every expected value in the tests can be worked out by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import queries
from tests.conftest import fixture_data_dir, use_data
from tests.fixture_data import PARTITION_DATE, ROWS, SCHEMAS, _table

D = dt.date

EXTRA_COURTS = [
    (
        5,
        "哈尔滨市道里区人民法院",
        "Harbin Daoli District People's Court",
        "basic",
        "230000",
        "哈尔滨",
        "Harbin",
        4,
        "黑0102",
    ),
]

# case_id, seq, court, province, filed, closed, type, debtor_type, debtor, creditors, claim, recovered, closure, voluntary
EXTRA_CASES = [
    (
        9,
        4,
        3,
        "620000",
        D(2023, 5, 10),
        D(2025, 1, 20),
        "private_lending",
        "individual",
        108,
        2,
        60_000,
        30_000,
        "terminated_round",
        False,
    ),
    (10, 4, 4, "230000", D(2024, 10, 1), None, "financial_loan", "company", 109, 6, 900_000, 0, None, False),
    # Comparable cases that were never moved.
    (
        11,
        5,
        2,
        "620000",
        D(2023, 6, 1),
        D(2024, 6, 1),
        "financial_loan",
        "company",
        110,
        1,
        400_000,
        100_000,
        "terminated_round",
        False,
    ),
    (
        12,
        6,
        4,
        "230000",
        D(2024, 2, 1),
        D(2024, 3, 2),
        "financial_loan",
        "company",
        111,
        1,
        100_000,
        100_000,
        "performed",
        True,
    ),
    (
        13,
        3,
        3,
        "620000",
        D(2024, 11, 1),
        D(2025, 2, 1),
        "private_lending",
        "individual",
        112,
        1,
        20_000,
        10_000,
        "performed",
        False,
    ),
]

# entry_id, debtor, debtor_type, case, case_type, court, province, listed, removed, reason, severity
EXTRA_LISTINGS = [
    (6, 200, "individual", 1, "property_housing", 2, "620000", D(2024, 1, 10), D(2024, 3, 15), "revoked", "minor"),
    (7, 201, "individual", 2, "private_lending", 3, "620000", D(2024, 2, 1), D(2025, 2, 1), "expired", "general"),
    (8, 202, "company", 5, "sales_contract", 3, "620000", D(2024, 5, 20), None, None, "serious"),
    (
        9,
        203,
        "individual",
        7,
        "labour_remuneration",
        4,
        "230000",
        D(2025, 1, 5),
        D(2025, 1, 20),
        "credit_restoration",
        "minor",
    ),
    (10, 204, "company", 6, "financial_loan", 4, "230000", D(2025, 2, 1), D(2025, 6, 30), "performed", "general"),
    (11, 205, "individual", 4, "private_lending", 3, "620000", D(2021, 3, 15), D(2024, 5, 10), "expired", None),
    (12, 206, "company", 3, "financial_loan", 2, "620000", D(2019, 7, 1), None, None, None),
]

# transfer_id, case, case_type, from, to, method, assigned, resolved, claim, recovered, creditors, pilot
EXTRA_TRANSFERS = [
    (4, 5, "sales_contract", 3, 2, "designated", D(2024, 2, 1), D(2024, 4, 15), 300_000, 300_000, 2, False),
    (5, 7, "labour_remuneration", 4, 5, "designated", D(2024, 4, 1), D(2024, 8, 1), 80_000, 80_000, 4, False),
    (6, 9, "private_lending", 3, 4, "supervised", D(2024, 6, 1), D(2025, 1, 20), 60_000, 30_000, 2, False),
    (7, 10, "financial_loan", 4, 1, "centralised", D(2025, 3, 1), None, 900_000, 0, 6, False),
]

CREDIT_ROWS = {
    **ROWS,
    "courts": ROWS["courts"] + EXTRA_COURTS,
    "enforcement_cases": ROWS["enforcement_cases"] + EXTRA_CASES,
    "dishonest_list": ROWS["dishonest_list"] + EXTRA_LISTINGS,
    "cross_enforcement": ROWS["cross_enforcement"] + EXTRA_TRANSFERS,
}


def write_credit_fixture(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in CREDIT_ROWS.items():
        if name in PARTITION_DATE:
            idx = SCHEMAS[name].names.index(PARTITION_DATE[name])
            for year in sorted({r[idx].year for r in rows}):
                folder = out / name / f"year={year}"
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(
                    _table([r for r in rows if r[idx].year == year], SCHEMAS[name]), folder / "part-0.parquet"
                )
        else:
            pq.write_table(_table(rows, SCHEMAS[name]), out / f"{name}.parquet")
    return out


@pytest.fixture(scope="session")
def credit_dir(tmp_path_factory) -> Path:
    return fixture_data_dir(tmp_path_factory, "credit-fixture", write_credit_fixture)


@pytest.fixture
def on_credit(credit_dir, cache_dir):
    """Points the query layer at the credit fixture (import this fixture into a test module to use it)."""
    use_data(credit_dir, cache_dir)
    yield credit_dir
    queries.reset()
