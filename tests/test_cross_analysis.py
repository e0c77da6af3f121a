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


def test_running_totals_of_a_single_month_and_of_none():
    one = pl.DataFrame(
        [(D(2024, 3, 1), "designated", 4, 1, 10.0)],
        schema=["month", "method", "n_assigned", "n_resolved", "recovered_yuan"],
        orient="row",
    )
    assert shape.cumulative(one, D(2024, 1, 1)).select("month", "cum_assigned", "cum_resolved").rows() == [
        (D(2024, 3, 1), 4, 1)
    ]
    empty = shape.cumulative(one.clear(), D(2024, 1, 1))
    assert empty.height == 0 and empty.columns[-1] == "cum_recovered_yuan"


def test_the_period_starts_with_the_month_of_its_first_day():
    by_method = pl.DataFrame(
        [(D(2024, 1, 1), "designated", 1), (D(2024, 2, 1), "designated", 2), (D(2024, 2, 1), "elevated", 3)],
        schema=["month", "method", "n_assigned"],
        orient="row",
    )
    # A period starting mid-February keeps February's rows (dated the 1st) and drops January's.
    assert shape.in_period(by_method, D(2024, 2, 20))["n_assigned"].to_list() == [2, 3]
    assert shape.in_period(by_method, D(2024, 1, 31))["n_assigned"].to_list() == [1, 2, 3]


def test_published_rows_name_their_window_and_source():
    totals = {
        (first, last): {"n_assigned": 1, "n_resolved": 1, "recovered_yuan": 1.0} for first, last, *_ in shape.PUBLISHED
    }
    article = shape.article_rows(shape.published_rows(totals, "en"))
    assert article["measure"].to_list() == ["ce_assigned", "ce_resolved", "ce_recovered"]
    assert set(article["window"]) == {"2024-01 – 2025-03"}
    assert set(article["source"]) == {"SPC press conference (2025-04-07)"}
    zh = shape.article_rows(shape.published_rows(totals, "zh"))
    assert set(zh["source"]) == {"最高人民法院新闻发布会（2025-04-07）"}


def test_links_between_levels_and_provinces_largest_first():
    # By hand from FLOWS: basic -> intermediate 2 + 1, intermediate -> high 1 + 1, and one case each for
    # intermediate -> basic and intermediate -> intermediate.
    levels = shape.level_links(FLOWS)
    assert levels.columns == ["from_level", "to_level", "n_cases"]
    assert levels.rows()[:2] == [("basic", "intermediate", 3), ("intermediate", "high", 2)]
    assert set(levels.rows()[2:]) == {("intermediate", "basic", 1), ("intermediate", "intermediate", 1)}
    provinces = shape.province_links(FLOWS)
    assert provinces.columns == ["from_province_code", "to_province_code", "n_cases"]
    assert provinces.rows()[:2] == [("620000", "620000", 3), ("230000", "230000", 2)]
    assert set(provinces.rows()[2:]) == {("230000", "620000", 1), ("620000", "230000", 1)}


CREDITORS = pl.DataFrame(
    [
        # n_creditors, months, is_resolved, n_cases, claim, recovered, days to resolve (sum)
        (1, 9, True, 2, 400_000.0, 100_000.0, 300.0),
        (1, 15, False, 2, 30_000.0, 0.0, 0.0),
        (2, 2, True, 1, 300_000.0, 300_000.0, 74.0),
        (3, 7, True, 1, 100_000.0, 20_000.0, 233.0),
        (5, 3, False, 1, 900_000.0, 0.0, 0.0),
    ],
    schema=["n_creditors", "months", "is_resolved", "n_cases", "claim_yuan", "recovered_yuan", "days_to_resolve_sum"],
    orient="row",
)


def test_several_creditors_cards():
    summary = shape.creditor_summary(CREDITORS)
    # 7 cases: 4 with one creditor, 3 with several. Recovered of the claims resolved: one creditor
    # 100,000 of 400,000; several (2 and 3 creditors together) 320,000 of 400,000.
    assert summary["share_resolved"].to_list() == pytest.approx([0.5, 1.0, 1.0, 0.0])
    cards = shape.several_creditors(summary, shape.single_or_several(CREDITORS))
    assert cards == {
        "n_several": 3,
        "n_cases": 7,
        "share_several": pytest.approx(3 / 7),
        "rate_single": pytest.approx(0.25),
        "rate_several": pytest.approx(0.8),
    }


def test_several_creditors_cards_when_a_group_is_missing():
    only_several = CREDITORS.filter(pl.col("n_creditors") > 1)
    cards = shape.several_creditors(shape.creditor_summary(only_several), shape.single_or_several(only_several))
    assert cards["rate_single"] is None and cards["n_several"] == cards["n_cases"] == 3
    only_single = CREDITORS.filter(pl.col("n_creditors") == 1)
    cards = shape.several_creditors(shape.creditor_summary(only_single), shape.single_or_several(only_single))
    assert cards["rate_several"] is None and cards["share_several"] == 0
    none = shape.several_creditors(
        shape.creditor_summary(CREDITORS.clear()), shape.single_or_several(CREDITORS.clear())
    )
    assert none["n_cases"] == 0 and none["share_several"] is None


def test_creditor_groups_as_survival_buckets():
    folded = shape.single_or_several(CREDITORS)
    assert folded["creditors"].to_list() == ["single", "single", "several", "several", "several"]
    # A case open after `months` full months is at risk over [months, months + 1).
    assert folded.select("months_from", "months_to").rows() == [(9, 10), (15, 16), (2, 3), (7, 8), (3, 4)]


@pytest.mark.parametrize(
    ("moved", "base", "expected"),
    [(0.5, 0.4, 10.0), (0.25, 0.75, -50.0), (None, 0.4, None), (0.5, None, None)],
)
def test_rate_gap_in_points(moved, base, expected):
    assert shape.rate_gap(moved, base) == (None if expected is None else pytest.approx(expected))
