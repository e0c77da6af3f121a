"""What the benchmark times: every query a page runs, with the parameters the page passes by default."""

from __future__ import annotations

import datetime as dt

D = dt.date
# The values the query door binds (`shared_filters.Filters.params()`): the filter set as one STRUCT and the period.
EVERYWHERE = {"provinces": [], "levels": [], "case_types": [], "debtor_types": []}
FILTERS = dict(filters=EVERYWHERE, start=D(2013, 1, 1), end=D(2025, 12, 31))
ONE_PROVINCE = {**FILTERS, "filters": {**EVERYWHERE, "provinces": ["320000"]}}

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
NO_PROVINCE = FILTERS
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

# The dishonest-list page (its flows reach a year before the period for year-on-year change) and the
# cross-enforcement page (running totals from the first case; the three published windows), nationally
# and for one province.
DIMS = {"filters": FILTERS["filters"]}
ONE_DIMS = {"filters": ONE_PROVINCE["filters"]}
for page, f, d in (("dishonest", FILTERS, DIMS), ("dishonest (one province)", ONE_PROVINCE, ONE_DIMS)):
    CASES += [
        (page, "dishonest_flows_by_month", {**f, "start": D(2012, 1, 1)}),
        (page, "dishonest_listed_by_severity", f),
        (page, "dishonest_durations", f),
        (page, "dishonest_on_list_by_province", {**d, "end": f["end"]}),
    ]
CE_WINDOWS = ((D(2023, 10, 1), D(2024, 7, 3)), (D(2024, 1, 1), D(2024, 12, 31)), (D(2024, 1, 1), D(2025, 3, 31)))
for page, f, d in (("cross", FILTERS, DIMS), ("cross (one province)", ONE_PROVINCE, ONE_DIMS)):
    CASES += [
        (page, "cross_enforcement_by_method", {**d, "end": f["end"]}),
        *[(page, "cross_enforcement_totals", {**d, "start": a, "end": b}) for a, b in CE_WINDOWS],
        (page, "cross_enforcement_flows", f),
        (page, "cross_enforcement_top_receivers", {**f, "limit": 15}),
        (page, "cross_enforcement_by_creditors", f),
        (page, "cross_enforcement_vs_comparable", f),
    ]

# The case file: one case looked up in the 100-million-row table by its number (the article's case).
CASES += [
    (
        "case file",
        "cases_matching_incident",
        dict(
            prefix="甘05",
            conducts=["besieging_officers", "obstructing_officers"],
            start=D(2021, 5, 1),
            end=D(2021, 5, 31),
            case_type="property_housing",
        ),
    ),
    ("case file", "case_by_id", dict(case_id=2020000000000)),
    ("case file", "case_by_number", dict(year=2020, prefix="甘05", seq=1259)),
    ("case file", "case_events_for_case", dict(case_id=2020000000000, since=D(2019, 12, 7))),
    ("case file", "case_incidents", dict(case_id=2020000000000)),
    ("case file", "case_listings", dict(case_id=2020000000000, since=D(2020, 12, 7))),
]

# Case search on the case file page: partial numbers ("甘05执": one court, every year; "(2020)甘05": the court and
# its basic courts in one year), a second page, refusal incidents only, and filters without a number (one month
# of one case type nationwide, the widest search the page allows in one click). Each page runs the count and a page.
SEARCH = dict(
    court_ids=[],
    prefix="",
    prefix_exact=False,
    seq=0,
    case_types=[],
    with_incident=False,
    start=D(2013, 1, 1),
    end=D(2025, 12, 31),
)
SEARCHES = {
    "甘05执": {**SEARCH, "prefix": "甘05", "prefix_exact": True},
    "(2020)甘05": {**SEARCH, "prefix": "甘05", "start": D(2020, 1, 1), "end": D(2020, 12, 31)},
    "甘05执, refusal incident": {**SEARCH, "prefix": "甘05", "prefix_exact": True, "with_incident": True},
    "one month, one type": {**SEARCH, "case_types": ["private_lending"], "start": D(2024, 3, 1), "end": D(2024, 3, 31)},
}
CASES += [("case file", "courts", {"filters": EVERYWHERE})]
for label_, s in SEARCHES.items():
    CASES += [
        (f"case search {label_}", "case_search_count", s),
        (f"case search {label_}", "case_search", {**s, "limit": 50, "skip": 0}),
    ]
CASES += [("case search 甘05执 page 2", "case_search", {**SEARCHES["甘05执"], "limit": 50, "skip": 50})]

# The province page for Gansu (the year to the period's end against the year before, every year for the trends),
# its court table, and one court (Tianshui Intermediate, court 345 in the sample data) against it.
CASES += [
    ("province", "provinces", {}),
    ("province", "province_measures_by_month", {**{k: v for k, v in NO_PROVINCE.items()}, "start": D(2013, 1, 1)}),
    (
        "province",
        "province_courts",
        dict(province="620000", filters=EVERYWHERE, start=D(2025, 1, 1), end=D(2025, 12, 31)),
    ),
    ("province (a court)", "court_by_month", dict(court_id=345, start=D(2013, 1, 1), end=D(2025, 12, 31))),
]
