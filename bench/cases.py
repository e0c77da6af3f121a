"""What the benchmark times: every query a page runs, with the parameters the page passes by default."""

from __future__ import annotations

import datetime as dt

D = dt.date
FILTERS = dict(provinces=[], levels=[], case_types=[], debtor_types=[], start=D(2013, 1, 1), end=D(2025, 12, 31))
ONE_PROVINCE = {**FILTERS, "provinces": ["320000"]}

# (page, query, params)
CASES: list[tuple[str, str, dict]] = [
    ("overview", "data_facts", {}),
    ("overview", "provinces", {}),
    ("overview", "noncompliance_by_month", FILTERS),
    ("overview", "dishonest_by_month", FILTERS),
    ("overview", "cross_enforcement_by_month", FILTERS),
    ("overview", "cases_by_month", FILTERS),
    ("overview", "noncompliance_totals", {**FILTERS, "start": D(2015, 4, 1), "end": D(2025, 3, 31)}),
    ("overview", "cross_enforcement_totals", {**FILTERS, "start": D(2024, 1, 1), "end": D(2025, 3, 31)}),
    ("overview (one province)", "noncompliance_by_month", ONE_PROVINCE),
    ("overview (one province)", "dishonest_by_month", ONE_PROVINCE),
    ("overview (one province)", "cases_by_month", ONE_PROVINCE),
]
