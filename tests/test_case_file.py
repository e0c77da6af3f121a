"""The case file: case numbers parsed, the case queries on the hand fixture, and the page driven by URL and button."""

from __future__ import annotations

import datetime as dt

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
    assert values["Filed"] == "2020-11-20"
    assert values["Recovered"] == "¥200.0k"


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
