"""AppTest: every page renders in both languages, with and without a province filter; URL parameters round-trip."""

from __future__ import annotations

import pytest

import queries
from tests.apptest import app, render
from tests.conftest import ROOT, use_data

PAGES = sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("prov", [None, "620000"])
def test_every_page_renders(on_generated, page, lang, prov):
    query = {"lang": lang} | ({"prov": prov} if prov else {})
    at = render(page, **query)
    assert at.title, "each page has a title"


def test_chinese_is_the_default(on_fixture):
    at = render("pages/overview.py")
    assert at.title[0].value == "全国法院执行概览"
    assert at.query_params["lang"] == "zh"


def test_english_from_the_url(on_fixture):
    at = render("pages/overview.py", lang="en")
    assert at.title[0].value == "National overview of court enforcement"


def test_article_window_reflects_the_province_filter(on_fixture):
    # Heilongjiang in the fixture: incidents 4 and 5 are transferred, holding 1 + 3 persons liable.
    at = render("pages/overview.py", lang="en", prov="230000")
    table = at.dataframe[0].value
    assert table.iloc[0, 2] == "2"
    assert table.iloc[1, 2] == "4"
    national = render("pages/overview.py", lang="en").dataframe[0].value
    assert national.iloc[0, 2] == "3"
    assert national.iloc[1, 2] == "6"


def test_filters_round_trip_through_the_url(on_fixture):
    at = render("pages/overview.py", prov="620000,230000", level="basic", **{"from": "2021-01", "to": "2024-06"})
    assert at.session_state["f_prov"] == ["620000", "230000"]
    assert at.session_state["f_level"] == ["basic"]
    assert (at.session_state["f_from"], at.session_state["f_to"]) == ("2021-01", "2024-06")
    assert at.query_params["prov"] == "620000,230000"
    assert at.query_params["from"] == "2021-01"
    assert at.query_params["to"] == "2024-06"


def test_widget_changes_are_written_to_the_url(on_fixture):
    at = render("pages/overview.py")
    at.multiselect(key="f_prov").set_value(["230000"]).run()
    assert at.query_params["prov"] == "230000"
    at.multiselect(key="f_prov").set_value([]).run()
    assert "prov" not in at.query_params


def test_unknown_url_values_are_dropped_with_a_notice(on_fixture):
    at = render("pages/overview.py", lang="en", prov="999999,620000", level="moon", to="2031-01")
    assert at.session_state["f_prov"] == ["620000"]
    assert at.session_state["f_level"] == []
    notice = at.warning[0].value
    assert "prov=999999" in notice and "level=moon" in notice and "to=2031-01" in notice


def test_reset_clears_the_filters(on_fixture):
    at = render("pages/overview.py", prov="620000", **{"from": "2021-01"})
    reset = next(b for b in at.button if b.label == "重置筛选")
    reset.click().run()
    assert at.session_state["f_prov"] == []
    # The fixture's whole range: its earliest date (the national campaign from 2014-11-01) to its as-of
    # month (the last listing, 2024-09-01).
    assert (at.session_state["f_from"], at.session_state["f_to"]) == ("2014-11", "2024-09")
    assert "prov" not in at.query_params


def test_a_broken_data_directory_shows_a_message_not_a_traceback(tmp_path, cache_dir):
    use_data(tmp_path, cache_dir)
    try:
        at = app(lang="en")
        at.run()
        assert not at.exception
        assert at.error[0].value == "The data directory cannot be used"
        assert "table 'provinces' is missing" in at.code[0].value
    finally:
        queries.reset()
