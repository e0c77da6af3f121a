"""Small-number protection: hand-worked cases, and an attack by subtraction (a linear programme over what a
reader sees) on random groups and on the generated data's courts, which must never pin a hidden value down.
"""

from __future__ import annotations

import duckdb
import numpy as np
import polars as pl
import pytest
from scipy.optimize import linprog

from analysis import suppression as sup

P, S = sup.PRIMARY, sup.SECONDARY


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([120, 50, 30], [None, None, None]),
        # One small cell: the next smallest goes too, or the total gives it back.
        ([120, 5, 30], [None, P, S]),
        # Two small cells that do not pin each other: 3 + 4 = 7 leaves each anywhere in 0..7.
        ([120, 3, 4], [None, P, P]),
        # Both 9: the hidden sum 18 is only possible as 9 + 9, so one more cell is hidden.
        ([120, 9, 9, 40], [None, P, P, S]),
        # 0 and 10: the sum 10 with a "<10" and a "×" (at least 10) forces 0 and 10; one more cell.
        ([120, 0, 10, 11], [None, P, S, S]),
        # Zeros are counts below the threshold too.
        ([0, 0, 200], [P, P, S]),
        # Missing values are left alone.
        ([None, 5, 200, 300], [None, P, S, None]),
    ],
)
def test_hidden_cells_by_hand(values, expected):
    assert sup.hidden_cells(values, 10) == expected


def test_without_a_shown_total_only_small_cells_are_hidden():
    assert sup.hidden_cells([120, 5, 30], 10, total_shown=False) == [None, P, None]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, 10),
        ({"DASHBOARD_MIN_COUNT": "5"}, 5),
        ({"DASHBOARD_MIN_COUNT": "0"}, 10),
        ({"DASHBOARD_MIN_COUNT": "ten"}, 10),
        ({"DASHBOARD_MIN_COUNT": " 20 "}, 20),
    ],
)
def test_threshold_from_the_environment(env, expected):
    assert sup.threshold(env) == expected


def test_protect_hides_rates_with_their_counts_and_marks_them():
    frame = pl.DataFrame({"court": ["a", "b", "c", "d"], "n_filed": [500, 400, 8, 300], "n_closed": [450, 7, 6, 280]})
    frame = frame.with_columns((pl.col("n_closed") / pl.col("n_filed")).alias("clearance"))
    out = sup.protect(frame, ["n_filed", "n_closed"], {"clearance": ["n_filed", "n_closed"]}, 10)
    assert out["n_filed"].to_list() == [500, 400, None, None]  # 8 primary, 300 secondary
    # 7 and 6 are both below 10; their sum 13 leaves each anywhere in 4..9, so nothing more is hidden.
    assert out["n_closed"].to_list() == [450, None, None, 280]
    assert out["clearance"].to_list()[0] == pytest.approx(0.9) and out["clearance"].to_list()[1:] == [None] * 3
    text = sup.as_text(out, 10, {"clearance": "{:.1%}"})
    assert text["n_filed"].to_list() == ["500", "400", "<10", "×"]
    assert text["clearance"].to_list() == ["90.0%", "<10", "<10", "×"]
    assert not sup.status_columns(text)


def attack(values, status, threshold):
    """What a reader can work out: for each hidden cell, its least and greatest value consistent with the shown
    total, the shown cells and the marks ("<t" in 0..t-1, "×" at least t)."""
    hidden = [i for i, s in enumerate(status) if s is not None]
    rest = sum(values) - sum(v for v, s in zip(values, status) if s is None)
    bounds = [(0, threshold - 1) if status[i] == P else (threshold, None) for i in hidden]
    out = {}
    for k, i in enumerate(hidden):
        c = np.zeros(len(hidden))
        c[k] = 1
        lo = linprog(c, A_eq=np.ones((1, len(hidden))), b_eq=[rest], bounds=bounds)
        hi = linprog(-c, A_eq=np.ones((1, len(hidden))), b_eq=[rest], bounds=bounds)
        assert lo.status == 0, "the marks must be consistent with the total"
        out[i] = (lo.fun, -hi.fun if hi.status == 0 else float("inf"))
    return out


def assert_safe(values, threshold):
    status = sup.hidden_cells(values, threshold)
    for i, v in enumerate(values):
        if v < threshold:
            assert status[i] == P
    if all(status):
        # Every court hidden: the shown total is then the only figure, and no further cell exists to hide.
        return False
    if any(status):
        for i, (lo, hi) in attack(values, status, threshold).items():
            assert hi - lo >= 1 - 1e-9, f"cell {i} ({values[i]}) recovered from {values} / {status}"
    return True


def test_subtraction_never_recovers_a_hidden_value_in_random_groups():
    rng = np.random.default_rng(13)
    attacked = 0
    for _ in range(60):
        n = int(rng.integers(2, 25))
        values = [int(v) for v in rng.choice([0, 1, 2, 9, 10, 11, 15, 40, 300], size=n)]
        attacked += assert_safe(values, 10)
        attacked += assert_safe(values, 3)
    assert attacked > 90


def test_subtraction_never_recovers_a_hidden_value_in_the_generated_courts(generated_dir):
    con = duckdb.connect()
    rows = con.sql(f"""
        WITH filed AS (
            SELECT court_id, count(*) AS n_filed
            FROM read_parquet('{generated_dir}/enforcement_cases/*/*.parquet')
            GROUP BY court_id
        ),
        incidents AS (
            SELECT court_id, count(*) AS n_incidents FROM read_parquet('{generated_dir}/noncompliance.parquet')
            GROUP BY court_id
        )
        SELECT c.province_code, c.court_id, coalesce(n_filed, 0) AS n_filed, coalesce(n_incidents, 0) AS n_incidents
        FROM read_parquet('{generated_dir}/courts.parquet') c
        LEFT JOIN filed USING (court_id) LEFT JOIN incidents USING (court_id)
        WHERE c.province_code <> '000000'
    """).pl()
    checked = 0
    for group in rows.partition_by("province_code"):
        for column in ("n_filed", "n_incidents"):
            values = group[column].to_list()
            assert_safe(values, 10)
            checked += any(v < 10 for v in values)
    assert checked > 20, "the generated data must have small counts for the attack to mean anything"


def test_a_lone_small_cell_has_nothing_to_hide_beside_it():
    assert sup.hidden_cells([5], 10) == [P]
    assert sup.hidden_cells([5, None], 10) == [P, None]
    assert sup.pinned([5, 50], [None, None], 10) == []


COURTS = pl.DataFrame({"court": ["a", "b", "c", "d"], "n_filed": [500, 400, 8, 300], "n_closed": [450, 7, 6, 280]})


def protected():
    frame = COURTS.with_columns((pl.col("n_closed") / pl.col("n_filed")).alias("clearance"))
    return sup.protect(frame, ["n_filed", "n_closed"], {"clearance": ["n_filed", "n_closed"]}, 10)


def test_hidden_cells_and_rows_are_counted():
    out = protected()
    # n_filed: c (8) and d (secondary); n_closed: b and c; clearance: b, c and d.
    assert [sup.n_hidden(out, c) for c in ("n_filed", "n_closed", "clearance", "court")] == [2, 2, 3, 0]
    assert sup.n_hidden_rows(out, ["n_filed"]) == 2
    assert sup.n_hidden_rows(out, ["n_filed", "n_closed"]) == 3
    assert sup.n_hidden_rows(out, ["court"]) == 0


def test_carry_gives_a_reshaped_frame_the_marks_by_key():
    out = protected()
    # The same courts reordered and cut, with a share computed from their filings.
    ranked = pl.DataFrame({"court": ["d", "c", "a"], "n_filed": [300, 8, 500], "share": [0.25, 0.01, 0.4]})
    got = sup.carry(ranked, out, "court", {"share": ["n_filed"]})
    assert got["_hidden_n_filed"].to_list() == [S, P, None]
    assert got["_hidden_share"].to_list() == [S, P, None]
    assert got["share"].to_list() == [None, None, 0.4]
    # Counts the reshaped frame does not hold bring no marks.
    assert "_hidden_n_closed" not in got.columns and "_hidden_clearance" not in got.columns


def test_carry_replaces_stale_marks_and_leaves_rates_without_hidden_inputs():
    out = protected()
    stale = pl.DataFrame({"court": ["a", "c"], "n_filed": [500, 8], "_hidden_n_filed": [S, None], "rate": [1.0, 2.0]})
    got = sup.carry(stale, out, "court", {"rate": ["n_closed"]})
    assert got["_hidden_n_filed"].to_list() == [None, P]
    # n_closed is not in the reshaped frame: the rate has no mark to take and is shown.
    assert got["rate"].to_list() == [1.0, 2.0] and got["_hidden_rate"].to_list() == [None, None]


def test_hide_columns_hides_a_whole_column_and_what_rests_on_it():
    out = sup.hide_columns(protected(), ["n_closed"], {"clearance": ["n_filed", "n_closed"], "absent": ["n_closed"]})
    assert out["n_closed"].to_list() == [None] * 4
    # Cells already hidden keep their mark; the others are secondary.
    assert out["_hidden_n_closed"].to_list() == [S, P, P, S]
    assert out["clearance"].to_list() == [None] * 4 and out["_hidden_clearance"].to_list() == [S, P, P, S]
    assert out["n_filed"].to_list() == [500, 400, None, None]
    assert "absent" not in out.columns
    plain = sup.hide_columns(COURTS, ["n_filed"])
    assert plain["n_filed"].to_list() == [None] * 4 and plain["_hidden_n_filed"].to_list() == [S] * 4


def test_as_text_leaves_columns_with_nothing_hidden_as_numbers():
    out = sup.protect(pl.DataFrame({"n": [100, 200], "m": [1, 50]}), ["n", "m"], threshold_=10, total_shown=False)
    text = sup.as_text(out, 10)
    assert text["n"].to_list() == [100, 200] and text.schema["n"] == pl.Int64
    assert text["m"].to_list() == ["<10", "50"]
    assert text.columns == ["n", "m"]


def test_a_single_hidden_cell_is_pinned_by_the_total():
    assert sup.pinned([120, 5, 30], [None, P, None], 10) == [1]
    # 3 + 4 = 7: each could be anything from 0 to 7.
    assert sup.pinned([120, 3, 4], [None, P, P], 10) == []


def test_protect_suppresses_each_group_on_its_own():
    frame = pl.DataFrame({"province": ["p", "p", "p", "q", "q", "q"], "n": [120, 5, 30, 8, 300, 400]})
    out = sup.protect(frame, ["n"], threshold_=10, by="province")
    # Each province's total is shown: p hides 5 and then 30; q hides 8 and then 300.
    assert out["_hidden_n"].to_list() == [None, P, S, P, S, None]
    # As one group the two small cells (5 and 8) would cover each other.
    assert sup.protect(frame, ["n"], threshold_=10)["_hidden_n"].to_list() == [None, P, None, P, None, None]


def test_hide_columns_leaves_rates_that_do_not_rest_on_the_hidden_column():
    frame = protected().with_columns((pl.col("n_filed") / 1000).alias("filed_per_1000"))
    derived = {"clearance": ["n_filed", "n_closed"], "filed_per_1000": ["n_filed"]}
    out = sup.hide_columns(frame, ["n_closed"], derived)
    assert out["filed_per_1000"].to_list() == [0.5, 0.4, None, None]
    assert "_hidden_filed_per_1000" not in out.columns
