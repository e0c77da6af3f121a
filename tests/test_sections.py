"""A page's further sections open on demand: only the open section's charts are built and sent, the open section
is in the URL by a language-independent id, a link opens it, and a section that does not exist is dropped with
a notice."""

from __future__ import annotations

import pytest

from tests.apptest import SECTIONS, chart_tables, render

# Each sectioned page, its sections in order, and the charts each section holds (the page's catalogue keys).
PAGES = {
    "pages/noncompliance.py": {
        "trends": {"nc-trend-incidents", "nc-conduct", "nc-ladder", "nc-timing"},
        "serious": {"nc-resistance", "nc-serious"},
        "debtors": {"nc-debtors"},
        "provinces": {"nc-map", "nc-rank-provinces"},
    },
    "pages/dishonest.py": {
        "stock": {"dishonest-stock", "dishonest-flows"},
        "quarters": {"dishonest-yoy", "dishonest-removals", "dishonest-severity"},
        "durations": {"dishonest-km-debtor", "dishonest-km-severity", "dishonest-distribution"},
        "provinces": {"dishonest-map", "dishonest-ranking", "dishonest-mix"},
    },
    "pages/cross_enforcement.py": {
        "trend": {"cross-methods", "cross-cumulative"},
        "article": {"cross-article"},
        "flows": {"cross-levels", "cross-receivers", "cross-provinces"},
        "creditors": {"cross-open", "cross-creditors"},
        "compare": {"cross-compare"},
    },
}
CASES = [(page, section) for page, sections in PAGES.items() for section in sections]


def test_the_sections_are_the_ones_the_tests_walk():
    assert {page: tuple(sections) for page, sections in PAGES.items()} == SECTIONS


@pytest.mark.parametrize(("page", "section"), CASES, ids=[f"{p[6:-3]}-{s}" for p, s in CASES])
def test_a_link_opens_its_section_and_only_its_charts_are_built(on_fixture, page, section):
    sections = PAGES[page]
    first = next(iter(sections))
    query = {} if section == first else {"section": section}
    at = render(page, lang="en", **query)
    shown = set(chart_tables(at))
    assert shown == sections[section], (section, sorted(shown))
    assert len(at.get("plotly_chart")) == len(shown)
    # The first section is the page's plain address; another keeps its id in the URL for a copied link.
    assert at.query_params.get("section") == (None if section == first else section)


@pytest.mark.parametrize("page", list(PAGES), ids=lambda p: p[6:-3])
def test_the_open_section_survives_a_change_of_language(on_fixture, page):
    last = list(PAGES[page])[-1]
    at = render(page, lang="en", section=last)
    en_labels = [tab.label for tab in at.tabs]
    at.sidebar.radio(key="lang").set_value("zh").run()
    assert not at.exception, [e.value for e in at.exception]
    assert set(chart_tables(at)) == PAGES[page][last]
    assert at.query_params.get("section") == last
    assert [tab.label for tab in at.tabs] != en_labels  # the labels are the page's language


def test_a_section_that_does_not_exist_is_dropped_with_a_notice(on_fixture):
    at = render("pages/noncompliance.py", lang="en", section="<b>nowhere</b>")
    assert set(chart_tables(at)) == PAGES["pages/noncompliance.py"]["trends"]
    notices = " ".join(w.value for w in at.warning)
    assert "section=<b>nowhere</b>" in notices
    assert "section" not in at.query_params


@pytest.mark.parametrize(("page", "section"), CASES, ids=[f"{p[6:-3]}-{s}" for p, s in CASES])
def test_every_section_opens_under_narrow_filters_in_chinese(on_fixture, page, section):
    at = render(page, lang="zh", section=section, level="intermediate", type="private_lending", debtor="company")
    assert at.title and not at.exception
