"""The dishonest-list page's reshaping: year-end falls found from the data, complete quarters and their
year-on-year change, runs of quarters with more removals than entries, grains and time-on-list classes.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import dishonest as shape
from figures import dishonest as figs

D = dt.date
REASONS = list(shape.REASON_COLUMNS)


def monthly(rows):
    """rows: (month, n_listed, n_removed, n_on_list); removals all 'performed'."""
    frame = pl.DataFrame(rows, schema=["month", "n_listed", "n_removed", "n_on_list"], orient="row")
    return frame.with_columns(
        pl.col("n_removed").alias("n_removed_performed"),
        *[pl.lit(0, dtype=pl.Int64).alias(c) for c in REASONS[1:]],
        (pl.col("n_listed") - pl.col("n_removed")).alias("n_net"),
    )


def year_ends(stocks: dict[int, int]):
    return monthly([(D(y, 12, 1), 0, 0, s) for y, s in stocks.items()])


RISE_THEN_FALL = {2016: 10, 2017: 20, 2018: 30, 2019: 40, 2020: 50, 2021: 60, 2022: 70, 2023: 80, 2024: 76, 2025: 72}


def test_first_fall_and_fall_again_are_found_from_the_data():
    falls = shape.year_end_falls(year_ends(RISE_THEN_FALL), D(2025, 12, 31))
    assert [(f["year"], f["rises_before"], f["again"]) for f in falls] == [(2024, 7, False), (2025, 0, True)]
    assert falls[0]["change"] == pytest.approx(76 / 80 - 1)
    assert falls[1]["change"] == pytest.approx(72 / 76 - 1)


def test_an_unfinished_year_is_not_a_year_end():
    stocks = {**RISE_THEN_FALL}
    falls = shape.year_end_falls(year_ends(stocks), D(2025, 6, 30))
    assert [f["year"] for f in falls] == [2024]


def test_a_fall_after_a_rise_is_not_again():
    falls = shape.year_end_falls(year_ends({2019: 5, 2020: 4, 2021: 6, 2022: 3}), D(2022, 12, 31))
    assert [(f["year"], f["rises_before"], f["again"]) for f in falls] == [(2020, 0, False), (2022, 1, False)]


def test_the_year_end_stock_is_the_last_month_on_or_before_december():
    # No activity in December 2020: the stock then is November's.
    frame = monthly([(D(2019, 12, 1), 0, 0, 9), (D(2020, 11, 1), 0, 1, 8), (D(2021, 3, 1), 0, 1, 7)])
    assert shape.year_end_stocks(frame, D(2021, 12, 31)).rows() == [(2019, 9), (2020, 8), (2021, 7)]


def quarters_frame():
    # 2024: 10 listed each month, 2 removed; 2025 Jan-Apr: 9 listed, 12 removed.
    rows = [(D(2024, m, 1), 10, 2, 0) for m in range(1, 13)] + [(D(2025, m, 1), 9, 12, 0) for m in range(1, 5)]
    return monthly(rows)


def test_quarterly_change_and_removals_exceeding():
    q = shape.quarterly(quarters_frame(), D(2024, 1, 1), D(2025, 4, 30))
    # Q2 2025 is cut by the end and left out; 2024 has no year before it in the frame.
    assert q["label"].to_list() == ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4", "2025 Q1"]
    assert q["n_listed"].to_list() == [30, 30, 30, 30, 27]
    assert q["yoy"].to_list()[:4] == [None] * 4
    assert q["yoy"][4] == pytest.approx(27 / 30 - 1)  # -10%
    assert q["removals_exceed"].to_list() == [False, False, False, False, True]


def test_quarters_cut_by_the_start_are_left_out():
    q = shape.quarterly(quarters_frame(), D(2024, 2, 1), D(2024, 12, 31))
    assert q["label"].to_list() == ["2024 Q2", "2024 Q3", "2024 Q4"]


def test_exceed_runs():
    q = pl.DataFrame({"label": list("abcdefg"), "removals_exceed": [True, False, True, True, False, True, True]})
    assert shape.exceed_runs(q) == [("a", "a", 1), ("c", "d", 2), ("f", "g", 2)]


def test_by_grain_takes_the_stock_at_the_period_end_and_marks_partial_periods():
    frame = monthly([(D(2024, m, 1), 1, 0, m) for m in range(2, 8)])
    q = shape.by_grain(frame, "quarter", D(2024, 2, 1), D(2024, 7, 31))
    assert q.select("label", "n_listed", "n_on_list", "period_end").rows() == [
        ("2024 Q1*", 2, 3, D(2024, 3, 31)),
        ("2024 Q2", 3, 6, D(2024, 6, 30)),
        ("2024 Q3*", 1, 7, D(2024, 7, 31)),
    ]
    y = shape.by_grain(frame, "year", D(2024, 2, 1), D(2024, 7, 31))
    assert y.select("label", "n_listed", "n_on_list").rows() == [("2024*", 6, 7)]


def test_duration_classes_share_removed_and_still_listed():
    counts = pl.DataFrame(
        [
            ("individual", 0, False, 2),
            ("individual", 4, False, 1),
            ("individual", 30, True, 1),
            ("company", 61, False, 3),
            ("company", 13, True, 1),
        ],
        schema=["debtor_type", "months_from", "is_listed", "n_entries"],
        orient="row",
    )
    classes = shape.duration_classes(counts, "debtor_type")
    assert classes.select("debtor_type", "class", "n_entries").rows() == [
        ("company", -1, 1),
        ("company", 6, 3),
        ("individual", -1, 1),
        ("individual", 0, 2),
        ("individual", 1, 1),
    ]
    assert classes.filter(pl.col("debtor_type") == "individual")["share"].to_list() == pytest.approx([0.25, 0.5, 0.25])
    assert figs.class_label(6, "en") == "Over 5 years"
    assert figs.class_label(3, "en") == "1–2 years"
    assert figs.class_label(-1, "zh") == "仍在册"


def test_dense_fills_quiet_months_and_carries_the_stock():
    frame = monthly([(D(2024, 1, 1), 2, 0, 2), (D(2024, 4, 1), 0, 1, 1)])
    out = shape.dense(frame, D(2024, 5, 31))
    assert out.select("month", "n_listed", "n_removed", "n_on_list").rows() == [
        (D(2024, 1, 1), 2, 0, 2),
        (D(2024, 2, 1), 0, 0, 2),
        (D(2024, 3, 1), 0, 0, 2),
        (D(2024, 4, 1), 0, 1, 1),
        (D(2024, 5, 1), 0, 0, 1),
    ]


def test_a_flat_year_is_not_a_rise_and_ends_the_run():
    falls = shape.year_end_falls(year_ends({2019: 5, 2020: 6, 2021: 6, 2022: 7, 2023: 4}), D(2023, 12, 31))
    assert [(f["year"], f["prev"], f["n_on_list"], f["rises_before"]) for f in falls] == [(2023, 7, 4, 1)]


def test_a_quarter_ending_a_month_after_the_period_is_left_out():
    # The period ends in May 2025: the second quarter of 2025 is not complete.
    q = shape.quarterly(quarters_frame(), D(2025, 1, 1), D(2025, 5, 31))
    assert q["label"].to_list() == ["2025 Q1"]
    q = shape.quarterly(quarters_frame(), D(2024, 10, 1), D(2024, 12, 31))
    assert q["label"].to_list() == ["2024 Q4"]


def test_empty_frames_keep_their_columns():
    empty = monthly([(D(2024, 1, 1), 0, 0, 0)]).clear()
    assert shape.year_end_stocks(empty, D(2024, 12, 31)).columns == ["year", "n_on_list"]
    assert shape.by_grain(empty, "quarter", D(2024, 1, 1), D(2024, 12, 31)).columns == [
        "period",
        *shape.FLOWS,
        "n_on_list",
        "period_end",
        "label",
    ]


SEVERITY = pl.DataFrame(
    [
        (D(2022, 12, 1), "ungraded", 7),
        (D(2023, 1, 1), "ungraded", 5),
        (D(2023, 3, 1), "ungraded", 4),
        (D(2024, 1, 1), "serious", 2),
        (D(2024, 2, 1), "serious", 3),
        (D(2024, 3, 1), "minor", 1),
        (D(2024, 4, 1), "serious", 6),
    ],
    schema=["month", "severity", "n_listed"],
    orient="row",
)


def test_severity_window_starts_a_year_before_the_grading():
    assert shape.severity_window(SEVERITY)["month"].min() == D(2023, 1, 1)
    assert shape.severity_window(SEVERITY).height == SEVERITY.height - 1


def test_severity_by_quarter_sums_each_quarter_and_grade():
    by_q = shape.severity_by_quarter(SEVERITY)
    assert by_q.columns == ["period", "severity", "n_listed"]
    assert by_q["period"].to_list() == sorted(by_q["period"].to_list())
    assert set(by_q.rows()) == {
        (D(2022, 10, 1), "ungraded", 7),
        (D(2023, 1, 1), "ungraded", 9),
        (D(2024, 1, 1), "serious", 5),
        (D(2024, 1, 1), "minor", 1),
        (D(2024, 4, 1), "serious", 6),
    }


def test_still_listed_share():
    durations = pl.DataFrame(
        {"is_listed": [True, False, True, False], "n_entries": [3, 4, 1, 2]},
    )
    assert shape.still_listed(durations) == (10, pytest.approx(0.4))
    assert shape.still_listed(durations.clear()) == (0, None)


def test_nothing_in_gives_nothing_out():
    empty = monthly([(D(2024, 1, 1), 0, 0, 0)]).clear()
    assert shape.dense(empty, D(2024, 12, 31)).height == 0
    q = shape.quarterly(empty, D(2024, 1, 1), D(2024, 12, 31))
    assert q.height == 0 and q.columns[-3:] == ["n_listed_year_before", "yoy", "removals_exceed"]


def test_graded_keeps_the_graded_severities_only():
    durations = pl.DataFrame({"severity": ["serious", "ungraded", "minor", "general"], "n_entries": [1, 2, 3, 4]})
    assert shape.graded(durations)["n_entries"].to_list() == [1, 3, 4]


def _quarters(changes: list[float]) -> pl.DataFrame:
    periods = [dt.date(2023 + (i // 4), 1 + 3 * (i % 4), 1) for i in range(len(changes))]
    return pl.DataFrame(
        {
            "period": periods,
            "label": [f"{d.year} Q{(d.month + 2) // 3}" for d in periods],
            "yoy": changes,
            "n_listed": [100] * len(changes),
            "n_listed_year_before": [100] * len(changes),
        }
    )


@pytest.mark.parametrize(
    ("changes", "labelled"),
    [
        # The latest quarter, and the largest change of the eight before it (-0.39, six quarters back).
        ([0.5, 0.1, -0.39, -0.15, -0.11, -0.29, -0.09, -0.06, -0.04, -0.01], {2: "-39%", 9: "-1%"}),
        # The largest change of the eight is the latest one's neighbour: only the latest carries a label.
        ([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, -0.6, 0.1], {9: "+10%"}),
        # The 0.9 is nine quarters back, out of the two years: the largest within them is 0.3.
        ([0.9, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2], {1: "+30%", 9: "+20%"}),
        ([0.25], {0: "+25%"}),
    ],
)
def test_the_year_on_year_chart_labels_the_latest_quarter_and_the_largest_change_apart_from_it(changes, labelled):
    (bar,) = figs.yoy_chart(_quarters(changes), "en").data
    assert {i: t for i, t in enumerate(bar.text) if t} == labelled


def test_the_policy_line_is_drawn_only_in_a_window_that_reaches_2024():
    # The four quarters of 2023 end on 2023-12-31: a line on 2024-01-01 would stretch the axis past them.
    assert not figs.yoy_chart(_quarters([0.1] * 4), "en").layout.shapes
    # Five quarters reach 2024 Q1: the line on 2024-01-01.
    assert [s.x0 for s in figs.yoy_chart(_quarters([0.1] * 5), "en").layout.shapes] == [dt.date(2024, 1, 1)]
