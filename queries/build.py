"""Builds a data folder's rollups ahead of the first start: `python -m queries.build [DIR] [--rebuild]`.

`--tables-from WAREHOUSE` fills the rollup tables from tables built elsewhere (Spark's warehouse, one folder
of parquet per table: docs/scale-out.md) instead of aggregating the data here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from queries import data_dir
from queries.check import validate
from queries.rollup_build import build, rollup_path
from queries.settings import SettingError, build_memory


def main(argv: list[str] | None = None) -> int:
    """`python -m queries.build [DIR] [--rebuild]`: builds the rollups for DIR into the cache folder.

    A folder with contract problems gets no rollups; its problems are printed and the dashboard shows them.
    """
    ap = argparse.ArgumentParser(prog="python -m queries.build", description=main.__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, nargs="?", default=None, help="the data folder (default: DASHBOARD_DATA)")
    ap.add_argument("--rebuild", action="store_true", help="build even when an up-to-date build exists")
    ap.add_argument(
        "--tables-from",
        type=Path,
        metavar="WAREHOUSE",
        help="read the rollup tables from WAREHOUSE/<table>/*.parquet (built by Spark) instead of aggregating",
    )
    args = ap.parse_args(argv)
    if args.tables_from is not None and not args.tables_from.is_dir():
        ap.error(f"--tables-from: {args.tables_from} is not a folder")
    try:
        build_memory()
    except SettingError as exc:
        print(f"No rollups built: {exc}", file=sys.stderr)
        return 2
    data = (args.data or data_dir()).resolve()
    problems = validate(data)
    if problems:
        print(
            f"No rollups built: {len(problems)} problem(s) in {data} (listed above and in the dashboard).",
            file=sys.stderr,
        )
        return 0
    target = rollup_path(data)
    if args.rebuild:
        target.unlink(missing_ok=True)
    if target.exists():
        print(f"Rollups up to date: {target}", file=sys.stderr)
        return 0
    print(f"Building rollups for {data} into {target.parent} ...", file=sys.stderr, flush=True)
    try:
        seconds = build(data, target, tables_from=args.tables_from)
    except duckdb.Error as exc:
        print(f"No rollups built: {data} cannot be aggregated ({exc}).", file=sys.stderr)
        return 0
    print(f"Rollups built in {seconds:.1f}s: {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
