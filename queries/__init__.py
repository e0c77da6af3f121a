"""The only room that talks to DuckDB: `run(name, filters, **params)` executes `queries/sql/<name>.sql`.

Values reach SQL only as `$named` bound parameters. Every query that filters receives the shared filter set
here, the one door: its lists as one STRUCT, `$filters`, and its period as `$start` and `$end`; every query that
reads court- or case-level rows receives the session's scope, `$scope` (see `use_scope`). One read-only, locked-down connection serves the
process; each call takes its own cursor, and results are cached in a bounded LRU.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
import polars as pl

from contract import TABLES
from queries import rollup_build, settings
from queries.check import validate

SQL_DIR = Path(__file__).parent / "sql"
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "sample_data" / "national"
T = TypeVar("T")
CACHE_SIZE = 512
# Built figures with their data, a few hundred kB each at most: bounded by count, kept with their database.
MEMO_SIZE = 256

_PARAM = re.compile(r"(?<![:$\w])\$([a-z_][a-z0-9_]*)")


class DataError(Exception):
    """The data directory cannot be used; the message names the file and the problem."""


class QueryTimeout(Exception):
    """A query ran past DASHBOARD_QUERY_TIMEOUT seconds and was interrupted."""

    def __init__(self, name: str, seconds: float):
        super().__init__(f"query {name} ran past {seconds:g}s and was interrupted")
        self.name, self.seconds = name, seconds


class DataChanged(Exception):
    """The data folder was replaced; a query that reads its files directly would mix old and new data."""


# Tables the rollup database reads from the parquet files at query time (views); all others are copies.
_LIVE = re.compile(r"\b(" + "|".join(t for t in TABLES if t not in rollup_build.COPIED) + r")\b")


def data_dir() -> Path:
    return Path(os.environ.get("DASHBOARD_DATA", DEFAULT_DATA)).expanduser().resolve()


def sql_text(name: str) -> str:
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise ValueError(f"not a query name: {name!r}")
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise ValueError(f"no such query: {name}")
    return path.read_text(encoding="utf-8")


def sql_params(sql: str) -> set[str]:
    """The `$named` parameters a statement uses (comments excluded)."""
    body = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    return set(_PARAM.findall(body))


def header_params(sql: str) -> set[str]:
    """The parameters the `-- params:` header line declares."""
    for line in sql.splitlines():
        if line.startswith("-- params:"):
            return {
                p.strip().lstrip("$") for p in line[len("-- params:") :].split(",") if p.strip() not in ("", "none")
            }
    return set()


class _Database:
    def __init__(self, data: Path, cache_dir: Path | None = None):
        problems = validate(data)
        if problems:
            raise DataError("\n".join(problems))
        try:
            lim = settings.limits()
            settings.build_memory()  # a bad build setting is named before a build is started
        except settings.SettingError as exc:
            raise DataError(str(exc)) from exc
        self.data = data
        self.timeout = lim.timeout
        self.stamp = rollup_build.data_stamp(data)
        self.stale = False  # set when the folder changed under this database
        self.generation = 0
        self.opened = time.time()
        try:
            self.path = rollup_build.ensure(data, cache_dir)
        except duckdb.Error as exc:
            # Readable as the contract says, yet not aggregable (e.g. a value that does not convert).
            raise DataError(f"{data}: the rollups cannot be built from this data ({exc}).") from exc
        try:
            con = duckdb.connect(str(self.path), read_only=True)
            allowed = "'" + str(data).replace("'", "''") + "/'"
            con.execute(f"SET allowed_directories = [{allowed}]")
            con.execute("SET enable_external_access = false")
            con.execute("SET autoinstall_known_extensions = false")
            con.execute("SET autoload_known_extensions = false")
            # A shared server: each process keeps to its share of memory (spilling beyond it) and threads.
            con.execute(f"SET memory_limit = '{lim.memory}'")  # checked against a pattern in queries.settings
            con.execute(f"SET threads = {lim.threads}")
            con.execute("SET lock_configuration = true")
        except duckdb.Error as exc:
            raise DataError(f"{self.path}: cannot open the rollup database ({exc}).") from exc
        self.con = con
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple, pl.DataFrame] = OrderedDict()
        self.derived: OrderedDict[tuple, object] = OrderedDict()

    def memo(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` once per key for this database; two sessions asking at once may both compute it."""
        with self.lock:
            if key in self.derived:
                self.derived.move_to_end(key)
                return self.derived[key]
        value = compute()
        with self.lock:
            self.derived[key] = value
            while len(self.derived) > MEMO_SIZE:
                self.derived.popitem(last=False)
        return value

    def run(self, name: str, params: dict) -> pl.DataFrame:
        sql = sql_text(name)
        wanted = sql_params(sql)
        given = set(params)
        if wanted != given:
            missing, extra = sorted(wanted - given), sorted(given - wanted)
            raise TypeError(f"query {name}: missing params {missing}, unexpected params {extra}")
        key = (name, tuple(sorted((k, _hashable(v)) for k, v in params.items())))
        with self.lock:
            if key in self.cache:
                self.cache.move_to_end(key)
                return self.cache[key]
        if self.stale and _LIVE.search(sql):
            raise DataChanged(name)
        cur = self.con.cursor()
        # A query past its time is interrupted, so one slow chart cannot hold a session (or a thread) for long.
        timer = threading.Timer(self.timeout, cur.interrupt)
        timer.daemon = True
        timer.start()
        try:
            frame = cur.sql(sql, params={k: _bindable(v) for k, v in params.items()}).pl()
        except duckdb.InterruptException as exc:
            raise QueryTimeout(name, self.timeout) from exc
        finally:
            timer.cancel()
            cur.close()
        with self.lock:
            self.cache[key] = frame
            while len(self.cache) > CACHE_SIZE:
                self.cache.popitem(last=False)
        return frame


def _hashable(v):
    if isinstance(v, dict):
        return tuple(sorted((k, _hashable(x)) for k, x in v.items()))
    return tuple(v) if isinstance(v, (list, tuple, set, frozenset)) else v


def _bindable(v):
    if isinstance(v, dict):
        return {k: _bindable(x) for k, x in v.items()}
    return list(v) if isinstance(v, (tuple, set, frozenset)) else v


# Everything: what a query sees when no session scope is pinned (the command line, the tests, the local mode).
FULL_SCOPE = {"all": True, "provinces": [], "cases": True}
# A query that names courts or cases reads court- or case-level rows: it must take the session's scope.
ROWS = re.compile(r"\b(court_id|case_id)\b")


class OutOfScope(PermissionError):
    """A query that reads court- or case-level rows without taking the scope, asked for in a restricted session."""


def use_scope(scope) -> None:
    """Pins the session's scope (an `access.Scope`) for this script run; None: no restriction."""
    _local.scope = scope


@contextlib.contextmanager
def within_scope(scope):
    """Pins `scope` for the code inside (a file made after the script run, when the reader asks for it), then puts
    back what was pinned before."""
    before = getattr(_local, "scope", None)
    _local.scope = scope
    try:
        yield
    finally:
        _local.scope = before


def carried(fn):
    """`fn` to be called in another thread (a pool making a press kit) under this thread's pins: the same
    database and the same scope. Without it a worker would see no scope, which means none of the session's
    restriction."""
    db, scope = getattr(_local, "db", None), getattr(_local, "scope", None)

    @functools.wraps(fn)
    def pinned(*args, **kwargs):
        before = getattr(_local, "db", None), getattr(_local, "scope", None)
        _local.db, _local.scope = db, scope
        try:
            return fn(*args, **kwargs)
        finally:
            _local.db, _local.scope = before

    return pinned


def scoped(name: str, params: dict) -> dict:
    """`params` with the session's scope as `$scope` for a query that takes it. Deny by default: a restricted
    session asking for court- or case-level rows through a query that does not take the scope is refused."""
    sql = sql_text(name)
    scope = getattr(_local, "scope", None)
    if "scope" in sql_params(sql):
        return {**params, "scope": FULL_SCOPE if scope is None else scope.bound()}
    if scope is not None and not scope.unrestricted and ROWS.search(sql):
        raise OutOfScope(f"query {name} reads court- or case-level rows without taking the scope")
    return params


def bound(name: str, filters, params: dict) -> dict:
    """The parameters a query is run with: `params`, and from the filter set (`shared_filters.Filters`) the
    `$filters` STRUCT and, unless given, the period's `$start` and `$end` where the query uses them. A query that
    filters and is given no filter set is refused: nothing reaches the data unfiltered by accident."""
    wanted = sql_params(sql_text(name))
    if filters is None:
        if "filters" in wanted:
            raise TypeError(f"query {name}: needs the filter set (filters=)")
        return scoped(name, params)
    if "filters" not in wanted:
        raise TypeError(f"query {name}: takes no filter set")
    given = filters.params()
    return scoped(name, {k: v for k, v in given.items() if k in wanted and k not in params} | params)


_db: _Database | None = None
_db_lock = threading.Lock()
_builder: threading.Thread | None = None
_checked = 0.0
_local = threading.local()
CHECK_EVERY = 2.0  # seconds between looks at the data folder's files


def database() -> _Database:
    """The database this script run uses: the one `begin_run` pinned, else the process's (opened on first use)."""
    pinned = getattr(_local, "db", None)
    if pinned is not None:
        return pinned
    global _db
    with _db_lock:
        data = data_dir()
        if _db is None or _db.data != data:
            _db = _Database(data)
        return _db


def _build_in_background(data: Path) -> None:
    def work():
        try:
            rollup_build.ensure(data)
        except (DataError, duckdb.Error, OSError) as exc:
            # A folder caught mid-copy; the next look at the files tries again.
            print(f"rollups for the replaced data not built yet: {exc}", file=sys.stderr)

    global _builder
    if _builder is None or not _builder.is_alive():
        _builder = threading.Thread(target=work, name="rollup-build", daemon=True)
        _builder.start()


def begin_run() -> _Database:
    """Pins one database for the whole of a script run, so no page mixes two versions of the data.

    When the data folder's files have changed since the database was opened, the new rollups are built in
    the background while the old ones keep serving (queries that would read the new files directly refuse);
    the first run after they are ready switches to them.
    """
    global _db, _checked
    _local.db = None
    db = database()
    now = time.monotonic()
    with _db_lock:
        if _db is db and now - _checked >= CHECK_EVERY:
            _checked = now
            try:
                stamp = rollup_build.data_stamp(db.data)
            except OSError:
                stamp = None  # files vanishing under us: a copy in progress
            if stamp != db.stamp:
                db.stale = True
                if stamp is not None and rollup_build.rollup_path(db.data).exists():
                    try:
                        fresh = _Database(db.data)
                    except DataError:
                        fresh = None
                    if fresh is not None:
                        fresh.generation = db.generation + 1
                        _db = db = fresh
                elif stamp is not None:
                    _build_in_background(db.data)
    _local.db = db
    return db


def end_run() -> None:
    _local.db = None
    _local.scope = None


def reset() -> None:
    """Forgets the open database (tests point DASHBOARD_DATA somewhere else between cases)."""
    global _db
    with _db_lock:
        if _db is not None:
            _db.con.close()
        _db = None
    _local.db = None


def run(name: str, filters=None, **params) -> pl.DataFrame:
    """Runs `queries/sql/<name>.sql` with bound `$named` parameters and returns a polars frame; `filters` (a
    `shared_filters.Filters`) fills `$filters` and, unless given, `$start` and `$end`."""
    return database().run(name, bound(name, filters, params))


def memo(key: tuple, compute: Callable[[], T]) -> T:
    """A value computed from query results (a built figure), kept with the database the script run uses, so a
    replaced data folder never shows values from the old one. `key` must name everything the value depends on
    besides the data; the value is shared between sessions, so it must not be changed by its users. Sessions of
    different scopes never share one: the scope is part of the key."""
    scope = getattr(_local, "scope", None)
    # Sessions that see the same rows share: no scope pinned sees everything, as an unrestricted scope does.
    return database().memo((key, _hashable(FULL_SCOPE if scope is None else scope.bound())), compute)


def province_names(lang: str) -> dict[str, str]:
    """Province code -> the province's name in `lang` ('zh' or 'en')."""
    frame = run("provinces")
    return dict(zip(frame["province_code"].to_list(), frame["name_en" if lang == "en" else "name_zh"].to_list()))


def coverage():
    """The provinces the loaded data cover (`analysis.coverage.Coverage`), read from the data once per data."""
    from analysis.coverage import coverage_of

    return memo(("coverage",), lambda: coverage_of(run("data_coverage"), run("provinces")))
