"""The cross-enforcement page's reshaping: running totals since the pilot, the published figures beside ours,
where cases go, creditor groups, and the standardised comparison with cases not moved (worked out by hand).
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import cross as shape
from figures import cross as figs
from tests.test_cross_queries import VERSUS_ALL

D = dt.date


def test_running_totals_count_the_months_before_the_period():
    by_method = pl.DataFrame(
        [
            (D(2023, 10, 1), "designated", 2, 0, 0.0),
            (D(2023, 12, 1), "elevated", 1, 1, 50.0),
            (D(2024, 2, 1), "designated", 3, 2, 100.0),
            (D(2024, 2, 1), "elevated", 0, 1, 25.0),
        ],
        schema=["month", "method", "n_assigned", "n_resolved", "recovered_yuan"],
        orient="row",
    )
    cum = shape.cumulative(by_method, D(2024, 1, 1))
    # January 2024 has no row of its own: the totals carry over.
    assert cum.select("month", "n_assigned", "cum_assigned", "cum_resolved", "cum_recovered_yuan").rows() == [
        (D(2024, 1, 1), 0, 3, 1, 50.0),
        (D(2024, 2, 1), 3, 6, 4, 175.0),
    ]
    shares = shape.method_shares(by_method, D(2024, 1, 1))
    assert shares.rows() == [("designated", 3, 1.0)]


def test_published_rows_set_ours_beside_each_figure():
    totals = {
        (first, last): {"n_assigned": 10, "n_resolved": 5, "recovered_yuan": 2e9} for first, last, *_ in shape.PUBLISHED
    }
    rows = shape.published_rows(totals, "en")
    article = rows.filter(
        (pl.col("window_start") == shape.ARTICLE_WINDOW[0]) & (pl.col("window_end") == shape.ARTICLE_WINDOW[1])
    )
    assert article.select("measure", "ours", "published").rows() == [
        ("ce_assigned", 10.0, 300_000.0),
        ("ce_resolved", 5.0, 150_000.0),
        ("ce_recovered", 2e9, 160e9),
    ]
    assert article["ratio"].to_list() == pytest.approx([10 / 300_000, 5 / 150_000, 2 / 160])
    assert rows.filter(pl.col("is_lower_bound"))["published"].to_list() == [260_000.0]


FLOWS = pl.DataFrame(
    [
        ("620000", "620000", "basic", "intermediate", 2),
        ("230000", "230000", "intermediate", "basic", 1),
        ("230000", "230000", "intermediate", "intermediate", 1),
        ("230000", "620000", "intermediate", "high", 1),
        ("620000", "230000", "basic", "intermediate", 1),
        ("620000", "620000", "intermediate", "high", 1),
    ],
    schema=["from_province_code", "to_province_code", "from_level", "to_level", "n_cases"],
    orient="row",
)


def test_where_cases_go_by_province():
    split = shape.province_split(FLOWS)
    assert split.select(
        "from_province_code", "n_cases", "n_to_high", "n_to_intermediate", "n_to_basic", "n_other_province"
    ).rows() == [("620000", 4, 1, 2, 0, 1), ("230000", 3, 0, 1, 1, 1)]
    assert shape.stays_in_province(FLOWS) == pytest.approx(5 / 7)


def test_creditor_groups():
    frame = pl.DataFrame(
        [
            (1, 9, True, 1, 500_000.0, 250_000.0, 273.0),
            (1, 15, False, 1, 30_000.0, 0.0, 0.0),
            (2, 2, True, 1, 300_000.0, 300_000.0, 74.0),
            (2, 7, True, 1, 60_000.0, 30_000.0, 233.0),
            (5, 3, False, 1, 900_000.0, 0.0, 0.0),
        ],
        schema=[
            "n_creditors",
            "months",
            "is_resolved",
            "n_cases",
            "claim_yuan",
            "recovered_yuan",
            "days_to_resolve_sum",
        ],
        orient="row",
    )
    summary = shape.creditor_summary(frame)
    assert summary.select("n_creditors", "n_cases", "n_resolved").rows() == [(1, 2, 1), (2, 2, 2), (5, 1, 0)]
    assert summary["recovery_rate"].to_list()[:2] == pytest.approx([0.5, 330_000 / 360_000])
    assert summary["recovery_rate"][2] is None
    assert summary["mean_days_to_resolve"].to_list()[:2] == pytest.approx([273.0, 153.5])
    folded = shape.single_or_several(frame)
    assert folded.filter(pl.col("creditors") == "several")["n_cases"].sum() == 3
    assert folded["is_open"].to_list() == [False, True, False, False, True]
    assert figs.creditor_label(1, "en") == "1 creditor"
    assert figs.creditor_label(7, "en") == "5 or more"


VERSUS = pl.DataFrame(
    VERSUS_ALL,
    schema=[
        "case_type",
        "court_level",
        "year",
        "n_moved",
        "n_moved_dated",
        "moved_days_since_filing_sum",
        "moved_days_since_assigned_sum",
        "moved_claim_yuan",
        "moved_recovered_yuan",
        "n_base",
        "base_days_sum",
        "base_claim_yuan",
        "base_recovered_yuan",
    ],
    orient="row",
)


def test_comparison_overall():
    # Only two cells have a base: financial loans (intermediate, 2024: base 396 days / 2 cases, 200,000 of
    # 500,000) and private lending (basic, 2025: 92 days / 1 case, 10,000 of 20,000).
    row = shape.comparison(VERSUS, None).row(0, named=True)
    assert row["n_moved"] == 5 and row["n_moved_unmatched"] == 3
    assert row["moved_days_since_filing"] == pytest.approx((365 + 621) / 2)
    assert row["moved_days_since_assigned"] == pytest.approx((96 + 233) / 2)
    assert row["base_days_since_filing"] == pytest.approx((198 + 92) / 2)
    assert row["moved_recovery_rate"] == pytest.approx(430_000 / 1_060_000)
    # The base's rate per cell (0.4 and 0.5) weighted by the moved claims (1,000,000 and 60,000).
    assert row["base_recovery_rate"] == pytest.approx((0.4 * 1_000_000 + 0.5 * 60_000) / 1_060_000)


def test_comparison_by_case_type():
    by_type = shape.comparison(VERSUS, "case_type")
    rows = {r["case_type"]: r for r in by_type.iter_rows(named=True)}
    assert rows["financial_loan"]["moved_days_since_filing"] == pytest.approx(365)
    assert rows["financial_loan"]["base_days_since_filing"] == pytest.approx(198)
    assert rows["financial_loan"]["n_moved_unmatched"] == 1
    assert rows["private_lending"]["base_recovery_rate"] == pytest.approx(0.5)
    assert rows["sales_contract"]["base_days_since_filing"] is None
    assert rows["sales_contract"]["moved_days_since_filing"] is None
