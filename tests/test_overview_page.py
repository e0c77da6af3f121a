"""AppTest for the overview's KPI cards: each card's value, year-on-year change and window, nationally and with a
province, a period and the type filters, against plain SQL over the boundary fixture's parquet files (written here,
independently of the page's queries, rollups and month arithmetic), and a few worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from i18n import numbers
from tests.apptest import render as render_page
from tests.fixture_boundary import boundary_dir, on_boundary  # noqa: F401  (pytest fixtures)

PAGE = "pages/overview.py"
D = dt.date


def con_for(data) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW campaigns AS SELECT * FROM read_parquet('{data}/campaigns.parquet')")
    con.execute(f"CREATE VIEW courts AS SELECT * FROM read_parquet('{data}/courts.parquet')")
    for name, path in (
        ("cases", "enforcement_cases/*/*.parquet"),
        ("nc", "noncompliance.parquet"),
        ("dl", "dishonest_list/*/*.parquet"),
        ("ce", "cross_enforcement.parquet"),
    ):
        con.execute(f"CREATE VIEW {name}_raw AS SELECT * FROM read_parquet('{data}/{path}')")
    # Province and level of the court that acted (for moved cases: the court the case was moved from).
    for name in ("cases", "nc", "dl"):
        con.execute(f"CREATE VIEW {name} AS SELECT r.*, c.level FROM {name}_raw r JOIN courts c USING (court_id)")
    con.execute("""CREATE VIEW ce AS SELECT r.*, c.province_code, c.level, e.debtor_type
                   FROM ce_raw r JOIN courts c ON c.court_id = r.from_court_id
                   LEFT JOIN cases_raw e USING (case_id)""")
    return con


def data_months(con) -> tuple[dt.date, dt.date]:
    """The period with no filter: from the month of the earliest date recorded (campaigns included) to the month of
    the latest event (a case filed or concluded, an incident, a listing or removal, a case moved)."""
    first, last = con.execute("""
        SELECT least((SELECT min(filed_date) FROM cases), (SELECT min(action_date) FROM nc),
                     (SELECT min(listed_date) FROM dl), (SELECT min(assigned_date) FROM ce),
                     (SELECT min(start_date) FROM campaigns)),
               greatest((SELECT max(greatest(filed_date, coalesce(closed_date, filed_date))) FROM cases),
                        (SELECT max(action_date) FROM nc),
                        (SELECT max(greatest(listed_date, coalesce(removed_date, listed_date))) FROM dl),
                        (SELECT max(assigned_date) FROM ce))""").fetchone()
    return first.replace(day=1), last.replace(day=1)


def month_start(ym: str) -> dt.date:
    y, m = map(int, ym.split("-"))
    return D(y, m, 1)


def shift(d: dt.date, months: int) -> dt.date:
    # Written out here rather than taken from the code under test.
    total = d.year * 12 + d.month - 1 + months
    return D(total // 12, total % 12 + 1, 1)


def month_end(d: dt.date) -> dt.date:
    return shift(d, 1) - dt.timedelta(days=1)


def where(query: dict) -> str:
    parts = ["true"]
    if "prov" in query:
        parts.append("province_code IN (" + ",".join(f"'{p}'" for p in query["prov"].split(",")) + ")")
    if "level" in query:
        parts.append("level IN (" + ",".join(f"'{v}'" for v in query["level"].split(",")) + ")")
    if "type" in query:
        parts.append("case_type IN (" + ",".join(f"'{v}'" for v in query["type"].split(",")) + ")")
    if "debtor" in query:
        parts.append("debtor_type IN (" + ",".join(f"'{v}'" for v in query["debtor"].split(",")) + ")")
    return " AND ".join(parts)


def expected_cards(data, query: dict, lang: str) -> list[tuple[str, str | None]]:
    """(value, year-on-year) of the eight cards in page order, by plain SQL."""
    con = con_for(data)
    first, last = data_months(con)
    start = month_start(query["from"]) if "from" in query else first
    end_month = month_start(query["to"]) if "to" in query else last
    w = where(query)

    def total(sql: str, first: dt.date, last: dt.date) -> float:
        # Only what lies inside both the window and the selected period counts.
        first = max(first, start)
        return float(con.execute(sql.format(w=w), {"a": first, "b": month_end(last)}).fetchone()[0] or 0)

    def flow(sql: str, months: int, last: dt.date, money: bool = False) -> tuple[str, str | None]:
        first = shift(last, -(months - 1))
        now = total(sql, first, last)
        before = None
        if start <= shift(first, -12):
            before = total(sql, shift(first, -12), shift(last, -12))
        shown = numbers.yuan(now, lang) if money else numbers.compact(now, lang)
        return shown, yoy(now, before, lang)

    def stock(at: dt.date) -> float:
        return float(
            con.execute(
                f"SELECT count(*) FILTER (WHERE listed_date <= $e) - count(*) FILTER "
                f"(WHERE removed_date <= $e) FROM dl WHERE {w}",
                {"e": month_end(at)},
            ).fetchone()[0]
        )

    transferred = "SELECT count(*) FROM nc WHERE is_transferred AND action_date BETWEEN $a AND $b AND {w}"
    held = "SELECT sum(n_held_liable) FROM nc WHERE action_date BETWEEN $a AND $b AND {w}"
    listed = "SELECT count(*) FROM dl WHERE listed_date BETWEEN $a AND $b AND {w}"
    assigned = "SELECT count(*) FROM ce WHERE assigned_date BETWEEN $a AND $b AND {w}"
    ce_recovered = "SELECT sum(recovered_yuan) FROM ce WHERE resolved_date BETWEEN $a AND $b AND {w}"
    closed = "SELECT count(*) FROM cases WHERE closed_date BETWEEN $a AND $b AND {w}"
    recovered = "SELECT sum(recovered_yuan) FROM cases WHERE closed_date BETWEEN $a AND $b AND {w}"

    year_ago = shift(end_month, -12)
    on_list = (
        numbers.compact(stock(end_month), lang),
        yoy(stock(end_month), stock(year_ago), lang) if year_ago >= start else None,
    )
    quarter_end = shift(end_month, -(end_month.month % 3))
    return [
        flow(transferred, 12, end_month),
        flow(held, 12, end_month),
        on_list,
        flow(listed, 3, quarter_end),
        flow(assigned, 12, end_month),
        flow(ce_recovered, 12, end_month, money=True),
        flow(closed, 12, end_month),
        flow(recovered, 12, end_month, money=True),
    ]


def yoy(now: float, before: float | None, lang: str) -> str | None:
    if not before:
        return None
    pct = f"{(now / before - 1) * 100:+.1f}%"
    return f"{pct} y/y" if lang == "en" else f"{pct} 同比"


def cards(at: AppTest) -> list[tuple[str, str | None]]:
    return [(m.value, m.delta or None) for m in at.metric]


QUERIES = [
    {},
    {"from": "2015-04", "to": "2025-03"},
    {"to": "2024-08"},
    {"to": "2024-07"},
    {"from": "2023-09", "to": "2024-09"},
    {"prov": "360000", "to": "2025-03"},
    {"prov": "230000,360000", "from": "2023-04", "to": "2024-08"},
    {"level": "intermediate", "to": "2024-12"},
    {"type": "financial_loan,sales_contract", "from": "2015-04", "to": "2025-03"},
    {"debtor": "individual", "level": "basic,intermediate", "to": "2025-03"},
    {"from": "2024-01", "to": "2024-06"},
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: ",".join(f"{k}={v}" for k, v in q.items()) or "national")
def test_cards_match_plain_sql(on_boundary, query):
    at = render_page(PAGE, lang="en", **query)
    assert cards(at) == expected_cards(on_boundary, query, "en")


def test_cards_in_chinese(on_boundary):
    query = {"prov": "360000", "from": "2015-04", "to": "2025-03"}
    at = render_page(PAGE, lang="zh", **query)
    assert cards(at) == expected_cards(on_boundary, query, "zh")


def test_jiangxi_cards_by_hand(on_boundary):
    at = render_page(PAGE, lang="en", prov="360000", to="2025-03")
    got = cards(at)
    # Twelve months 2024-04-01 to 2025-03-31 hold the boundary days 2024-04-01, 06-30, 07-01, 07-03, 07-04, 08-31,
    # 09-01, 12-31, 2025-01-01 and 03-31: ten incidents, all transferred. The year before (2023-04-01 to
    # 2024-03-31) holds 2023-04-01, 08-31, 09-01, 09-30, 10-01, 12-31, 2024-01-01, 03-31: eight. 10 / 8 = +25%.
    assert got[0] == ("10", "+25.0% y/y")
    # Persons held liable: 1 on even-numbered days of the list, 2 on odd ones (DAYS index 11..20 -> 15; 3..10 -> 12).
    assert got[1] == ("15", "+25.0% y/y")
    # On the list at the end of 2025-03: each boundary day lists one entry and removes one of 22 listed in 2014.
    # 21 of the 22 days are up to 2025-03-31: 21 listed + 22 from 2014 - 21 removed = 22.
    assert got[2][0] == "22"
    # Q1 2025 (to 2025-03): listed on 2025-01-01 and 2025-03-31; Q1 2024: 2024-01-01 and 2024-03-31 -> 2 and 2.
    assert got[3] == ("2", "+0.0% y/y")
    # Cases concluded in the window: the same ten boundary days.
    assert got[6][0] == "10"


def test_window_caption(on_boundary):
    at = render_page(PAGE, lang="en", to="2024-08")
    assert "12 months: 2023-09 to 2024-08" in [c.value for c in at.caption]
    label = [m.label for m in at.metric][3]
    # 2024-08 is not a quarter's end: the new-listings card shows the last complete quarter.
    assert label == "New listings 2024 Q2"


def test_window_caption_of_a_short_period(on_boundary):
    # Six months selected: the cards add up those six, and the caption says so rather than claiming twelve.
    at = render_page(PAGE, lang="en", **{"from": "2024-01", "to": "2024-06"})
    captions = [c.value for c in at.caption]
    assert "12 months: 2023-07 to 2024-06" not in captions
    assert "The selected period: 2024-01 to 2024-06 (less than 12 months)" in captions
    assert all(m.delta in (None, "") for m in at.metric)
