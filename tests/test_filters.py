"""The shared filters' one specification: the parameters it hands the queries, what a page may leave out, and the
URL keys it writes, which copied links depend on."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

import queries
from shared_filters import Filters
from tests.conftest import ROOT
from ui import filters

D = dt.date
F = filters.Filters(start="2020-02", end="2021-12", provinces=("620000",), levels=("basic",))


def test_params_are_the_filter_set_as_one_value_and_the_period_as_days():
    assert F.params() == {
        "filters": {"provinces": ["620000"], "levels": ["basic"], "case_types": [], "debtor_types": []},
        "start": D(2020, 2, 1),
        "end": D(2021, 12, 31),
    }


def test_everywhere_drops_only_the_provinces():
    assert F.everywhere().params()["filters"] == {
        "provinces": [],
        "levels": ["basic"],
        "case_types": [],
        "debtor_types": [],
    }
    assert (F.everywhere().start, F.everywhere().end) == (F.start, F.end)


def test_the_door_fills_only_what_a_query_asks_for_and_keeps_what_is_given():
    # dishonest_on_list_by_province takes the filter set and a last day, no first day.
    assert queries.bound("dishonest_on_list_by_province", F, {}) == {
        "filters": F.params()["filters"],
        "end": D(2021, 12, 31),
    }
    assert queries.bound("noncompliance_totals", F, {"start": D(2015, 4, 1)})["start"] == D(2015, 4, 1)


def test_the_door_refuses_a_filtering_query_without_the_filter_set_and_a_filter_set_where_none_is_read():
    with pytest.raises(TypeError, match="needs the filter set"):
        queries.bound("noncompliance_totals", None, {"start": D(2020, 1, 1), "end": D(2020, 12, 31)})
    with pytest.raises(TypeError, match="takes no filter set"):
        queries.bound("court_by_month", F, {"court_id": 1})


def test_the_filter_set_binds_as_one_struct_that_duckdb_reads_field_by_field():
    con = duckdb.connect()
    con.execute((ROOT / "queries" / "rollup_sql" / "00_macros.sql").read_text(encoding="utf-8"))
    rows = "(values ('620000', 'basic', 'x', 'company'), ('620000', 'high', 'x', 'company'), ('110000', 'basic', 'x', 'company')) t(p, l, c, d)"
    count = "select count(*) from " + rows + " where matches($filters, p, l, c, d)"
    assert con.execute(count, {"filters": F.params()["filters"]}).fetchone()[0] == 1
    assert con.execute(count, {"filters": Filters().params()["filters"]}).fetchone()[0] == 3


def test_url_keys_keep_the_order_links_were_written_in():
    assert filters.SHARED_URL_KEYS == ("lang", "prov", "from", "to", "level", "type", "debtor")


def test_every_list_filter_is_a_field_a_session_key_and_a_query_parameter():
    fields = [f.name for f in dataclasses.fields(filters.Filters)]
    specs = filters.LIST_FILTERS
    # The class is written out for the editor to follow; its fields are the spec's, the period's and no other.
    assert sorted(fields) == sorted([s.field for s in specs] + ["start", "end"])
    assert len({s.url for s in specs}) == len({s.state for s in specs}) == len(specs)
    assert set(filters.Filters().params()["filters"]) == {s.field for s in specs}
    used = queries.sql_params((ROOT / "queries" / "sql" / "noncompliance_by_month.sql").read_text(encoding="utf-8"))
    assert used == {"filters", "start", "end"}


def test_is_national_and_replace():
    assert not F.is_national
    assert F.replace(provinces=(), levels=()).is_national
    assert F.replace(end="2020-03").params()["end"] == D(2020, 3, 31)
