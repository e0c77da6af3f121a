"""Where a window is cut, an event on its first or last day belongs inside it: the queries and pages against the
boundary fixture, whose Jiangxi rows all fall on such days. Expected values are counted by hand from
tests/fixture_boundary.py (day i of DAYS carries amount(i) and 1 + i % 2 persons held liable).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.months import month_bounds
from tests.apptest import chart_table, render
from tests.filtering import run
from tests.fixture_boundary import DAYS, amount, boundary_dir, on_boundary  # noqa: F401  (pytest fixtures)

D = dt.date
JX = {"provinces": ["360000"], "levels": [], "case_types": [], "debtor_types": []}


def days_between(first: dt.date, last: dt.date) -> list[int]:
    return [i for i, d in enumerate(DAYS) if first <= d <= last]


@pytest.mark.parametrize(
    ("start", "end", "assigned", "resolved"),
    [
        # The SPC's mid-2024 figures: from the pilot (2023-10-01) to 2024-07-03. Assigned: the cases moved on the
        # boundary days 2023-10-01 .. 2024-07-03 (days 7-14) and the 15 moved on 2023-10-01 or 2024-01-01 to be
        # resolved later. Resolved by 2024-07-03: those of days 7-14, the last of them on 2024-07-03 itself.
        (D(2023, 10, 1), D(2024, 7, 3), 8 + 15, list(range(7, 15))),
        # Calendar 2024: moved on days 9-18 and the 13 moved on 2024-01-01; resolved days 9-18 (2024-12-31 is the last).
        (D(2024, 1, 1), D(2024, 12, 31), 10 + 13, list(range(9, 19))),
        # The article's window to 2025-03-31: resolved days 9-20, the last on 2025-03-31.
        (D(2024, 1, 1), D(2025, 3, 31), 12 + 13, list(range(9, 21))),
        # A window ending the day before: 2025-03-31 is out.
        (D(2024, 1, 1), D(2025, 3, 30), 11 + 13, list(range(9, 20))),
    ],
)
def test_cross_enforcement_totals_at_the_edges(on_boundary, start, end, assigned, resolved):
    row = run("cross_enforcement_totals", **JX, start=start, end=end).row(0, named=True)
    assert row == {
        "n_assigned": assigned,
        "n_resolved": len(resolved),
        "recovered_yuan": float(sum(amount(i, DAYS[i]) for i in resolved)),
    }


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2015, 4, 1), D(2025, 3, 31)),
        (D(2015, 4, 2), D(2025, 3, 30)),
        (D(2023, 9, 1), D(2024, 8, 31)),
        (D(2024, 7, 1), D(2024, 7, 3)),
    ],
)
def test_noncompliance_totals_at_the_edges(on_boundary, start, end):
    inside = days_between(start, end)
    row = run("noncompliance_totals", **JX, start=start, end=end).row(0, named=True)
    assert (row["n_incidents"], row["n_transferred"], row["n_held_liable"]) == (
        len(inside),
        len(inside),
        sum(1 + i % 2 for i in inside),
    )


def test_article_decade_by_hand(on_boundary):
    # 2015-04-01 .. 2025-03-31 holds days 1-20: 20 incidents, 20 + 10 persons (odd days have 2).
    row = run("noncompliance_totals", **JX, start=D(2015, 4, 1), end=D(2025, 3, 31)).row(0, named=True)
    assert (row["n_transferred"], row["n_held_liable"]) == (20, 30)


def by_month(frame, column: str) -> dict[str, int]:
    return {f"{m:%Y-%m}": v for m, v in zip(frame["month"], frame[column]) if v}


def test_first_and_last_days_fall_in_their_own_month(on_boundary):
    params = dict(**JX, start=D(2023, 8, 1), end=D(2023, 10, 31))
    nc = run("noncompliance_by_month", **params)
    # 2023-08-31 in August; 2023-09-01 and 2023-09-30 in September; 2023-10-01 in October.
    assert by_month(nc, "n_transferred") == {"2023-08": 1, "2023-09": 2, "2023-10": 1}
    cases = run("cases_by_month", **params)
    assert by_month(cases, "n_closed") == {"2023-08": 1, "2023-09": 2, "2023-10": 1}
    dl = run("dishonest_by_month", **params)
    assert by_month(dl, "n_listed") == {"2023-08": 1, "2023-09": 2, "2023-10": 1}
    assert by_month(dl, "n_removed") == {"2023-08": 1, "2023-09": 2, "2023-10": 1}


def test_a_period_of_one_month_keeps_its_first_and_last_day(on_boundary):
    # 2024-07: 07-01, 07-03 and 07-04 of the boundary days.
    first, last = month_bounds("2024-07", "2024-07")
    row = run("noncompliance_totals", **JX, start=first, end=last).row(0, named=True)
    assert row["n_incidents"] == 3
    first, last = month_bounds("2024-06", "2024-06")
    assert run("noncompliance_totals", **JX, start=first, end=last).row(0, named=True)["n_incidents"] == 1


def test_stock_on_the_list_at_a_month_end(on_boundary):
    # Each day lists an entry and removes one of the 22 listed on 2014-06-15, so the stock stays at 22 after the
    # first listing; an entry removed on the last day of a month is off the list at that month's end.
    dl = run("dishonest_by_month", **JX, start=D(2014, 6, 1), end=D(2025, 4, 30))
    stock = dict(zip((f"{m:%Y-%m}" for m in dl["month"]), dl["n_on_list"]))
    assert stock["2014-06"] == 22 and stock["2015-03"] == 22 and stock["2024-07"] == 22 and stock["2025-04"] == 22
    assert dl.filter(dl["month"] == D(2024, 7, 1)).select("n_listed", "n_removed").row(0) == (3, 3)


def test_cross_page_published_table_counts_the_last_day(on_boundary):
    at = render("pages/cross_enforcement.py", lang="en", prov="360000", section="article")
    (table,) = [
        d.value
        for d in at.dataframe
        if {"These data", "Published", "Window"} <= set(d.value.columns) and len(d.value) == 7
    ]
    ours = {(r[0], r[1]): r[2] for r in table.itertuples(index=False)}
    resolved, recovered = "With substantive progress or concluded", "Recovered in cross-enforcement"
    # To 2024-07-03: days 7-14 resolved, the last on 2024-07-03; to 2025-03-31: days 9-20, the last on 2025-03-31.
    assert ours[("2023-10-01 – 2024-07-03", resolved)] == "8"
    assert ours[("2024-01 – 2025-03", resolved)] == "12"
    # Shown in billions of yuan to two decimals.
    total = sum(amount(i, DAYS[i]) for i in range(9, 21))
    assert ours[("2024-01 – 2025-03", recovered)] == f"¥{total / 1e9:.2f}bn"
    article = chart_table(at, "cross-article")
    assert dict(zip(article["measure"], article["ours"])) == {
        "Cross-enforcement cases": 25.0,
        resolved: 12.0,
        recovered: float(total),
    }


def test_overview_article_table_counts_the_last_day(on_boundary):
    at = render("pages/overview.py", lang="en", prov="360000")
    table = at.dataframe[0].value
    ours = dict(zip(table["Measure"], table["This data"]))
    # 2015-04-01 .. 2025-03-31: 20 transfers, 30 persons; 2024-01 .. 2025-03: 25 moved, 12 resolved.
    assert list(ours.values())[:4] == ["20", "30", "25", "12"]
