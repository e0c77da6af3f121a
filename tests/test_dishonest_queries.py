"""The dishonest-list queries against the credit fixture; every expected value is worked out by hand from
tests/fixture_data.py and tests/fixture_credit.py (twelve entries, the data's as-of date 2025-06-30).
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


COLUMNS = (
    "month",
    "n_listed",
    "n_removed",
    "n_removed_performed",
    "n_removed_credit_restoration",
    "n_removed_revoked",
    "n_removed_expired",
    "n_on_list",
)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            p(),
            [
                (D(2019, 7, 1), 1, 0, 0, 0, 0, 0, 1),
                (D(2021, 3, 1), 1, 0, 0, 0, 0, 0, 2),
                (D(2023, 2, 1), 1, 0, 0, 0, 0, 0, 3),
                (D(2023, 3, 1), 0, 1, 1, 0, 0, 0, 2),
                (D(2023, 4, 1), 1, 0, 0, 0, 0, 0, 3),
                (D(2023, 6, 1), 1, 0, 0, 0, 0, 0, 4),
                (D(2023, 9, 1), 1, 0, 0, 0, 0, 0, 5),
                (D(2023, 12, 1), 0, 1, 0, 1, 0, 0, 4),
                (D(2024, 1, 1), 1, 0, 0, 0, 0, 0, 5),
                (D(2024, 2, 1), 1, 1, 1, 0, 0, 0, 5),
                (D(2024, 3, 1), 0, 1, 0, 0, 1, 0, 4),
                (D(2024, 5, 1), 1, 1, 0, 0, 0, 1, 4),
                (D(2024, 9, 1), 1, 0, 0, 0, 0, 0, 5),
                (D(2025, 1, 1), 1, 1, 0, 1, 0, 0, 5),
                (D(2025, 2, 1), 1, 1, 0, 0, 0, 1, 5),
                (D(2025, 6, 1), 0, 1, 1, 0, 0, 0, 4),
            ],
        ),
        # The stock counts the entries listed before the period starts.
        (
            p(D(2024, 1, 1)),
            [
                (D(2024, 1, 1), 1, 0, 0, 0, 0, 0, 5),
                (D(2024, 2, 1), 1, 1, 1, 0, 0, 0, 5),
                (D(2024, 3, 1), 0, 1, 0, 0, 1, 0, 4),
                (D(2024, 5, 1), 1, 1, 0, 0, 0, 1, 4),
                (D(2024, 9, 1), 1, 0, 0, 0, 0, 0, 5),
                (D(2025, 1, 1), 1, 1, 0, 1, 0, 0, 5),
                (D(2025, 2, 1), 1, 1, 0, 0, 0, 1, 5),
                (D(2025, 6, 1), 0, 1, 1, 0, 0, 0, 4),
            ],
        ),
        (
            p(provinces=["230000"]),
            [
                (D(2023, 6, 1), 1, 0, 0, 0, 0, 0, 1),
                (D(2023, 12, 1), 0, 1, 0, 1, 0, 0, 0),
                (D(2024, 9, 1), 1, 0, 0, 0, 0, 0, 1),
                (D(2025, 1, 1), 1, 1, 0, 1, 0, 0, 1),
                (D(2025, 2, 1), 1, 0, 0, 0, 0, 0, 2),
                (D(2025, 6, 1), 0, 1, 1, 0, 0, 0, 1),
            ],
        ),
        (
            p(end=D(2024, 12, 31), debtor_types=["company"]),
            [
                (D(2019, 7, 1), 1, 0, 0, 0, 0, 0, 1),
                (D(2023, 4, 1), 1, 0, 0, 0, 0, 0, 2),
                (D(2023, 6, 1), 1, 0, 0, 0, 0, 0, 3),
                (D(2023, 12, 1), 0, 1, 0, 1, 0, 0, 2),
                (D(2024, 2, 1), 0, 1, 1, 0, 0, 0, 1),
                (D(2024, 5, 1), 1, 0, 0, 0, 0, 0, 2),
            ],
        ),
    ],
)
def test_dishonest_flows_by_month(on_credit, params, expected):
    frame = run("dishonest_flows_by_month", **params)
    assert frame.select(COLUMNS).rows() == expected
    assert (frame["n_net"] == frame["n_listed"] - frame["n_removed"]).all()
    reasons = [c for c in COLUMNS if c.startswith("n_removed_")]
    assert (frame.select(reasons).sum_horizontal() == frame["n_removed"]).all()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            p(D(2024, 1, 1)),
            [
                (D(2024, 1, 1), "minor", 1),
                (D(2024, 2, 1), "general", 1),
                (D(2024, 5, 1), "serious", 1),
                (D(2024, 9, 1), "serious", 1),
                (D(2025, 1, 1), "minor", 1),
                (D(2025, 2, 1), "general", 1),
            ],
        ),
        # Intermediate courts 2 and 4 listed entries 6, 4, 9 and 10 since 2024.
        (
            p(D(2024, 1, 1), levels=["intermediate"]),
            [
                (D(2024, 1, 1), "minor", 1),
                (D(2024, 9, 1), "serious", 1),
                (D(2025, 1, 1), "minor", 1),
                (D(2025, 2, 1), "general", 1),
            ],
        ),
        (
            p(D(2023, 1, 1), D(2023, 12, 31)),
            [
                (D(2023, 2, 1), "ungraded", 1),
                (D(2023, 4, 1), "ungraded", 1),
                (D(2023, 6, 1), "ungraded", 1),
                (D(2023, 9, 1), "ungraded", 1),
            ],
        ),
    ],
)
def test_dishonest_listed_by_severity(on_credit, params, expected):
    assert run("dishonest_listed_by_severity", **params).rows() == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Whole months on the list to removal or to 2025-06-30; buckets are a month wide below two years,
        # a quarter to five years (entry 11: 37 months -> 36..39) and a year after (entry 12: 71 -> 60..72).
        (
            p(),
            [
                ("company", "general", 4, 5, False, 1),
                ("company", "serious", 13, 14, True, 1),
                ("company", "ungraded", 6, 7, False, 1),
                ("company", "ungraded", 10, 11, False, 1),
                ("company", "ungraded", 60, 72, True, 1),
                ("individual", "general", 12, 13, False, 1),
                ("individual", "minor", 0, 1, False, 1),
                ("individual", "minor", 2, 3, False, 1),
                ("individual", "ungraded", 1, 2, False, 1),
                ("individual", "ungraded", 21, 22, True, 1),
                ("individual", "ungraded", 36, 39, False, 1),
                ("other_org", "serious", 9, 10, True, 1),
            ],
        ),
        (
            p(D(2024, 1, 1)),
            [
                ("company", "general", 4, 5, False, 1),
                ("company", "serious", 13, 14, True, 1),
                ("individual", "general", 12, 13, False, 1),
                ("individual", "minor", 0, 1, False, 1),
                ("individual", "minor", 2, 3, False, 1),
                ("other_org", "serious", 9, 10, True, 1),
            ],
        ),
        # Cohorts are whole listed years: a period within 2021 takes entry 11, listed in March.
        (p(D(2021, 6, 1), D(2021, 12, 31)), [("individual", "ungraded", 36, 39, False, 1)]),
        (
            p(provinces=["230000"]),
            [
                ("company", "general", 4, 5, False, 1),
                ("company", "ungraded", 6, 7, False, 1),
                ("individual", "minor", 0, 1, False, 1),
                ("other_org", "serious", 9, 10, True, 1),
            ],
        ),
    ],
)
def test_dishonest_durations(on_credit, params, expected):
    assert run("dishonest_durations", **params).rows() == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Gansu: entries 2 (individual), 8 and 12 (companies); Heilongjiang: entry 4 (other organisation).
        (dict(ALL, end=D(2025, 12, 31)), [("620000", 3, 1, 2, 0, 30 / 2465), ("230000", 1, 0, 0, 1, 10 / 3062)]),
        # At the end of 2024 entry 7 (individual, removed 2025-02) is still listed.
        (dict(ALL, end=D(2024, 12, 31)), [("620000", 4, 2, 2, 0, 40 / 2465), ("230000", 1, 0, 0, 1, 10 / 3062)]),
        (dict(ALL, end=D(2025, 12, 31), provinces=["230000"]), [("230000", 1, 0, 0, 1, 10 / 3062)]),
        # Every province appears, with zero where nothing is listed; ties by code.
        (
            dict(ALL, end=D(2025, 12, 31), case_types=["labour_remuneration"]),
            [("230000", 0, 0, 0, 0, 0.0), ("620000", 0, 0, 0, 0, 0.0)],
        ),
    ],
)
def test_dishonest_on_list_by_province(on_credit, params, expected):
    frame = run("dishonest_on_list_by_province", **params)
    rows = frame.select("province_code", "n_on_list", "n_individual", "n_company", "n_other_org", "per_100k").rows()
    assert [r[:5] for r in rows] == [e[:5] for e in expected]
    assert [r[5] for r in rows] == pytest.approx([e[5] for e in expected])
