"""Case search: partial case numbers parsed, the search queries on the Zhejiang fixture by hand, and the case file
page's search (partial number, bad input, no results, a second page; both languages) against plain SQL."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

import queries
from analysis import search
from queries import case_number
from tests.apptest import render
from tests.fixture_province import on_province_fixture, province_fixture_dir  # noqa: F401  (pytest fixtures)

D = dt.date
ALL_DATES = dict(start=D(2013, 1, 1), end=D(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甘05执", (None, "甘05", True, 0)),
        ("(2020)甘05", (2020, "甘05", False, 0)),
        ("（2020）甘05执12号", (2020, "甘05", True, 12)),
        ("(2021)京0105执34", (2021, "京0105", True, 34)),
        ("(2020)", (2020, "", False, 0)),
        ("粤", (None, "粤", False, 0)),
        ("执12", (None, "", False, 12)),
        ("2020", None),
        ("甘0512", (None, "甘0512", False, 0)),
        ("甘05执0", None),
        ("(1800)甘", None),
        ("执", None),
        ("'; DROP TABLE courts; --", None),
        ("", None),
    ],
)
def test_parse_partial(text, expected):
    got = case_number.parse_partial(text)
    assert (None if got is None else (got["year"], got["prefix"], got["prefix_exact"], got["seq"])) == expected


def find(**criteria):
    base = dict(court_ids=[], prefix="", prefix_exact=False, seq=0, case_types=[], with_incident=False, **ALL_DATES)
    base.update(criteria)
    total = queries.run("case_search_count", **base)["n_cases"][0]
    page = queries.run("case_search", **base, limit=50, skip=0)
    return total, page


@pytest.mark.parametrize(
    ("criteria", "total"),
    [
        # Zhejiang's 71 cases: 40 at 浙01, 25 at 浙0102, 6 at 浙0106.
        (dict(prefix="浙"), 71),
        (dict(prefix="浙01", prefix_exact=True), 40),
        (dict(prefix="浙01"), 71),
        (dict(prefix="浙0106"), 6),
        (dict(court_ids=[9]), 25),
        # Sequence number 7 exists at 浙01 and 浙0102 only (浙0106 stops at 6, the other courts at 3).
        (dict(seq=7), 2),
        (dict(prefix="浙01", prefix_exact=True, seq=7), 1),
        # With a refusal incident: 12 at court 8, 2 at court 9.
        (dict(prefix="浙", with_incident=True), 14),
        (dict(court_ids=[8], with_incident=True), 12),
        # Private lending is seq % 4 == 0: 10 at court 8, 6 at court 9, 1 at court 10; with cases 2, 4, 9 and 12 of the others.
        (dict(case_types=["private_lending"]), 17 + 4),
        (dict(prefix="浙", start=D(2024, 12, 1), end=D(2024, 12, 31)), 3 + 2 + 0),
        (dict(prefix="苏"), 4),
        (dict(prefix="京"), 0),
    ],
)
def test_search_counts_by_hand(on_province_fixture, criteria, total):
    got, page = find(**criteria)
    assert got == total
    assert page.height == min(total, 50)


def test_search_pages_are_newest_first_and_complete(on_province_fixture):
    base = dict(court_ids=[], prefix="浙", prefix_exact=False, seq=0, case_types=[], with_incident=False, **ALL_DATES)
    first = queries.run("case_search", **base, limit=50, skip=0)
    second = queries.run("case_search", **base, limit=50, skip=50)
    assert (first.height, second.height) == (50, 21)
    keys = list(zip(first["filed_date"], first["case_id"])) + list(zip(second["filed_date"], second["case_id"]))
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 71
    row = queries.run(
        "case_search", **{**base, "prefix": "浙01", "prefix_exact": True, "seq": 7}, limit=50, skip=0
    ).row(0, named=True)
    assert (row["case_prefix"], row["case_seq"], row["filed_date"], row["has_incident"]) == (
        "浙01",
        7,
        D(2024, 7, 7),
        True,
    )


def test_case_by_number_uses_the_index(on_province_fixture):
    assert queries.run("case_by_number", year=2024, prefix="浙0102", seq=25)["filed_date"].to_list() == [D(2024, 1, 25)]
    assert queries.run("case_by_number", year=2023, prefix="浙0102", seq=25).height == 0


@pytest.mark.parametrize(
    ("year", "first", "last", "expected"),
    [
        (None, D(2013, 1, 1), D(2025, 12, 31), (D(2013, 1, 1), D(2025, 12, 31))),
        (2020, D(2013, 1, 1), D(2025, 12, 31), (D(2020, 1, 1), D(2020, 12, 31))),
        (2020, D(2020, 6, 1), D(2025, 12, 31), (D(2020, 6, 1), D(2020, 12, 31))),
        (2019, D(2020, 6, 1), D(2025, 12, 31), None),
    ],
)
def test_filing_window(year, first, last, expected):
    assert search.filing_window(year, first, last) == expected


def test_pages():
    assert (search.n_pages(0), search.n_pages(50), search.n_pages(51)) == (1, 1, 2)
    assert (search.offset(2, 71), search.offset(9, 71), search.offset(0, 71)) == (50, 50, 0)


# --- The page ------------------------------------------------------------------------------------


def sql(data, text: str):
    con = duckdb.connect()
    con.execute(f"CREATE VIEW cases AS SELECT * FROM read_parquet('{data}/enforcement_cases/*/*.parquet')")
    con.execute(f"CREATE VIEW courts AS SELECT * FROM read_parquet('{data}/courts.parquet')")
    return con.execute(text).fetchall()


def search_for(text: str, lang_: str = "en") -> AppTest:
    at = render("pages/case_file.py", lang=lang_)
    at.text_input(key="case_q").input(text).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def results(at: AppTest):
    return at.dataframe[0].value


@pytest.mark.parametrize(
    ("lang_", "summary"), [("en", "**{n}** cases; showing 1–{m}"), ("zh", "共 **{n}** 件，显示第 1–{m} 件")]
)
def test_partial_number_lists_the_matching_cases(on_province_fixture, lang_, summary):
    at = search_for("(2024)浙01", lang_)
    expected = sql(
        on_province_fixture,
        """
        SELECT '(' || year(e.filed_date) || ')' || c.case_prefix || '执' || e.case_seq || '号'
        FROM cases e JOIN courts c USING (court_id)
        WHERE starts_with(c.case_prefix, '浙01') AND year(e.filed_date) = 2024
        ORDER BY e.filed_date DESC, e.case_id DESC""",
    )
    assert summary.format(n=len(expected), m=50) in [m.value for m in at.markdown]
    assert list(results(at).iloc[:, 0]) == [r[0] for r in expected[:50]]
    assert "case" not in at.query_params


def test_second_page(on_province_fixture):
    at = search_for("浙")
    at.number_input(key="case_page").set_value(2).run()
    (n,) = sql(on_province_fixture, "SELECT count(*) FROM cases WHERE province_code = '330000'")[0]
    assert f"**{n}** cases; showing 51–{n}" in [m.value for m in at.markdown]
    assert len(results(at)) == n - 50


def test_a_new_search_starts_on_its_first_page(on_province_fixture):
    at = search_for("浙")
    at.number_input(key="case_page").set_value(2).run()
    at.text_input(key="case_q").input("浙01执").run()
    assert at.number_input(key="case_page").value == 1


@pytest.mark.parametrize(("lang_", "message"), [("en", "is not a case number"), ("zh", "不是有效的案号格式")])
def test_bad_input_gets_a_message(on_province_fixture, lang_, message):
    at = search_for("hello; DROP", lang_)
    assert message in at.warning[0].value
    assert not at.dataframe


@pytest.mark.parametrize(
    ("lang_", "message"), [("en", "No enforcement case matches"), ("zh", "没有符合条件的执行案件")]
)
def test_no_results(on_province_fixture, lang_, message):
    at = search_for("(2019)浙", lang_)
    assert message in at.info[0].value


def test_filters_without_a_number(on_province_fixture):
    at = render("pages/case_file.py", lang="en")
    at.checkbox(key="case_incident").check().run()
    (n,) = sql(
        on_province_fixture,
        """
        SELECT count(*) FROM cases WHERE case_id IN (SELECT case_id FROM read_parquet('{d}/noncompliance.parquet'))
    """.replace("{d}", str(on_province_fixture)),
    )[0]
    assert f"**{n}** cases; showing 1–{n}" in [m.value for m in at.markdown]
    assert set(results(at)["Refusal incident"]) == {"✓"}


def test_empty_values_show_as_a_dash(on_province_fixture):
    at = search_for("(2020)甘05执1号")
    events = next(d.value for d in at.dataframe if "Amount (yuan)" in d.value.columns)
    assert events["Amount (yuan)"].isna().any()  # shown with the table's "—" placeholder
    assert all(c.value != "None" for c in at.caption)
