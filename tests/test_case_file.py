"""The case file: case numbers parsed, the case queries on the hand fixture, and the page driven by URL and button."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from streamlit.testing.v1 import AppTest

import queries
from queries import case_number
from tests.apptest import render

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2020)甘05执12号", (2020, "甘05", 12)),
        ("（2021）京0105执3456号", (2021, "京0105", 3456)),
        (" (2019)粤执1号 ", (2019, "粤", 1)),
        ("(2020)甘05执0号", None),
        ("(2020)甘05民12号", None),
        ("2020甘05执12号", None),
        ("(2020)GS05执12号", None),
        ("'; DROP TABLE courts; --", None),
        ("", None),
    ],
)
def test_parse(text, expected):
    assert case_number.parse(text) == expected


def test_format_round_trips():
    assert case_number.parse(case_number.format(2020, "甘05", 12)) == (2020, "甘05", 12)


def test_case_by_number(on_fixture):
    row = queries.run("case_by_number", year=2020, prefix="甘05", seq=1).row(0, named=True)
    assert (row["case_id"], row["court_name_en"], row["filed_date"], row["closure"]) == (
        1,
        "Tianshui Intermediate People's Court",
        D(2020, 11, 20),
        "performed",
    )
    # Same sequence number, other year or other court: not this case.
    assert queries.run("case_by_number", year=2021, prefix="甘05", seq=1).height == 0
    assert queries.run("case_by_number", year=2023, prefix="甘05", seq=2)["case_id"].to_list() == [2]
    assert queries.run("case_by_number", year=2023, prefix="甘0502", seq=1)["case_id"].to_list() == [4]


def test_case_story(on_fixture):
    events = queries.run("case_events_for_case", case_id=1, since=D(2019, 11, 20))
    assert events["event_type"].to_list() == ["judgment", "performed"]
    assert events["amount_yuan"].to_list() == [None, 200_000]
    assert queries.run("case_incidents", case_id=1)["conduct"].to_list() == ["besieging_officers"]
    assert queries.run("case_listings", case_id=3, since=D(2023, 2, 5))["listed_date"].to_list() == [D(2023, 4, 1)]
    assert queries.run("case_by_id", case_id=6)["court_name_zh"].to_list() == ["哈尔滨市中级人民法院"]


def test_the_article_facts_find_the_article_case(on_fixture):
    found = queries.run(
        "cases_matching_incident",
        prefix="甘05",
        conducts=["besieging_officers", "obstructing_officers"],
        start=D(2021, 5, 1),
        end=D(2021, 5, 31),
        case_type="property_housing",
    )
    assert found["case_id"].to_list() == [1]


def page(**query) -> AppTest:
    return render("pages/case_file.py", **query)


def test_case_from_the_url(on_fixture):
    at = page(lang="en", case="(2020)甘05执1号")
    assert at.subheader[0].value == "(2020)甘05执1号"
    values = {m.label: m.value for m in at.metric}
    assert values["Filed"] == "20 Nov 2020"
    assert values["Recovered"] == "200,000 yuan"


def test_the_case_file_speaks_its_language(on_fixture):
    at = page(lang="zh", case="(2020)甘05执1号")
    values = {m.label: m.value for m in at.metric}
    assert values["立案日期"] == "2020年11月20日"
    assert values["执行到位"] == "200,000元"
    layout = json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]
    assert layout["xaxis"]["tickformat"] == "%Y年%-m月%-d日"


def test_the_timeline_tells_the_list_entries_the_list_section_shows(on_fixture):
    # Case 3 (Gansu, filed 2023-02-05) was listed on 2023-04-01 and removed on 2024-02-05 (fixture LISTINGS, entry 1).
    row = queries.run("case_by_id", case_id=3).row(0, named=True)
    number = case_number.format(row["filed_date"].year, row["case_prefix"], row["case_seq"])
    at = page(lang="en", case=number)
    assert not at.exception
    steps = next(d.value for d in at.dataframe if "Step" in d.value.columns)
    told = [(r["Date"], r["Step"]) for _, r in steps.iterrows() if "dishonest" in r["Step"]]
    assert told == [("2023-04-01", "Listed as dishonest"), ("2024-02-05", "Removed from the dishonest list")]
    listed = next(d.value for d in at.dataframe if "Listed" in d.value.columns)
    assert listed["Listed"].tolist() == ["2023-04-01"] and listed["Removed"].tolist() == ["2024-02-05"]


def test_a_listing_the_events_tell_but_the_list_does_not_hold_is_not_told():
    import polars as pl

    from analysis.case_file import story

    events = pl.DataFrame(
        {
            "event_date": [D(2021, 1, 5), D(2021, 3, 1), D(2021, 9, 1)],
            "event_type": ["enforcement_filed", "listed_dishonest", "closed"],
            "court_id": [1, 1, 1],
            "amount_yuan": [None, None, None],
            "detail_zh": ["a", "b", "c"],
            "detail_en": ["a", "b", "c"],
        }
    )
    listings = pl.DataFrame(
        {
            "entry_id": [7, 8],
            "listed_date": [D(2021, 4, 2), D(2019, 1, 1)],
            "removed_date": [None, D(2019, 6, 1)],
            "removal_reason": [None, "performed"],
            "severity": [None, None],
        }
    )
    told = story(events, listings, since=D(2020, 1, 5))
    assert list(zip(told["event_date"], told["event_type"])) == [
        (D(2021, 1, 5), "enforcement_filed"),
        (D(2021, 4, 2), "listed_dishonest"),
        (D(2021, 9, 1), "closed"),
    ]


@pytest.mark.parametrize(
    ("value", "message"), [("(2020)甘05执999号", "No enforcement case"), ("nonsense", "is not a case number")]
)
def test_bad_case_numbers_get_a_message(on_fixture, value, message):
    at = page(lang="en", case=value)
    assert message in at.warning[0].value
    assert "case" not in at.query_params


def test_the_article_button_opens_the_tianshui_case(on_fixture):
    at = page(lang="en")
    next(b for b in at.button if "article" in b.label).click().run()
    assert at.subheader[0].value == "(2020)甘05执1号"
    assert at.query_params["case"] == "(2020)甘05执1号"


def test_the_timelines_stamp_states_the_cases_own_span(on_fixture, monkeypatch):
    # Case 1: judgment 2020-11-10, performed 2021-05-20 (fixture EVENTS); the sidebar's period is the data's whole.
    import exports
    from tests.apptest import record_exports

    made = record_exports(monkeypatch)
    page(lang="en", case="(2020)甘05执1号")
    (ex,) = [e for k, e in made.items() if k.startswith("case-")]
    assert exports.selection_line(ex).endswith("Nov 2020–May 2021")
