"""Each query against the hand-built fixture; every expected value is worked out by hand from tests/fixture_data.py."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.filtering import run

D = dt.date
ALL = dict(provinces=[], levels=[], case_types=[], debtor_types=[])


def p(start=D(2013, 1, 1), end=D(2025, 12, 31), **over):
    return {**ALL, "start": start, "end": end, **over}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (p(D(2015, 4, 1), D(2025, 3, 31)), (6, 3, 6)),
        (p(D(2015, 4, 1), D(2025, 3, 31), provinces=["230000"]), (3, 2, 4)),
        (p(levels=["basic"]), (1, 0, 0)),
        (p(debtor_types=["individual"]), (3, 0, 0)),
        (p(case_types=["financial_loan"]), (3, 3, 6)),
        (p(D(2024, 1, 1), D(2024, 12, 31)), (3, 1, 3)),
        (p(D(2016, 1, 1), D(2019, 12, 31)), (0, 0, 0)),
    ],
)
def test_noncompliance_totals(on_fixture, params, expected):
    row = run("noncompliance_totals", **params).row(0)
    assert row == expected


def test_noncompliance_by_month(on_fixture):
    frame = run("noncompliance_by_month", **p(D(2023, 1, 1), D(2023, 12, 31)))
    assert frame.select("month", "n_incidents", "n_transferred", "n_held_liable").rows() == [
        (D(2023, 5, 1), 1, 1, 1),
        (D(2023, 8, 1), 1, 1, 2),
    ]
    frame = run("noncompliance_by_month", **p(D(2024, 1, 1), D(2024, 12, 31)))
    assert frame["n_detention"].fill_null(0).to_list() == [1, 0, 0]
    assert frame["n_fine"].fill_null(0).to_list() == [0, 1, 0]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            p(),
            [
                (D(2023, 2, 1), 1, 0, 1),
                (D(2023, 3, 1), 0, 1, 0),
                (D(2023, 4, 1), 1, 0, 1),
                (D(2023, 6, 1), 1, 0, 2),
                (D(2023, 9, 1), 1, 0, 3),
                (D(2023, 12, 1), 0, 1, 2),
                (D(2024, 2, 1), 0, 1, 1),
                (D(2024, 9, 1), 1, 0, 2),
            ],
        ),
        # The stock counts entries listed before the period starts.
        (
            p(D(2023, 7, 1)),
            [(D(2023, 9, 1), 1, 0, 3), (D(2023, 12, 1), 0, 1, 2), (D(2024, 2, 1), 0, 1, 1), (D(2024, 9, 1), 1, 0, 2)],
        ),
        (
            p(provinces=["620000"]),
            [
                (D(2023, 2, 1), 1, 0, 1),
                (D(2023, 3, 1), 0, 1, 0),
                (D(2023, 4, 1), 1, 0, 1),
                (D(2023, 9, 1), 1, 0, 2),
                (D(2024, 2, 1), 0, 1, 1),
            ],
        ),
        (
            p(end=D(2023, 6, 30)),
            [(D(2023, 2, 1), 1, 0, 1), (D(2023, 3, 1), 0, 1, 0), (D(2023, 4, 1), 1, 0, 1), (D(2023, 6, 1), 1, 0, 2)],
        ),
    ],
)
def test_dishonest_by_month(on_fixture, params, expected):
    frame = run("dishonest_by_month", **params)
    assert frame.select("month", "n_listed", "n_removed", "n_on_list").rows() == expected
    assert (frame["n_net"] == frame["n_listed"] - frame["n_removed"]).all()


@pytest.mark.parametrize(
    ("year", "filed", "closed", "recovered", "voluntary"),
    [(2023, 4, 2, 1_550_000, 1), (2024, 3, 3, 780_000, 2), (2021, 0, 1, 200_000, 0)],
)
def test_cases_by_month(on_fixture, year, filed, closed, recovered, voluntary):
    frame = run("cases_by_month", **p(D(year, 1, 1), D(year, 12, 31)))
    assert frame["n_filed"].sum() == filed
    assert frame["n_closed"].sum() == closed
    assert frame["recovered_yuan"].sum() == recovered
    assert frame["n_voluntary"].sum() == voluntary


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (p(D(2024, 1, 1), D(2025, 3, 31)), (2, 0, 0.0)),
        (p(D(2023, 10, 1), D(2025, 12, 31)), (3, 2, 650_000.0)),
        (p(D(2023, 10, 1), D(2025, 12, 31), provinces=["620000"]), (2, 1, 400_000.0)),
        (p(D(2023, 10, 1), D(2025, 12, 31), debtor_types=["individual"]), (1, 0, 0.0)),
    ],
)
def test_cross_enforcement_totals(on_fixture, params, expected):
    assert run("cross_enforcement_totals", **params).row(0) == expected


def test_cross_enforcement_by_month(on_fixture):
    frame = run("cross_enforcement_by_month", **p())
    assert frame.rows() == [
        (D(2023, 11, 1), 1, 0, 0.0),
        (D(2024, 2, 1), 0, 1, 400_000.0),
        (D(2024, 3, 1), 1, 0, 0.0),
        (D(2024, 8, 1), 1, 0, 0.0),
        (D(2025, 5, 1), 0, 1, 250_000.0),
    ]


def test_data_facts(on_fixture):
    facts = run("data_facts").row(0, named=True)
    assert facts["as_of_date"] == D(2024, 9, 30)
    assert facts["first_month"] == D(2020, 11, 1)
    assert facts["court_levels"] == ["basic", "intermediate"]
    assert facts["debtor_types"] == ["company", "individual", "other_org"]


def test_provinces(on_fixture):
    assert run("provinces")["province_code"].to_list() == ["230000", "620000"]
