"""Past one machine: the dashboard's queries and rollup build on Apache Spark (local mode) give DuckDB's answers.

Spark reads the same generated parquet, builds the rollups from queries/rollup_sql with SQLGlot's
transpilation, and answers queries/sql with the `$named` values bound; DuckDB (queries.run) is the
reference. One Spark session serves the module: starting the JVM is the expensive part.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import queries
from queries import spark as on_spark
from tests.filtering import filters_of, run

pytest.importorskip("pyspark")

D = dt.date
ALL = dict(provinces=[], levels=[], case_types=[], debtor_types=[])
FILTERS = {**ALL, "start": D(2013, 1, 1), "end": D(2025, 12, 31)}
JIANGSU = {**FILTERS, "provinces": ["320000"]}
NARROW = {
    **FILTERS,
    "levels": ["basic", "intermediate"],
    "case_types": ["financial_loan", "private_lending"],
    "debtor_types": ["company"],
    "start": D(2019, 4, 1),
    "end": D(2024, 9, 30),
}
NO_PROVINCE = {k: v for k, v in FILTERS.items() if k != "provinces"}
DIMS = {k: v for k, v in FILTERS.items() if k not in ("start", "end")}

# (query, params): trends, rankings, the dishonest-list stock, cross-enforcement totals and flows,
# the campaign panel and the page-level facts; each with the default filters and a narrower set.
CASES = [
    ("data_facts", {}),
    ("provinces", {}),
    ("campaigns", {}),
    ("cases_by_month", FILTERS),
    ("cases_by_month", NARROW),
    ("noncompliance_by_month", FILTERS),
    ("noncompliance_by_month", JIANGSU),
    ("noncompliance_totals", {**FILTERS, "start": D(2015, 4, 1), "end": D(2025, 3, 31)}),
    ("noncompliance_conduct_by_month", NARROW),
    ("noncompliance_ladder", FILTERS),
    ("noncompliance_serious_by_month", FILTERS),
    ("noncompliance_by_debtor_type", JIANGSU),
    ("noncompliance_by_province", NO_PROVINCE),
    ("noncompliance_by_court", {**NO_PROVINCE, "province": "320000"}),
    ("noncompliance_province_month", {**NO_PROVINCE, "start": D(2023, 3, 1), "end": D(2025, 8, 31)}),
    ("dishonest_by_month", FILTERS),
    ("dishonest_flows_by_month", {**JIANGSU, "start": D(2016, 1, 1)}),
    ("dishonest_listed_by_severity", FILTERS),
    ("dishonest_durations", NARROW),
    ("dishonest_on_list_by_province", {**DIMS, "end": D(2025, 12, 31)}),
    ("dishonest_on_list_by_province", {**DIMS, "debtor_types": ["individual"], "end": D(2020, 6, 30)}),
    ("cross_enforcement_by_month", FILTERS),
    ("cross_enforcement_by_method", {**DIMS, "end": D(2025, 12, 31)}),
    ("cross_enforcement_totals", {**DIMS, "start": D(2024, 1, 1), "end": D(2025, 3, 31)}),
    ("cross_enforcement_flows", FILTERS),
    ("cross_enforcement_top_receivers", {**FILTERS, "limit": 15}),
    ("cross_enforcement_by_creditors", FILTERS),
    ("cross_enforcement_vs_comparable", FILTERS),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return tmp_path_factory.mktemp("spark-warehouse")


@pytest.fixture(scope="module")
def spark(warehouse):
    session = on_spark.session(
        "local[2]",
        warehouse=warehouse,
        **{"spark.sql.shuffle.partitions": "2", "spark.driver.memory": "1g"},
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def both(spark, generated_dir, cache_dir):
    """The generated data on both engines: DuckDB's rollups and Spark's, built from the same parquet."""
    on_spark.register_sources(spark, generated_dir)
    on_spark.build_rollups(spark)
    return generated_dir


@pytest.fixture
def duck(both, cache_dir):
    from tests.conftest import use_data

    use_data(both, cache_dir)
    yield
    queries.reset()


def same(duckdb_frame: pl.DataFrame, spark_frame: pl.DataFrame, ordered: bool = True) -> None:
    if ordered:
        assert spark_frame.columns == duckdb_frame.columns
    else:
        # A stored table is a set of rows; Spark also puts a USING join's key first in `t.*`, which no query relies on.
        assert sorted(spark_frame.columns) == sorted(duckdb_frame.columns)
        spark_frame = spark_frame.select(duckdb_frame.columns).sort(pl.all())
        duckdb_frame = duckdb_frame.sort(pl.all())
    # Sums of doubles may differ in the last bits with the order of addition; nothing else may differ.
    assert_frame_equal(spark_frame, duckdb_frame, check_dtypes=False, rel_tol=1e-9, abs_tol=1e-6)


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_query_gives_duckdbs_answer(spark, duck, name, params):
    f, rest = filters_of(name, params)
    expected = run(name, **params)
    got = on_spark.run(spark, name, f, **rest)
    assert expected.height > 0, f"{name}: the test data should give rows to compare"
    same(expected, got)


def test_case_lookup_gives_duckdbs_answer(spark, duck, generated_dir):
    # A case that has incidents and a dishonest listing, picked from the parquet itself.
    incidents = pl.read_parquet(generated_dir / "noncompliance.parquet")
    listed = pl.read_parquet(generated_dir / "dishonest_list", hive_partitioning=False)
    case_id = incidents.join(listed, on="case_id")["case_id"].sort()[0]
    case = queries.run("case_by_id", case_id=case_id)
    assert case.height == 1
    filed = case["filed_date"][0]
    prefix = case["case_prefix"][0]
    lookups = [
        ("case_by_id", dict(case_id=case_id)),
        ("case_by_number", dict(year=filed.year, prefix=prefix, seq=case["case_seq"][0])),
        ("case_events_for_case", dict(case_id=case_id, since=filed - dt.timedelta(days=400))),
        ("case_incidents", dict(case_id=case_id)),
        ("case_listings", dict(case_id=case_id, since=filed)),
    ]
    for name, params in lookups:
        expected = queries.run(name, **params)
        assert expected.height > 0, name
        same(expected, on_spark.run(spark, name, **params))


ROLLUPS = [
    "cases_monthly",
    "nc_incidents",
    "nc_monthly",
    "dl_monthly",
    "ce_transfers",
    "nc_ladder",
    "nc_court_monthly",
    "cases_court_monthly",
    "campaign_incidents",
    "dl_durations",
    "ce_cases",
    "ce_moved_closed",
    "meta",
]


@pytest.mark.parametrize("table", ROLLUPS)
def test_rollup_built_by_spark_equals_duckdbs(spark, duck, table):
    con = queries.database().con.cursor()
    try:
        expected = con.sql(f"SELECT * FROM {table}").pl()
    finally:
        con.close()
    got = pl.from_arrow(spark.table(table).toArrow())
    assert expected.height > 0
    same(expected, got, ordered=False)


@pytest.fixture(scope="module")
def from_spark(both, warehouse, tmp_path_factory):
    """A cache folder holding the dashboard's rollup database filled from Spark's rollup tables."""
    from queries import rollup_build

    cache = tmp_path_factory.mktemp("cache-from-spark")
    rollup_build.build(both, rollup_build.rollup_path(both, cache), quiet=True, tables_from=warehouse)
    return cache


def _tables(con) -> dict[str, list[tuple[str, str]]]:
    rows = con.sql(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
    ).fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, []).append((column, dtype))
    return out


def test_the_dashboard_on_sparks_rollups_has_duckdbs_tables(duck, both, from_spark):
    from tests.conftest import use_data

    con = queries.database().con.cursor()
    expected = _tables(con)
    base = [t for (t,) in con.sql("SELECT table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()]
    expected_rows = {t: con.sql(f"SELECT * FROM {t}").pl() for t in base}
    con.close()
    assert set(ROLLUPS) | {"court_monthly", "case_index"} <= set(base)
    use_data(both, from_spark)
    con = queries.database().con.cursor()
    try:
        # Every table and view, with DuckDB's own column names and types, and the same rows in each rollup.
        assert _tables(con) == expected
        for table, rows in expected_rows.items():
            same(rows, con.sql(f"SELECT * FROM {table}").pl(), ordered=False)
    finally:
        con.close()


@pytest.mark.parametrize(("name", "params"), CASES[:12], ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES[:12])])
def test_the_dashboard_on_sparks_rollups_gives_duckdbs_answer(duck, both, from_spark, name, params):
    from tests.conftest import use_data

    expected = run(name, **params)
    use_data(both, from_spark)
    got = run(name, **params)
    assert expected.height > 0
    same(expected, got)


def test_values_are_bound_not_written_into_the_sql():
    (stmt,) = on_spark.to_spark(queries.sql_text("noncompliance_totals"))
    assert ":start" in stmt and ":filters__provinces" in stmt and "2015" not in stmt
    assert "KEEP(" not in stmt.upper()


def test_a_wrong_parameter_set_is_refused(spark):
    with pytest.raises(TypeError, match="needs the filter set"):
        on_spark.run(spark, "noncompliance_totals", start=D(2020, 1, 1))
    with pytest.raises(TypeError, match="missing params"):
        on_spark.run(spark, "court_by_month", start=D(2020, 1, 1))
