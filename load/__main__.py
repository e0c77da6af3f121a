"""Many users at once: `python -m load` drives browser sessions against one dashboard server and times them.

Each session is a Playwright browser context (several contexts share a few Chromium processes). For the
given minutes every session opens pages and changes the shared filters, and each change is timed from
the click until the script run has finished and every chart on the page is drawn. The server runs on the
loopback address only; any request to another host is refused and counted as an error. Bounded: it stops
by itself after --minutes (plus the time to finish the step in progress) and writes a JSON report.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import subprocess
import sys
import threading
import time
import urllib.parse
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
    "--disable-dev-shm-usage",
]
PAGES = ("", "refusal", "campaign-effects", "dishonest-list", "cross-enforcement-reform")
PROVINCES = ("Guangdong", "Jiangsu", "Zhejiang", "Shandong", "Henan", "Gansu", "Heilongjiang", "Sichuan")
MAX_CYCLES = 200  # per session: a bound on count as well as time
RUNNING = "[data-testid='stStatusWidgetRunningIcon'], [data-testid='stStatusWidgetRunningManIcon']"
CHARTS_DRAWN = """() => [...document.querySelectorAll('.js-plotly-plot')].every(e => e.querySelector('.main-svg'))"""


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 3)


class MemoryWatch:
    """Samples the server's resident memory; the kernel's high-water mark (VmHWM) gives the peak."""

    def __init__(self, pid: int):
        self.pid, self.peak_kb, self.samples = pid, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _status(self) -> dict[str, int]:
        out = {}
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1])
        except OSError:
            pass
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            s = self._status()
            self.peak_kb = max(self.peak_kb, s.get("VmHWM", 0), s.get("VmRSS", 0))
            self.samples += 1

    def stop(self) -> int:
        s = self._status()
        self.peak_kb = max(self.peak_kb, s.get("VmHWM", 0))
        self._stop.set()
        self._thread.join()
        return self.peak_kb


class Session:
    """One user: a browser context with its own page, timing each step."""

    def __init__(self, n: int, browser, base: str, deadline: float, report: dict):
        self.n, self.browser, self.base, self.deadline, self.report = n, browser, base, deadline, report
        self.rng = random.Random(n)

    def error(self, what: str) -> None:
        self.report["errors"].append(f"session {self.n}: {what}"[:300])

    async def settle(self, page, timeout: float = 180_000) -> None:
        """Until the script run that the last action started has finished and every chart is drawn."""
        try:
            await page.locator(RUNNING).first.wait_for(state="attached", timeout=3000)
        except Exception:  # noqa: BLE001 - a fast run may finish before the indicator is seen
            pass
        await page.locator(RUNNING).first.wait_for(state="detached", timeout=timeout)
        await page.wait_for_function(CHARTS_DRAWN, timeout=timeout)

    async def run(self) -> None:
        context = await self.browser.new_context(viewport={"width": 1280, "height": 900})

        async def guard(route):
            host = urllib.parse.urlparse(route.request.url).hostname
            if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
                await route.continue_()
            else:
                self.error(f"request leaving the machine: {route.request.url}")
                await route.abort()

        await context.route("**/*", guard)
        page = await context.new_page()
        # Many renderers share a few cores: an action that waits for its element is slow, not failed, until this.
        page.set_default_timeout(120_000)
        page.on("pageerror", lambda e: self.error(f"page error: {e}"))
        page.on(
            "response",
            lambda r: (
                self.error(f"{r.status} {r.url}")
                if r.status >= 400 and not ("/_stcore/" in r.url and urllib.parse.urlparse(r.url).path.count("/") > 2)
                else None
            ),
        )
        try:
            cycles = 0
            # Every session completes at least one cycle (a page and a filter change), however slow the server.
            while cycles == 0 or (time.monotonic() < self.deadline and cycles < MAX_CYCLES):
                cycles += 1
                path = self.rng.choice(PAGES)
                t0 = time.perf_counter()
                await page.goto(f"{self.base}/{path}?lang=en", timeout=180_000)
                await page.get_by_role("heading", level=1).first.wait_for(timeout=180_000)
                await self.settle(page)
                self.report["page_open_s"].append(time.perf_counter() - t0)
                await self.check_exceptions(page)
                for i in range(self.rng.randint(2, 4)):
                    if i and time.monotonic() >= self.deadline:
                        break
                    await self.change_filter(page)
        except Exception as exc:  # noqa: BLE001 - any failure is reported as an error, never hidden
            # The first line says what failed; Playwright's call log names the element it was waiting for.
            lines = str(exc).splitlines()
            waiting = next((ln.strip() for ln in lines if "waiting for" in ln), "")
            self.error(f"{type(exc).__name__}: {lines[0] if lines else ''} {waiting}".strip())
        finally:
            await context.close()

    async def check_exceptions(self, page) -> None:
        shown = page.locator("[data-testid='stException']")
        if await shown.count():
            text = " ".join((await shown.first.inner_text()).split())[:200]
            self.error(f"exception shown on {page.url}: {text}")

    async def change_filter(self, page) -> None:
        sidebar = page.locator("section[data-testid='stSidebar']")
        if "prov=" in page.url or self.rng.random() < 0.2:
            action = sidebar.get_by_role("button", name="Reset filters")
        else:
            action = None
        t0 = time.perf_counter()
        if action is not None:
            await action.click()
        else:
            box = sidebar.locator("[data-testid='stMultiSelect']").first
            await box.click()
            await page.keyboard.type(self.rng.choice(PROVINCES))
            await page.keyboard.press("Enter")
            await page.keyboard.press("Escape")
        await self.settle(page)
        self.report["filter_change_s"].append(time.perf_counter() - t0)
        await self.check_exceptions(page)


async def drive(base: str, sessions: int, browsers: int, seconds: float, report: dict) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        pool = [await p.chromium.launch(executable_path=CHROMIUM, args=ARGS) for _ in range(browsers)]
        deadline = time.monotonic() + seconds
        # Sessions arrive over the first few seconds, as users do, not in one instant.
        tasks = []
        for i in range(sessions):
            tasks.append(asyncio.create_task(Session(i, pool[i % browsers], base, deadline, report).run()))
            await asyncio.sleep(0.5)
        await asyncio.gather(*tasks)
        for b in pool:
            await b.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m load", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=Path(os.environ.get("DASHBOARD_DATA", ROOT / "sample_data" / "national"))
    )
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("DASHBOARD_CACHE", ROOT / ".cache")))
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--browsers", type=int, default=2, help="Chromium processes the sessions share")
    ap.add_argument("--minutes", type=float, default=3.0)
    ap.add_argument("--out", type=Path, default=ROOT / "load" / "results" / "latest.json")
    args = ap.parse_args(argv)
    if not 1 <= args.sessions <= 100 or not 0 < args.minutes <= 30:
        ap.error("--sessions 1..100 and --minutes up to 30: the run is bounded")
    data = args.data.resolve()
    report: dict = {"filter_change_s": [], "page_open_s": [], "errors": []}
    started = time.time()
    peak_kb = 0
    try:
        print(f"Building or finding the rollups for {data} ...", file=sys.stderr, flush=True)
        env = {**os.environ, "DASHBOARD_DATA": str(data), "DASHBOARD_CACHE": str(args.cache)}
        build = subprocess.run(
            [sys.executable, "-m", "queries.build", str(data)], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if build.returncode:
            raise RuntimeError(f"the rollups were not built: {(build.stdout + build.stderr).strip()[-2000:]}")
        server, url = serve.background(data, args.cache)
        watch = MemoryWatch(server.pid)
        print(
            f"{args.sessions} sessions in {args.browsers} browser(s) for {args.minutes:g} min against {url} ...",
            file=sys.stderr,
            flush=True,
        )
        try:
            asyncio.run(drive(url, args.sessions, args.browsers, args.minutes * 60, report))
        finally:
            peak_kb = watch.stop()
            server.terminate()
            server.wait(timeout=30)
    except Exception as exc:  # noqa: BLE001 - a run that could not take place is reported in the JSON as well
        report["errors"].append(f"the run failed: {type(exc).__name__}: {exc}"[:3000])
    meta = {}
    if (data / "_meta.json").is_file():
        meta = json.loads((data / "_meta.json").read_text())
    changes, opens = report["filter_change_s"], report["page_open_s"]
    result = {
        "command": "python -m load " + " ".join(argv if argv is not None else sys.argv[1:]),
        "data": str(data),
        "scale": meta.get("scale"),
        "sessions": args.sessions,
        "browsers": args.browsers,
        "minutes": args.minutes,
        "wall_s": round(time.time() - started, 1),
        "filter_changes": len(changes),
        "filter_change_p50_s": percentile(changes, 0.5),
        "filter_change_p95_s": percentile(changes, 0.95),
        "filter_change_max_s": percentile(changes, 1.0),
        "page_opens": len(opens),
        "page_open_p50_s": percentile(opens, 0.5),
        "page_open_p95_s": percentile(opens, 0.95),
        "errors": len(report["errors"]),
        "error_samples": report["errors"][:20],
        "server_peak_rss_mb": round(peak_kb / 1024, 1),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for k in (
        "sessions",
        "filter_changes",
        "filter_change_p50_s",
        "filter_change_p95_s",
        "page_opens",
        "page_open_p50_s",
        "page_open_p95_s",
        "errors",
        "server_peak_rss_mb",
    ):
        print(f"{k:22} {result[k]}")
    if report["errors"]:
        print("\n".join(report["errors"][:20]), file=sys.stderr)
    print(f"written to {args.out}", file=sys.stderr)
    return 1 if report["errors"] or not changes else 0


if __name__ == "__main__":
    sys.exit(main())
