"""A province against the country and its peers, shaped from hand-built monthly counts: each measure as a ratio
of sums, the year to the period's end and the year before it, ranks among provinces, years and courts.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from analysis import province as pv

D = dt.date


def counts(rows: list[tuple]) -> pl.DataFrame:
    """rows: (province, month, {count: value}); counts not named are 0."""
    # Built by the constructor alone: a query run at import would start polars' threads before the mutation
    # run's fork server forks.
    money = ("recovered_yuan", "claim_closed_yuan")
    return pl.DataFrame(
        [{"province_code": p, "month": m, **dict.fromkeys(pv.COUNTS, 0), **c} for p, m, c in rows],
        schema={"province_code": pl.String, "month": pl.Date}
        | {c: pl.Float64 if c in money else pl.Int64 for c in pv.COUNTS},
    )


# Feb-Mar 2024 is the window below, Feb-Mar 2023 the year before it; the months around them must not count.
MONTHLY = counts(
    [
        ("A", D(2023, 1, 1), {"n_filed": 7, "n_closed": 7}),
        ("A", D(2023, 2, 1), {"n_filed": 20, "n_closed": 10, "recovered_yuan": 10, "claim_closed_yuan": 40}),
        ("A", D(2023, 4, 1), {"n_filed": 3}),
        ("A", D(2024, 1, 1), {"n_filed": 1000}),
        (
            "A",
            D(2024, 2, 1),
            {"n_filed": 40, "n_closed": 20, "recovered_yuan": 30, "claim_closed_yuan": 60, "n_voluntary": 10}
            | {"n_incidents": 2, "n_held_liable": 2, "n_transferred": 1, "n_listed": 4, "n_sent": 2},
        ),
        (
            "A",
            D(2024, 3, 1),
            {"n_filed": 60, "n_closed": 40, "recovered_yuan": 10, "claim_closed_yuan": 40, "n_voluntary": 10}
            | {"n_incidents": 3, "n_held_liable": 1, "n_transferred": 1, "n_listed": 6, "n_sent": 3},
        ),
        ("A", D(2024, 4, 1), {"n_filed": 1000}),
        ("B", D(2023, 3, 1), {"n_filed": 10, "n_closed": 8}),
        ("B", D(2024, 3, 1), {"n_filed": 50, "n_closed": 45, "n_voluntary": 9}),
    ]
)
# Residents in units of 10,000: A 1,000,000, B 2,000,000, C (no cases at all) 500,000.
POPULATION = pl.DataFrame({"province_code": ["A", "B", "C"], "population_10k": [100.0, 200.0, 50.0]})
W = pv.Window(D(2024, 2, 1), D(2024, 3, 31), D(2023, 2, 1), D(2023, 3, 31))


def test_each_measure_by_hand():
    # A in February and March 2024: 100 filed, 60 closed, 40 of 100 yuan recovered, 20 voluntary, 5 incidents,
    # 2 transferred, 3 held liable, 10 listed, 5 sent; 1,000,000 residents.
    row = pv.provinces_in(MONTHLY, D(2024, 2, 1), D(2024, 3, 31), POPULATION).row(0, named=True)
    assert row["province_code"] == "A" and row["n_filed"] == 100
    assert {m.key: row[m.key] for m in pv.MEASURES} == pytest.approx(
        {
            "filed_per_100k": 10.0,
            "clearance": 0.6,
            "recovery": 0.4,
            "voluntary": 20 / 60,
            "incidents_per_10k": 500.0,
            "transferred_per_10k": 200.0,
            "held_per_100k": 0.3,
            "listed_per_10k": 1000.0,
            "sent_per_10k": 500.0,
        }
    )


def test_provinces_and_the_country_in_a_window():
    # The window's first day is mid-February: February counts whole, January and April not at all.
    out = pv.provinces_in(MONTHLY, D(2024, 2, 15), D(2024, 3, 31), POPULATION)
    assert out["province_code"].to_list() == ["A", "B", "C", "national"]
    assert out.select("n_filed", "n_closed", "population_10k").rows() == [
        (100, 60, 100.0),
        (50, 45, 200.0),
        (0, 0, 50.0),
        (150, 105, 350.0),
    ]
    # No case filed: no clearance, but a rate per resident of 0; nothing claimed: no recovery rate.
    assert out["clearance"].to_list()[1:] == [pytest.approx(0.9), None, pytest.approx(0.7)]
    assert out["filed_per_100k"].to_list() == pytest.approx([10.0, 2.5, 0.0, 150 / 35])
    assert out["recovery"].to_list()[1:3] == [None, None]


def test_compare_values_ranks_and_the_year_before():
    out = pv.compare(MONTHLY, POPULATION, ("A",), W)
    assert out["measure"].to_list() == [m.key for m in pv.MEASURES]
    rows = {r["measure"]: r for r in out.iter_rows(named=True)}
    clearance = rows["clearance"]
    # Clearance: B 0.9 and A 0.6 ranked, C (nothing filed) unranked; a year earlier A 10/20, the country 18/30.
    assert clearance["per"] == "share"
    assert clearance["A"] == pytest.approx(0.6) and clearance["A_rank"] == 2 and clearance["n_ranked"] == 2
    assert clearance["national"] == pytest.approx(0.7)
    assert clearance["A_before"] == pytest.approx(0.5) and clearance["national_before"] == pytest.approx(0.6)
    filed = rows["filed_per_100k"]
    assert filed["per"] == "residents"
    assert (filed["A"], filed["A_rank"], filed["n_ranked"]) == (pytest.approx(10.0), 1, 3)
    # A year earlier A had 20 cases filed per 1,000,000 residents.
    assert filed["A_before"] == pytest.approx(2.0)
    assert rows["recovery"]["A_rank"] == 1 and rows["recovery"]["n_ranked"] == 1
    assert rows["recovery"]["A_before"] == pytest.approx(0.25)


def test_compare_several_provinces_with_ties_ranked_alike():
    out = pv.compare(MONTHLY, POPULATION, ("B", "C"), W)
    voluntary = out.filter(pl.col("measure") == "voluntary").row(0, named=True)
    # A 20 of 60, B 9 of 45: B is second; C has nothing closed.
    assert (voluntary["B"], voluntary["B_rank"], voluntary["C"], voluntary["C_rank"]) == (
        pytest.approx(0.2),
        2,
        None,
        None,
    )
    held = out.filter(pl.col("measure") == "held_per_100k").row(0, named=True)
    # B and C both hold 0 per 100,000: tied second, after A's 0.3.
    assert (held["B_rank"], held["C_rank"]) == (2, 2)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # A long period: its last twelve months, against the twelve before them.
        (D(2023, 1, 1), D(2024, 6, 30), pv.Window(D(2023, 7, 1), D(2024, 6, 30), D(2022, 7, 1), D(2023, 6, 30))),
        # Exactly twelve months.
        (D(2024, 1, 1), D(2024, 12, 31), pv.Window(D(2024, 1, 1), D(2024, 12, 31), D(2023, 1, 1), D(2023, 12, 31))),
        # Twelve months to a leap day, against the twelve to the end of February a year earlier.
        (D(2023, 3, 15), D(2024, 2, 29), pv.Window(D(2023, 3, 1), D(2024, 2, 29), D(2022, 3, 1), D(2023, 2, 28))),
        # A shorter one whole, from its first month, against the same months a year earlier.
        (D(2024, 3, 15), D(2024, 6, 30), pv.Window(D(2024, 3, 1), D(2024, 6, 30), D(2023, 3, 1), D(2023, 6, 30))),
    ],
)
def test_window(start, end, expected):
    assert pv.window(start, end) == expected


@pytest.mark.parametrize(
    ("now", "before", "per", "expected"),
    [
        (0.6, 0.5, "share", 0.1),
        (0.5, 0.6, "share", -0.1),
        (0.0, 0.0, "share", 0.0),
        (12.0, 10.0, "cases", 0.2),
        (8.0, 10.0, "residents", -0.2),
        (5.0, 0.0, "cases", None),
        (None, 10.0, "cases", None),
        (10.0, None, "share", None),
    ],
)
def test_change(now, before, per, expected):
    got = pv.change(now, before, per)
    assert got == (None if expected is None else pytest.approx(expected))


def test_yearly_for_a_province_and_the_country():
    out = pv.yearly(MONTHLY, POPULATION, ("A",), D(2023, 1, 1), D(2024, 12, 31))
    assert out.select("province_code", "year", "n_filed", "n_closed", "population_10k").rows() == [
        ("A", 2023, 30, 17, 100.0),
        ("A", 2024, 2100, 60, 100.0),
        ("national", 2023, 40, 25, 350.0),
        ("national", 2024, 2150, 105, 350.0),
    ]
    assert out["clearance"].to_list() == pytest.approx([17 / 30, 60 / 2100, 25 / 40, 105 / 2150])
    assert out["filed_per_100k"].to_list() == pytest.approx([3.0, 210.0, 40 / 35, 2150 / 35])
    # The bounds are inclusive and cut by month: February and March 2024 only.
    short = pv.yearly(MONTHLY, POPULATION, ("A", "B"), D(2024, 2, 1), D(2024, 3, 1))
    assert short.select("province_code", "year", "n_filed").rows() == [
        ("A", 2024, 100),
        ("B", 2024, 50),
        ("national", 2024, 150),
    ]


def test_a_court_by_year_and_the_court_table():
    court = counts(
        [
            ("", D(2023, 5, 1), {"n_filed": 10, "n_closed": 5, "n_incidents": 1}),
            ("", D(2023, 11, 1), {"n_filed": 30, "n_closed": 15, "recovered_yuan": 5, "claim_closed_yuan": 20}),
            ("", D(2024, 1, 1), {"n_filed": 20, "n_closed": 20}),
        ]
    ).drop("province_code")
    years = pv.court_years(court)
    assert years.select("year", "n_filed", "n_closed").rows() == [(2023, 40, 20), (2024, 20, 20)]
    assert years["clearance"].to_list() == pytest.approx([0.5, 1.0])
    assert years["incidents_per_10k"].to_list() == pytest.approx([250.0, 0.0])
    assert years["recovery"].to_list() == [pytest.approx(0.25), None]
    # A court has no residents: no measure per resident.
    assert "filed_per_100k" not in years.columns and "held_per_100k" not in years.columns
    table = pv.court_table(pl.DataFrame({c: [v] for c, v in zip(pv.COUNTS, [40, 30, 6.0, 12.0, 3, 2, 1, 0, 4, 8, 1])}))
    assert table.select("clearance", "recovery", "voluntary", "listed_per_10k", "sent_per_10k").row(0) == pytest.approx(
        (0.75, 0.5, 0.1, 1000.0, 2000.0)
    )
    assert "held_per_100k" not in table.columns


def test_measure_inputs_say_what_a_hidden_count_hides():
    assert pv.BY_KEY["held_per_100k"].inputs == ("n_held_liable",)
    assert pv.BY_KEY["clearance"].inputs == ("n_closed", "n_filed")
    assert pv.COURT_DERIVED["clearance"] == ["n_closed", "n_filed"]
    assert pv.COURT_DERIVED["recovery"] == ["n_closed"]


def test_measures_per_resident_need_the_population():
    frame = pl.DataFrame({"n_filed": [100], "n_closed": [60], "n_held_liable": [3]}).with_columns(
        *[pl.lit(0).alias(c) for c in pv.COUNTS if c not in ("n_filed", "n_closed", "n_held_liable")]
    )
    out = pv.with_measures(frame)
    assert "filed_per_100k" not in out.columns and "held_per_100k" not in out.columns
    assert out["clearance"].to_list() == [0.6]
    with_people = pv.with_measures(frame.with_columns(pl.lit(100.0).alias("population_10k")))
    assert with_people["held_per_100k"].to_list() == [0.3]


def test_a_narrow_integer_population_stacks_with_the_country_row():
    # Residents stored as 16-bit integers (in 10,000s they fit): the country's sum comes out 64-bit and must
    # still stack under the provinces.
    narrow = POPULATION.with_columns(pl.col("population_10k").cast(pl.Int16))
    out = pv.provinces_in(MONTHLY, D(2024, 2, 1), D(2024, 3, 31), narrow)
    assert out["population_10k"].to_list() == [100, 200, 50, 350]
    assert out["filed_per_100k"].to_list() == pytest.approx([10.0, 2.5, 0.0, 150 / 35])
