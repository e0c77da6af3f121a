"""`python -m bench --data DIR`: times every page query warm (min, median, max) and the naive pandas way.

Prints a table and writes JSON (default bench/results/latest.json).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from bench.cases import CASES
from bench.naive import NAIVE


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--naive-repeat", type=int, default=1)
    ap.add_argument("--no-naive", action="store_true")
    ap.add_argument("--page", help="time only the cases of pages whose name starts with this")
    ap.add_argument("--json", type=Path, default=Path("bench/results/latest.json"))
    args = ap.parse_args(argv)
    os.environ["DASHBOARD_DATA"] = str(args.data.resolve())

    import queries
    from queries import rollups

    target = rollups.rollup_path(args.data.resolve())
    build_s = None
    if not target.exists():
        build_s = rollups.build(args.data.resolve(), target)
    db = queries.database()
    scale = json.loads((args.data / "_meta.json").read_text()).get("scale") if (args.data / "_meta.json").exists() else None

    rows = []
    for page, name, params in CASES:
        if args.page and not page.startswith(args.page):
            continue
        db.cache.clear()
        # Warm: the first execution loads the table pages; the bench measures what a user waits for
        # after that, with the result cache bypassed so every repeat really runs the SQL.
        db.run(name, params)

        def once():
            db.cache.clear()
            db.run(name, params)

        ms = timed(once, args.repeat)
        rows.append({"page": page, "query": name, "min_ms": min(ms), "median_ms": statistics.median(ms), "max_ms": max(ms)})

    by_page: dict[str, float] = {}
    for r in rows:
        by_page[r["page"]] = by_page.get(r["page"], 0.0) + r["median_ms"]

    naive = []
    if not args.no_naive:
        for name, fn in NAIVE.items():
            ms = timed(lambda: fn(args.data), args.naive_repeat)
            ours = next((r["median_ms"] for r in rows if r["query"] == name), float("nan"))
            naive.append({"query": name, "naive_median_ms": statistics.median(ms), "rollup_median_ms": ours})

    print(f"scale: {scale}   data: {args.data}   repeats: {args.repeat}" + (f"   rollup build: {build_s:.1f}s" if build_s else ""))
    print(f"{'page':<28}{'query':<40}{'min ms':>9}{'median ms':>11}{'max ms':>9}")
    for r in rows:
        print(f"{r['page']:<28}{r['query']:<40}{r['min_ms']:>9.1f}{r['median_ms']:>11.1f}{r['max_ms']:>9.1f}")
    print()
    for page, total in by_page.items():
        print(f"all queries of {page}: {total:.1f} ms (sum of medians)")
    if naive:
        print()
        print(f"{'naive pandas vs rollups':<40}{'pandas ms':>12}{'rollup ms':>12}{'speed-up':>10}")
        for n in naive:
            print(f"{n['query']:<40}{n['naive_median_ms']:>12.0f}{n['rollup_median_ms']:>12.1f}"
                  f"{n['naive_median_ms'] / max(n['rollup_median_ms'], 1e-6):>9.0f}x")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"scale": scale, "data": str(args.data), "rollup_build_s": build_s,
                                     "queries": rows, "pages_total_ms": by_page, "naive": naive}, indent=2))
    print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
