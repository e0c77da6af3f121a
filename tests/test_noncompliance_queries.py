"""Each query of the refusal and campaigns pages against tests/fixture_noncompliance.py; every expected value is
worked out by hand from the rows listed there (incidents 1-10, cases 1-12, three provinces, courts 2-6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.filtering import run
from tests.fixture_noncompliance import nc_fixture_dir, on_nc_fixture  # noqa: F401  (pytest fixtures)

D = dt.date
ALL = dict(provinces=[], levels=[], case_types=[], debtor_types=[])


def p(start=D(2013, 1, 1), end=D(2025, 12, 31), **over):
    return {**ALL, "start": start, "end": end, **over}


def no_prov(**kw):
    out = p(**kw)
    del out["provinces"]
    return out


def by_conduct(frame):
    totals = {}
    for row in frame.iter_rows(named=True):
        t = totals.setdefault(row["conduct"], [0, 0, 0])
        t[0] += row["n_incidents"]
        t[1] += row["n_transferred"]
        t[2] += row["n_complied"]
    return {k: tuple(v) for k, v in totals.items()}


def test_conduct_totals(on_nc_fixture):
    # (incidents, transferred, complied) per conduct. Concealing: 2 (transferred) and 8; transferring: 5
    # (transferred, complied); false report: 3 (complied) and 10; obstructing: 6 (complied); violent: 4
    # (transferred) and 7 (complied); besieging: 1 (complied) and 9 (transferred, complied).
    frame = run("noncompliance_conduct_by_month", **p())
    assert by_conduct(frame) == {
        "concealing_assets": (2, 1, 0),
        "transferring_assets": (1, 1, 1),
        "false_asset_report": (2, 0, 1),
        "obstructing_officers": (1, 0, 1),
        "violent_resistance": (2, 1, 1),
        "besieging_officers": (2, 1, 2),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Jiangsu in 2024: incident 9 (May, besieging, transferred, complied) and 8 (June, concealing).
        (
            p(D(2024, 1, 1), D(2024, 12, 31), provinces=["320000"]),
            [(D(2024, 5, 1), "besieging_officers", 1, 1, 1), (D(2024, 6, 1), "concealing_assets", 1, 0, 0)],
        ),
        # Basic courts (3 and 6): incidents 3, 9, 10.
        (
            p(levels=["basic"]),
            [
                (D(2015, 9, 1), "false_asset_report", 1, 0, 0),
                (D(2024, 2, 1), "false_asset_report", 1, 0, 1),
                (D(2024, 5, 1), "besieging_officers", 1, 1, 1),
            ],
        ),
        # Companies: incidents 2, 4, 8.
        (
            p(debtor_types=["company"]),
            [
                (D(2023, 5, 1), "violent_resistance", 1, 1, 0),
                (D(2023, 8, 1), "concealing_assets", 1, 1, 0),
                (D(2024, 6, 1), "concealing_assets", 1, 0, 0),
            ],
        ),
        (p(D(2016, 1, 1), D(2020, 12, 31)), []),
    ],
)
def test_conduct_by_month(on_nc_fixture, params, expected):
    assert run("noncompliance_conduct_by_month", **params).rows() == expected


def test_ladder_whole_period(on_nc_fixture):
    # (measure, anyone held liable, bucket, incidents, transferred, persons held liable, days to comply)
    # warning: 1 (8 days) and 10 (not complied); fine: 6 (3 days); detention: 3 (10 days) and 7 (197 days);
    # transferred: 2 and 4 (held 2 + 1, not complied), 5 (43 days, 3 held), 9 (9 days, 2 held);
    # private prosecution: 8 (nobody held liable, not complied). Buckets sort as text.
    assert run("noncompliance_ladder", **p()).rows() == [
        ("detention", False, "d181_plus", 1, 0, 0, 197.0),
        ("detention", False, "d8_30", 1, 0, 0, 10.0),
        ("fine", False, "d0_7", 1, 0, 0, 3.0),
        ("private_prosecution", False, "not_complied", 1, 0, 0, 0.0),
        ("transferred", True, "d31_90", 1, 1, 3, 43.0),
        ("transferred", True, "d8_30", 1, 1, 2, 9.0),
        ("transferred", True, "not_complied", 2, 2, 3, 0.0),
        ("warning", False, "d8_30", 1, 0, 0, 8.0),
        ("warning", False, "not_complied", 1, 0, 0, 0.0),
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Heilongjiang: 4 (transferred, not complied), 5 (transferred, 43 days), 6 (fine, 3 days).
        (
            p(provinces=["230000"]),
            [
                ("fine", False, "d0_7", 1, 0, 0, 3.0),
                ("transferred", True, "d31_90", 1, 1, 3, 43.0),
                ("transferred", True, "not_complied", 1, 1, 1, 0.0),
            ],
        ),
        # 2023: 7 (detention, 197 days), 4 and 2 (transferred, not complied).
        (
            p(D(2023, 1, 1), D(2023, 12, 31)),
            [("detention", False, "d181_plus", 1, 0, 0, 197.0), ("transferred", True, "not_complied", 2, 2, 3, 0.0)],
        ),
    ],
)
def test_ladder_filtered(on_nc_fixture, params, expected):
    assert run("noncompliance_ladder", **params).rows() == expected


def test_serious_by_month(on_nc_fixture):
    frame = run("noncompliance_serious_by_month", **p(D(2023, 1, 1), D(2023, 12, 31)))
    # (month, violent, besieging, self-harm, suicide, officers injured): 7 in Feb (violent, self-harm),
    # 4 in May (violent, officer injured), 2 in August (neither).
    assert frame.rows() == [
        (D(2023, 2, 1), 1, 0, 1, 0, 0),
        (D(2023, 5, 1), 1, 0, 0, 0, 1),
        (D(2023, 8, 1), 0, 0, 0, 0, 0),
    ]
    whole = run("noncompliance_serious_by_month", **p()).drop("month").sum().row(0)
    # violent 4 and 7; besieging 1 and 9; self-harm 7; suicide 9; officer injured 4.
    assert whole == (2, 2, 1, 1, 1)


def test_by_debtor_type_2024(on_nc_fixture):
    # (month, debtor, incidents, transferred, held liable, complied, cases filed). Incidents in 2024: 3 (Feb,
    # individual, complied), 6 (Apr, individual, complied), 9 (May, individual, transferred, 2 held, complied),
    # 8 (Jun, company), 5 (Jul, other org, transferred, 3 held, complied). Cases filed in 2024: 5 (Jan, company),
    # 7 (Mar, individual), 10 (May, company), 11 (May, individual), 8 (Jul, other org).
    assert run("noncompliance_by_debtor_type", **p(D(2024, 1, 1), D(2024, 12, 31))).rows() == [
        (D(2024, 1, 1), "company", 0, 0, 0, 0, 1),
        (D(2024, 2, 1), "individual", 1, 0, 0, 1, 0),
        (D(2024, 3, 1), "individual", 0, 0, 0, 0, 1),
        (D(2024, 4, 1), "individual", 1, 0, 0, 1, 0),
        (D(2024, 5, 1), "company", 0, 0, 0, 0, 1),
        (D(2024, 5, 1), "individual", 1, 1, 2, 1, 1),
        (D(2024, 6, 1), "company", 1, 0, 0, 0, 0),
        (D(2024, 7, 1), "other_org", 1, 1, 3, 1, 1),
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # (province, incidents, transferred, held liable, cases filed)
        # Gansu: incidents 1-3, cases 1-5; Heilongjiang: incidents 4-6, cases 6-8; Jiangsu: incidents 7-10, cases 9-12.
        (no_prov(), [("230000", 3, 2, 4, 3), ("320000", 4, 1, 2, 4), ("620000", 3, 1, 2, 5)]),
        # Basic courts: Gansu court 3 (incident 3; cases 4, 5), Jiangsu court 6 (incidents 9, 10; cases 11, 12).
        (no_prov(levels=["basic"]), [("230000", 0, 0, 0, 0), ("320000", 2, 1, 2, 2), ("620000", 1, 0, 0, 2)]),
        # Financial loans: incidents 2, 4, 5; cases 3, 6, 8.
        (
            no_prov(case_types=["financial_loan"]),
            [("230000", 2, 2, 4, 2), ("320000", 0, 0, 0, 0), ("620000", 1, 1, 2, 1)],
        ),
    ],
)
def test_by_province(on_nc_fixture, params, expected):
    frame = run("noncompliance_by_province", **params)
    assert frame.select("province_code", "n_incidents", "n_transferred", "n_held_liable", "n_filed").rows() == expected
    assert frame["population_10k"].to_list() == [3062.0, 8526.0, 2465.0]


@pytest.mark.parametrize(
    ("province", "params", "expected"),
    [
        # Jiangsu: court 5 has incidents 7, 8 and cases 9, 10; court 6 incidents 9, 10 and cases 11, 12.
        ("320000", no_prov(), [(5, "intermediate", 2, 0, 0, 2), (6, "basic", 2, 1, 2, 2)]),
        # Gansu 2023: court 2 has incident 2 (2 held) and cases 2, 3; court 3 has case 4 only.
        (
            "620000",
            no_prov(start=D(2023, 1, 1), end=D(2023, 12, 31)),
            [(2, "intermediate", 1, 1, 2, 2), (3, "basic", 0, 0, 0, 1)],
        ),
        ("620000", no_prov(levels=["basic"]), [(3, "basic", 1, 0, 0, 2)]),
        # The case type filter applies to incidents (4, 5) but not to the cases filed (6, 7, 8: every type).
        ("230000", no_prov(case_types=["financial_loan"]), [(4, "intermediate", 2, 2, 4, 3)]),
        ("230000", no_prov(debtor_types=["company"]), [(4, "intermediate", 1, 1, 1, 1)]),
        ("230000", no_prov(start=D(2016, 1, 1), end=D(2016, 12, 31)), []),
    ],
)
def test_by_court(on_nc_fixture, province, params, expected):
    frame = run("noncompliance_by_court", province=province, **params)
    cols = ("court_id", "court_level", "n_incidents", "n_transferred", "n_held_liable", "n_filed")
    assert frame.select(cols).rows() == expected


def test_campaigns(on_nc_fixture):
    frame = run("campaigns")
    # Ordered by start date; incidents tagged: hlj-2024 has 5 (transferred, 3 held) and 6; js-2024 has 8 and 9
    # (transferred, 2 held).
    assert frame.select(
        "campaign_id", "province_code", "province_en", "start_date", "n_incidents", "n_transferred", "n_held_liable"
    ).rows() == [
        ("national-2014", None, None, D(2014, 11, 1), 0, 0, 0),
        ("hlj-2024", "230000", "Heilongjiang", D(2024, 3, 1), 2, 1, 3),
        ("js-2024", "320000", "Jiangsu", D(2024, 4, 1), 2, 1, 2),
    ]


def test_province_month_panel(on_nc_fixture):
    frame = run("noncompliance_province_month", **no_prov(start=D(2024, 3, 1), end=D(2024, 5, 31)))
    # Every province and month, zeros included. Heilongjiang: case 7 filed in March, incident 6 in April.
    # Jiangsu: incident 9 in May (transferred, 2 held), cases 10 and 11 filed in May. Gansu: nothing.
    assert frame.select(
        "province_code", "month", "n_incidents", "n_transferred", "n_held_liable", "n_filed"
    ).rows() == [
        ("230000", D(2024, 3, 1), 0, 0, 0, 1),
        ("230000", D(2024, 4, 1), 1, 0, 0, 0),
        ("230000", D(2024, 5, 1), 0, 0, 0, 0),
        ("320000", D(2024, 3, 1), 0, 0, 0, 0),
        ("320000", D(2024, 4, 1), 0, 0, 0, 0),
        ("320000", D(2024, 5, 1), 1, 1, 2, 2),
        ("620000", D(2024, 3, 1), 0, 0, 0, 0),
        ("620000", D(2024, 4, 1), 0, 0, 0, 0),
        ("620000", D(2024, 5, 1), 0, 0, 0, 0),
    ]


def test_province_month_panel_filters(on_nc_fixture):
    # Individuals only, 2023: incident 7 (Jiangsu, February); cases 2 (Gansu, Jan), 4 (Gansu, Jun), 9 (Jiangsu, Jan).
    frame = run(
        "noncompliance_province_month", **no_prov(start=D(2023, 1, 1), end=D(2023, 12, 31), debtor_types=["individual"])
    )
    assert frame.height == 36
    totals = {
        code: (sub["n_incidents"].sum(), sub["n_filed"].sum())
        for (code,), sub in frame.partition_by("province_code", as_dict=True).items()
    }
    assert totals == {"230000": (0, 0), "320000": (1, 1), "620000": (0, 2)}
