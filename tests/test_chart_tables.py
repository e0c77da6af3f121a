"""The data behind every chart, not only the first table with a given column: each table looked up by its chart's
key and checked against plain SQL over the boundary fixture, with no filter and with the type filters.
"""

from __future__ import annotations

import math

import pytest

from i18n import tr
from tests.apptest import chart_table, chart_tables, render, render_sections
from tests.fixture_boundary import boundary_dir, on_boundary  # noqa: F401  (pytest fixtures)
from tests.test_overview_page import con_for, where

QUERIES = [{}, {"type": "financial_loan", "level": "basic,intermediate"}]
IDS = ["national", "filtered"]


def rows(table, *columns) -> list[tuple]:
    return [
        tuple(None if isinstance(v, float) and math.isnan(v) else v for v in r)
        for r in table[list(columns)].itertuples(index=False)
    ]


def years(table) -> list[int]:
    # Tables name a year as a reader does: "2024".
    return [int(p) for p in table["period"]]


# A debtor type as the chart's legend names it in English (catalogue debtor_type.*): the table uses the same words.
DEBTOR_WORDS = {"individual": "Individuals", "company": "Companies", "other_org": "Other organisations"}


def by_year(con, sql: str, query: dict) -> dict[int, tuple]:
    return {r[0]: r[1:] for r in con.execute(sql.format(w=where(query))).fetchall()}


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_overview_tables(on_boundary, query):
    at = render("pages/overview.py", lang="en", **query)
    con = con_for(on_boundary)
    nc = chart_table(at, "overview-noncompliance")
    want = by_year(
        con,
        "SELECT year(action_date), count(*) FILTER (WHERE is_transferred), sum(n_held_liable) "
        "FROM nc WHERE {w} GROUP BY 1",
        query,
    )
    assert {y: (t, h) for y, t, h in zip(years(nc), nc["n_transferred"], nc["n_held_liable"])} == want
    dl = chart_table(at, "overview-dishonest")
    flows = by_year(
        con,
        "SELECT y, sum(l), sum(r) FROM (SELECT year(listed_date) y, 1 l, 0 r FROM dl WHERE {w} "
        "UNION ALL SELECT year(removed_date), 0, 1 FROM dl WHERE removed_date IS NOT NULL AND {w}) "
        "GROUP BY y",
        query,
    )
    stock = {
        y: con.execute(
            f"SELECT count(*) FILTER (WHERE year(listed_date) <= $y) - count(*) FILTER "
            f"(WHERE year(removed_date) <= $y) FROM dl WHERE {where(query)}",
            {"y": y},
        ).fetchone()[0]
        for y in flows
    }
    assert {y: (a, b, s) for y, a, b, s in zip(years(dl), dl["n_listed"], dl["n_removed"], dl["n_on_list"])} == {
        y: (*flows[y], stock[y]) for y in flows
    }


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_noncompliance_trend_tables_each_with_its_own_count(on_boundary, query):
    at = render("pages/noncompliance.py", lang="en", **query)
    con = con_for(on_boundary)
    filed = by_year(con, "SELECT year(filed_date), count(*) FROM cases WHERE {w} GROUP BY 1", query)
    counts = by_year(
        con,
        "SELECT year(action_date), count(*), count(*) FILTER (WHERE is_transferred), "
        "sum(n_held_liable) FROM nc WHERE {w} GROUP BY 1",
        query,
    )
    for i, name in enumerate(("incidents", "transferred", "held_liable")):
        # Only the open tab's chart is drawn: open each in turn (a tab's state is its label).
        at.session_state["nc_trend_tab"] = tr(f"ind.nc_{name}.name", "en")
        at.run()
        table = chart_table(at, f"nc-trend-{name}")
        want = {}
        for y in sorted(set(filed) | set(counts)):
            n, f = counts.get(y, (0, 0, 0))[i], filed.get(y, (0,))[0]
            want[y] = (n, f, n / f * 1e4 if f else None)
        # The rate's heading ("Transfers per 10,000 cases") is shared by other tables' columns: take it by place.
        got = {int(r[0]): r[1:] for r in rows(table, "period", f"n_{name}", "n_filed", table.columns[3])}
        assert got.keys() == want.keys(), name
        for y in want:
            assert got[y][:2] == want[y][:2], (name, y)
            assert (got[y][2] is None and want[y][2] is None) or math.isclose(got[y][2], want[y][2]), (name, y)


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_debtor_rates_table(on_boundary, query):
    at = render("pages/noncompliance.py", lang="en", section="debtors", **query)
    con = con_for(on_boundary)
    want = {
        (r[0], DEBTOR_WORDS[r[1]]): r[2:]
        for r in con.execute(f"""
        WITH i AS (SELECT year(action_date) y, debtor_type, count(*) n, count(*) FILTER (WHERE is_transferred) t
                   FROM nc WHERE {where(query)} GROUP BY ALL),
             f AS (SELECT year(filed_date) y, debtor_type, count(*) filed FROM cases WHERE {where(query)} GROUP BY ALL)
        SELECT y, debtor_type, coalesce(n, 0), coalesce(t, 0), coalesce(filed, 0)
        FROM i FULL JOIN f USING (y, debtor_type)""").fetchall()
    }
    table = chart_table(at, "nc-debtors")
    got = {
        (int(r[0]), r[1]): r[2:]
        for r in rows(
            table,
            "period",
            "debtor_type",
            "n_incidents",
            "n_transferred",
            "n_filed",
            "per10k_incidents",
            "per10k_transferred",
        )
    }
    # Every year and debtor type with an incident appears; the rates are each count per 10,000 cases filed.
    assert {k for k, v in want.items() if v[0]} <= got.keys()
    for key, (n, t, filed, rate_n, rate_t) in got.items():
        assert (n, t, filed) == want.get(key, (0, 0, 0)), key
        if filed:
            assert math.isclose(rate_n, n / filed * 1e4) and math.isclose(rate_t, t / filed * 1e4), key
        else:
            assert rate_n is None and rate_t is None, key


@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_cross_enforcement_cumulative_table(on_boundary, query):
    at = render("pages/cross_enforcement.py", lang="en", **query)
    con = con_for(on_boundary)
    table = chart_table(at, "cross-cumulative")
    for month, assigned, resolved, cum_assigned, cum_resolved, cum_recovered in rows(
        table, "month", "n_assigned", "n_resolved", "cum_assigned", "cum_resolved", "cum_recovered_yuan"
    ):
        end = f"{month}-01"
        got = con.execute(
            f"""SELECT count(*) FILTER (WHERE date_trunc('month', assigned_date) = $m::DATE),
                                     count(*) FILTER (WHERE date_trunc('month', resolved_date) = $m::DATE),
                                     count(*) FILTER (WHERE assigned_date < $m::DATE + INTERVAL 1 MONTH),
                                     count(*) FILTER (WHERE resolved_date < $m::DATE + INTERVAL 1 MONTH),
                                     coalesce(sum(recovered_yuan) FILTER (WHERE resolved_date < $m::DATE + INTERVAL 1 MONTH), 0)
                              FROM ce WHERE {where(query)}""",
            {"m": end},
        ).fetchone()
        assert (assigned, resolved, cum_assigned, cum_resolved, cum_recovered) == got, month


def test_every_chart_has_its_data(on_boundary):
    # Each chart's "show the data" holds a table, and no two charts on a page share a key.
    for page, least in (
        ("pages/overview.py", 2),
        ("pages/noncompliance.py", 8),  # of the three trend tabs, only the open one's chart; sections one by one
        ("pages/dishonest.py", 8),
        ("pages/cross_enforcement.py", 8),
    ):
        seen = 0
        for at in render_sections(page, lang="en"):
            tables = chart_tables(at)
            assert len(at.get("plotly_chart")) == len(tables), page
            seen += len(tables)
        assert seen >= least, page
