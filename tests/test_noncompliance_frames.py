"""The pure reshaping and marking behind the refusal page: rates, the ladder, rankings, milestones and windows.
Inputs are small hand-written frames (or the fixture's query results) and expected values are worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import noncompliance as shape
from figures import milestones
from figures import noncompliance as figs
from tests.filtering import run
from tests.fixture_noncompliance import nc_fixture_dir, on_nc_fixture  # noqa: F401  (pytest fixtures)

D = dt.date


def test_trend_rates_are_ratios_of_sums_after_regraining():
    nc = pl.DataFrame(
        {
            "month": [D(2024, 1, 1), D(2024, 2, 1), D(2025, 3, 1)],
            "n_incidents": [3, 1, 5],
            "n_transferred": [1, 0, 2],
            "n_held_liable": [0, 0, 1],
        }
    )
    cases = pl.DataFrame({"month": [D(2024, 1, 1), D(2024, 3, 1), D(2025, 3, 1)], "n_filed": [100, 300, 0]})
    year = shape.trend_frame(nc, cases, "year")
    # 2024: 4 incidents / 400 cases = 100 per 10,000; 1 transfer -> 25. 2025: no case filed -> no rate.
    assert year.select("period", "n_incidents", "n_filed").rows() == [(D(2024, 1, 1), 4, 400), (D(2025, 1, 1), 5, 0)]
    assert year["per10k_incidents"].to_list() == [100.0, None]
    assert year["per10k_transferred"].to_list() == [25.0, None]
    month = shape.trend_frame(nc, cases, "month")
    # February has an incident but no case filed; March has cases but no incident.
    assert month.select("period", "n_incidents", "n_filed").rows()[:3] == [
        (D(2024, 1, 1), 3, 100),
        (D(2024, 2, 1), 1, 0),
        (D(2024, 3, 1), 0, 300),
    ]


def test_ladder_summary_on_the_fixture(on_nc_fixture):
    params = dict(provinces=[], levels=[], case_types=[], debtor_types=[], start=D(2013, 1, 1), end=D(2025, 12, 31))
    summary = shape.ladder_summary(run("noncompliance_ladder", **params))
    # Ended at: warning 1, 10; fine 6; detention 3, 7; criminal route without anyone held liable 8;
    # held liable 2, 4, 5, 9. Reached = ended at this rung or a later one.
    assert summary.select("step", "n_reached", "n_ended_here", "n_complied").rows() == [
        ("warning", 10, 2, 1),
        ("fine", 8, 1, 1),
        ("detention", 7, 2, 2),
        ("criminal", 5, 1, 0),
        ("convicted", 4, 4, 2),
    ]
    # Mean days to comply: warning 8; fine 3; detention (10 + 197) / 2; held liable (43 + 9) / 2.
    assert summary["mean_days"].to_list() == [8.0, 3.0, 103.5, None, 26.0]
    assert summary["complied_share"].to_list() == [0.5, 1.0, 1.0, 0.0, 0.5]
    assert summary["n_private_prosecution"].to_list() == [0, 0, 0, 1, 0]
    assert summary.select("d0_7", "d8_30", "d31_90", "d181_plus", "not_complied").rows() == [
        (0, 1, 0, 0, 1),
        (1, 0, 0, 0, 0),
        (0, 1, 0, 1, 0),
        (0, 0, 0, 0, 1),
        (0, 1, 1, 0, 2),
    ]


def test_ladder_summary_of_nothing():
    empty = pl.DataFrame(
        schema={
            "measure": pl.String,
            "is_convicted": pl.Boolean,
            "comply_bucket": pl.String,
            "n_incidents": pl.Int64,
            "n_transferred": pl.Int64,
            "n_held_liable": pl.Int64,
            "days_to_comply_sum": pl.Float64,
        }
    )
    summary = shape.ladder_summary(empty)
    assert summary["n_reached"].to_list() == [0, 0, 0, 0, 0]
    assert figs.ladder(summary, "en").layout.annotations[0].text  # the "no data" figure


def test_conduct_shares_sum_to_one_per_period():
    rows = pl.DataFrame(
        {
            "month": [D(2024, 1, 1), D(2024, 2, 1), D(2024, 2, 1), D(2025, 1, 1)],
            "conduct": ["concealing_assets", "concealing_assets", "violent_resistance", "violent_resistance"],
            "n_incidents": [1, 2, 1, 4],
            "n_transferred": [0, 1, 1, 0],
            "n_complied": [1, 1, 0, 2],
        }
    )
    frame = shape.conduct_frame(rows, "year")
    # 2024: concealing 3 of 4, violent 1 of 4; 2025: violent 4 of 4.
    assert frame.select("period", "conduct", "n_incidents", "share").rows() == [
        (D(2024, 1, 1), "concealing_assets", 3, 0.75),
        (D(2024, 1, 1), "violent_resistance", 1, 0.25),
        (D(2025, 1, 1), "violent_resistance", 4, 1.0),
    ]


@pytest.mark.parametrize(
    ("per", "months", "expected"),
    [
        # 30 incidents / 6,000 cases x 10,000 = 50.
        ("cases", 12, 50.0),
        # 30 / (2,000 x 10,000 residents) x 100,000 = 0.15 over 24 months -> 0.075 a year.
        ("residents", 24, 0.075),
    ],
)
def test_province_rates(per, months, expected):
    rows = pl.DataFrame(
        {
            "province_code": ["620000"],
            "name_zh": ["甘肃省"],
            "name_en": ["Gansu"],
            "population_10k": [2000.0],
            "n_incidents": [30],
            "n_transferred": [3],
            "n_held_liable": [1],
            "n_filed": [6000],
        }
    )
    assert shape.province_frame(rows, "n_incidents", per, months)["value"][0] == pytest.approx(expected)


def test_court_frame_leaves_out_small_courts():
    rows = pl.DataFrame(
        {
            "court_id": [1, 2, 3],
            "name_zh": ["甲", "乙", "丙"],
            "name_en": ["A", "B", "C"],
            "court_level": ["high", "basic", "basic"],
            "city_zh": ["", "", ""],
            "city_en": ["", "", ""],
            "n_incidents": [5, 2, 9],
            "n_transferred": [1, 0, 1],
            "n_held_liable": [0, 0, 1],
            "n_filed": [500, 199, 1000],
        }
    )
    kept, left_out = shape.court_frame(rows, "n_incidents", "en", min_cases=200)
    # Court 2 has 199 cases: left out. Court 1: 5 / 500 -> 100 per 10,000; court 3: 9 / 1,000 -> 90.
    assert left_out == 1
    assert kept.select("court", "court_level", "value").rows() == [
        ("A", "High court", 100.0),
        ("C", "Basic court", 90.0),
    ]


CAMPAIGNS = pl.DataFrame(
    {
        "campaign_id": ["nat-2014", "nat-2020", "hlj", "js", "old"],
        "province_code": [None, None, "230000", "320000", "330000"],
        "start_date": [D(2014, 11, 1), D(2020, 1, 1), D(2024, 3, 1), D(2024, 4, 1), D(2018, 6, 1)],
        "end_date": [D(2015, 3, 31), D(2020, 6, 30), D(2024, 8, 31), D(2024, 10, 31), D(2018, 11, 30)],
    }
)


@pytest.mark.parametrize(
    ("provinces", "first", "shaded", "strip"),
    [
        # National filter: national windows shaded (the 2014 one is already a milestone window), provincial in the strip.
        ((), D(2013, 1, 1), ["nat-2020"], ["old", "hlj", "js"]),
        # Heilongjiang selected: its own campaign shaded with the national ones, no strip.
        (("230000",), D(2013, 1, 1), ["nat-2020", "hlj"], []),
        # A period starting in 2021 drops what ended before it.
        ((), D(2021, 1, 1), [], ["hlj", "js"]),
    ],
)
def test_campaign_windows(provinces, first, shaded, strip):
    got_shaded, got_strip = milestones.campaign_windows(CAMPAIGNS.sort("start_date"), provinces, first, D(2025, 12, 31))
    assert sorted(got_shaded["campaign_id"].to_list()) == sorted(shaded)
    assert sorted(got_strip["campaign_id"].to_list()) == sorted(strip)


def test_overlay_marks_the_milestones_in_range_only():
    import plotly.graph_objects as go

    fig = milestones.overlay(go.Figure(), "en", D(2015, 1, 1), D(2016, 12, 31))
    texts = [a.text for a in fig.layout.annotations]
    hovers = [a.hovertext for a in fig.layout.annotations]
    # In 2015-2016: the tail of the 2014-15 campaign, the 2015 interpretation, Amendment IX, the 2016 drive,
    # numbered in date order of the full list (the 2014-15 campaign is the first milestone).
    assert texts == ["①", "④", "②", "③"]
    assert hovers == [
        "① National crackdown",
        "④ Solve enforcement difficulties",
        "② Fa Shi [2015] 16",
        "③ Amendment IX",
    ]
    assert fig.layout.xaxis.range == (D(2015, 1, 1), D(2017, 1, 1))
    # The 2014-15 window is cut at the start of the period so the axis is not stretched.
    assert fig.layout.shapes[0].x0 == D(2015, 1, 1)


def test_milestone_numbers_that_would_touch_move_apart_and_keep_a_leader_to_their_date():
    import plotly.graph_objects as go

    first, last = D(2013, 1, 1), D(2025, 12, 31)
    span = (last - first).days + 1
    fig = milestones.overlay(go.Figure(), "en", first, last)
    marks = {a.text: a for a in fig.layout.annotations if a.text in milestones.CIRCLED}
    assert set(marks) == set("①②③④⑤⑥")

    def share(d) -> float:
        return (d - first).days / span

    # Each number's leader ends on its own milestone's date, whatever its label's place.
    for m in milestones.MILESTONES:
        assert marks[m.mark].x == m.start and marks[m.mark].showarrow
    placed = sorted(share(a.ax) for a in marks.values())
    assert min(b - a for a, b in zip(placed, placed[1:])) >= milestones.MARK_GAP - 1 / span
    # On a 13-year axis ② 2015-07-22, ③ 2015-11-01 and ④ 2016-03-01 lie within 4% of each other; spread about
    # their mean they would come within 4% of ① 2014-11-01, so the four make one run, spread 4% apart about
    # the mean of their own dates (to the day).
    dates = [D(2014, 11, 1), D(2015, 7, 22), D(2015, 11, 1), D(2016, 3, 1)]
    mean = sum(share(d) for d in dates) / 4
    for i, mark in enumerate("①②③④"):
        assert abs(share(marks[mark].ax) - (mean + (i - 1.5) * milestones.MARK_GAP)) <= 1 / span, mark
    # ⑤ (2024-12) and ⑥ (2025-07) have room: their labels sit over their own dates.
    for mark in "⑤⑥":
        assert marks[mark].ax == marks[mark].x


def test_spread_keeps_labels_inside_the_axis():
    assert milestones.spread([0.0, 0.01, 0.99, 1.0], gap=0.04) == pytest.approx([0.0, 0.04, 0.96, 1.0])
    assert milestones.spread([0.5], gap=0.04) == [0.5]
    assert milestones.spread([], gap=0.04) == []


def test_every_milestone_has_both_notes():
    from i18n import CATALOG

    for m in milestones.MILESTONES:
        assert f"ms.{m.key}.short" in CATALOG and f"ms.{m.key}.note" in CATALOG
    assert len(milestones.notes("zh", D(2013, 1, 1), D(2025, 12, 31))) == 6


def test_a_single_case_filed_is_a_denominator():
    # One incident over one case filed: 10,000 per 10,000 (only zero cases filed means no rate).
    frame = pl.DataFrame({"n_incidents": [1, 2], "n_filed": [1, 0]})
    assert frame.select(shape.per_10k("n_incidents"))["n_incidents"].to_list() == [10_000.0, None]


def test_period_totals_sum_the_trend():
    trend = pl.DataFrame(
        {
            "period": [D(2024, 1, 1), D(2025, 1, 1)],
            "n_incidents": [3, 5],
            "n_transferred": [1, 2],
            "n_held_liable": [0, 1],
            "n_filed": [1_000, 1_000],
            "per10k_incidents": [30.0, 50.0],
        }
    )
    # 8 incidents over 2,000 cases filed: 40 per 10,000 (a ratio of sums, not the mean of 30 and 50).
    assert shape.period_totals(trend) == {
        "n_incidents": 8,
        "n_transferred": 3,
        "n_held_liable": 1,
        "n_filed": 2_000,
        "per10k_incidents": pytest.approx(40.0),
    }
    none_filed = shape.period_totals(trend.with_columns(pl.lit(0).alias("n_filed")))
    assert none_filed["per10k_incidents"] is None and none_filed["n_incidents"] == 8


def test_serious_frame_sums_each_period_and_reads_a_gap_as_zero():
    cols = [*shape.RESISTANCE, *shape.SERIOUS]
    rows = pl.DataFrame(
        [
            (D(2024, 1, 1), 1, 0, 2, None, 0),
            (D(2024, 5, 1), 3, 1, None, 1, 0),
            (D(2025, 2, 1), 0, 2, 0, 0, 4),
        ],
        schema={"month": pl.Date, **{c: pl.Int64 for c in cols}},
        orient="row",
    )
    year = shape.serious_frame(rows, "year")
    assert year.columns == ["period", *cols]
    assert year.rows() == [(D(2024, 1, 1), 4, 1, 2, 1, 0), (D(2025, 1, 1), 0, 2, 0, 0, 4)]
    assert shape.serious_frame(rows.clear(), "year").columns == ["period", *cols]


def test_empty_frames_keep_their_columns():
    conduct = pl.DataFrame(
        schema={"month": pl.Date, "conduct": pl.String, "n_incidents": pl.Int64, "n_transferred": pl.Int64}
    )
    assert shape.conduct_frame(conduct, "year").columns == [
        "period",
        "conduct",
        "n_incidents",
        "n_transferred",
        "n_complied",
        "share",
    ]
    assert shape.debtor_frame(pl.DataFrame(schema={"month": pl.Date}), "year").columns == [
        "period",
        "debtor_type",
        "n_incidents",
        "n_transferred",
        "n_held_liable",
        "n_complied",
        "n_filed",
        "per10k_incidents",
        "per10k_transferred",
    ]


def test_conduct_frame_keeps_compliance_counts():
    rows = pl.DataFrame(
        {
            "month": [D(2024, 1, 1), D(2024, 3, 1)],
            "conduct": ["concealing_assets", "concealing_assets"],
            "n_incidents": [2, 3],
            "n_transferred": [1, 0],
            "n_complied": [1, 2],
        }
    )
    assert shape.conduct_frame(rows, "quarter").select("period", "n_transferred", "n_complied").rows() == [
        (D(2024, 1, 1), 1, 3)
    ]


def test_province_frame_keeps_both_names():
    rows = pl.DataFrame(
        {
            "province_code": ["620000"],
            "name_zh": ["甘肃省"],
            "name_en": ["Gansu"],
            "population_10k": [2000.0],
            "n_transferred": [3],
            "n_filed": [6000],
        }
    )
    out = shape.province_frame(rows, "n_transferred", "cases", 12)
    assert out.columns == ["province_code", "name_zh", "name_en", "n_transferred", "n_filed", "population_10k", "value"]
    assert out.row(0)[:3] == ("620000", "甘肃省", "Gansu")


def test_trend_of_nothing_keeps_its_columns():
    nc = pl.DataFrame(
        schema={"month": pl.Date, "n_incidents": pl.Int64, "n_transferred": pl.Int64, "n_held_liable": pl.Int64}
    )
    cases = pl.DataFrame(schema={"month": pl.Date, "n_filed": pl.Int64})
    out = shape.trend_frame(nc, cases, "year")
    assert out.height == 0
    assert out.columns == ["period", "n_incidents", "n_transferred", "n_held_liable", "n_filed"]
