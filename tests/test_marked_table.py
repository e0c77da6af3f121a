"""The court table on screen: hidden cells read "<10" and "×", missing ones "—", never "None", and a sort by any
column keeps every shown number above every mark (descending)."""

from __future__ import annotations

import polars as pl

from analysis import suppression
from ui.widgets import marked_table


def test_marks_are_written_and_sort_below_every_number():
    frame = pl.DataFrame(
        {
            "court": ["A", "B", "C", "D"],
            "n_filed": [40, 6, 25, 3],
            "rate": [0.5, 0.25, None, 0.1],
        }
    )
    protected = suppression.protect(frame, ["n_filed"], {"rate": ["n_filed"]}, 10)
    styler = marked_table(
        protected, {"n_filed": "{:,.0f}", "rate": "{:.1%}"}, 10, {"court": "Court", "n_filed": "Filed", "rate": "Rate"}
    )
    text = styler.to_string(delimiter="|")
    rows = {line.split("|")[1]: line.split("|")[2:] for line in text.splitlines()[1:]}
    # B (6) and D (3) are below 10: hidden with their rates; C's rate is missing (no value), not hidden.
    assert rows["A"] == ["40", "50.0%"]
    assert rows["B"][0] == "<10" and rows["D"][0] == "<10"
    assert rows["B"][1] in ("<10", "×") and rows["D"][1] in ("<10", "×")
    assert rows["C"] == ["25", "—"]
    assert "None" not in text and "nan" not in text
    for column in ("Filed", "Rate"):
        values = styler.data.sort_values(column, ascending=False)[column].tolist()
        shown = [v for v in values if v >= 0]
        assert values[: len(shown)] == shown
