"""The only room that talks to DuckDB: `run(name, **params)` executes `queries/sql/<name>.sql`.

Values reach SQL only as `$named` bound parameters. One read-only, locked-down connection serves the
process; each call takes its own cursor, and results are cached in a bounded LRU.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from pathlib import Path

import duckdb
import polars as pl

from queries import rollups
from queries.check import validate

SQL_DIR = Path(__file__).parent / "sql"
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "sample_data" / "national"
CACHE_SIZE = 512

_PARAM = re.compile(r"(?<![:$\w])\$([a-z_][a-z0-9_]*)")


class DataError(Exception):
    """The data directory cannot be used; the message names the file and the problem."""


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
            return {p.strip().lstrip("$") for p in line[len("-- params:"):].split(",") if p.strip() not in ("", "none")}
    return set()


class _Database:
    def __init__(self, data: Path, cache_dir: Path | None = None):
        problems = validate(data)
        if problems:
            raise DataError("\n".join(problems))
        self.data = data
        try:
            self.path = rollups.ensure(data, cache_dir)
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
            con.execute("SET lock_configuration = true")
        except duckdb.Error as exc:
            raise DataError(f"{self.path}: cannot open the rollup database ({exc}).") from exc
        self.con = con
        self.lock = threading.Lock()
        self.cache: OrderedDict[tuple, pl.DataFrame] = OrderedDict()

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
        cur = self.con.cursor()
        try:
            frame = cur.sql(sql, params={k: _bindable(v) for k, v in params.items()}).pl()
        finally:
            cur.close()
        with self.lock:
            self.cache[key] = frame
            while len(self.cache) > CACHE_SIZE:
                self.cache.popitem(last=False)
        return frame


def _hashable(v):
    return tuple(v) if isinstance(v, (list, tuple, set, frozenset)) else v


def _bindable(v):
    return list(v) if isinstance(v, (tuple, set, frozenset)) else v


_db: _Database | None = None
_db_lock = threading.Lock()


def database() -> _Database:
    """The process's database for DASHBOARD_DATA, opened (and its rollups built) on first use."""
    global _db
    with _db_lock:
        data = data_dir()
        if _db is None or _db.data != data:
            _db = _Database(data)
        return _db


def reset() -> None:
    """Forgets the open database (tests point DASHBOARD_DATA somewhere else between cases)."""
    global _db
    with _db_lock:
        if _db is not None:
            _db.con.close()
        _db = None


def run(name: str, **params) -> pl.DataFrame:
    """Runs `queries/sql/<name>.sql` with bound `$named` parameters and returns a polars frame."""
    return database().run(name, params)

