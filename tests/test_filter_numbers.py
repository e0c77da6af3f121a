"""The shared filters: a reversed period in a link, a period picked the wrong way round, and the level, case-type
and debtor filters changing the numbers shown, against plain SQL over the boundary fixture.
"""

from __future__ import annotations

import calendar

import pytest

from i18n import numbers
from tests.apptest import render
from tests.fixture_boundary import boundary_dir, on_boundary  # noqa: F401  (pytest fixtures)
from tests.test_overview_page import cards, con_for, data_months, expected_cards, where

PAGE = "pages/overview.py"


def test_a_reversed_period_in_the_link_is_dropped_with_a_notice(on_boundary):
    at = render(PAGE, lang="en", **{"from": "2024-08", "to": "2023-09"})
    assert "These link parameters are not valid and were ignored: from=2024-08>to=2023-09" in [
        w.value for w in at.warning
    ]
    first, last = data_months(con_for(on_boundary))
    assert (at.session_state["f_from"], at.session_state["f_to"]) == (f"{first:%Y-%m}", f"{last:%Y-%m}")
    # The whole period is shown, and the link no longer carries the bad pair.
    assert cards(at) == expected_cards(on_boundary, {}, "en")
    assert "from" not in at.query_params and "to" not in at.query_params


def test_a_period_picked_the_wrong_way_round_is_used_in_order(on_boundary):
    at = render(PAGE, lang="en")
    at.selectbox(key="f_to").set_value("2023-09")
    at.selectbox(key="f_from").set_value("2024-08")
    at.run()
    assert not at.exception
    assert "The start month is after the end month; they are used in order." in [w.value for w in at.warning]
    assert cards(at) == expected_cards(on_boundary, {"from": "2023-09", "to": "2024-08"}, "en")
    assert (at.query_params["from"], at.query_params["to"]) == ("2023-09", "2024-08")


def test_a_period_in_order_has_no_warning(on_boundary):
    at = render(PAGE, lang="en", **{"from": "2023-09", "to": "2023-09"})
    assert not [w for w in at.warning]
    assert cards(at) == expected_cards(on_boundary, {"from": "2023-09", "to": "2023-09"}, "en")


def window_days(window: str) -> tuple[str, str]:
    """A published window's first and last day: months ("2024-01 – 2025-03") run from the first of the one to the
    last of the other; days ("2023-10-01 – 2024-07-03") are read as written."""
    a, b = window.split(" – ")
    if len(a) == 7:
        a += "-01"
    if len(b) == 7:
        year, month = map(int, b.split("-"))
        b = f"{b}-{calendar.monthrange(year, month)[1]:02d}"
    return a, b


@pytest.mark.parametrize(
    "query",
    [
        {"level": "basic"},
        {"level": "high,intermediate"},
        {"type": "financial_loan"},
        {"debtor": "company"},
        {"type": "private_lending,sales_contract", "debtor": "individual,other_org"},
    ],
    ids=lambda q: ",".join(f"{k}={v}" for k, v in q.items()),
)
def test_type_filters_change_the_cross_enforcement_figures(on_boundary, query):
    at = render("pages/cross_enforcement.py", lang="en", section="article", **query)
    (table,) = [
        d.value
        for d in at.dataframe
        if {"These data", "Published", "Window"} <= set(d.value.columns) and len(d.value) == 7
    ]
    con = con_for(on_boundary)
    names = {
        "Cross-enforcement cases": "count(*)",
        "With substantive progress or concluded": "count(*) FILTER (WHERE resolved_date <= $b)",
        "Recovered in cross-enforcement": "coalesce(sum(recovered_yuan) FILTER (WHERE resolved_date <= $b), 0)",
    }
    removed = []
    for window, measure, ours in zip(table["Window"], table["Measure"], table["These data"]):
        a, b = window_days(window)
        value, everything = (
            con.execute(
                f"SELECT {names[measure]} FROM ce WHERE assigned_date BETWEEN $a AND $b AND {w}", {"a": a, "b": b}
            ).fetchone()[0]
            for w in (where(query), "true")
        )
        assert ours == (numbers.yuan(value, "en") if measure.startswith("Recovered") else f"{value:,}"), (
            window,
            measure,
        )
        removed.append(everything - value)
    # The filter takes something away in at least one window.
    assert any(removed)
