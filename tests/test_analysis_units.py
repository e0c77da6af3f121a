"""The analysis layer's small functions, each on inputs worked out by hand: month arithmetic and labels, the
overview's cards, and the campaign page's choices and tables.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import campaigns, months, overview
from analysis.effects import Estimate

D = dt.date


# --- months ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), [("2020-01", D(2020, 1, 1)), ("2024-12", D(2024, 12, 1)), ("1999-7", D(1999, 7, 1))]
)
def test_parse_month(text, expected):
    assert months.parse_month(text) == expected


@pytest.mark.parametrize(
    ("first", "last", "n"),
    [
        (D(2024, 1, 1), D(2024, 1, 31), 1),
        (D(2024, 1, 31), D(2024, 2, 1), 2),
        (D(2015, 4, 1), D(2025, 3, 31), 120),
        (D(2023, 12, 31), D(2024, 12, 1), 13),
    ],
)
def test_months_spanned(first, last, n):
    assert months.months_spanned(first, last) == n


@pytest.mark.parametrize(
    ("start", "grain", "end"),
    [
        (D(2024, 1, 1), "month", D(2024, 1, 31)),
        (D(2024, 2, 1), "month", D(2024, 2, 29)),
        (D(2024, 4, 1), "quarter", D(2024, 6, 30)),
        (D(2024, 10, 1), "quarter", D(2024, 12, 31)),
        (D(2024, 1, 1), "year", D(2024, 12, 31)),
    ],
)
def test_period_end(start, grain, end):
    assert months.period_end(start, grain) == end


@pytest.mark.parametrize(
    ("as_of", "month"),
    [
        (D(2025, 3, 31), D(2025, 3, 1)),
        (D(2025, 3, 30), D(2025, 2, 1)),
        (D(2025, 1, 1), D(2024, 12, 1)),
        (D(2024, 2, 29), D(2024, 2, 1)),
        (D(2023, 2, 28), D(2023, 2, 1)),
        (D(2024, 2, 28), D(2024, 1, 1)),
    ],
)
def test_last_complete_month(as_of, month):
    assert months.last_complete_month(as_of) == month


@pytest.mark.parametrize(
    ("month", "quarter", "label", "quarter_end"),
    [
        (D(2024, 1, 1), 1, "2024 Q1", D(2023, 12, 1)),
        (D(2024, 3, 31), 1, "2024 Q1", D(2024, 3, 31)),
        (D(2024, 4, 1), 2, "2024 Q2", D(2024, 3, 1)),
        (D(2024, 8, 1), 3, "2024 Q3", D(2024, 6, 1)),
        (D(2024, 9, 1), 3, "2024 Q3", D(2024, 9, 1)),
        (D(2024, 12, 1), 4, "2024 Q4", D(2024, 12, 1)),
        (D(2025, 2, 1), 1, "2025 Q1", D(2024, 12, 1)),
    ],
)
def test_quarters(month, quarter, label, quarter_end):
    assert months.quarter_of(month) == quarter
    assert months.quarter_label(month) == label
    assert months.last_quarter_end(month) == quarter_end


@pytest.mark.parametrize(("grain", "label"), [("year", "2024"), ("quarter", "2024 Q3"), ("month", "2024-07")])
def test_period_label(grain, label):
    assert months.period_label(D(2024, 7, 1), grain) == label


# --- the overview's cards -------------------------------------------------------------------------------------------


def monthly(values: dict[dt.date, int], column: str) -> pl.DataFrame:
    return pl.DataFrame(
        {"month": list(values), column: list(values.values())}, schema={"month": pl.Date, column: pl.Int64}
    )


@pytest.mark.parametrize(
    ("now", "before", "expected"), [(5, 4, 0.25), (3, 4, -0.25), (5, 0, None), (5, None, None), (0, 4, -1.0)]
)
def test_change(now, before, expected):
    assert overview.change(now, before) == expected


FLOWS = monthly(
    {
        D(2022, 12, 1): 1,
        D(2023, 1, 1): 2,
        D(2023, 12, 1): 4,
        D(2024, 1, 1): 8,
        D(2024, 6, 1): 16,
        D(2024, 12, 1): 32,
        D(2025, 1, 1): 64,
    },
    "n",
)


def test_flow_card():
    # Twelve months to 2024-12: 2024-01 .. 2024-12 = 8 + 16 + 32; the year before 2023-01 .. 2023-12 = 2 + 4.
    assert overview.flow(FLOWS, "n", D(2024, 12, 1), D(2013, 1, 1)) == (56.0, 6.0)
    # A period from 2023-02 does not reach back to 2023-01: no comparison.
    assert overview.flow(FLOWS, "n", D(2024, 12, 1), D(2023, 2, 1)) == (56.0, None)
    # From 2023-01 exactly, it does.
    assert overview.flow(FLOWS, "n", D(2024, 12, 1), D(2023, 1, 1)) == (56.0, 6.0)
    # Three months to 2025-01: 2024-11 .. 2025-01 = 32 + 64; a year before, 2023-11 .. 2024-01 = 4 + 8.
    assert overview.flow(FLOWS, "n", D(2025, 1, 1), D(2013, 1, 1), months=3) == (96.0, 12.0)
    assert overview.flow(FLOWS.clear(), "n", D(2024, 12, 1), D(2013, 1, 1)) == (0.0, None)


def test_stock_card():
    stock = monthly({D(2023, 6, 1): 10, D(2023, 12, 1): 12, D(2024, 6, 1): 15}, "n_on_list")
    assert overview.stock(stock, "n_on_list", D(2024, 12, 1), D(2013, 1, 1)) == (15.0, 12.0)
    assert overview.stock(stock, "n_on_list", D(2024, 6, 1), D(2013, 1, 1)) == (15.0, 10.0)
    # The period starts after the month a year back: no comparison. Starting on it exactly: compared.
    assert overview.stock(stock, "n_on_list", D(2024, 6, 1), D(2023, 7, 1)) == (15.0, None)
    assert overview.stock(stock, "n_on_list", D(2024, 6, 1), D(2023, 6, 1)) == (15.0, 10.0)


def test_latest_quarter_card():
    listed = monthly(
        {
            D(2023, 4, 1): 1,
            D(2023, 6, 1): 2,
            D(2023, 7, 1): 4,
            D(2024, 4, 1): 8,
            D(2024, 6, 1): 16,
            D(2024, 7, 1): 32,
            D(2024, 9, 1): 64,
        },
        "n_listed",
    )
    # To 2024-08: the latest complete quarter is 2024 Q2 (8 + 16) against 2023 Q2 (1 + 2).
    assert overview.latest_quarter(listed, "n_listed", D(2024, 8, 1), D(2013, 1, 1)) == ("2024 Q2", 24.0, 3.0)
    # To 2024-09: Q3 (32 + 64) against 2023 Q3 (4).
    assert overview.latest_quarter(listed, "n_listed", D(2024, 9, 1), D(2013, 1, 1)) == ("2024 Q3", 96.0, 4.0)
    assert overview.latest_quarter(listed, "n_listed", D(2024, 9, 1), D(2023, 8, 1)) == ("2024 Q3", 96.0, None)


def test_yearly_series():
    y = overview.yearly(FLOWS, ["n"])
    assert y.columns == ["period", "n"] and y["n"].to_list() == [1, 6, 56, 64]
    assert overview.yearly(FLOWS.clear(), ["n"]).height == 0


# --- campaigns ------------------------------------------------------------------------------------------------------


def camp(cid, province, start, end, focus="refusal_crimes"):
    return {"campaign_id": cid, "province_code": province, "start_date": start, "end_date": end, "focus": focus}


ROWS = {
    r["campaign_id"]: r
    for r in [
        camp("hlj-short", "230000", D(2024, 3, 1), D(2024, 4, 30)),
        camp("hlj-long", "230000", D(2024, 3, 1), D(2024, 8, 31)),
        camp("hlj-other", "230000", D(2024, 1, 1), D(2024, 12, 31), focus="dishonest_list"),
        camp("js-2023", "320000", D(2023, 4, 1), D(2023, 10, 31)),
        camp("js-2024", "320000", D(2024, 4, 1), D(2024, 10, 31), focus="small_claims"),
        camp("national", None, D(2024, 1, 1), D(2024, 12, 31)),
    ]
}


def test_featured_prefers_refusal_crimes_then_the_longest_run():
    # Heilongjiang 2024: refusal crimes beats a longer list campaign; of the two, the longer wins. Jiangsu 2024 has
    # only a small-claims campaign; Yunnan none.
    assert campaigns.featured(ROWS) == ["hlj-long", "js-2024"]


def test_in_view():
    frame = pl.DataFrame(list(ROWS.values()))
    ids = lambda f: sorted(f["campaign_id"].to_list())  # noqa: E731
    # Campaigns touching 2023-10-31 .. 2024-01-01 (both end days count).
    assert ids(campaigns.in_view(frame, D(2023, 10, 31), D(2024, 1, 1), "all", [], ())) == [
        "hlj-other",
        "js-2023",
        "national",
    ]
    assert ids(campaigns.in_view(frame, D(2023, 11, 1), D(2023, 12, 31), "all", [], ())) == []
    assert ids(campaigns.in_view(frame, D(2024, 1, 1), D(2024, 12, 31), "national", [], ())) == ["national"]
    assert ids(campaigns.in_view(frame, D(2024, 1, 1), D(2024, 12, 31), "provincial", ["refusal_crimes"], ())) == [
        "hlj-long",
        "hlj-short",
    ]
    assert ids(campaigns.in_view(frame, D(2013, 1, 1), D(2025, 12, 31), "all", [], ("320000",))) == [
        "js-2023",
        "js-2024",
        "national",
    ]


def test_overlapping_campaigns_of_the_same_province():
    # The window 2023-03 .. 2024-02 of hlj-long: hlj-other starts inside it (2024-01-01); hlj-short starts after.
    got = campaigns.overlapping(ROWS, "hlj-long", D(2023, 3, 1), D(2024, 2, 1))
    assert [r["campaign_id"] for r in got] == ["hlj-other"]
    # A window whose last month is 2024-03 reaches hlj-short's first day (2024-03-01) and hlj-other.
    got = campaigns.overlapping(ROWS, "hlj-long", D(2023, 3, 1), D(2024, 3, 1))
    assert sorted(r["campaign_id"] for r in got) == ["hlj-other", "hlj-short"]
    assert campaigns.overlapping(ROWS, "js-2024", D(2023, 11, 1), D(2025, 1, 1)) == []


def est(phase, estimate, low, high, baseline=2.0):
    return Estimate(
        phase=phase,
        estimate=estimate,
        low=low,
        high=high,
        std_error=0.5,
        baseline=baseline,
        n_months=6,
        method="hac",
        placebo_p=0.04,
        n_placebos=20,
        cluster_low=-1.0,
        cluster_high=1.0,
    )


def test_round_sig():
    assert campaigns.round_sig(0.000123456) == 0.000123
    assert campaigns.round_sig(123456.0) == 123000.0
    assert campaigns.round_sig(-2.71828, 2) == -2.7
    assert campaigns.round_sig(None) is None


def test_estimates_frame_and_phase_rows():
    gaps = pl.DataFrame(
        {
            "month": [D(2024, m, 1) for m in range(1, 6)],
            "treated": [1.0, 3.0, 5.0, 7.0, 9.0],
            "comparison": [2.0, 2.0, 4.0, 4.0, 0.123456],
            "gap": [-1.0, 1.0, 1.0, 3.0, 8.876544],
            "phase": ["before", "before", "during", "during", "after"],
        }
    )
    results = {
        "n_transferred": (gaps, {"during": est("during", 1.5, 0.5, 2.5), "after": est("after", -1.0, -3.0, 1.0)}),
        "n_incidents": (gaps.head(3), {"during": est("during", 0.25, -1.0, 1.5, baseline=0.0)}),
    }
    frame = campaigns.estimates_frame(results)
    assert frame.select("outcome", "phase", "estimate", "low", "high", "relative", "months").rows() == [
        ("n_transferred", "during", 1.5, 0.5, 2.5, 0.75, 6),
        ("n_transferred", "after", -1.0, -3.0, 1.0, -0.5, 6),
        ("n_incidents", "during", 0.25, -1.0, 1.5, None, 6),
    ]
    assert frame.row(0, named=True) | {} == {
        "outcome": "n_transferred",
        "phase": "during",
        "estimate": 1.5,
        "low": 0.5,
        "high": 2.5,
        "std_error": 0.5,
        "baseline": 2.0,
        "relative": 0.75,
        "months": 6,
        "method": "hac",
        "placebo_p": 0.04,
        "n_placebos": 20,
        "cluster_low": -1.0,
        "cluster_high": 1.0,
    }
    assert campaigns.phase_rows(results) == [
        {"outcome": "n_transferred", "phase": "before", "n_months": 2, "treated": 2.0, "comparison": 2.0},
        {"outcome": "n_transferred", "phase": "during", "n_months": 2, "treated": 6.0, "comparison": 4.0},
        {"outcome": "n_transferred", "phase": "after", "n_months": 1, "treated": 9.0, "comparison": 0.123},
        {"outcome": "n_incidents", "phase": "before", "n_months": 2, "treated": 2.0, "comparison": 2.0},
        {"outcome": "n_incidents", "phase": "during", "n_months": 1, "treated": 5.0, "comparison": 4.0},
    ]
    empty = campaigns.estimates_frame({"n_transferred": (gaps, {}), "n_incidents": (gaps, {})})
    assert empty.height == 0 and empty.schema["months"] == pl.Int64


def test_estimate_each_outcome_on_its_own_rate():
    # 10,000 cases filed every month, so a count is its own rate per 10,000 cases. Transfers: treated
    # 1, 1 | 4 | 2 against 0, 1 | 1 | 1 (gaps 1, 0 | 3 | 1: +2.5 during, +0.5 after); incidents: a constant
    # gap of 1 (no effect).
    months = [D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1), D(2024, 9, 1)]
    panel = pl.DataFrame(
        {
            "province_code": ["t"] * 4 + ["c"] * 4,
            "month": months * 2,
            "n_transferred": [1, 1, 4, 2, 0, 1, 1, 1],
            "n_incidents": [3, 2, 4, 5, 2, 1, 3, 4],
            "n_held_liable": [0] * 8,
            "n_filed": [10_000] * 8,
            "population_10k": [1_000.0] * 8,
        }
    )
    start, end = D(2024, 3, 1), D(2024, 8, 31)
    got = campaigns.estimate(panel, "t", ["c"], start, end, "cases")
    assert list(got) == ["n_transferred", "n_incidents"]
    gaps, est = got["n_transferred"]
    assert gaps["gap"].to_list() == pytest.approx([1.0, 0.0, 3.0, 1.0])
    assert est["during"].estimate == pytest.approx(2.5) and est["after"].estimate == pytest.approx(0.5)
    gaps, est = got["n_incidents"]
    assert gaps["gap"].to_list() == pytest.approx([1.0, 1.0, 1.0, 1.0])
    assert est["during"].estimate == pytest.approx(0.0, abs=1e-9)
    # Per 100,000 residents: 10,000,000 residents, so transfers 1 -> 0.01 a month.
    gaps, est = campaigns.estimate(panel, "t", ["c"], start, end, "residents")["n_transferred"]
    assert gaps["treated"].to_list() == pytest.approx([0.01, 0.01, 0.04, 0.02])
    assert est["during"].estimate == pytest.approx(0.025)
