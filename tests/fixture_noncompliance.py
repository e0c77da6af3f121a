"""The hand fixture plus a third province (Jiangsu) and four incidents, so that every measure, every
serious consequence and a campaign with a comparison province appear; totals are worked out in the tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import queries
from tests import fixture_data as base
from tests.conftest import fixture_data_dir, use_data

D = dt.date

PROVINCES = [("320000", "江苏省", "Jiangsu", "苏", 8526.0)]

COURTS = [
    (
        5,
        "南京市中级人民法院",
        "Nanjing Intermediate People's Court",
        "intermediate",
        "320000",
        "南京",
        "Nanjing",
        None,
        "苏01",
    ),
    (
        6,
        "南京市玄武区人民法院",
        "Nanjing Xuanwu District People's Court",
        "basic",
        "320000",
        "南京",
        "Nanjing",
        5,
        "苏0102",
    ),
]

CASES = [
    (
        9,
        1,
        5,
        "320000",
        D(2023, 1, 20),
        D(2023, 9, 1),
        "private_lending",
        "individual",
        108,
        1,
        100_000,
        100_000,
        "performed",
        False,
    ),
    (10, 2, 5, "320000", D(2024, 5, 6), None, "sales_contract", "company", 109, 2, 400_000, 0, None, False),
    (
        11,
        1,
        6,
        "320000",
        D(2024, 5, 20),
        D(2024, 6, 1),
        "labour_remuneration",
        "individual",
        110,
        1,
        20_000,
        20_000,
        "performed",
        True,
    ),
    (
        12,
        2,
        6,
        "320000",
        D(2015, 8, 3),
        D(2016, 6, 30),
        "private_lending",
        "individual",
        111,
        1,
        60_000,
        60_000,
        "performed",
        False,
    ),
]

# Days to comply: incident 7 took 197 days (2023-02-14 -> 2023-08-30), incident 9 took 9 (2024-05-22 -> 05-31).
INCIDENTS = [
    (
        7,
        9,
        5,
        "320000",
        D(2023, 2, 14),
        "violent_resistance",
        "individual",
        "private_lending",
        "detention",
        False,
        0,
        True,
        D(2023, 8, 30),
        "self_harm",
        None,
    ),
    (
        8,
        10,
        5,
        "320000",
        D(2024, 6, 10),
        "concealing_assets",
        "company",
        "sales_contract",
        "private_prosecution",
        False,
        0,
        False,
        None,
        None,
        "js-2024",
    ),
    (
        9,
        11,
        6,
        "320000",
        D(2024, 5, 22),
        "besieging_officers",
        "individual",
        "labour_remuneration",
        "transferred",
        True,
        2,
        True,
        D(2024, 5, 31),
        "suicide",
        "js-2024",
    ),
    (
        10,
        12,
        6,
        "320000",
        D(2015, 9, 1),
        "false_asset_report",
        "individual",
        "private_lending",
        "warning",
        False,
        0,
        False,
        None,
        None,
        None,
    ),
]

CAMPAIGNS = [
    (
        "js-2024",
        "320000",
        "江苏2024年集中打击拒执专项行动",
        "Jiangsu 2024 concentrated crackdown on refusal to execute",
        D(2024, 4, 1),
        D(2024, 10, 31),
        "refusal_crimes",
    ),
]

ROWS = {
    **base.ROWS,
    "provinces": base.PROVINCES + PROVINCES,
    "courts": base.COURTS + COURTS,
    "enforcement_cases": base.CASES + CASES,
    "noncompliance": base.INCIDENTS + INCIDENTS,
    "campaigns": base.CAMPAIGNS + CAMPAIGNS,
}


def write_fixture(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in ROWS.items():
        schema = base.SCHEMAS[name]
        if name in base.PARTITION_DATE:
            idx = schema.names.index(base.PARTITION_DATE[name])
            for year in sorted({r[idx].year for r in rows}):
                folder = out / name / f"year={year}"
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(base._table([r for r in rows if r[idx].year == year], schema), folder / "part-0.parquet")
        else:
            pq.write_table(base._table(rows, schema), out / f"{name}.parquet")
    return out


@pytest.fixture(scope="session")
def nc_fixture_dir(tmp_path_factory) -> Path:
    return fixture_data_dir(tmp_path_factory, "nc-fixture", write_fixture)


@pytest.fixture
def on_nc_fixture(nc_fixture_dir, cache_dir):
    use_data(nc_fixture_dir, cache_dir)
    yield nc_fixture_dir
    queries.reset()
