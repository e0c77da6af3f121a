"""Builds the rollup database: the value check's findings, the contract's tables as views or copies, and
pre-aggregated grains.

The rollups live in a cache folder outside the data directory and are rebuilt when the parquet
files (names, sizes, modification times) or the rollup SQL change. The data directory is only read.
Rows the value check faults are left out of the tables here, or kept with the faulted category or province
read as "unknown" (`values.counts_as_unknown`), so every figure built on them does the same; the findings
are kept in the table `data_quality` beside the rollups they explain.
A build is written to a temporary file and renamed into place when complete, so a build that is
stopped halfway leaves nothing that looks finished.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import resource
import sys
import threading
import time
from pathlib import Path

import duckdb

from contract import TABLES
from queries import values
from queries.check import table_files
from queries.dialect import FILING_YEARS, ROLLUP_SQL_DIR, case_type_enum_sql
from queries.settings import build_memory, limits
from queries.timing import cpu_seconds, elapsed, timing

# Tables small enough to copy into the database, where they are faster than parquet.
COPIED = ("provinces", "courts", "campaigns", "noncompliance", "cross_enforcement")


def default_cache_dir() -> Path:
    return Path(os.environ.get("DASHBOARD_CACHE", Path(__file__).resolve().parent.parent / ".cache"))


def data_stamp(data_dir: Path) -> str:
    """What the data folder's files are now (names, sizes, modification times): changes when any file does."""
    h = hashlib.sha256()
    for table in TABLES:
        for path in table_files(data_dir, table):
            st = path.stat()
            h.update(f"{path.relative_to(data_dir)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def fingerprint(data_dir: Path) -> str:
    h = hashlib.sha256(data_stamp(data_dir).encode())
    for sql in sorted(ROLLUP_SQL_DIR.glob("*.sql")):
        h.update(sql.read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "values.py").read_bytes())
    h.update((Path(__file__).parent / "dialect.py").read_bytes())
    return h.hexdigest()[:16]


def rollup_path(data_dir: Path, cache_dir: Path | None = None) -> Path:
    data_dir = data_dir.resolve()
    cache_dir = cache_dir or default_cache_dir()
    dir_key = hashlib.sha256(str(data_dir).encode()).hexdigest()[:8]
    return cache_dir / f"rollups-{dir_key}-{fingerprint(data_dir)}.duckdb"


def _literal(path: Path) -> str:
    # Paths come from the operator's configuration, never from a user; quoting keeps any name safe.
    return "'" + str(path).replace("'", "''") + "'"


def _source(data_dir: Path, table: str, problems: list | None = None, today: dt.date | None = None) -> str:
    if problems:
        kept = values.keep_rows_sql(data_dir, table, problems, today)
        if kept:
            return kept
    partitioned, columns = TABLES[table]
    cols = ", ".join(columns)
    if partitioned:
        glob = _literal(data_dir / table / "year=*" / "*.parquet")
        return f"SELECT {cols} FROM read_parquet({glob}, hive_partitioning = false)"
    return f"SELECT {cols} FROM read_parquet({_literal(data_dir / f'{table}.parquet')})"


def _log(msg: str, quiet: bool) -> None:
    if not quiet:
        print(msg, file=sys.stderr, flush=True)


def _store_problems(con, problems: list) -> None:
    con.execute(
        "CREATE TABLE data_quality (table_name VARCHAR, file VARCHAR, column_name VARCHAR, rule VARCHAR, "
        "n_rows BIGINT, examples VARCHAR[], detail VARCHAR, handling VARCHAR, line VARCHAR)"
    )
    if problems:
        con.executemany(
            "INSERT INTO data_quality VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (p.table, p.file, p.column, p.rule, p.rows, list(p.examples), p.detail, p.handling, p.line())
                for p in problems
            ],
        )


def _remove_abandoned(cache_dir: Path) -> None:
    """Deletes the half-written builds of processes that no longer run (killed halfway)."""
    for tmp in cache_dir.glob("rollups-*.tmp*"):
        pid = tmp.name.rsplit(".tmp", 1)[1].split("-")[0].split(".")[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            tmp.unlink(missing_ok=True)


# The years a `$year` rollup runs for.


def _run_rollup(con, text: str) -> None:
    """Runs a rollup file; one that takes `$year` (a single statement) runs once per filing year, in order."""
    if "$year" not in text:
        con.execute(text)
        return
    for (year,) in con.execute(FILING_YEARS).fetchall():
        con.execute(text, {"year": year})


# A rollup file's `create [temp] table <name> as <query>` (comments before it), capturing the query.
CTAS = re.compile(r"\s*(?:--[^\n]*\n\s*)*create\s+(?:temp\s+|temporary\s+)?table\s+\w+\s+as\s+(.*)$", re.S | re.I)


def _plan_rollup(con, text: str, filled: dict[str, str]) -> None:
    """A rollup file run without its rows, for tables built elsewhere (`_fill`): each table is created empty
    with the column types DuckDB's own build gives it (its query planned with LIMIT 0, which reads no rows)
    and noted in `filled` with the ORDER BY of its rows; inserts are not run, views and macros are."""
    import sqlglot
    from sqlglot import exp

    from queries.dialect import duckdb_dialect

    def order_of(query) -> str:
        # The ORDER BY over the table's own columns (a query may name them by their source table).
        order = query.args.get("order")
        if order is None:
            return ""
        return order.transform(lambda n: exp.column(n.name) if isinstance(n, exp.Column) else n).sql(dialect="duckdb")

    for stmt in con.extract_statements(text):
        tree = sqlglot.parse_one(stmt.query, read=duckdb_dialect())
        if isinstance(tree, exp.Insert):
            filled[tree.this.name] = filled.get(tree.this.name) or order_of(tree.expression)
            continue
        if isinstance(tree, exp.Create) and tree.kind == "TABLE" and isinstance(tree.expression, exp.Query):
            name = tree.this.name
            temporary = any(isinstance(p, exp.TemporaryProperty) for p in tree.args.get("properties") or [])
            # The query's own text (DuckDB's), not SQLGlot's rewriting of it; the name is one of our rollup tables.
            body = CTAS.match(stmt.query).group(1).strip().rstrip(";")
            con.execute(f"CREATE {'TEMP ' if temporary else ''}TABLE {name} AS SELECT * FROM ({body}) LIMIT 0")
            if not temporary:
                filled[name] = order_of(tree.expression)
            continue
        con.execute(stmt.query)


def _fill(con, filled: dict[str, str], tables_from: Path) -> None:
    """Fills each table from the parquet of its namesake built elsewhere (Spark, docs/scale-out.md), in
    `tables_from/<table>/`, in its rows' order."""
    for name, order in filled.items():
        files = _literal(tables_from / name / "*.parquet")
        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM read_parquet({files}) {order}")


def build(data_dir: Path, target: Path, quiet: bool = False, tables_from: Path | None = None) -> float:
    """Checks the values, then writes the rollup database to `target` (atomically); returns the seconds it took.

    With `tables_from`, the rollup tables are not aggregated here but filled from tables built elsewhere
    (`_plan_rollup`, `_fill`); the value check, the contract's views and the rollup views are as always."""
    started, cpu_started = time.perf_counter(), cpu_seconds()
    data_dir = data_dir.resolve()
    lim = limits()
    memory = build_memory()
    today = dt.date.today()
    _log(f"  checking the values in {data_dir} ...", quiet)
    problems = values.check_values(data_dir, threads=lim.threads, memory=memory, progress=not quiet, today=today)
    for p in problems:
        _log(f"  {p.line()}", quiet)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(target.parent)
    tmp = target.with_suffix(f".tmp{os.getpid()}-{threading.get_ident()}")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        spill = target.parent / "spill"
        con.execute(f"SET temp_directory = {_literal(spill)}")
        con.execute("SET preserve_insertion_order = false")
        con.execute(f"SET threads = {lim.threads}")
        con.execute(f"SET memory_limit = '{memory}'")  # checked against a pattern in queries.settings
        # DuckDB's progress bar for the long statements, in a terminal only: in a log it is a line of noise each.
        con.execute(f"SET enable_progress_bar = {not quiet and sys.stderr.isatty()}")
        _store_problems(con, problems)
        con.execute(case_type_enum_sql())
        for table in TABLES:
            kind = "TABLE" if table in COPIED else "VIEW"
            con.execute(f"CREATE {kind} {table} AS {_source(data_dir, table, problems, today)}")
        steps = {"value check": round(time.perf_counter() - started, 1)}
        filled: dict[str, str] = {}
        for sql in sorted(ROLLUP_SQL_DIR.glob("*.sql")):
            t0, c0 = time.perf_counter(), cpu_seconds()
            if tables_from is None:
                _run_rollup(con, sql.read_text(encoding="utf-8"))
            else:
                _plan_rollup(con, sql.read_text(encoding="utf-8"), filled)
            seconds, cores = elapsed(t0, c0)
            _log(f"  rollup {sql.stem}: {seconds:.1f}s, {cores:.1f} cores", quiet)
            steps[sql.stem] = round(seconds, 1)
        if tables_from is not None:
            t0 = time.perf_counter()
            _fill(con, filled, tables_from)
            _log(f"  {len(filled)} rollup tables read from {tables_from}: {time.perf_counter() - t0:.1f}s", quiet)
        t0, c0 = time.perf_counter(), cpu_seconds()
        con.execute("CHECKPOINT")
        _log(f"  written to disk: {timing(t0, c0)}", quiet)
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        raise
    con.close()
    # Only a complete build gets the name a start looks for; a build stopped before this line leaves a
    # .tmp file, never taken for a finished one and removed by the next build.
    os.replace(tmp, target)
    for stale in target.parent.glob(target.name.rsplit("-", 1)[0] + "-*.*"):
        if stale.suffix in (".duckdb", ".json") and stale.stem != target.stem:
            stale.unlink(missing_ok=True)
    seconds, cores = elapsed(started, cpu_started)
    build_record(target).write_text(
        json.dumps(
            {
                "seconds": round(seconds, 1),
                "cores_busy": round(cores, 2),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                "threads": lim.threads,
                "memory_limit": memory,
                "built": dt.datetime.now().isoformat(timespec="seconds"),
                "from_spark": tables_from is not None,
                "steps": steps,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return seconds


def build_record(target: Path) -> Path:
    """Beside a rollup database, how its build went (seconds, cores, peak memory, each step), for the bench."""
    return target.with_suffix(".json")


def ensure(data_dir: Path, cache_dir: Path | None = None, quiet: bool = True) -> Path:
    """The path of an up-to-date rollup database for `data_dir`, building it when needed."""
    target = rollup_path(data_dir, cache_dir)
    if not target.exists():
        _log(f"Building rollups for {data_dir} ...", quiet)
        seconds = build(data_dir, target, quiet=quiet)
        _log(f"Rollups built in {seconds:.1f}s: {target}", quiet)
    return target
