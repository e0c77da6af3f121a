"""Every exportable figure's stamp states the period of its own data: for a grid of selections, the period in the
stamp is read against the periods the figure's data table names, cut to the selection and to the data's months.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import charts
import exports
import queries
from analysis.months import add_months, last_day, parse_month
from exports.provenance import period_text
from shared_filters import Filters

PERIODS = [("2013-01", "2025-12"), ("2024-01", "2025-12"), ("2025-01", "2025-12"), ("2025-06", "2025-06")]
PROVINCES = [(), ("620000",), ("620000", "610000", "320000")]
TIME_COLUMNS = ("label", "period", "month")


def months_of(name: str) -> tuple[dt.date, dt.date]:
    """'2024' -> Jan..Dec 2024, '2024 Q3' -> Jul..Sep, '2024-03' -> Mar; a trailing '*' (a cut period) ignored."""
    name = name.rstrip("*")
    if re.fullmatch(r"\d{4}", name):
        return dt.date(int(name), 1, 1), dt.date(int(name), 12, 1)
    if m := re.fullmatch(r"(\d{4}) Q([1-4])", name):
        first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        return first, add_months(first, 2)
    if re.fullmatch(r"\d{4}-\d{2}", name):
        return parse_month(name), parse_month(name)
    raise AssertionError(f"a period named {name!r}: not a year, quarter or month")


def frame_months(ex: exports.Export) -> str:
    """The period from the first to the last month a frame's `month` column holds."""
    months = ex.frame["month"].drop_nulls().to_list()
    return period_text(str(min(months))[:7], str(max(months))[:7], ex.lang)


def expected_period(ex: exports.Export, sel: Filters, first_month: dt.date, last_month: dt.date) -> str:
    if ex.key.startswith("cp-before-after"):
        # A campaign's comparison: its own window around the campaign, whatever the sidebar's period.
        return frame_months(ex)
    if ex.key == "cp-effects":
        # The estimates of the same comparison: the window its before-and-after figure draws.
        return frame_months(charts.build("cp-before-after-incidents", sel, ex.lang))
    if ex.key.startswith("pv-courts-"):
        # A province's courts: the cards' window, the twelve months to the period's end (or the whole period).
        last = parse_month(sel.end)
        return period_text(f"{max(parse_month(sel.start), add_months(last, -11)):%Y-%m}", sel.end, ex.lang)
    if "window" in ex.frame.columns:
        # A figure of published figures: its own window, whatever the selection.
        ((a, b),) = {tuple(re.findall(r"\d{4}-\d{2}", str(w))[:2]) for w in ex.frame["window"].to_list()}
        return period_text(a, b, ex.lang)
    first, last = max(parse_month(sel.start), first_month), min(parse_month(sel.end), last_month)
    column = next((c for c in TIME_COLUMNS if c in ex.frame.columns), None)
    if column is not None and ex.frame.height:
        spans = [months_of(str(v)) for v in ex.frame[column].drop_nulls().to_list()]
        first = max(first, min(a for a, _ in spans))
        last = min(last, max(b for _, b in spans))
    return period_text(f"{first:%Y-%m}", f"{last:%Y-%m}", ex.lang)


# Every period with every province choice in English; in Chinese (the same rule, other words) each period once,
# with the province choices in turn.
SELECTIONS = {
    "en": [(period, provinces) for period in PERIODS for provinces in PROVINCES],
    "zh": [(period, PROVINCES[i % len(PROVINCES)]) for i, period in enumerate(PERIODS)],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_stamp_states_the_period_of_its_figures_data(on_generated, lang):
    facts = queries.run("data_facts").row(0, named=True)
    first_month, last_month = facts["period_first_month"], facts["as_of_date"].replace(day=1)
    checked, wrong = 0, []
    for (start, end), provinces in SELECTIONS[lang]:
        sel = Filters(provinces=provinces, start=start, end=end)
        for key in charts.keys():
            ex = charts.build(key, sel, lang)
            if ex is None:
                continue
            if charts.REGISTRY[key].at_end:
                # A stock counted at the period's end: the last day of its last month, or the as-of date.
                day = min(last_day(parse_month(end)), facts["as_of_date"])
                expected = exports.tr("ex.at_date", lang, date=day.isoformat())
            else:
                expected = expected_period(ex, sel, first_month, last_month)
            checked += 1
            if ex.period != expected:
                wrong.append((key, start, end, provinces, ex.period, expected))
            assert ex.period in exports.selection_line(ex)
    assert checked > 25 * len(SELECTIONS[lang])
    assert not wrong, wrong[:10]


def test_the_severity_chart_says_it_starts_a_year_before_the_grading(on_generated):
    ex = charts.build("dishonest-severity", Filters(start="2013-01", end="2025-12"), "en")
    assert ex.period == "Jan 2023–Dec 2025"
    assert "Jan 2013" not in exports.selection_line(ex)


def test_tables_name_years_as_years(on_generated):
    ex = charts.build("nc-trend-incidents", Filters(start="2024-01", end="2025-12"), "en", nc_grain="year")
    assert ex.frame["period"].to_list() == ["2024", "2025"]
    ex = charts.build("nc-trend-incidents", Filters(start="2024-01", end="2024-12"), "en", nc_grain="quarter")
    assert ex.frame["period"].to_list() == ["2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"]


def test_a_two_year_window_labels_both_years_and_a_stock_sits_at_its_years_end(on_generated):
    ex = charts.build("nc-trend-incidents", Filters(start="2024-01", end="2025-12"), "en", nc_grain="year")
    assert list(ex.fig.layout.xaxis.ticktext) == ["2024", "2025"]
    ex = charts.build("dishonest-stock", Filters(start="2020-01", end="2025-12"), "en", dl_grain="year")
    ticks = dict(zip(ex.fig.layout.xaxis.ticktext, ex.fig.layout.xaxis.tickvals))
    assert str(ticks["2024"])[:10] == "2024-12-31"
    stock = ex.fig.data[0]
    assert [str(x)[:10] for x in stock.x][-2:] == ["2024-12-31", "2025-12-31"]


def test_quarter_and_month_ticks_stand_level_with_the_year_under_its_first(on_generated):
    ex = charts.build("nc-trend-incidents", Filters(start="2024-07", end="2025-06"), "en", nc_grain="quarter")
    axis, layout = ex.fig.layout.xaxis, ex.fig.layout
    assert list(axis.ticktext) == ["Q3<br>2024", "Q4", "Q1<br>2025", "Q2"] and axis.tickangle == 0
    # The legend's top sits a further line down, under the second line of labels.
    plot = layout.height - layout.margin.t - layout.margin.b
    assert -layout.legend.y * plot == pytest.approx(36 + 15)
    ex = charts.build("nc-trend-incidents", Filters(start="2024-11", end="2025-02"), "en", nc_grain="month")
    assert list(ex.fig.layout.xaxis.ticktext) == ["11<br>2024", "12", "01<br>2025", "02"]
