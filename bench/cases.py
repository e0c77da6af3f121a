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

# The refusal-to-comply page (default filters, and one province, which also ranks its courts) and the
# campaigns page (the comparison panel around Heilongjiang 2024 with 12 and 24 months either side).
NO_PROVINCE = {k: v for k, v in FILTERS.items() if k != "provinces"}
ONE_PROVINCE_COURTS = {**NO_PROVINCE, "province": "320000"}
PANEL_12 = {**NO_PROVINCE, "start": D(2023, 3, 1), "end": D(2025, 8, 31)}
PANEL_24 = {**NO_PROVINCE, "start": D(2022, 3, 1), "end": D(2025, 12, 31)}
CASES += [
    ("refusal", "noncompliance_by_month", FILTERS),
    ("refusal", "cases_by_month", FILTERS),
    ("refusal", "campaigns", {}),
    ("refusal", "noncompliance_conduct_by_month", FILTERS),
    ("refusal", "noncompliance_ladder", FILTERS),
    ("refusal", "noncompliance_serious_by_month", FILTERS),
    ("refusal", "noncompliance_by_debtor_type", FILTERS),
    ("refusal", "noncompliance_by_province", NO_PROVINCE),
    ("refusal (one province)", "noncompliance_conduct_by_month", ONE_PROVINCE),
    ("refusal (one province)", "noncompliance_ladder", ONE_PROVINCE),
    ("refusal (one province)", "noncompliance_serious_by_month", ONE_PROVINCE),
    ("refusal (one province)", "noncompliance_by_debtor_type", ONE_PROVINCE),
    ("refusal (one province)", "noncompliance_by_court", ONE_PROVINCE_COURTS),
    ("campaigns", "campaigns", {}),
    ("campaigns", "noncompliance_province_month", PANEL_12),
    ("campaigns", "noncompliance_province_month", PANEL_24),
]
