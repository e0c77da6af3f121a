"""The dashboard's queries on Apache Spark, for data that outgrows one machine (docs/scale-out.md).

The SQL stays in one dialect (DuckDB's, in queries/sql and queries/rollup_sql); SQLGlot transpiles each
statement to Spark SQL, the DuckDB macros are expanded in place, and values stay bound: `$name` becomes
Spark's `:name` parameter marker and the value travels in `spark.sql(..., args=...)`, never in the text.
"""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path

import polars as pl
import sqlglot
from sqlglot import exp, transforms
from sqlglot.dialects.spark import Spark

from contract import TABLES
from queries import bound, sql_params, sql_text
from queries.dialect import CASE_TYPE_ENUM, FILING_YEARS, ROLLUP_SQL_DIR, duckdb_dialect

MACROS_FILE = "00_macros.sql"


class Spark4(Spark):
    """Spark 4 reads QUALIFY itself; SQLGlot's Spark dialect would rewrite it into a subquery that drops the order."""

    class Generator(Spark.Generator):
        TRANSFORMS = {
            **Spark.Generator.TRANSFORMS,
            exp.Select: transforms.preprocess(
                [transforms.eliminate_distinct_on, transforms.unnest_to_explode, transforms.any_to_exists]
            ),
        }


@cache
def _macros() -> dict[str, tuple[list[str], exp.Expression]]:
    """name -> (parameter names, body) of every `CREATE MACRO` in the rollup macro file."""
    out = {}
    for stmt in sqlglot.parse((ROLLUP_SQL_DIR / MACROS_FILE).read_text(encoding="utf-8"), read=duckdb_dialect()):
        if isinstance(stmt, exp.Create) and stmt.kind == "MACRO":
            fn = stmt.this
            out[fn.this.name.lower()] = ([p.name for p in fn.expressions], stmt.expression)
    return out


def _expand_macros(tree: exp.Expression) -> exp.Expression:
    macros = _macros()

    def is_call(node: exp.Expression) -> bool:
        return isinstance(node, exp.Anonymous) and node.name.lower() in macros

    def expand(node: exp.Expression) -> exp.Expression:
        if is_call(node):
            names, body = macros[node.name.lower()]
            args = dict(zip(names, node.expressions, strict=True))

            def substitute(n: exp.Expression) -> exp.Expression:
                if isinstance(n, exp.Column) and not n.table and n.name in args:
                    return args[n.name].copy()
                if isinstance(n, exp.Column) and n.table in args:  # a field of a STRUCT argument: `filters.levels`
                    return exp.Dot(this=args[n.table].copy(), expression=exp.to_identifier(n.name))
                return n

            return body.copy().transform(substitute)
        return node

    # A macro's body may call another macro (matches calls keep): expand until no call is left.
    while any(is_call(node) for node in tree.walk()):
        tree = tree.transform(expand)
    return tree


def _struct_fields(tree: exp.Expression) -> exp.Expression:
    """`$filters.levels` -> `$filters__levels`: Spark binds no STRUCT parameter, so each field of one travels as a
    parameter of its own (see `run`)."""

    def split(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Dot) and isinstance(node.this, exp.Placeholder):
            return exp.Placeholder(this=f"{node.this.name}__{node.expression.name}")
        return node

    return tree.transform(split)


def _text_categories(tree: exp.Expression) -> exp.Expression:
    """A cast to the DuckDB build's case-type ENUM (queries.dialect.CASE_TYPE_ENUM) dropped: Spark keeps the text."""

    def strip(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Cast) and node.to.this == exp.DataType.Type.USERDEFINED:
            if str(node.to.args.get("kind")) == CASE_TYPE_ENUM:
                return node.this
        return node

    return tree.transform(strip)


def _statements(sql: str) -> list[exp.Expression]:
    return [
        _text_categories(_struct_fields(_expand_macros(stmt)))
        for stmt in sqlglot.parse(sql, read=duckdb_dialect())
        if stmt is not None and not (isinstance(stmt, exp.Create) and stmt.kind == "MACRO")
    ]


def to_spark(sql: str) -> list[str]:
    """DuckDB statements (macros used, `$named` params) -> Spark SQL statements with `:named` markers."""
    return [stmt.sql(dialect=Spark4, comments=False) for stmt in _statements(sql)]


def session(master: str = "local[2]", warehouse: Path | None = None, **conf):
    """A Spark session; local mode by default, with the settings a small machine and the tests want."""
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master)
        .appName("court-enforcement-dashboard")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        # Short jobs on a small machine: the JVM's quick compiler alone starts work sooner.
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1")
    )
    if warehouse is not None:
        builder = builder.config("spark.sql.warehouse.dir", str(warehouse))
    for key, value in conf.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def register_sources(spark, data_dir: Path) -> None:
    """The contract's tables as temporary views over the data directory's parquet (a path or a URI)."""
    for table, (partitioned, columns) in TABLES.items():
        path = f"{data_dir}/{table}" if partitioned else f"{data_dir}/{table}.parquet"
        spark.read.parquet(path).select(*columns).createOrReplaceTempView(table)


def build_rollups(spark, quiet: bool = True) -> float:
    """Runs queries/rollup_sql/*.sql in order on Spark: the rollup tables land in the session's warehouse."""
    started = time.perf_counter()
    for path in sorted(ROLLUP_SQL_DIR.glob("*.sql")):
        if path.name == MACROS_FILE:
            continue
        t0 = time.perf_counter()
        text = path.read_text(encoding="utf-8")
        for stmt in _statements(text):
            if isinstance(stmt, exp.Insert):
                stmt.expression.set("order", None)  # as below: no order to keep in a Spark table
            if isinstance(stmt, exp.Create) and stmt.kind == "TABLE" and not stmt.args.get("properties"):
                # A rebuild replaces the previous tables, as a fresh DuckDB rollup database does.
                spark.sql(f"DROP TABLE IF EXISTS {stmt.this.sql(dialect=Spark4)}")
                # The ORDER BY lays rows out for DuckDB's block skipping; a Spark table keeps no order,
                # so sorting there is a shuffle for nothing.
                stmt.expression.set("order", None)
            sql = stmt.sql(dialect=Spark4, comments=False)
            if isinstance(stmt, exp.Create) and stmt.kind == "VIEW":
                # Spark keeps no permanent view over the temporary views of the sources.
                sql = sql.replace("CREATE VIEW ", "CREATE OR REPLACE TEMPORARY VIEW ", 1)
            if "$year" in text:  # once per filing year, as the DuckDB build runs it (queries.rollup_build)
                for row in spark.sql(FILING_YEARS).collect():
                    spark.sql(sql, args={"year": row[0]})
            else:
                spark.sql(sql)
        if not quiet:
            print(f"  rollup {path.stem}: {time.perf_counter() - t0:.1f}s", flush=True)
    return time.perf_counter() - started


def run(spark, name: str, filters=None, **params) -> pl.DataFrame:
    """`queries.run` on Spark: the same query file and parameter contract (the filter set through the same
    `bound`), answered as a polars frame; the `$filters` STRUCT's fields travel as parameters of their own."""
    sql = sql_text(name)
    params = bound(name, filters, params)
    wanted, given = sql_params(sql), set(params)
    if wanted != given:
        raise TypeError(
            f"query {name}: missing params {sorted(wanted - given)}, unexpected params {sorted(given - wanted)}"
        )
    (stmt,) = to_spark(sql)
    flat = {}
    for k, v in params.items():
        flat |= {f"{k}__{field}": x for field, x in v.items()} if isinstance(v, dict) else {k: v}
    args = {k: list(v) if isinstance(v, (tuple, set, frozenset)) else v for k, v in flat.items()}
    return pl.from_arrow(spark.sql(stmt, args=args).toArrow())
