"""`python -m bench.exports --data DIR`: times the stamped exports warm (one chart to PNG and to SVG), the province
report (one province, PDF and PowerPoint, warm) and a full press kit of every figure in both languages. Prints a table and writes JSON (default bench/results/exports.json).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from bench import targets

CHART = "dishonest-stock"
REPORT_PROVINCE = "620000"


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.exports")
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-kit", action="store_true", help="time the single chart only")
    ap.add_argument("--json", type=Path, default=Path("bench/results/exports.json"))
    args = ap.parse_args(argv)
    os.environ["DASHBOARD_DATA"] = str(args.data.resolve())

    import charts
    import exports
    import queries
    from exports import kit, render
    from shared_filters import Filters

    queries.database()
    facts = queries.run("data_facts").row(0, named=True)
    sel = Filters(start=f"{facts['period_first_month']:%Y-%m}", end=f"{facts['last_month']:%Y-%m}")
    prov = exports.provenance()
    rows = []

    t0 = time.perf_counter()
    ex = charts.build(CHART, sel, "zh")
    exports.image_bytes(ex, "png", prov)
    rows.append(("renderer start + first PNG", "cold", [time.perf_counter() - t0]))
    for fmt in ("png", "svg", "pdf"):
        rows.append(
            (
                f"{CHART} zh -> {fmt.upper()}" + (" (2x)" if fmt == "png" else ""),
                "warm",
                timed(lambda f=fmt: exports.image_bytes(ex, f, prov), args.repeat),
            )
        )
    rows.append(
        (
            f"{CHART} zh: build figure (queries cached)",
            "warm",
            timed(lambda: charts.build(CHART, sel, "zh"), args.repeat),
        )
    )
    from exports import report

    gansu = Filters(provinces=(REPORT_PROVINCE,), start=sel.start, end=sel.end)
    report.pdf(report.build(gansu, "zh", prov))  # its figures and queries built once: the times below are warm
    rows.append(
        (
            f"report {REPORT_PROVINCE} zh -> PDF (content and typesetting)",
            "warm",
            timed(lambda: report.pdf(report.build(gansu, "zh", prov)), args.repeat),
        )
    )
    rows.append(
        (
            f"report {REPORT_PROVINCE} zh -> PowerPoint",
            "warm",
            timed(lambda: report.pptx(report.build(gansu, "zh", prov)), args.repeat),
        )
    )
    kit_info = None
    if not args.no_kit:
        keys = charts.keys()
        t0 = time.perf_counter()
        data = kit.build(sel, ["zh", "en"], keys, prov)
        seconds = time.perf_counter() - t0
        import io
        import zipfile

        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        images = sum(n.endswith((".png", ".svg", ".pdf")) for n in names)
        kit_info = {
            "seconds": seconds,
            "figures": len(keys),
            "files": len(names),
            "images": images,
            "mb": len(data) / 1e6,
            "per_image_s": seconds / images if images else None,
        }
        rows.append(
            (f"press kit: {len(keys)} figures x zh, en ({images} images, {len(names)} files)", "once", [seconds])
        )
    render.stop()

    print(f"{'what':70} {'':5} {'min s':>7} {'median s':>9} {'max s':>7}")
    for what, kind, times in rows:
        print(f"{what:70} {kind:5} {min(times):7.2f} {statistics.median(times):9.2f} {max(times):7.2f}")
    result = {
        "data": str(args.data),
        "load_average": os.getloadavg(),
        "rows": [{"what": w, "kind": k, "seconds": t} for w, k, t in rows],
        "kit": kit_info,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    for line in targets.exports(rows, kit_info):
        print(line)
    print(f"load average {os.getloadavg()[0]:.1f}; written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
