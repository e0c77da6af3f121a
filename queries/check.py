"""Validates a data directory against the contract; `python -m queries.check DIR` prints the problems.

`validate` reads only parquet footers (tables, columns, types), in milliseconds even at national scale.
The command then checks the values too (`queries.values`), which reads every row once.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from contract import BOOL, DATE, INT, NUM, STR, TABLES


def _family(t: pa.DataType) -> str:
    if pa.types.is_dictionary(t):
        t = t.value_type
    if pa.types.is_integer(t):
        return INT
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        return NUM
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return STR
    if pa.types.is_date(t):
        return DATE
    if pa.types.is_boolean(t):
        return BOOL
    if pa.types.is_null(t):
        return "null"
    return str(t)


def _accepts(expected: str, found: str) -> bool:
    # An all-null column (e.g. no national campaign in a small sample) is stored without a type.
    return found == expected or found == "null" or (expected == NUM and found == INT)


def table_files(data_dir: Path, table: str) -> list[Path]:
    """The parquet files that hold a table: one file, or a year-partitioned folder."""
    partitioned, _ = TABLES[table]
    if partitioned:
        folder = data_dir / table
        return sorted(folder.glob("year=*/*.parquet")) if folder.is_dir() else []
    single = data_dir / f"{table}.parquet"
    return [single] if single.is_file() else []


def validate(data_dir: Path | str) -> list[str]:
    """Every way the directory breaks the contract, one readable sentence each; empty when valid."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return [f"{data_dir}: the data directory does not exist."]
    problems: list[str] = []
    for table, (partitioned, columns) in TABLES.items():
        files = table_files(data_dir, table)
        if not files:
            where = f"{table}/year=*/*.parquet" if partitioned else f"{table}.parquet"
            problems.append(f"{data_dir / where}: table '{table}' is missing.")
            continue
        for path in files:
            try:
                schema = pq.read_schema(path)
            except Exception as exc:  # pyarrow raises several types for damaged files
                problems.append(f"{path}: unreadable parquet file ({type(exc).__name__}: {exc}).")
                continue
            found = {f.name: _family(f.type) for f in schema}
            for column, family in columns.items():
                if column not in found:
                    problems.append(f"{path}: column '{column}' is missing.")
                elif not _accepts(family, found[column]):
                    problems.append(f"{path}: column '{column}' has type {found[column]}, expected {family}.")
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m queries.check DATA_DIR", file=sys.stderr)
        return 2
    problems = validate(argv[0])
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found: the data cannot be read as the contract says.", file=sys.stderr)
        return 1
    from queries.settings import limits
    from queries.values import check_values

    print(
        f"{argv[0]}: tables, columns and types as the contract says; checking the values ...",
        file=sys.stderr,
        flush=True,
    )
    lim = limits()
    found = check_values(argv[0], threads=lim.threads, memory=lim.memory, progress=True)
    for p in found:
        print(p.line())
    if found:
        print(
            f"{len(found)} value problem(s) found; the dashboard opens, lists them and says what its figures do "
            "with those rows (excluded, or counted as unknown).",
            file=sys.stderr,
        )
        return 1
    print(f"{argv[0]}: valid.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
