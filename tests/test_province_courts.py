"""From a court on the province page to its cases: the link carries the court and the court table's window, the
case search opens on them (counted against plain SQL), bad link values are dropped with a notice; the court chart
has its own measure, kept in the URL."""

from __future__ import annotations

import duckdb

from tests.apptest import render
from tests.fixture_province import on_province_fixture, province_fixture_dir  # noqa: F401  (pytest fixtures)


def page_links(at) -> list:
    return [e.proto for e in at.get("page_link")]


def test_a_chosen_court_links_to_its_cases_in_the_table_window(on_province_fixture):
    at = render("pages/province_view.py", lang="en", prov="330000", court="8", **{"from": "2024-01", "to": "2024-12"})
    assert not at.exception
    link = next(p for p in page_links(at) if "Hangzhou Intermediate" in p.label)
    assert "Jan 2024–Dec 2024" in link.label
    params = dict(item.split("=", 1) for item in link.query_string.split("&")) if link.query_string else {}
    assert params["court"] == "8"
    assert (params["filed_from"], params["filed_to"]) == ("2024-01-01", "2024-12-31")
    assert params["prov"] == "330000"


def test_the_case_search_opens_on_the_linked_court_and_window(on_province_fixture):
    at = render(
        "pages/case_file.py", lang="en", prov="330000", court="9", filed_from="2024-12-01", filed_to="2024-12-31"
    )
    assert not at.exception
    assert at.selectbox(key="case_court").value == 9
    (n,) = (
        duckdb.connect()
        .execute(
            f"""SELECT count(*) FROM read_parquet('{on_province_fixture}/enforcement_cases/*/*.parquet')
            WHERE court_id = 9 AND filed_date BETWEEN DATE '2024-12-01' AND DATE '2024-12-31'"""
        )
        .fetchone()
    )
    assert n > 0
    assert any(m.value.startswith(f"**{n}** case") for m in at.markdown), [m.value for m in at.markdown][:5]


def test_bad_link_values_are_dropped_with_a_notice(on_province_fixture):
    at = render("pages/case_file.py", lang="en", prov="330000", court="99999", filed_from="2024-13-45")
    assert not at.exception
    notice = " ".join(w.value for w in at.warning)
    assert "court=99999" in notice and "filed_from=2024-13-45" in notice
    assert "court" not in at.query_params and "filed_from" not in at.query_params
    assert at.selectbox(key="case_court").value is None


def test_the_court_chart_has_its_own_measure_in_the_url(on_province_fixture):
    at = render(
        "pages/province_view.py",
        lang="en",
        prov="330000",
        court_measure="voluntary",
        **{"from": "2024-01", "to": "2024-12"},
    )
    assert not at.exception
    assert at.session_state["pv_court_measure"] == "voluntary"
    # The trend section's measure is another control: changing it leaves the courts' measure alone.
    at.button_group(key="pv_measure").set_value("clearance").run()
    assert at.session_state["pv_court_measure"] == "voluntary"
    assert at.query_params["court_measure"] == "voluntary"
