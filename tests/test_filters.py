"""The shared filters' one specification: the parameters it hands the queries, what a page may leave out, and the
URL keys it writes, which copied links depend on."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import queries
from tests.conftest import ROOT
from ui import filters

D = dt.date
F = filters.Filters(start="2020-02", end="2021-12", provinces=("620000",), levels=("basic",))


@pytest.mark.parametrize(
    ("without", "expected"),
    [
        (
            (),
            {
                "provinces": ["620000"],
                "levels": ["basic"],
                "case_types": [],
                "debtor_types": [],
                "start": D(2020, 2, 1),
                "end": D(2021, 12, 31),
            },
        ),
        (("start", "end"), {"provinces": ["620000"], "levels": ["basic"], "case_types": [], "debtor_types": []}),
        (
            ("provinces",),
            {"levels": ["basic"], "case_types": [], "debtor_types": [], "start": D(2020, 2, 1), "end": D(2021, 12, 31)},
        ),
        (
            ("start",),
            {
                "provinces": ["620000"],
                "levels": ["basic"],
                "case_types": [],
                "debtor_types": [],
                "end": D(2021, 12, 31),
            },
        ),
    ],
)
def test_params_without(without, expected):
    assert F.params(without=without) == expected


def test_params_without_a_name_that_is_no_parameter_fails_loudly():
    with pytest.raises(KeyError):
        F.params(without=("prov",))


def test_url_keys_keep_the_order_links_were_written_in():
    assert filters.SHARED_URL_KEYS == ("lang", "prov", "from", "to", "level", "type", "debtor")


def test_every_list_filter_is_a_field_a_session_key_and_a_query_parameter():
    fields = [f.name for f in dataclasses.fields(filters.Filters)]
    assert fields == ["start", "end", "provinces", "levels", "case_types", "debtor_types"]
    specs = filters.LIST_FILTERS
    assert len({s.url for s in specs}) == len({s.state for s in specs}) == len(specs)
    used = queries.sql_params((ROOT / "queries" / "sql" / "noncompliance_by_month.sql").read_text(encoding="utf-8"))
    assert {s.field for s in specs} | {"start", "end"} == used


def test_is_national_and_replace():
    assert not F.is_national
    assert F.replace(provinces=(), levels=()).is_national
    assert F.replace(end="2020-03").params()["end"] == D(2020, 3, 31)
