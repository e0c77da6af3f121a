"""The targets the benchmarks are judged against (README, "Speed"), and the lines that say which are met.

Each function takes a benchmark's own result and returns lines to print under its table: the target, the
measure and "met" or by how much it is over. Nothing here measures; the figures are the benchmarks'.
"""

from __future__ import annotations

import statistics

# In a browser, p95 over the repeats, milliseconds: until every chart in view is drawn.
BROWSER_P95_MS = {
    "open": ("a page opened from the sidebar", 1000.0),
    "province": ("a shared-filter change (province)", 500.0),
    "local": ("a page-local control", 300.0),
    "new_tab": ("a page opened in a new tab", 2500.0),
}
# All of a page's queries, warm (sum of medians), milliseconds: at any scale.
PAGE_QUERIES_MS = 1000.0
# One chart to PNG, warm, seconds; the full press kit (every figure, both languages, PNG, SVG and PDF), seconds.
PNG_WARM_S = 0.3
KIT_S = 60.0
# Server capacity: this many concurrent sessions with a script-run p95 of at most this, and no errors.
CAPACITY_SESSIONS = 100
CAPACITY_P95_S = 1.0
# The rollup build at ten times the country, seconds.
BUILD_SCALE = 10.0
BUILD_S = 15 * 60.0


def verdict(value: float, limit: float, unit: str) -> str:
    """`met` or how far over, e.g. `over by 150 ms`."""
    if value <= limit:
        return "met"
    # Three significant digits: a PNG 0.3004 s against 0.3 s is "over by 0.0004 s", never "over by 0.00 s".
    return f"over by {value - limit:.0f} {unit}" if unit == "ms" else f"over by {value - limit:.3g} {unit}"


def browser(result: dict) -> list[str]:
    """One line per browser target: on how many page/language rows the p95 is within it, and the rows over it."""
    lines = []
    for what, (label, limit) in BROWSER_P95_MS.items():
        measured = [
            (f"{path} {lang}", m[what]["p95_ms"])
            for path, by_lang in result["pages"].items()
            for lang, m in by_lang.items()
            if what in m
        ]
        if not measured:
            continue
        over = [f"{name} {ms:.0f}" for name, ms in measured if ms > limit]
        lines.append(
            f"target: {label} at most {limit:.0f} ms (p95): met on {len(measured) - len(over)} of {len(measured)}"
            + (f"; over: {', '.join(over)} ms" if over else "")
        )
    return lines


def pages(by_page: dict[str, float]) -> list[str]:
    over = {page: ms for page, ms in by_page.items() if ms > PAGE_QUERIES_MS}
    return [
        f"target: every page's queries at most {PAGE_QUERIES_MS:.0f} ms warm: met on {len(by_page) - len(over)} "
        f"of {len(by_page)}" + ("; over: " + ", ".join(f"{p} {ms:.0f} ms" for p, ms in over.items()) if over else "")
    ]


def build(record: dict | None, scale: float | None) -> list[str]:
    """The rollup build's time against the target at ten times the country (reported at any scale)."""
    if not record:
        return ["rollup build: no record of its time (built before builds were timed; `--rebuild` times one)"]
    line = (
        f"rollup build: {record['seconds']:.0f} s ({record['seconds'] / 60:.1f} min), {record['cores_busy']} cores "
        f"busy, peak {record['peak_rss_mb']:,} MB, {record['threads']} threads, built {record['built']}"
    )
    if scale is not None and scale >= BUILD_SCALE:
        line += f"; target at scale {BUILD_SCALE:g}: at most {BUILD_S / 60:.0f} min: "
        line += verdict(record["seconds"], BUILD_S, "s")
    return [line]


def exports(rows: list[tuple[str, str, list[float]]], kit: dict | None) -> list[str]:
    lines = []
    png = [t for what, kind, times in rows if kind == "warm" and what.endswith("-> PNG (2x)") for t in times]
    if png:
        lines.append(
            f"target: one PNG at most {PNG_WARM_S} s warm: median {statistics.median(png):.3f} s, "
            f"slowest {max(png):.3f} s: {verdict(max(png), PNG_WARM_S, 's')}"
        )
    if kit:
        lines.append(
            f"target: the full press kit at most {KIT_S:.0f} s: {kit['seconds']:.1f} s: {verdict(kit['seconds'], KIT_S, 's')}"
        )
    return lines


def capacity(result: dict) -> list[str]:
    """The capacity target at its number of sessions (or the largest level measured, said as such)."""
    levels = result["levels"]
    if not levels:
        return []
    at = next((lv for lv in levels if lv["sessions"] == CAPACITY_SESSIONS), max(levels, key=lambda lv: lv["sessions"]))
    p95 = at["protocol"]["action_p95_s"]
    errors = at["protocol"]["errors"] + at["browser"]["errors"]
    ok = p95 <= CAPACITY_P95_S and errors == 0
    return [
        f"target: {CAPACITY_SESSIONS} sessions at a script-run p95 of at most {CAPACITY_P95_S:g} s, no errors: "
        f"{at['sessions']} sessions on {result['servers']} process(es): p95 {p95} s, {errors} errors, peak "
        f"{at['server_peak_rss_mb']} MB: "
        + ("met" if ok and at["sessions"] >= CAPACITY_SESSIONS else "not met" if not ok else "not measured at 100")
    ]
