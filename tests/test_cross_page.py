"""AppTest of the cross-enforcement page: the numbers shown against hand computations on the credit fixture
(see tests/test_cross_queries.py for the seven transfers), with the province filter set through the URL.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from i18n import numbers
from tests.apptest import render as render_page
from tests.fixture_credit import credit_dir, on_credit  # noqa: F401  (pytest fixtures)

PAGE = "pages/cross_enforcement.py"


def render(**query) -> AppTest:
    return render_page(PAGE, **query)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def published(at: AppTest) -> list[tuple[str, str, str]]:
    # The page's own table of formatted figures follows the chart's data table, whose headings are the same.
    frame = [d.value for d in at.dataframe if "These data / published" in d.value.columns][-1]
    return [(w, m, ours) for w, m, ours in zip(frame["Window"], frame["Measure"], frame["These data"])]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Pilot to 2024-07-03: transfers 1, 2, 4, 5, 6 assigned; 1 and 4 resolved by then (400,000 + 300,000).
        # 2024: 2 to 6 assigned. 2024-01..2025-03: 2 to 7 assigned; 4, 5, 6 resolved by 2025-03-31.
        ({}, [("5", "2", numbers.yuan(700_000, "en")), ("5",), ("6", "3", numbers.yuan(410_000, "en"))]),
        # Gansu as the originating province: transfers 1, 2, 4, 6.
        (
            {"prov": "620000"},
            [("4", "2", numbers.yuan(700_000, "en")), ("3",), ("3", "2", numbers.yuan(330_000, "en"))],
        ),
    ],
)
def test_published_windows(on_credit, query, expected):
    rows = published(render(lang="en", section="article", **query))
    ours = [r[2] for r in rows]
    assert (tuple(ours[0:3]), tuple(ours[3:4]), tuple(ours[4:7])) == tuple(expected)
    # Whole months as months; the first window (to 3 July 2024) to the day.
    assert rows[4][:2] == ("2024-01 – 2025-03", "Cross-enforcement cases")
    assert rows[0][0].endswith("– 2024-07-03")


def test_method_cards(on_credit):
    shown = metrics(render(lang="en"))
    assert (
        shown["Designated"],
        shown["Elevated"],
        shown["Collaborative"],
        shown["Supervised"],
        shown["Centralised"],
    ) == ("3", "1", "1", "1", "1")


def test_several_creditors(on_credit):
    # Several creditors: transfers 1, 4, 5, 6 and 7. Recovered of the resolved ones: 400,000 + 300,000 + 80,000
    # + 30,000 of 1,000,000 + 300,000 + 80,000 + 60,000. Kaplan–Meier over months 2 (resolved), 3 (resolved),
    # 3 (open), 4 and 7 (resolved): 4/5, then 4/5 * 3/4 = 0.6, then 0.6 * 1/2 = 0.3 by the end of month 5.
    shown = metrics(render(lang="en", section="creditors"))
    assert shown["Moved cases with several creditors"] == "5"
    assert shown["Recovery rate · Several creditors"] == numbers.pct(810_000 / 1_440_000, signed=False)
    assert shown["Median time to resolution · Several creditors"] == "5 months"


def test_several_creditors_in_one_province(on_credit):
    # Heilongjiang's transfers 3 (one creditor), 5 (four) and 7 (six, open).
    shown = metrics(render(lang="en", prov="230000", section="creditors"))
    assert shown["Moved cases with several creditors"] == "2"
    assert shown["Recovery rate · Several creditors"] == "100.0%"


def test_moved_against_not_moved(on_credit):
    # Only financial loans (intermediate, 2024) and private lending (basic, 2025) have a base of cases not moved:
    # moved 365 and 621 days from filing, 96 and 233 from the move; base 396/2 and 92/1 days.
    at = render(lang="en", section="compare")
    shown = metrics(at)
    assert shown["Moved: from the move"] == f"{numbers.count((96 + 233) / 2)} days"
    assert shown["Moved: from filing"] == f"{numbers.count((365 + 621) / 2)} days"
    assert shown["Not moved: from filing"] == f"{numbers.count((198 + 92) / 2)} days"
    rate_moved = numbers.pct(430_000 / 1_060_000, signed=False)
    rate_base = numbers.pct((0.4 * 1_000_000 + 0.5 * 60_000) / 1_060_000, signed=False)
    assert shown["Recovery rate, moved"] == rate_moved
    delta = next(m.delta for m in at.metric if m.label == "Recovery rate, moved")
    gap = (430_000 / 1_060_000 - (0.4 * 1_000_000 + 0.5 * 60_000) / 1_060_000) * 100
    assert delta == f"{gap:+.1f} pts (not moved {rate_base})"
    assert any(c.value.startswith("3 moved cases have no closed") for c in at.caption)


def test_flows_say_how_many_stay_in_the_province(on_credit):
    # Five of seven transfers stay within the originating court's province.
    at = render(lang="en", section="flows")
    assert any(c.value.startswith(f"{numbers.pct(5 / 7, signed=False)} of the cases moved") for c in at.caption)


def test_nothing_to_show_before_the_pilot(on_credit):
    at = render(lang="en", to="2023-06")
    assert at.info[0].value.startswith("No cross-enforcement cases")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_renders_with_level_and_case_type_filters(on_credit, lang):
    at = render(lang=lang, level="basic", type="private_lending")
    assert at.title
