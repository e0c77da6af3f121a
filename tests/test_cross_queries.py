"""The cross-enforcement queries against the credit fixture; every expected value is worked out by hand from
the seven transfers in tests/fixture_data.py and tests/fixture_credit.py (the data's as-of date 2025-06-30).

Transfers: 1 Gansu intermediate -> Gansu high, elevated, 2023-11-01..2024-02-05, 3 creditors;
2 Gansu basic -> Gansu intermediate, designated, 2024-03-01, open; 3 Harbin intermediate -> Harbin basic (Hulan),
collaborative, 2024-08-01..2025-05-01; 4 Gansu basic -> Gansu intermediate, designated, 2024-02-01..2024-04-15,
2 creditors; 5 Harbin intermediate -> Harbin basic, designated, 2024-04-01..2024-08-01, 4 creditors;
6 Gansu basic -> Harbin intermediate, supervised, 2024-06-01..2025-01-20, 2 creditors;
7 Harbin intermediate -> Gansu high, centralised, 2025-03-01, open, 6 creditors.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.filtering import run
from tests.fixture_credit import credit_dir, on_credit  # noqa: F401  (pytest fixtures)

D = dt.date
ALL = dict(provinces=[], levels=[], case_types=[], debtor_types=[])


def p(start=D(2013, 1, 1), end=D(2025, 12, 31), **over):
    return {**ALL, "start": start, "end": end, **over}


BY_METHOD_ALL = [
    (D(2023, 11, 1), "elevated", 1, 0, 0.0),
    (D(2024, 2, 1), "designated", 1, 0, 0.0),
    (D(2024, 2, 1), "elevated", 0, 1, 400_000.0),
    (D(2024, 3, 1), "designated", 1, 0, 0.0),
    (D(2024, 4, 1), "designated", 1, 1, 300_000.0),
    (D(2024, 6, 1), "supervised", 1, 0, 0.0),
    (D(2024, 8, 1), "collaborative", 1, 0, 0.0),
    (D(2024, 8, 1), "designated", 0, 1, 80_000.0),
    (D(2025, 1, 1), "supervised", 0, 1, 30_000.0),
    (D(2025, 3, 1), "centralised", 1, 0, 0.0),
    (D(2025, 5, 1), "collaborative", 0, 1, 250_000.0),
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (dict(ALL, end=D(2025, 12, 31)), BY_METHOD_ALL),
        (dict(ALL, end=D(2024, 12, 31)), BY_METHOD_ALL[:8]),
        # Counted by the originating court's province: transfers 3, 5 and 7.
        (
            dict(ALL, end=D(2025, 12, 31), provinces=["230000"]),
            [
                (D(2024, 4, 1), "designated", 1, 0, 0.0),
                (D(2024, 8, 1), "collaborative", 1, 0, 0.0),
                (D(2024, 8, 1), "designated", 0, 1, 80_000.0),
                (D(2025, 3, 1), "centralised", 1, 0, 0.0),
                (D(2025, 5, 1), "collaborative", 0, 1, 250_000.0),
            ],
        ),
        (
            dict(ALL, end=D(2025, 12, 31), debtor_types=["individual"]),
            [
                (D(2024, 3, 1), "designated", 1, 0, 0.0),
                (D(2024, 4, 1), "designated", 1, 0, 0.0),
                (D(2024, 6, 1), "supervised", 1, 0, 0.0),
                (D(2024, 8, 1), "designated", 0, 1, 80_000.0),
                (D(2025, 1, 1), "supervised", 0, 1, 30_000.0),
            ],
        ),
    ],
)
def test_cross_enforcement_by_method(on_credit, params, expected):
    assert run("cross_enforcement_by_method", **params).rows() == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            p(),
            [
                ("230000", "230000", "intermediate", "basic", 2),
                ("620000", "620000", "basic", "intermediate", 2),
                ("230000", "620000", "intermediate", "high", 1),
                ("620000", "230000", "basic", "intermediate", 1),
                ("620000", "620000", "intermediate", "high", 1),
            ],
        ),
        (
            p(D(2024, 1, 1), D(2024, 12, 31), levels=["basic"]),
            [
                ("620000", "620000", "basic", "intermediate", 2),
                ("620000", "230000", "basic", "intermediate", 1),
            ],
        ),
    ],
)
def test_cross_enforcement_flows(on_credit, params, expected):
    assert run("cross_enforcement_flows", **params).rows() == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Courts 1 and 2 received two each; courts 4, 5 and 11 one each (ties by court id).
        (p(limit=3), [(1, 2, 1, 400_000.0), (2, 2, 1, 300_000.0), (4, 1, 1, 30_000.0)]),
        (p(D(2024, 1, 1), D(2024, 12, 31), limit=3), [(2, 2, 1, 300_000.0), (4, 1, 1, 30_000.0), (5, 1, 1, 80_000.0)]),
        (p(provinces=["230000"], limit=10), [(1, 1, 0, 0.0), (5, 1, 1, 80_000.0), (11, 1, 1, 250_000.0)]),
    ],
)
def test_cross_enforcement_top_receivers(on_credit, params, expected):
    frame = run("cross_enforcement_top_receivers", **params)
    assert frame.select("court_id", "n_received", "n_resolved", "recovered_yuan").rows() == expected


def test_top_receivers_carry_court_names(on_credit):
    frame = run("cross_enforcement_top_receivers", **p(limit=1))
    assert frame.select("name_en", "level", "province_code").row(0) == ("Gansu High People's Court", "high", "620000")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # (creditors capped at 5, whole months to resolution or to 2025-06-30, resolved, cases, claim, recovered, days)
        (
            p(),
            [
                (1, 9, True, 1, 500_000.0, 250_000.0, 273.0),
                (1, 15, False, 1, 30_000.0, 0.0, 0.0),
                (2, 2, True, 1, 300_000.0, 300_000.0, 74.0),
                (2, 7, True, 1, 60_000.0, 30_000.0, 233.0),
                (3, 3, True, 1, 1_000_000.0, 400_000.0, 96.0),
                (4, 4, True, 1, 80_000.0, 80_000.0, 122.0),
                (5, 3, False, 1, 900_000.0, 0.0, 0.0),
            ],
        ),
        (
            p(D(2024, 6, 1), D(2024, 12, 31)),
            [
                (1, 9, True, 1, 500_000.0, 250_000.0, 273.0),
                (2, 7, True, 1, 60_000.0, 30_000.0, 233.0),
            ],
        ),
    ],
)
def test_cross_enforcement_by_creditors(on_credit, params, expected):
    assert run("cross_enforcement_by_creditors", **params).rows() == expected


# (case type, level, year, moved, moved with a filing date, days filing->resolved, days assigned->resolved,
#  claim, recovered, not moved closed, their days, claim, recovered). Not moved = cases_monthly minus moved
# cases that closed: financial loans at intermediate courts closed in 2024 are cases 3 (moved), 11 and 12.
VERSUS_ALL = [
    ("financial_loan", "intermediate", 2024, 1, 1, 365.0, 96.0, 1_000_000.0, 400_000.0, 2, 396.0, 500_000.0, 200_000.0),
    ("financial_loan", "intermediate", 2025, 1, 1, 304.0, 273.0, 500_000.0, 250_000.0, 0, 0.0, 0.0, 0.0),
    ("labour_remuneration", "intermediate", 2024, 1, 1, 151.0, 122.0, 80_000.0, 80_000.0, 0, 0.0, 0.0, 0.0),
    ("private_lending", "basic", 2025, 1, 1, 621.0, 233.0, 60_000.0, 30_000.0, 1, 92.0, 20_000.0, 10_000.0),
    ("sales_contract", "basic", 2024, 1, 1, 91.0, 74.0, 300_000.0, 300_000.0, 0, 0.0, 0.0, 0.0),
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (p(), VERSUS_ALL),
        # Gansu: case 12 (Harbin) drops out of the 2024 financial-loan base.
        (
            p(provinces=["620000"]),
            [
                (
                    "financial_loan",
                    "intermediate",
                    2024,
                    1,
                    1,
                    365.0,
                    96.0,
                    1_000_000.0,
                    400_000.0,
                    1,
                    366.0,
                    400_000.0,
                    100_000.0,
                ),
                VERSUS_ALL[3],
                VERSUS_ALL[4],
            ],
        ),
        (p(D(2025, 1, 1), D(2025, 12, 31)), [VERSUS_ALL[1], VERSUS_ALL[3]]),
    ],
)
def test_cross_enforcement_vs_comparable(on_credit, params, expected):
    assert run("cross_enforcement_vs_comparable", **params).rows() == expected


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        # The published windows the page sets beside ours.
        ((D(2023, 10, 1), D(2024, 7, 3)), (5, 2, 700_000.0)),
        ((D(2024, 1, 1), D(2024, 12, 31)), (5, 2, 380_000.0)),
        ((D(2024, 1, 1), D(2025, 3, 31)), (6, 3, 410_000.0)),
    ],
)
def test_published_windows_on_the_credit_fixture(on_credit, window, expected):
    assert run("cross_enforcement_totals", **p(*window)).row(0) == expected
