"""AppTest of the dishonest-list page: the numbers shown against hand computations on the credit fixture and
against plain SQL over the parquet of the generated data, with filters set through the URL and widgets.
"""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import render as render_page
from tests.apptest import table_with as shown_table
from tests.fixture_credit import credit_dir, on_credit  # noqa: F401  (pytest fixtures)

PAGE = "pages/dishonest.py"


def render(**query) -> AppTest:
    return render_page(PAGE, **query)


def table_with(at: AppTest, column: str):
    return shown_table(at, column)


def medians(at: AppTest) -> dict[str, tuple[str, str, str]]:
    frame = table_with(at, "Median time on the list")
    return {r[0]: tuple(r[1:]) for r in frame.itertuples(index=False)}


def test_time_on_the_list_by_hand(on_credit):
    # Kaplan–Meier over the twelve entries (months, removed or still listed), worked out by hand:
    # all: 0 1 2 4 6 removed, 9 listed, 10 removed -> S = 7/12 * 5/6 = 0.49 at the end of month 10: 11 months.
    # individuals: 0 1 2 removed -> S = 3/6 after month 2: 3 months; companies: 4 6 10 removed of 5: 11 months.
    at = render(lang="en", section="durations")
    assert at.title[0].value == "The dishonest judgment debtors list"
    assert medians(at) == {
        "All": ("12", "33.3%", "11 months"),
        "Individuals": ("6", "16.7%", "3 months"),
        "Companies": ("5", "40.0%", "11 months"),
        "Other organisations": ("1", "100.0%", "not reached (over half still listed)"),
        "Minor": ("2", "0.0%", "1 month"),
        "General": ("2", "0.0%", "5 months"),
        "Serious": ("2", "100.0%", "not reached (over half still listed)"),
    }


def test_the_province_filter_applies_to_every_section(on_credit):
    # Gansu: eight entries; removed after 1, 2, 10, 12 and 36..39 months, listed 13, 21, 60..72:
    # S = 7/8, 6/8, 5/8 (month 10), 4/8 (month 12) -> median 13 months; three of eight still listed.
    at = render(lang="en", prov="620000", section="durations")
    assert medians(at)["All"] == ("8", "37.5%", "13 months")
    provinces = table_with(render(lang="en", prov="620000", section="provinces"), "per_100k")
    assert provinces["province_code"].tolist() == ["620000"]
    assert provinces["n_on_list"].tolist() == [3]


def test_the_period_end_sets_the_stock_shown(on_credit):
    at = render(lang="en", to="2024-12")
    stock = table_with(at, "n_on_list")
    assert stock["label"].iloc[-1] == "2024 Q4"
    assert stock["n_on_list"].iloc[-1] == 5
    provinces = table_with(render(lang="en", to="2024-12", section="provinces"), "per_100k")
    assert dict(zip(provinces["province_code"], provinces["n_on_list"])) == {"620000": 4, "230000": 1}


def test_quarters_year_on_year(on_credit):
    # New entries: Q1 2023 one (entry 5), Q1 2024 two (6 and 7), Q1 2025 two (9 and 10).
    at = render(lang="en", section="quarters")
    q = table_with(at, "n_listed_year_before")
    row = q[q["label"] == "2024 Q1"].iloc[0]
    assert (row["n_listed"], row["n_listed_year_before"], row["yoy"]) == (2, 1, 1.0)
    row = q[q["label"] == "2025 Q1"].iloc[0]
    assert (row["n_listed"], row["n_listed_year_before"], row["yoy"]) == (2, 2, 0.0)


def year_end_stocks_sql(data) -> dict[int, int]:
    """The number on the list at each year end, counted straight from the parquet (no rollup involved)."""
    glob = str(data / "dishonest_list" / "year=*" / "*.parquet")
    con = duckdb.connect()
    rows = con.sql(
        """
        WITH ends AS (SELECT make_date(y::INTEGER, 12, 31) AS d FROM range(2013, 2026) t(y)),
        data_end AS (SELECT last_day(max(greatest(listed_date, coalesce(removed_date, listed_date)))) AS last
                 FROM read_parquet($glob))
        SELECT year(d), count(l.listed_date)
        FROM ends CROSS JOIN data_end
        LEFT JOIN read_parquet($glob) l ON l.listed_date <= d AND (l.removed_date IS NULL OR l.removed_date > d)
        WHERE d <= data_end.last
        GROUP BY d ORDER BY d
        """,
        params={"glob": glob},
    ).fetchall()
    con.close()
    return dict(rows)


def test_year_end_stocks_match_plain_sql(on_generated):
    at = render(lang="en")
    at.segmented_control(key="dl_grain").set_value("year").run()
    assert not at.exception
    stock = table_with(at, "n_on_list")
    shown = {d.year: n for d, n in zip(stock["period_end"], stock["n_on_list"]) if (d.month, d.day) == (12, 31)}
    expected = {y: n for y, n in year_end_stocks_sql(on_generated).items() if n}
    assert shown == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_filters_by_level_and_debtor_type_render(on_credit, lang):
    at = render(lang=lang, level="intermediate", debtor="company", section="provinces")
    assert at.title
    # Intermediate courts listed companies in entries 1, 3, 10 and 12; entry 12 and no other is still listed.
    assert table_with(at, "per_100k")["n_on_list"].sum() == 1
