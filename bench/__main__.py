"""`python -m bench --data DIR`: every page query warm (min, median, max), each page's figures the naive
pandas way with the ratio per page (up to national scale: pandas holds whole tables in memory, 21 GB at
scale 1.0), and with --browser every page timed in headless Chromium with the dashboard's peak memory.

Prints tables and writes JSON (default bench/results/latest.json).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from bench import targets
from bench.cases import CASES
from bench.naive import PAGES as NAIVE_PAGES

# Above this scale the naive pandas side would need several times this machine's memory.
NAIVE_MAX_SCALE = 1.0


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
    ap.add_argument("--browser", action="store_true", help="also time every page in headless Chromium")
    ap.add_argument("--browser-repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, default=Path("bench/results/latest.json"))
    args = ap.parse_args(argv)
    os.environ["DASHBOARD_DATA"] = str(args.data.resolve())

    import queries
    from queries import rollup_build

    target = rollup_build.rollup_path(args.data.resolve())
    build_s = None
    if not target.exists():
        build_s = rollup_build.build(args.data.resolve(), target)
    db = queries.database()
    scale = (
        json.loads((args.data / "_meta.json").read_text()).get("scale") if (args.data / "_meta.json").exists() else None
    )

    rows = []
    for page, name, params in CASES:
        if args.page and not page.startswith(args.page):
            continue
        params = queries.scoped(name, params)  # the scope the door gives a query that takes it (here: everything)
        db.cache.clear()
        # Warm: the first execution loads the table pages; the bench measures what a user waits for
        # after that, with the result cache bypassed so every repeat really runs the SQL.
        db.run(name, params)

        def once():
            db.cache.clear()
            db.run(name, params)

        ms = timed(once, args.repeat)
        rows.append(
            {"page": page, "query": name, "min_ms": min(ms), "median_ms": statistics.median(ms), "max_ms": max(ms)}
        )

    by_page: dict[str, float] = {}
    for r in rows:
        by_page[r["page"]] = by_page.get(r["page"], 0.0) + r["median_ms"]

    naive = []
    naive_skipped = None
    if not args.no_naive and scale is not None and scale > NAIVE_MAX_SCALE:
        naive_skipped = (
            f"naive pandas side skipped at scale {scale}: it reads whole tables into memory "
            f"(21 GB at scale 1.0), so it runs up to scale {NAIVE_MAX_SCALE} only"
        )
    if not args.no_naive and not naive_skipped:
        for page, fn in NAIVE_PAGES.items():
            if args.page and not page.startswith(args.page):
                continue
            t0 = time.perf_counter()
            frames = fn(args.data)
            ms = [(time.perf_counter() - t0) * 1000] + timed(lambda fn=fn: fn(args.data), args.naive_repeat - 1)
            differs = _check_naive(db, page, frames)
            ours = by_page.get(page, float("nan"))
            naive.append(
                {
                    "page": page,
                    "naive_median_ms": statistics.median(ms),
                    "rollup_ms": ours,
                    "ratio": statistics.median(ms) / ours if ours else None,
                    "naive_differs": differs,
                }
            )

    browser = None
    if args.browser:
        from bench import browser as browser_bench

        print("browser: every page in headless Chromium ...", flush=True)
        browser = browser_bench.run(args.data.resolve(), None, args.browser_repeat, only=args.page)

    print(
        f"scale: {scale}   data: {args.data}   repeats: {args.repeat}"
        + (f"   rollup build: {build_s:.1f}s" if build_s else "")
    )
    print(f"{'page':<28}{'query':<40}{'min ms':>9}{'median ms':>11}{'max ms':>9}")
    for r in rows:
        print(f"{r['page']:<28}{r['query']:<40}{r['min_ms']:>9.1f}{r['median_ms']:>11.1f}{r['max_ms']:>9.1f}")
    print()
    for page, total in by_page.items():
        over = f"   over the {targets.PAGE_QUERIES_MS:.0f} ms target" if total > targets.PAGE_QUERIES_MS else ""
        print(f"all queries of {page}: {total:.1f} ms (sum of medians){over}")
    if naive_skipped:
        print()
        print(naive_skipped)
    if naive:
        print()
        print(f"{'page: its figures':<22}{'naive pandas ms':>16}{'rollups ms':>12}{'ratio':>9}")
        for n in naive:
            print(
                f"{n['page']:<22}{n['naive_median_ms']:>16.0f}{n['rollup_ms']:>12.1f}{n['ratio']:>8.0f}x"
                + (f"   naive differs: {', '.join(n['naive_differs'])}" if n["naive_differs"] else "")
            )
    if browser:
        from bench import browser as browser_bench

        print()
        print(browser_bench.table(browser))
    record_path = rollup_build.build_record(target)
    record = json.loads(record_path.read_text(encoding="utf-8")) if record_path.exists() else None
    print()
    for line in [
        *targets.build(record, scale),
        *targets.pages(by_page),
        *(targets.browser(browser) if browser else []),
    ]:
        print(line)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "scale": scale,
                "data": str(args.data),
                "rollup_build_s": build_s,
                "rollup_build": record,
                "queries": rows,
                "pages_total_ms": by_page,
                "naive": naive,
                "naive_skipped": naive_skipped,
                "browser": browser,
            },
            indent=2,
            default=str,
        )
    )
    print(f"\nwritten: {args.json}")
    return 0


def _check_naive(db, page: str, frames: dict) -> list[str]:
    """Query.column pairs where the naive figures' totals differ from the rollups' (the default filters)."""
    import queries

    differs = []
    for name, frame in frames.items():
        params = queries.scoped(name, next(p for pg, q, p in CASES if pg == page and q == name))
        db.cache.clear()
        ours = db.run(name, params)
        for col in frame.columns:
            if col in ours.columns and ours[col].dtype.is_numeric() and col not in ("month", "year"):
                a, b = float(frame[col].sum()), float(ours[col].sum())
                if abs(a - b) > 1e-6 * max(abs(a), abs(b), 1):
                    differs.append(f"{name}.{col}")
    return differs


if __name__ == "__main__":
    sys.exit(main())
