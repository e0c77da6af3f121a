"""AppTest for the refusal-to-comply page with filters set: the numbers shown are checked against plain SQL over
the fixture's parquet files, written here independently of the page's queries and rollups.
"""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import render as render_page
from tests.apptest import table_with as shown_table
from tests.fixture_noncompliance import nc_fixture_dir, on_nc_fixture  # noqa: F401  (pytest fixtures)

PAGE = "pages/noncompliance.py"


def render(**query) -> AppTest:
    return render_page(PAGE, **query)


def sql(data, text: str):
    con = duckdb.connect()
    con.execute(f"CREATE VIEW nc AS SELECT * FROM read_parquet('{data}/noncompliance.parquet')")
    con.execute(f"CREATE VIEW cases AS SELECT * FROM read_parquet('{data}/enforcement_cases/*/*.parquet')")
    con.execute(f"CREATE VIEW courts AS SELECT * FROM read_parquet('{data}/courts.parquet')")
    return con.execute(text).fetchall()


def metrics(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def frame_with(at: AppTest, column: str):
    """The data table (behind "Show the data") of the chart whose frame has `column`."""
    return shown_table(at, column)


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ({"prov": "230000"}, "province_code = '230000'"),
        ({"debtor": "company"}, "debtor_type = 'company'"),
        ({"from": "2024-01", "to": "2024-12"}, "action_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'"),
        ({"level": "basic"}, "court_id IN (SELECT court_id FROM courts WHERE level = 'basic')"),
    ],
)
def test_totals_follow_the_filters(on_nc_fixture, query, where):
    at = render(lang="en", **query)
    n, transferred, held = sql(
        on_nc_fixture,
        f"SELECT count(*), count(*) FILTER (WHERE is_transferred), sum(n_held_liable) FROM nc WHERE {where}",
    )[0]
    case_where = where.replace("action_date", "filed_date")
    (filed,) = sql(on_nc_fixture, f"SELECT count(*) FROM cases WHERE {case_where}")[0]
    assert metrics(at)[:3] == [f"{n:,}", f"{transferred:,}", f"{held:,}"]
    assert metrics(at)[3] == f"{n / filed * 1e4:,.1f}"


def test_heilongjiang_by_hand(on_nc_fixture):
    # Incidents 4, 5, 6; transfers 4, 5; persons 1 + 3; cases 6, 7, 8: 3 / 3 x 10,000.
    at = render(lang="en", prov="230000")
    assert metrics(at) == ["3", "2", "4", "10,000.0"]


def test_grain_comes_from_the_url(on_nc_fixture):
    at = render(lang="en", grain="quarter")
    assert at.session_state["nc_grain"] == "quarter"
    trend = frame_with(at, "per10k_incidents")
    # Q1 2024 holds incident 3 (Feb); Q2 holds 6 (Apr), 9 (May) and 8 (Jun).
    q = {r.period: r.n_incidents for r in trend.itertuples()}
    assert q["2024 Q1"] == 1 and q["2024 Q2"] == 3


def test_an_unknown_grain_is_dropped_with_a_notice(on_nc_fixture):
    at = render(lang="en", grain="weekly")
    assert at.session_state["nc_grain"] == "year"
    assert any("grain=weekly" in w.value for w in at.warning)
    assert at.query_params["grain"] == "year"


def test_ranking_compares_all_provinces_whatever_the_filter(on_nc_fixture):
    at = render(lang="en", prov="620000", section="provinces")
    ranking = frame_with(at, "population_10k")
    expected = dict(sql(on_nc_fixture, "SELECT province_code, count(*) FROM nc GROUP BY ALL"))
    assert dict(zip(ranking["province_code"], ranking["n_incidents"])) == expected


def test_one_province_ranks_its_courts(on_nc_fixture, monkeypatch):
    monkeypatch.setenv("DASHBOARD_MIN_COUNT", "1")  # the fixture's courts are all small
    at = render(lang="en", prov="320000", section="provinces")
    courts = frame_with(at, "court_id")
    expected = {
        cid: (n, filed)
        for cid, n, filed in sql(
            on_nc_fixture,
            """
        SELECT c.court_id, (SELECT count(*) FROM nc WHERE nc.court_id = c.court_id),
               (SELECT count(*) FROM cases e WHERE e.court_id = c.court_id)
        FROM courts c WHERE province_code = '320000'""",
        )
    }
    got = {r.court_id: (r.n_incidents, r.n_filed) for r in courts.itertuples()}
    assert got == expected
    # Every court filed fewer than the minimum, so all are shown with a caution.
    assert any("fewer than 200" in c.value for c in at.caption)
    values = {r.court_id: r.value for r in courts.itertuples()}
    assert values == {cid: n / filed * 1e4 for cid, (n, filed) in expected.items()}


def test_small_court_counts_are_hidden(on_nc_fixture):
    # Every Jiangsu court has fewer than 10 incidents and cases: no court is ranked, and the page says why.
    at = render(lang="en", prov="320000", section="provinces")
    assert len(frame_with(at, "court_id")) == 0
    assert any("2 courts' figures are hidden" in c.value for c in at.caption)
    assert any("below 10" in c.value for c in at.caption)


def test_two_provinces_ask_for_one_to_rank_courts(on_nc_fixture):
    at = render(lang="en", prov="320000,620000", section="provinces")
    with pytest.raises(LookupError):
        shown_table(at, "court_id")
    assert any("exactly one province" in c.value for c in at.caption)


def test_ladder_reaches_match_the_strongest_measures(on_nc_fixture):
    at = render(lang="en")
    ladder = frame_with(at, "n_reached")
    counts = dict(sql(on_nc_fixture, "SELECT measure, count(*) FROM nc GROUP BY ALL"))
    (held,) = sql(on_nc_fixture, "SELECT count(*) FROM nc WHERE n_held_liable > 0")[0]
    total = sum(counts.values())
    assert list(ladder["n_reached"]) == [
        total,
        total - counts["warning"],
        total - counts["warning"] - counts["fine"],
        counts["transferred"] + counts["private_prosecution"],
        held,
    ]


def test_chinese_page(on_nc_fixture):
    at = render(lang="zh", prov="230000", grain="month")
    assert at.title[0].value == "拒不执行判决裁定：趋势与处置"
    assert at.session_state["nc_grain"] == "month"


def test_the_ladder_and_the_cards_are_reconciled_in_words(on_nc_fixture):
    at = render(lang="en")
    (criminal, private, transferred, convicted, persons) = sql(
        on_nc_fixture,
        """
        SELECT count(*) FILTER (WHERE measure IN ('transferred', 'private_prosecution')),
               count(*) FILTER (WHERE measure = 'private_prosecution'),
               count(*) FILTER (WHERE is_transferred),
               count(*) FILTER (WHERE measure IN ('transferred', 'private_prosecution') AND n_held_liable > 0),
               coalesce(sum(n_held_liable), 0)
        FROM nc""",
    )[0]
    assert private > 0 and persons != convicted, "the fixture should hold what the sentence explains"
    sentence = next(c.value for c in at.caption if c.value.startswith("The ladder counts incidents"))
    assert f"rung, {criminal:,}," in sentence
    assert f"{private:,} private prosecutions" in sentence
    assert f"rung, {convicted:,}, counts incidents" in sentence
    assert f"persons held liable ({persons:,};" in sentence
    if criminal - private == transferred:
        assert f"is the {transferred:,} transfers to the police (the card above)" in sentence
    else:
        assert f"every incident transferred ({transferred:,})" in sentence
