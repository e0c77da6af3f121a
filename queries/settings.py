"""DuckDB's limits on a shared server, from the environment: memory, threads and the time a query may take.

DASHBOARD_DUCKDB_MEMORY   memory one DuckDB connection may use, e.g. 2GB (default 2GB); larger work spills to disk
DASHBOARD_BUILD_MEMORY    memory a rollup build may use (default: half the machine's memory, at least the above); the
                          case index sorts each filing year's cases, which at ten times the country spill below ~8GB
DASHBOARD_DUCKDB_THREADS  threads per connection (default 2)
DASHBOARD_QUERY_TIMEOUT   seconds a dashboard query may run before it is interrupted (default 10)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

_MEMORY = re.compile(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", re.IGNORECASE)


class SettingError(ValueError):
    """An environment variable holds a value the dashboard cannot use; the message says which and why."""


@dataclass(frozen=True)
class Limits:
    memory: str = "2GB"
    threads: int = 2
    timeout: float = 10.0


def _memory(name: str, default: str) -> str:
    memory = os.environ.get(name, default).strip()
    if not _MEMORY.fullmatch(memory):
        raise SettingError(f"{name}={memory!r}: expected an amount such as 2GB or 512MB.")
    return memory.replace(" ", "")


def _megabytes(memory: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)([A-Za-z]+)", memory).groups()
    return float(number) * 1024 ** ("KMGT".index(unit[0].upper()) - 1)


def build_memory() -> str:
    """The memory a rollup build may use: DASHBOARD_BUILD_MEMORY, else half the machine's, never less than a
    connection's (`limits().memory`). A build runs once per data change, and spilling a year's sort to disk makes
    it take half as long again."""
    floor = limits().memory
    half = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2 // 2**20
    default = f"{half}MiB" if half > _megabytes(floor) else floor
    return _memory("DASHBOARD_BUILD_MEMORY", default)


def limits() -> Limits:
    """The limits in force, read from the environment each time (tests change it between cases)."""
    memory = _memory("DASHBOARD_DUCKDB_MEMORY", Limits.memory)
    try:
        threads = int(os.environ.get("DASHBOARD_DUCKDB_THREADS", Limits.threads))
        timeout = float(os.environ.get("DASHBOARD_QUERY_TIMEOUT", Limits.timeout))
    except ValueError as exc:
        raise SettingError(f"DASHBOARD_DUCKDB_THREADS / DASHBOARD_QUERY_TIMEOUT: not a number ({exc}).") from exc
    if threads < 1 or not timeout > 0:
        raise SettingError("DASHBOARD_DUCKDB_THREADS must be at least 1 and DASHBOARD_QUERY_TIMEOUT above 0.")
    return Limits(memory=memory, threads=threads, timeout=timeout)
