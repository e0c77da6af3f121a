"""Kaplan–Meier from bucket counts against small cases worked out by hand."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.survival import curve, kaplan_meier, median_time


def counts(rows, group=None):
    """rows: (months_from, months_to, censored, n[, group])."""
    cols = ["months_from", "months_to", "is_listed", "n_entries"] + (["g"] if group else [])
    return pl.DataFrame(rows, schema=cols, orient="row")


# Six spells: removed after 1, 1, 3 and 5 months; still listed (censored) at 2 and 4 months.
#   month 1: 6 at risk, 2 removed -> S = 4/6
#   month 2: 4 at risk, 1 censored -> S = 4/6
#   month 3: 3 at risk, 1 removed -> S = 4/6 * 2/3 = 4/9
#   month 4: 2 at risk, 1 censored -> 4/9
#   month 5: 1 at risk, 1 removed -> 0
CLASSIC = [(1, 2, False, 2), (2, 3, True, 1), (3, 4, False, 1), (4, 5, True, 1), (5, 6, False, 1)]


def test_kaplan_meier_by_hand():
    km = kaplan_meier(counts(CLASSIC))
    assert km.select("months_from", "n_at_risk", "n_events", "n_censored").rows() == [
        (1, 6, 2, 0),
        (2, 4, 0, 1),
        (3, 3, 1, 0),
        (4, 2, 0, 1),
        (5, 1, 1, 0),
    ]
    assert km["survival"].to_list() == pytest.approx([4 / 6, 4 / 6, 4 / 9, 4 / 9, 0.0])


def test_censored_at_a_tied_time_count_as_at_risk():
    # One removed and one still listed in month 2, one removed in month 3:
    #   month 2: 3 at risk, 1 removed -> 2/3; month 3: 1 at risk, 1 removed -> 0.
    km = kaplan_meier(counts([(2, 3, False, 1), (2, 3, True, 1), (3, 4, False, 1)]))
    assert km["n_at_risk"].to_list() == [3, 1]
    assert km["survival"].to_list() == pytest.approx([2 / 3, 0.0])


def test_wide_buckets_are_kaplan_meier_on_rounded_times():
    # Quarter-wide buckets: 10 spells start at 24; 4 removed in 24..27, 2 censored there; 4 removed in 27..30.
    #   24..27: 10 at risk, 4 removed -> 0.6; 27..30: 4 at risk, 4 removed -> 0.
    km = kaplan_meier(counts([(24, 27, False, 4), (24, 27, True, 2), (27, 30, False, 4)]))
    assert km["n_at_risk"].to_list() == [10, 4]
    assert km["survival"].to_list() == pytest.approx([0.6, 0.0])


def test_groups_are_estimated_separately():
    rows = [(*r, "a") for r in CLASSIC] + [(0, 1, True, 3, "b"), (1, 2, False, 1, "b")]
    km = kaplan_meier(counts(rows, group=True), "g")
    b = km.filter(pl.col("g") == "b")
    # Group b: 4 at the start, 3 censored in month 0 (no events: S = 1), then 1 at risk, removed -> 0.
    assert b["n_at_risk"].to_list() == [4, 1]
    assert b["survival"].to_list() == pytest.approx([1.0, 0.0])
    assert km.filter(pl.col("g") == "a")["survival"].to_list() == pytest.approx([4 / 6, 4 / 6, 4 / 9, 4 / 9, 0.0])


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (CLASSIC, 4),  # S first falls to 4/9 <= 1/2 at the end of month 3
        ([(0, 1, False, 1), (0, 1, True, 1)], 1),  # exactly one half counts as reached
        ([(0, 1, False, 1), (1, 2, True, 3)], None),  # three of four still listed: not reached
    ],
)
def test_median_time(rows, expected):
    assert median_time(kaplan_meier(counts(rows)))["median_months"][0] == expected


def test_median_per_group_keeps_groups_that_never_reach_it():
    rows = [(*r, "a") for r in CLASSIC] + [(3, 4, True, 2, "b")]
    med = dict(median_time(kaplan_meier(counts(rows, group=True), "g"), "g").rows())
    assert med == {"a": 4, "b": None}


def test_curve_starts_at_one():
    points = curve(kaplan_meier(counts(CLASSIC)))
    assert points["months"].to_list() == [0, 2, 3, 4, 5, 6]
    assert points["survival"].to_list() == pytest.approx([1.0, 4 / 6, 4 / 6, 4 / 9, 4 / 9, 0.0])


def test_empty_counts_give_an_empty_table():
    assert kaplan_meier(counts([])).height == 0


def test_curve_per_group_starts_each_group_at_one():
    rows = [(*r, "a") for r in CLASSIC] + [(0, 1, True, 3, "b"), (1, 2, False, 1, "b")]
    points = curve(kaplan_meier(counts(rows, group=True), "g"), "g")
    assert points.columns == ["g", "months", "survival"]
    b = points.filter(pl.col("g") == "b")
    assert b.select("months", "survival").rows() == [(0, 1.0), (1, 1.0), (2, 0.0)]
    assert points.filter(pl.col("g") == "a")["months"].to_list() == [0, 2, 3, 4, 5, 6]


def test_empty_counts_keep_the_columns():
    assert kaplan_meier(counts([])).columns == [
        "months_from",
        "months_to",
        "n_at_risk",
        "n_events",
        "n_censored",
        "survival",
    ]
