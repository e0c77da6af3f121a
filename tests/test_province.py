"""The province page: its queries worked out by hand on the Zhejiang fixture, and the page (one province, three, a
court, none; both languages) checked against plain SQL over the fixture's parquet files."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import render as render_page
from tests.filtering import run
from tests.fixture_province import on_province_fixture, province_fixture_dir  # noqa: F401  (pytest fixtures)

D = dt.date
PAGE = "pages/province_view.py"
YEAR_2024 = dict(start=D(2024, 1, 1), end=D(2024, 12, 31))


def sql(data, text: str):
    con = duckdb.connect()
    con.execute(f"CREATE VIEW cases AS SELECT * FROM read_parquet('{data}/enforcement_cases/*/*.parquet')")
    con.execute(f"CREATE VIEW nc AS SELECT * FROM read_parquet('{data}/noncompliance.parquet')")
    con.execute(f"CREATE VIEW dl AS SELECT * FROM read_parquet('{data}/dishonest_list/*/*.parquet')")
    con.execute(f"CREATE VIEW ce AS SELECT * FROM read_parquet('{data}/cross_enforcement.parquet')")
    con.execute(f"CREATE VIEW courts AS SELECT * FROM read_parquet('{data}/courts.parquet')")
    return con.execute(text).fetchall()


# Worked out from the fixture's rules (tests/fixture_province.py): court -> (filed, closed, recovered yuan,
# voluntary, incidents, transferred, listed, sent, received). Recovered: 10,000 x (1 + ... + closed).
BY_HAND = {
    7: (0, 0, 0, 0, 0, 0, 0, 0, 0),
    8: (40, 30, 4_650_000, 10, 12, 3, 15, 11, 2),
    9: (25, 5, 150_000, 1, 2, 0, 3, 2, 11),
    10: (6, 6, 210_000, 2, 0, 0, 0, 0, 0),
}
COLUMNS = (
    "n_filed",
    "n_closed",
    "recovered_yuan",
    "n_voluntary",
    "n_incidents",
    "n_transferred",
    "n_listed",
    "n_sent",
    "n_received",
)


def test_province_courts_by_hand(on_province_fixture):
    got = run("province_courts", province="330000", levels=[], **YEAR_2024)
    assert {r["court_id"]: tuple(r[c] for c in COLUMNS) for r in got.iter_rows(named=True)} == BY_HAND
    assert got["claim_closed_yuan"].to_list() == [0, 4_650_000, 150_000, 210_000]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Basic courts only.
        (dict(levels=["basic"]), {9: (25, 5, 1), 10: (6, 6, 2)}),
        # The first half of 2024: court 8 files sequence numbers of months 1-6 (1-6, 13-18, 25-30, 37-40) and
        # concludes nothing before 2024-12-31.
        (dict(levels=["intermediate"], end=D(2024, 6, 30)), {8: (22, 0, 0)}),
        # Before the window nothing happened.
        (dict(levels=["intermediate"], start=D(2023, 1, 1), end=D(2023, 12, 31)), {8: (0, 0, 0)}),
    ],
)
def test_province_courts_follow_the_filters(on_province_fixture, params, expected):
    got = run("province_courts", province="330000", **{**YEAR_2024, **params})
    shown = {r["court_id"]: (r["n_filed"], r["n_closed"], r["n_voluntary"]) for r in got.iter_rows(named=True)}
    assert {k: v for k, v in shown.items() if k != 7} == expected


def test_court_by_month(on_province_fixture):
    got = run("court_by_month", court_id=8, **YEAR_2024)
    assert got["month"].to_list() == [D(2024, m, 1) for m in range(1, 13)]
    # January: sequence numbers 1, 13, 25 and 37 are filed; every concluded case closes on 2024-12-31.
    jan = got.row(0, named=True)
    assert (jan["n_filed"], jan["n_closed"], jan["n_incidents"], jan["n_listed"]) == (4, 0, 1, 2)
    assert got["n_closed"].to_list()[-1] == 30 and got["n_sent"].sum() == 11 and got["n_received"].sum() == 2
    assert tuple(got[c].sum() for c in COLUMNS) == BY_HAND[8]


def test_province_measures_by_month(on_province_fixture):
    got = run("province_measures_by_month", levels=[], case_types=[], debtor_types=[], **YEAR_2024)
    zj = got.filter(got["province_code"] == "330000")
    assert tuple(zj[c].sum() for c in COLUMNS) == tuple(sum(v[i] for v in BY_HAND.values()) for i in range(9))
    # Heilongjiang 2024: cases 7 and 8 filed, 7 concluded; incidents 5 and 6; entry 4; transfer 3 within the province.
    hlj = got.filter(got["province_code"] == "230000")
    assert (
        hlj["n_filed"].sum(),
        hlj["n_closed"].sum(),
        hlj["n_incidents"].sum(),
        hlj["n_held_liable"].sum(),
        hlj["n_listed"].sum(),
        hlj["n_sent"].sum(),
        hlj["n_received"].sum(),
    ) == (2, 1, 2, 3, 1, 1, 1)
    assert set(got["population_10k"].filter(got["province_code"] == "330000")) == {6627.0}


# --- The page ------------------------------------------------------------------------------------


def render(**query) -> AppTest:
    return render_page(PAGE, **query)


def test_no_province_asks_for_one_and_offers_the_map(on_province_fixture):
    for lang_, words in (("en", "Choose a province"), ("zh", "请选择一个省份")):
        at = render(lang=lang_)
        assert words in at.info[0].value
        assert len(at.get("plotly_chart")) == 1


def cards(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_one_province_against_the_country(on_province_fixture):
    at = render(lang="en", prov="330000", **{"from": "2024-01", "to": "2024-12"})
    (filed, closed, vol, claim, rec) = sql(
        on_province_fixture,
        """
        SELECT count(*), count(closed_date), count(*) FILTER (WHERE is_voluntary),
               sum(claim_yuan) FILTER (WHERE closed_date IS NOT NULL), sum(recovered_yuan) FILTER (WHERE closed_date IS NOT NULL)
        FROM cases WHERE province_code = '330000' AND year(filed_date) = 2024""",
    )[0]
    (incidents,) = sql(on_province_fixture, "SELECT count(*) FROM nc WHERE province_code = '330000'")[0]
    shown = cards(at)
    assert shown["Clearance rate"] == f"{closed / filed:.1%}"
    assert shown["Voluntary performance rate"] == f"{vol / closed:.1%}"
    assert shown["Recovery rate"] == f"{rec / claim:.1%}"
    assert shown["Refusal incidents · per 10,000 enforcement cases"] == f"{incidents / filed * 1e4:,.1f}"
    # The country is the four provinces together; Zhejiang's clearance rate ranks among them.
    (all_filed, all_closed) = sql(
        on_province_fixture,
        """
        SELECT count(*) FILTER (WHERE year(filed_date) = 2024), count(*) FILTER (WHERE year(closed_date) = 2024)
        FROM cases""",
    )[0]
    assert any(c.value.startswith(f"National {all_closed / all_filed:.1%} · rank") for c in at.caption)


def court_table(at: AppTest):
    return next(d.value for d in at.dataframe if "Clearance rate" in d.value.columns and "Court" in d.value.columns)


def test_the_courts_side_by_side_with_small_numbers_hidden(on_province_fixture):
    at = render(lang="en", prov="330000", **{"from": "2024-01", "to": "2024-12"})
    table = court_table(at)
    expected = dict(
        sql(
            on_province_fixture,
            """
        SELECT c.name_en, count(e.case_id) FROM courts c LEFT JOIN cases e USING (court_id)
        WHERE c.province_code = '330000' GROUP BY ALL""",
        )
    )
    got = dict(zip(table["Court"], table["Enforcement cases filed"]))
    # 40 and 25 are shown; the high court's 0 and Xihu's 6 are hidden (0 + 6 cannot be split by subtraction).
    assert got["Hangzhou Intermediate People's Court"] == expected["Hangzhou Intermediate People's Court"] == 40
    assert got["Hangzhou Shangcheng District People's Court"] == 25
    # Hidden: a value below any count, which the table's formatter writes as the mark (see test_marked_table).
    assert all(v < 0 for k, v in got.items() if expected[k] < 10)
    assert any("below 10" in c.value for c in at.caption)


def test_a_court_from_the_url_shows_its_years(on_province_fixture):
    at = render(lang="en", prov="330000", court="8", **{"from": "2024-01", "to": "2024-12"})
    assert "Hangzhou Intermediate People's Court" in [s.value for s in at.subheader]
    years = next(
        d.value
        for d in at.dataframe
        if "Year" in d.value.columns
        and "Cases concluded" in d.value.columns
        and "Enforcement cases filed" in d.value.columns
        and len(d.value.columns) > 6
    )
    row = years.iloc[0]
    assert (row["Year"], row["Enforcement cases filed"], row["Cases concluded"]) == (2024, 40, 30)
    # Three transfers are fewer than 10: their rate is hidden too.
    assert row["Transfers per 10,000 cases"] == "<10"
    assert at.query_params["court"] == "8"


def test_a_court_of_another_province_is_refused(on_province_fixture):
    at = render(lang="en", prov="330000", court="2")
    assert any("court=2" in w.value for w in at.warning)
    assert "court" not in at.query_params


def test_three_provinces_side_by_side(on_province_fixture):
    at = render(lang="zh", prov="330000,620000,230000", **{"from": "2024-01", "to": "2024-12"})
    table = next(d.value for d in at.dataframe if "指标" in d.value.columns)
    assert {"浙江省", "甘肃省", "黑龙江省", "全国"} <= set(table.columns)
    (filed, closed) = sql(
        on_province_fixture,
        """
        SELECT count(*) FILTER (WHERE year(filed_date) = 2024), count(*) FILTER (WHERE year(closed_date) = 2024)
        FROM cases WHERE province_code = '620000'""",
    )[0]
    clearance = table[table["指标"].str.startswith("结案率")].iloc[0]
    assert clearance["甘肃省"] == f"{closed / filed:.1%}"
    assert len(at.get("plotly_chart")) == 1


def test_four_provinces_are_cut_to_three(on_province_fixture):
    at = render(lang="en", prov="330000,620000,230000,320000")
    assert any("At most three" in w.value for w in at.warning)
