"""Tests of the synthetic data generator: a small sample is generated once and checked with plain
SQL (contract, keys, date order, proportions, determinism, the Tianshui case)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from contract import TABLES
from sample_data import generate as gen
from sample_data.reference import TIANSHUI_CASE_ID

SCALE = 0.001
BIG = ("enforcement_cases", "dishonest_list", "case_events")
FAMILY = {
    "TINYINT": "int",
    "SMALLINT": "int",
    "INTEGER": "int",
    "BIGINT": "int",
    "VARCHAR": "str",
    "DATE": "date",
    "BOOLEAN": "bool",
    "DOUBLE": "num",
    "FLOAT": "num",
}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "national"
    gen.generate(out, SCALE, 7, progress=False)
    return out


@pytest.fixture(scope="module")
def con(data):
    c = duckdb.connect()
    for t, (partitioned, _) in TABLES.items():
        src = f"'{data}/{t}/*/*.parquet', hive_partitioning = true" if partitioned else f"'{data}/{t}.parquet'"
        c.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet({src})")
    return c


def one(con, sql):
    return con.execute(sql).fetchall()[0][0]


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.parquet"))
    }


def test_layout_success_and_meta(data):
    assert (data / "_SUCCESS").is_file()
    meta = json.loads((data / "_meta.json").read_text())
    assert meta["scale"] == SCALE and meta["seed"] == 7 and meta["as_of"] == "2025-12-31"
    for t, (partitioned, _) in TABLES.items():
        if partitioned:
            years = sorted(p.name for p in (data / t).iterdir())
            assert years and all(y.startswith("year=") for y in years)
            part = next((data / t).glob("year=*/part-0.parquet"))
            assert "year" not in pq.read_schema(part).names  # the partition column lives in the path only
        else:
            assert (data / f"{t}.parquet").is_file()
    assert not list(data.parent.glob(".tmp*"))


def test_every_contract_column_with_its_type_family(con):
    for t, (_, columns) in TABLES.items():
        found = {r[0]: r[1] for r in con.execute(f"DESCRIBE {t}").fetchall()}
        for col, family in columns.items():
            assert col in found, f"{t}.{col} missing"
            fam = FAMILY.get(found[col], found[col])
            assert fam == family or (family == "num" and fam == "int"), f"{t}.{col}: {found[col]}"


def test_tables_sorted_by_their_main_date(con):
    for t, col in (
        ("enforcement_cases", "filed_date"),
        ("dishonest_list", "listed_date"),
        ("case_events", "event_date"),
        ("noncompliance", "action_date"),
        ("cross_enforcement", "assigned_date"),
        ("campaigns", "start_date"),
    ):
        partitioned = TABLES[t][0]
        src = (
            f"read_parquet('{con_dir(con)}/{t}/*/*.parquet', filename = true, file_row_number = true)"
            if partitioned
            else f"read_parquet('{con_dir(con)}/{t}.parquet', filename = true, file_row_number = true)"
        )
        bad = one(
            con,
            f"""SELECT count(*) FROM (
                SELECT {col} < lag({col}) OVER (PARTITION BY filename ORDER BY file_row_number) AS back FROM {src})
            WHERE back""",
        )
        assert bad == 0, t


def con_dir(con) -> str:
    path = one(con, "SELECT sql FROM duckdb_views() WHERE view_name = 'provinces'")
    return path.split("read_parquet('")[1].split("/provinces.parquet")[0]


def test_keys_join(con):
    for t in ("noncompliance", "dishonest_list", "cross_enforcement", "case_events"):
        assert (
            one(con, f"SELECT count(*) FROM {t} WHERE case_id NOT IN (SELECT case_id FROM enforcement_cases)") == 0
        ), t
    assert one(con, "SELECT count(*) - count(DISTINCT case_id) FROM enforcement_cases") == 0
    for t, col in (
        ("enforcement_cases", "court_id"),
        ("noncompliance", "court_id"),
        ("dishonest_list", "court_id"),
        ("case_events", "court_id"),
        ("cross_enforcement", "from_court_id"),
        ("cross_enforcement", "to_court_id"),
        ("courts", "parent_court_id"),
    ):
        assert (
            one(con, f"SELECT count(*) FROM {t} WHERE {col} IS NOT NULL AND {col} NOT IN (SELECT court_id FROM courts)")
            == 0
        ), (t, col)
    for t in ("enforcement_cases", "noncompliance", "dishonest_list", "campaigns"):
        assert (
            one(
                con,
                f"SELECT count(*) FROM {t} WHERE province_code IS NOT NULL "
                "AND province_code NOT IN (SELECT province_code FROM provinces)",
            )
            == 0
        ), t
    # Only the SPC sits outside the provinces, and only it has no parent.
    assert one(
        con, "SELECT list(level) FROM courts WHERE province_code NOT IN (SELECT province_code FROM provinces)"
    ) == ["supreme"]
    assert one(con, "SELECT list(level) FROM courts WHERE parent_court_id IS NULL") == ["supreme"]
    assert one(con, "SELECT count(*) FROM provinces") == 31
    assert 3500 <= one(con, "SELECT count(*) FROM courts") <= 3650
    assert one(con, "SELECT count(*) - count(DISTINCT case_prefix) FROM courts") == 0


def test_denormalised_columns_match_the_case(con):
    assert (
        one(
            con,
            """SELECT count(*) FROM dishonest_list d JOIN enforcement_cases c USING (case_id)
        WHERE d.debtor_id <> c.debtor_id OR d.debtor_type <> c.debtor_type OR d.case_type <> c.case_type
           OR d.court_id <> c.court_id OR d.province_code <> c.province_code""",
        )
        == 0
    )
    assert (
        one(
            con,
            """SELECT count(*) FROM noncompliance n JOIN enforcement_cases c USING (case_id)
        WHERE n.court_id <> c.court_id OR n.province_code <> c.province_code OR n.debtor_type <> c.debtor_type
           OR n.case_type <> c.case_type""",
        )
        == 0
    )
    assert (
        one(
            con,
            """SELECT count(*) FROM cross_enforcement x JOIN enforcement_cases c USING (case_id)
        WHERE x.case_type <> c.case_type OR x.from_court_id <> c.court_id OR x.claim_yuan <> c.claim_yuan
           OR x.n_creditors <> c.n_creditors OR x.from_court_id = x.to_court_id""",
        )
        == 0
    )
    # case_seq numbers a court's cases within a year, so case numbers are unique.
    assert (
        one(con, "SELECT count(*) - count(DISTINCT (court_id, year(filed_date), case_seq)) FROM enforcement_cases") == 0
    )


def test_dates_in_order(con):
    checks = {
        "closed before filed": "SELECT count(*) FROM enforcement_cases WHERE closed_date < filed_date",
        "closure without date": "SELECT count(*) FROM enforcement_cases WHERE (closed_date IS NULL) <> (closure IS NULL)",
        "removed not after listed": "SELECT count(*) FROM dishonest_list WHERE removed_date <= listed_date",
        "listed before case filed": """SELECT count(*) FROM dishonest_list d JOIN enforcement_cases c USING (case_id)
                                       WHERE d.listed_date <= c.filed_date""",
        "complied before action": "SELECT count(*) FROM noncompliance WHERE complied_date < action_date",
        "complied flag": "SELECT count(*) FROM noncompliance WHERE is_complied <> (complied_date IS NOT NULL)",
        "action outside case life": """SELECT count(*) FROM noncompliance n JOIN enforcement_cases c USING (case_id)
                                       WHERE n.action_date <= c.filed_date OR n.action_date > c.closed_date""",
        "resolved before assigned": "SELECT count(*) FROM cross_enforcement WHERE resolved_date < assigned_date",
        "event after as-of": "SELECT count(*) FROM case_events WHERE event_date > DATE '2025-12-31'",
    }
    for name, sql in checks.items():
        assert one(con, sql) == 0, name
    # Within a case: judgment <= filing <= every later step; closing is the last civil step;
    # transfer <= prosecution <= conviction.
    bad = one(
        con,
        """
        WITH e AS (SELECT case_id,
            min(event_date) FILTER (WHERE event_type = 'judgment') AS j,
            min(event_date) FILTER (WHERE event_type = 'enforcement_filed') AS f,
            min(event_date) FILTER (WHERE event_type NOT IN ('judgment', 'enforcement_filed')) AS first_step,
            max(event_date) FILTER (WHERE event_type NOT IN ('closed', 'prosecuted', 'convicted')) AS last_civil,
            max(event_date) FILTER (WHERE event_type = 'closed') AS c,
            min(event_date) FILTER (WHERE event_type = 'transferred_to_police') AS t,
            min(event_date) FILTER (WHERE event_type = 'prosecuted') AS p,
            min(event_date) FILTER (WHERE event_type = 'convicted') AS v
            FROM case_events GROUP BY 1)
        SELECT count(*) FROM e WHERE NOT (j <= f AND f <= coalesce(first_step, f) AND coalesce(c >= last_civil, true)
                                          AND coalesce(t <= p, true) AND coalesce(p <= v, true))""",
    )
    assert bad == 0
    # Events belong to cases with an incident, and follow their measure.
    assert (
        one(
            con,
            "SELECT count(*) FROM (SELECT DISTINCT case_id FROM case_events) "
            "WHERE case_id NOT IN (SELECT case_id FROM noncompliance)",
        )
        == 0
    )
    assert (
        one(
            con,
            """SELECT count(*) FROM noncompliance n WHERE measure = 'detention' AND NOT EXISTS (
        SELECT 1 FROM case_events e WHERE e.case_id = n.case_id AND e.event_type = 'detention'
        AND e.event_date = n.action_date)""",
        )
        == 0
    )


def test_case_mix_close_to_calibration(con):
    target = {
        "financial_loan": 0.22,
        "private_lending": 0.20,
        "sales_contract": 0.15,
        "property_housing": 0.08,
        "labour_remuneration": 0.08,
        "criminal_financial": 0.07,
        "traffic_injury": 0.06,
        "construction_contract": 0.05,
        "family_support": 0.04,
        "administrative": 0.02,
        "other": 0.03,
    }
    got = dict(
        con.execute("SELECT case_type, count(*) / sum(count(*)) OVER () FROM enforcement_cases GROUP BY 1").fetchall()
    )
    for k, v in target.items():
        assert abs(got[k] - v) < 0.01, k


def test_yearly_new_cases_scale(con):
    got = dict(con.execute("SELECT year(filed_date), count(*) FROM enforcement_cases GROUP BY 1").fetchall())
    assert sorted(got) == list(range(2013, 2026))
    assert abs(got[2019] - 10.4e6 * SCALE) <= 2 and abs(got[2024] - 8.7e6 * SCALE) <= 2


def test_method_split(con):
    target = {"designated": 0.45, "elevated": 0.20, "collaborative": 0.15, "supervised": 0.12, "centralised": 0.08}
    got = dict(
        con.execute("SELECT method, count(*) / sum(count(*)) OVER () FROM cross_enforcement GROUP BY 1").fetchall()
    )
    for k, v in target.items():
        assert abs(got.get(k, 0) - v) < 0.07, k
    # elevated cases go to the parent court
    assert (
        one(
            con,
            """SELECT count(*) FROM cross_enforcement x JOIN courts f ON f.court_id = x.from_court_id
                       WHERE method = 'elevated' AND x.to_court_id <> f.parent_court_id""",
        )
        == 0
    )


def test_cross_enforcement_dates_and_pilot(con):
    assert one(con, "SELECT count(*) FROM cross_enforcement WHERE assigned_date < DATE '2023-10-01'") == 0
    assert one(con, "SELECT count(*) FROM cross_enforcement WHERE is_pilot <> (assigned_date < DATE '2024-01-01')") == 0
    assert (
        one(
            con,
            """SELECT count(DISTINCT c.province_code) FROM cross_enforcement x
                       JOIN courts c ON c.court_id = x.from_court_id WHERE is_pilot""",
        )
        == 19
    )


def test_cross_enforcement_checkpoint_2024_07_03(con):
    n, y = con.execute("""SELECT count(*) FILTER (WHERE resolved_date <= DATE '2024-07-03'),
                                 sum(recovered_yuan) FILTER (WHERE resolved_date <= DATE '2024-07-03')::DOUBLE
                          FROM cross_enforcement WHERE assigned_date <= DATE '2024-07-03'""").fetchone()
    assert abs(n - 23_119 * SCALE) <= 3
    assert abs(y - 39.89e9 * SCALE) <= 0.05 * 39.89e9 * SCALE


def test_cross_province_moves(con):
    away, stay_bad = con.execute("""
        SELECT avg((f.province_code <> t.province_code)::INT) FILTER (WHERE method IN ('designated', 'collaborative')),
               count(*) FILTER (WHERE method IN ('elevated', 'supervised', 'centralised')
                                  AND f.province_code <> t.province_code AND f.level <> 'high')
        FROM cross_enforcement x JOIN courts f ON f.court_id = x.from_court_id
        JOIN courts t ON t.court_id = x.to_court_id""").fetchone()
    assert 0.02 <= away <= 0.2
    assert stay_bad == 0


def test_dishonest_severity_changes_time_on_list(con):
    sev = dict(
        con.execute("""SELECT severity, avg(coalesce(removed_date < listed_date + INTERVAL 12 MONTH, false)::INT)
                              FROM dishonest_list WHERE year(listed_date) = 2024 GROUP BY 1""").fetchall()
    )
    assert sev["minor"] > sev["general"] > sev["serious"], sev


def test_dishonest_stock_rises_then_falls_twice(con):
    stock = dict(
        con.execute("""
        SELECT y, count(*) FILTER (WHERE listed_date <= make_date(y, 12, 31)
                                     AND (removed_date IS NULL OR removed_date > make_date(y, 12, 31)))
        FROM dishonest_list, range(2013, 2026) t(y) GROUP BY 1""").fetchall()
    )
    assert all(stock[y] > stock[y - 1] for y in range(2014, 2024)), stock
    assert stock[2024] < stock[2023] and stock[2025] < stock[2024], stock
    assert (
        one(con, "SELECT count(*) FROM dishonest_list WHERE (severity IS NULL) <> (listed_date < DATE '2024-01-01')")
        == 0
    )
    assert one(con, "SELECT min(listed_date) FROM dishonest_list").isoformat() >= "2013-10-01"


def test_noncompliance_rules(con):
    assert (
        one(
            con,
            "SELECT count(*) FROM noncompliance WHERE n_held_liable > 0 "
            "AND measure NOT IN ('transferred', 'private_prosecution')",
        )
        == 0
    )
    assert one(con, "SELECT count(*) FROM noncompliance WHERE is_transferred <> (measure = 'transferred')") == 0
    assert (
        one(
            con,
            "SELECT count(*) FROM noncompliance WHERE measure = 'private_prosecution' "
            "AND action_date < DATE '2015-07-22'",
        )
        == 0
    )
    # a campaign id only where its province and window apply
    assert (
        one(
            con,
            """SELECT count(*) FROM noncompliance n JOIN campaigns c USING (campaign_id)
        WHERE n.action_date NOT BETWEEN c.start_date AND c.end_date
           OR (c.province_code IS NOT NULL AND c.province_code <> n.province_code)""",
        )
        == 0
    )


def test_tianshui_case(con):
    row = con.execute(f"""
        SELECT '(' || year(filed_date) || ')' || ct.case_prefix || '执' || case_seq || '号', ct.name_en,
               c.case_type, c.debtor_type, c.closure, c.closed_date
        FROM enforcement_cases c JOIN courts ct USING (court_id) WHERE case_id = {TIANSHUI_CASE_ID}""").fetchone()
    assert row is not None
    number, court, ctype, dtype, closure, closed = row
    assert number.startswith("(2020)甘05执") and number.endswith("号")
    assert court == "Tianshui Intermediate People's Court"
    assert (ctype, dtype, closure) == ("property_housing", "individual", "performed")
    assert closed.year == 2021 and closed.month == 5
    inc = con.execute(f"""SELECT conduct, measure, is_complied, complied_date, action_date FROM noncompliance
                          WHERE case_id = {TIANSHUI_CASE_ID}""").fetchall()
    assert len(inc) == 1
    conduct, measure, complied, cdate, adate = inc[0]
    assert conduct in ("besieging_officers", "obstructing_officers") and measure == "warning" and complied
    assert (adate.year, adate.month, cdate.year, cdate.month) == (2021, 5, 2021, 5)
    ev = con.execute(f"""SELECT event_type, event_date, detail_zh, detail_en FROM case_events
                         WHERE case_id = {TIANSHUI_CASE_ID} ORDER BY event_date""").fetchall()
    assert ev[0][0] == "judgment" and ev[0][1].isoformat().startswith("2020-11")
    assert ev[-1][0] == "closed"
    assert any("明某" in zh for _, _, zh, _ in ev) and any("Ming" in en for *_, en in ev)
    assert any("criminal" in en for *_, en in ev) and any("围观" in zh for _, _, zh, _ in ev)


def test_deterministic_and_seed_sensitive(data, tmp_path):
    again = tmp_path / "again"
    gen.generate(again, SCALE, 7, progress=False)
    assert digest(again) == digest(data)
    other = tmp_path / "other"
    gen.generate(other, SCALE, 8, progress=False)
    a, b = digest(data), digest(other)
    assert a["provinces.parquet"] == b["provinces.parquet"] and a["courts.parquet"] == b["courts.parquet"]
    assert a["enforcement_cases/year=2019/part-0.parquet"] != b["enforcement_cases/year=2019/part-0.parquet"]
    assert a["noncompliance.parquet"] != b["noncompliance.parquet"]


def test_tiny_scale_still_has_the_showcase(tmp_path):
    out = tmp_path / "tiny"
    gen.generate(out, 0.0005, 3, progress=False)
    c = duckdb.connect()
    n = c.execute(
        f"SELECT count(*) FROM read_parquet('{out}/case_events/*/*.parquet') "
        f"WHERE case_id = {TIANSHUI_CASE_ID} AND detail_zh LIKE '%明某%'"
    ).fetchone()[0]
    assert n >= 5


def test_cli_refuses_a_non_empty_directory(tmp_path, capsys):
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    assert gen.main(["--scale", "0.0005", "--out", str(target), "--quiet"]) == 2
    assert "--force" in capsys.readouterr().err
    assert (target / "keep.txt").exists()
