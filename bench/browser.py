"""What a person waits for in the browser: every page timed in headless Chromium against a real server.

For each page: opening it from another page through the sidebar's navigation (as a person moves between
pages), loading it in a new tab of a browser that has the dashboard open (a new session: the app's JavaScript,
Plotly's included, comes from the browser's cache but is evaluated again) and in a browser that has never
loaded it (a first visit: everything fetched too), a change of the shared province filter, and a change of a
page-local control (grain, span, case number), each repeated; the end point is "all visible charts drawn":
Streamlit's run finished, every visible Plotly chart has its SVG, and the page has stopped changing (the time of
its last change is the figure). While clicking through, the server's peak memory (resident, with its children)
is sampled.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ui import serve

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUIET_MS = 400  # no change in the page for this long after the run ends = drawn

# Records the time of the last change anywhere in the page, and whether a script run was seen. A run is
# seen from the records themselves (old values included): a fast run may start and end within one batch.
WATCH = """
(() => {
  const w = window.__bench = {last: performance.now(), sawRunning: false};
  const busy = s => s === 'running' || s === 'rerunRequested';
  // A canvas's children are its fallback content, never painted: the data grid rewrites its accessible copy of
  // the table there about 0.3 s after it has drawn the cells, and that is no change a reader sees.
  const seen = r => {
    const e = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    if (!e) return true;
    if (e.nodeName === 'CANVAS') return r.type !== 'childList';  // its size does show
    return !(e.parentElement && e.parentElement.closest('canvas'));
  };
  new MutationObserver(records => {
    if (records.some(seen)) w.last = performance.now();
    for (const r of records) {
      if (r.attributeName === 'data-test-script-state' &&
          (busy(r.oldValue) || busy(r.target.getAttribute('data-test-script-state')))) w.sawRunning = true;
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true,
                        attributeOldValue: true});
})();
"""

# True once a script run has started and ended, no placeholder is in view, every chart in view has drawn its
# SVG and nothing has changed for QUIET_MS.
DRAWN = """
([quiet]) => {
  const w = window.__bench;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!w || !app || !w.sawRunning || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  const inView = el => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; };
  for (const el of document.querySelectorAll('.js-plotly-plot')) {
    if (inView(el) && !(el._fullLayout && el.querySelector('svg.main-svg'))) return false;
  }
  // A placeholder stands where an element's code is still loading (Plotly's, the first time: seconds).
  for (const el of document.querySelectorAll('[data-testid="stSkeleton"]')) if (inView(el)) return false;
  return performance.now() - w.last >= quiet;
}
"""


@dataclass
class PageSpec:
    path: str
    # A page-local change: (selector of the control, how to change it) or None when the page has none.
    local: str | None = None
    local_kind: str = "segmented"

    @property
    def name(self) -> str:
        return self.path.split("?")[0] or "overview"

    @property
    def query(self) -> str:
        return self.path.split("?")[1] if "?" in self.path else ""


PAGES = [
    PageSpec(""),  # the overview is the default page, at the root
    PageSpec("case-lookup", ".st-key-case_q input", "case_number"),
    PageSpec("refusal", ".st-key-nc_grain", "segmented"),
    PageSpec("campaign-effects", ".st-key-cp_span", "segmented"),
    PageSpec("dishonest-list", ".st-key-dl_grain", "segmented"),
    # The cross-enforcement page's own control: its section tabs (each opens a section that was not built).
    PageSpec("cross-enforcement-reform", "[class*='st-key-section_tabs_cross-enforcement-reform']", "tab"),
    # The province page opens on one province; its own control picks the measure of the trend chart.
    PageSpec("province?prov=620000", ".st-key-pv_measure", "segmented"),
]
PROVINCE = {"zh": "江苏", "en": "Jiangsu"}
CASE_NUMBERS = ("(2020)甘05执1259号", "(2020)甘05执12号")


class PeakMemory:
    """Samples the resident memory of a process and its children every 50 ms; `peak_mb` is the largest sum."""

    def __init__(self, pid: int):
        import psutil

        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(0.05):
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs))
            except psutil.Error:
                pass

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


@dataclass
class Timings:
    samples: dict[str, list[float]] = field(default_factory=dict)

    def add(self, key: str, ms: float) -> None:
        self.samples.setdefault(key, []).append(ms)


def _pct(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def summary(values: list[float]) -> dict:
    return {
        "n": len(values),
        "p50_ms": round(_pct(values, 50), 1),
        "p95_ms": round(_pct(values, 95), 1),
        "max_ms": round(max(values), 1),
    }


# The page's clock at an action, forgetting the runs seen before it; then the milliseconds from it to the last change.
MARK = "() => { window.__bench.sawRunning = false; return performance.now(); }"
SINCE = "(since) => window.__bench.last - since"


def _mark(page) -> float:
    return page.evaluate(MARK)


def _wait_drawn(page, since: float, timeout_ms: int = 120_000) -> float:
    page.wait_for_function(DRAWN, arg=[QUIET_MS], polling=50, timeout=timeout_ms)
    return page.evaluate(SINCE, since)


def open_page(context, url: str, spec: PageSpec, lang: str):
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(f"{url}/{spec.path}{'&' if '?' in spec.path else '?'}lang={lang}")
    # Navigation start is the page's time origin, so the last change's timestamp is the time to drawn.
    page.wait_for_function(DRAWN, arg=[QUIET_MS], polling=50, timeout=180_000)
    ms = page.evaluate("() => window.__bench.last")
    return page, ms, (time.perf_counter() - t0) * 1000


# Where each in-app opening starts from: a light page without charts.
START = "data-quality"


# The navigation's sections are menus along the top; a page's link is in one of them.
NAV_SECTION = "[data-testid='stTopNavSection']"
NAV_LINK = "[data-testid='stTopNavDropdownLink'][href$='/{}']"


def nav_link(page, target: str):
    """The link to `target` in the navigation, its section's menu opened (each section is tried in turn)."""
    link = page.locator(NAV_LINK.format(target)).first
    for section in page.locator(NAV_SECTION).all():
        section.click()
        page.locator("[data-testid='stTopNavDropdownLink']").first.wait_for()
        if link.count():
            return link
        page.keyboard.press("Escape")
    raise LookupError(f"no link to /{target} in the navigation")


def open_in_app(page, spec: PageSpec) -> float:
    """Goes to the start page, then times opening `spec` from the navigation (the click on its link)."""
    target = spec.path.split("?")[0]
    start = nav_link(page, START)
    since = _mark(page)
    start.click()
    _wait_drawn(page, since)
    link = nav_link(page, target)
    since = _mark(page)
    link.click()
    return _wait_drawn(page, since)


def change_province(page, lang: str, add: bool) -> float:
    """Adds the province through the sidebar's multiselect, or removes it with its tag's button."""
    sidebar = page.locator("section[data-testid='stSidebar']")
    if add:
        field_ = sidebar.locator("input[role='combobox']").first
        field_.click()
        field_.fill(PROVINCE[lang])
        option = page.get_by_role("option", name=PROVINCE[lang])
        option.wait_for()
        since = _mark(page)
        option.click()
    else:
        since = _mark(page)
        sidebar.locator("[data-tag]").filter(has_text=PROVINCE[lang]).locator("button").first.click()
    ms = _wait_drawn(page, since)
    page.keyboard.press("Escape")
    return ms


def change_local(page, spec: PageSpec, i: int) -> float:
    if spec.local_kind in ("segmented", "tab"):
        # The first option (or section) not selected now: each repeat moves to another grain, span or section.
        unselected = (
            "button[role='radio'][aria-checked='false']"
            if spec.local_kind == "segmented"
            else ("[role='tab'][aria-selected='false']")
        )
        button = page.locator(f"{spec.local} {unselected}").first
        button.scroll_into_view_if_needed()
        page.wait_for_timeout(200)
        since = _mark(page)
        button.click()
    else:
        box = page.locator(spec.local)
        box.fill(CASE_NUMBERS[i % len(CASE_NUMBERS)])
        since = _mark(page)
        box.press("Enter")
    return _wait_drawn(page, since)


def run(
    data: Path,
    cache: Path | None,
    repeat: int = 5,
    port: int | None = None,
    langs=("zh", "en"),
    only: str | None = None,
    log=print,
    root: Path = ROOT,
) -> dict:
    from playwright.sync_api import sync_playwright

    load_before = os.getloadavg()
    proc, url = serve.background(data, cache, port, root)
    memory = PeakMemory(proc.pid)
    timings = Timings()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            pages = [s for s in PAGES if not only or s.name.startswith(only)]
            for lang in langs:
                for spec in pages:
                    for i in range(repeat + 1):
                        # A browser of its own: nothing of the app's in its cache (a first visit). The first load
                        # of each page fills the server's caches: reported apart. The last stays open.
                        context = browser.new_context(viewport={"width": 1400, "height": 1000})
                        context.add_init_script(WATCH)
                        page, ms, _ = open_page(context, url, spec, lang)
                        timings.add(f"{spec.name}|{lang}|{'new_tab_cold' if i == 0 else 'first_visit'}", ms)
                        if i < repeat:
                            context.close()
                    # The page's own query (a province) stays in the URL while moving between pages.
                    for _ in range(repeat):
                        timings.add(f"{spec.name}|{lang}|open", open_in_app(page, spec))
                    for _ in range(repeat):
                        timings.add(f"{spec.name}|{lang}|province", change_province(page, lang, add=True))
                        timings.add(f"{spec.name}|{lang}|province", change_province(page, lang, add=False))
                    if spec.local:
                        for i in range(repeat + 1):
                            ms = change_local(page, spec, i)
                            if i > 0:  # the first change may compute a grain or span never seen
                                timings.add(f"{spec.name}|{lang}|local", ms)
                    context.close()
                    log(
                        f"  {spec.name} ({lang}) "
                        + "  ".join(
                            f"{k.split('|')[2]} p50 {summary(v)['p50_ms']:.0f} ms"
                            for k, v in timings.samples.items()
                            if k.startswith(f"{spec.name}|{lang}|")
                        )
                    )
            browser.close()
            # A new tab in a browser that has the dashboard open: how a reader opens a shared link (the app's
            # files come from the browser's cache; the session and the page are new). In a browser of its own,
            # after the clicks above, so that its tabs share nothing with the sessions clicked through.
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for lang in langs:
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                context.add_init_script(WATCH)
                open_page(context, url, pages[0], lang)
                for spec in pages:
                    for _ in range(repeat):
                        tab, ms, _ = open_page(context, url, spec, lang)
                        timings.add(f"{spec.name}|{lang}|new_tab", ms)
                        tab.close()
                context.close()
            browser.close()
    finally:
        peak_mb = memory.stop()
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    pages_out: dict[str, dict] = {}
    for key, values in timings.samples.items():
        path, lang, what = key.split("|")
        pages_out.setdefault(path, {}).setdefault(lang, {})[what] = summary(values)
    # The machine's load beside the figures: on a shared machine they are only comparable at a like load.
    return {
        "repeat": repeat,
        "quiet_ms": QUIET_MS,
        "server_peak_rss_mb": round(peak_mb),
        "langs": list(langs),
        "load_average": [round(x, 1) for x in (*load_before, *os.getloadavg())],
        "pages": pages_out,
    }


def table(result: dict) -> str:
    lines = [
        f"{'page':<26}{'lang':<6}{'open p50':>10}{'open p95':>10}{'prov p50':>10}{'prov p95':>10}"
        f"{'local p50':>11}{'local p95':>11}{'tab p50':>10}{'tab p95':>10}{'first p50':>11}{'first p95':>11}"
        f"{'cold tab':>10}"
    ]
    for path, by_lang in result["pages"].items():
        for lang, m in by_lang.items():

            def cell(what, q, m=m):
                return f"{m[what][q]:.0f}" if what in m else "-"

            lines.append(
                f"{path:<26}{lang:<6}{cell('open', 'p50_ms'):>10}{cell('open', 'p95_ms'):>10}"
                f"{cell('province', 'p50_ms'):>10}{cell('province', 'p95_ms'):>10}"
                f"{cell('local', 'p50_ms'):>11}{cell('local', 'p95_ms'):>11}"
                f"{cell('new_tab', 'p50_ms'):>10}{cell('new_tab', 'p95_ms'):>10}"
                f"{cell('first_visit', 'p50_ms'):>11}{cell('first_visit', 'p95_ms'):>11}{cell('new_tab_cold', 'p50_ms'):>10}"
            )
    lines.append(
        "open: from another page through the sidebar; tab: the page loaded in a new tab of a browser that has the "
        "dashboard open; first: in a browser that has never loaded it (empty cache); cold: the page's first load "
        "after the server started (in a browser of its own)"
    )
    lines.append(
        f"dashboard server peak memory (resident): {result['server_peak_rss_mb']} MB"
        f"   load average before/after: {result['load_average']}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser(prog="python -m bench.browser")
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--port", type=int)
    ap.add_argument("--page", help="only pages whose path starts with this")
    ap.add_argument("--lang", choices=("zh", "en"))
    ap.add_argument("--root", type=Path, default=ROOT, help="the dashboard's folder (to time another version)")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    res = run(
        a.data.resolve(), None, a.repeat, a.port, (a.lang,) if a.lang else ("zh", "en"), a.page, root=a.root.resolve()
    )
    print(table(res))
    if a.json:
        a.json.write_text(json.dumps(res, indent=2))
