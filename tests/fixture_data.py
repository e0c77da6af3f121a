"""A small hand-built data directory whose every total is worked out by hand in the tests.

Two provinces (Gansu 620000, Heilongjiang 230000), four courts, a dozen cases, a few incidents,
list entries and cross-enforcement transfers. Dates are chosen so that windows cut through them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

D = dt.date

PROVINCES = [
    ("620000", "甘肃省", "Gansu", "甘", 2465.0),
    ("230000", "黑龙江省", "Heilongjiang", "黑", 3062.0),
]

# court_id, name_zh, name_en, level, province, city_zh, city_en, parent, prefix
COURTS = [
    (1, "甘肃省高级人民法院", "Gansu High People's Court", "high", "620000", "兰州", "Lanzhou", None, "甘"),
    (
        2,
        "天水市中级人民法院",
        "Tianshui Intermediate People's Court",
        "intermediate",
        "620000",
        "天水",
        "Tianshui",
        1,
        "甘05",
    ),
    (
        3,
        "天水市秦州区人民法院",
        "Tianshui Qinzhou District People's Court",
        "basic",
        "620000",
        "天水",
        "Tianshui",
        2,
        "甘0502",
    ),
    (
        4,
        "哈尔滨市中级人民法院",
        "Harbin Intermediate People's Court",
        "intermediate",
        "230000",
        "哈尔滨",
        "Harbin",
        None,
        "黑01",
    ),
    # Takes over case 8 (transfer 3): a case is never moved to the court that already has it.
    (
        11,
        "哈尔滨市呼兰区人民法院",
        "Harbin Hulan District People's Court",
        "basic",
        "230000",
        "哈尔滨",
        "Harbin",
        4,
        "黑0111",
    ),
]

# case_id, seq, court, province, filed, closed, type, debtor_type, debtor, creditors, claim, recovered, closure, voluntary
CASES = [
    (
        1,
        1,
        2,
        "620000",
        D(2020, 11, 20),
        D(2021, 5, 20),
        "property_housing",
        "individual",
        100,
        1,
        200_000,
        200_000,
        "performed",
        False,
    ),
    (
        2,
        2,
        2,
        "620000",
        D(2023, 1, 10),
        D(2023, 3, 1),
        "private_lending",
        "individual",
        101,
        1,
        50_000,
        50_000,
        "performed",
        True,
    ),
    (
        3,
        3,
        2,
        "620000",
        D(2023, 2, 5),
        D(2024, 2, 5),
        "financial_loan",
        "company",
        102,
        3,
        1_000_000,
        400_000,
        "terminated_round",
        False,
    ),
    (4, 1, 3, "620000", D(2023, 6, 1), None, "private_lending", "individual", 103, 1, 30_000, 0, None, False),
    (
        5,
        2,
        3,
        "620000",
        D(2024, 1, 15),
        D(2024, 4, 15),
        "sales_contract",
        "company",
        104,
        2,
        300_000,
        300_000,
        "settled",
        True,
    ),
    (
        6,
        1,
        4,
        "230000",
        D(2023, 3, 3),
        D(2023, 12, 30),
        "financial_loan",
        "company",
        105,
        1,
        2_000_000,
        1_500_000,
        "performed",
        False,
    ),
    (
        7,
        2,
        4,
        "230000",
        D(2024, 3, 3),
        D(2024, 8, 1),
        "labour_remuneration",
        "individual",
        106,
        4,
        80_000,
        80_000,
        "performed",
        True,
    ),
    (8, 3, 4, "230000", D(2024, 7, 1), None, "financial_loan", "other_org", 107, 1, 500_000, 0, None, False),
]

# incident_id, case, court, province, action_date, conduct, debtor_type, case_type, measure,
# transferred, held_liable, complied, complied_date, consequence, campaign
INCIDENTS = [
    (
        1,
        1,
        2,
        "620000",
        D(2021, 5, 12),
        "besieging_officers",
        "individual",
        "property_housing",
        "warning",
        False,
        0,
        True,
        D(2021, 5, 20),
        None,
        None,
    ),
    (
        2,
        3,
        2,
        "620000",
        D(2023, 8, 1),
        "concealing_assets",
        "company",
        "financial_loan",
        "transferred",
        True,
        2,
        False,
        None,
        None,
        None,
    ),
    (
        3,
        4,
        3,
        "620000",
        D(2024, 2, 1),
        "false_asset_report",
        "individual",
        "private_lending",
        "detention",
        False,
        0,
        True,
        D(2024, 2, 11),
        None,
        None,
    ),
    (
        4,
        6,
        4,
        "230000",
        D(2023, 5, 5),
        "violent_resistance",
        "company",
        "financial_loan",
        "transferred",
        True,
        1,
        False,
        None,
        "officer_injured",
        None,
    ),
    (
        5,
        8,
        4,
        "230000",
        D(2024, 7, 20),
        "transferring_assets",
        "other_org",
        "financial_loan",
        "transferred",
        True,
        3,
        True,
        D(2024, 9, 1),
        None,
        "hlj-2024",
    ),
    (
        6,
        7,
        4,
        "230000",
        D(2024, 4, 1),
        "obstructing_officers",
        "individual",
        "labour_remuneration",
        "fine",
        False,
        0,
        True,
        D(2024, 4, 4),
        None,
        "hlj-2024",
    ),
]

# entry_id, debtor, debtor_type, case, case_type, court, province, listed, removed, reason, severity
LISTINGS = [
    (1, 102, "company", 3, "financial_loan", 2, "620000", D(2023, 4, 1), D(2024, 2, 5), "performed", None),
    (2, 103, "individual", 4, "private_lending", 3, "620000", D(2023, 9, 1), None, None, None),
    (3, 105, "company", 6, "financial_loan", 4, "230000", D(2023, 6, 1), D(2023, 12, 30), "credit_restoration", None),
    (4, 107, "other_org", 8, "financial_loan", 4, "230000", D(2024, 9, 1), None, None, "serious"),
    (5, 101, "individual", 2, "private_lending", 2, "620000", D(2023, 2, 1), D(2023, 3, 1), "performed", None),
]

# transfer_id, case, case_type, from, to, method, assigned, resolved, claim, recovered, creditors, pilot
TRANSFERS = [
    (1, 3, "financial_loan", 2, 1, "elevated", D(2023, 11, 1), D(2024, 2, 5), 1_000_000, 400_000, 3, True),
    (2, 4, "private_lending", 3, 2, "designated", D(2024, 3, 1), None, 30_000, 0, 1, False),
    (3, 8, "financial_loan", 4, 11, "collaborative", D(2024, 8, 1), D(2025, 5, 1), 500_000, 250_000, 1, False),
]

CAMPAIGNS = [
    (
        "hlj-2024",
        "230000",
        "黑龙江2024年集中打击拒执专项行动",
        "Heilongjiang 2024 concentrated crackdown on refusal to execute",
        D(2024, 3, 1),
        D(2024, 8, 31),
        "refusal_crimes",
    ),
    (
        "national-2014",
        None,
        "全国集中打击拒执犯罪专项行动",
        "National concentrated campaign against refusal crimes",
        D(2014, 11, 1),
        D(2015, 3, 31),
        "refusal_crimes",
    ),
]

EVENTS = [
    (1, D(2020, 11, 10), "judgment", 2, None, "判决明某返还房屋", "Judgment orders Ming to return the apartment"),
    (1, D(2021, 5, 20), "performed", 2, 200_000, "明某返还房屋并支付占用费", "Ming returns the apartment and pays"),
]


def _table(rows, schema: pa.Schema) -> pa.Table:
    cols = list(zip(*rows)) if rows else [[] for _ in schema]
    return pa.table({f.name: pa.array(c, f.type) for f, c in zip(schema, cols)})


S = pa.string()
I = pa.int64()
DT = pa.date32()
B = pa.bool_()

SCHEMAS = {
    "provinces": pa.schema(
        [("province_code", S), ("name_zh", S), ("name_en", S), ("abbr_zh", S), ("population_10k", pa.float64())]
    ),
    "courts": pa.schema(
        [
            ("court_id", pa.int32()),
            ("name_zh", S),
            ("name_en", S),
            ("level", S),
            ("province_code", S),
            ("city_zh", S),
            ("city_en", S),
            ("parent_court_id", pa.int32()),
            ("case_prefix", S),
        ]
    ),
    "enforcement_cases": pa.schema(
        [
            ("case_id", I),
            ("case_seq", I),
            ("court_id", pa.int32()),
            ("province_code", S),
            ("filed_date", DT),
            ("closed_date", DT),
            ("case_type", S),
            ("debtor_type", S),
            ("debtor_id", I),
            ("n_creditors", I),
            ("claim_yuan", I),
            ("recovered_yuan", I),
            ("closure", S),
            ("is_voluntary", B),
        ]
    ),
    "noncompliance": pa.schema(
        [
            ("incident_id", I),
            ("case_id", I),
            ("court_id", pa.int32()),
            ("province_code", S),
            ("action_date", DT),
            ("conduct", S),
            ("debtor_type", S),
            ("case_type", S),
            ("measure", S),
            ("is_transferred", B),
            ("n_held_liable", I),
            ("is_complied", B),
            ("complied_date", DT),
            ("serious_consequence", S),
            ("campaign_id", S),
        ]
    ),
    "dishonest_list": pa.schema(
        [
            ("entry_id", I),
            ("debtor_id", I),
            ("debtor_type", S),
            ("case_id", I),
            ("case_type", S),
            ("court_id", pa.int32()),
            ("province_code", S),
            ("listed_date", DT),
            ("removed_date", DT),
            ("removal_reason", S),
            ("severity", S),
        ]
    ),
    "cross_enforcement": pa.schema(
        [
            ("transfer_id", I),
            ("case_id", I),
            ("case_type", S),
            ("from_court_id", pa.int32()),
            ("to_court_id", pa.int32()),
            ("method", S),
            ("assigned_date", DT),
            ("resolved_date", DT),
            ("claim_yuan", I),
            ("recovered_yuan", I),
            ("n_creditors", I),
            ("is_pilot", B),
        ]
    ),
    "campaigns": pa.schema(
        [
            ("campaign_id", S),
            ("province_code", S),
            ("name_zh", S),
            ("name_en", S),
            ("start_date", DT),
            ("end_date", DT),
            ("focus", S),
        ]
    ),
    "case_events": pa.schema(
        [
            ("case_id", I),
            ("event_date", DT),
            ("event_type", S),
            ("court_id", pa.int32()),
            ("amount_yuan", I),
            ("detail_zh", S),
            ("detail_en", S),
        ]
    ),
}

ROWS = {
    "provinces": PROVINCES,
    "courts": COURTS,
    "enforcement_cases": CASES,
    "noncompliance": INCIDENTS,
    "dishonest_list": LISTINGS,
    "cross_enforcement": TRANSFERS,
    "campaigns": CAMPAIGNS,
    "case_events": EVENTS,
}

# Which date column decides a row's year partition.
PARTITION_DATE = {"enforcement_cases": "filed_date", "dishonest_list": "listed_date", "case_events": "event_date"}


def write_fixture(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ROWS.items():
        table = _table(rows, SCHEMAS[name])
        if name in PARTITION_DATE:
            idx = SCHEMAS[name].names.index(PARTITION_DATE[name])
            for year in sorted({r[idx].year for r in rows}):
                part = _table([r for r in rows if r[idx].year == year], SCHEMAS[name])
                folder = out / name / f"year={year}"
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(part, folder / "part-0.parquet")
        else:
            pq.write_table(table, out / f"{name}.parquet")
    return out
