"""`python -m audit verify [FOLDER]`: whether the audit log's chain is intact, and where it breaks (exit 1)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import audit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audit", description="The dashboard's audit log.")
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("verify", help="check that no line was altered, removed or inserted")
    v.add_argument("folder", nargs="?", type=Path, default=None, help="the audit folder (default DASHBOARD_AUDIT_DIR)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    where = args.folder or audit.folder()
    if not where.is_dir():
        print(f"python -m audit verify: {where}: no such folder", file=sys.stderr)
        return 2
    checked, broken = audit.verify(where)
    if broken is None:
        print(f"{where}: intact (lines checked: {checked})")
        return 0
    print(f"{where}: broken at {broken} (lines before it intact: {checked})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
