"""Many users at once: `python -m load` drives browser sessions against one dashboard server and times them.

Each session is a Playwright browser context (several contexts share a few Chromium processes) and acts as
a person does: the sessions arrive one after another over --ramp seconds, each opens the dashboard once in
a new tab, then goes from page to page through the sidebar's navigation and changes the shared filters,
reading for a few seconds (--think) between actions. Each action is timed from the click until the script
run has finished and every chart in view is drawn (as `bench.browser` times them). The server runs on the
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
import time
import urllib.parse
from pathlib import Path

from bench.browser import ARGS as BROWSER_ARGS
from bench.browser import CHROMIUM, DRAWN, MARK, NAV_LINK, NAV_SECTION, QUIET_MS, SINCE, WATCH, PeakMemory
from ui import serve

ROOT = Path(__file__).resolve().parent.parent
# Many renderers in one machine's shared memory: /dev/shm is too small for twenty of them.
ARGS = [*BROWSER_ARGS, "--disable-dev-shm-usage"]
PAGES = ("", "refusal", "campaign-effects", "dishonest-list", "cross-enforcement-reform")
PROVINCES = ("Guangdong", "Jiangsu", "Zhejiang", "Shandong", "Henan", "Gansu", "Heilongjiang", "Sichuan")
MAX_CYCLES = 200  # per session: a bound on count as well as time
TIMEOUT_MS = 120_000  # many renderers share a few cores: an action is slow, not failed, until this


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 3)


class Session:
    """One user: a browser context with its own tab, timing each step."""

    def __init__(self, n: int, browser, base: str, deadline: float, think: float, report: dict):
        self.n, self.browser, self.base, self.deadline, self.report = n, browser, base, deadline, report
        self.think_s = think
        self.step = "starting"
        self.rng = random.Random(n)

    def error(self, what: str) -> None:
        self.report["errors"].append(f"session {self.n}: {what}"[:300])

    async def think(self) -> None:
        """A person reads what was drawn before the next click."""
        await asyncio.sleep(self.think_s * self.rng.uniform(0.5, 1.5))

    @staticmethod
    async def mark(page) -> float:
        return await page.evaluate(MARK)

    @staticmethod
    async def nav_link(page, target: str):
        """The link to `target` in the navigation, its section's menu opened (as bench.browser.nav_link)."""
        link = page.locator(NAV_LINK.format(target)).first
        for section in await page.locator(NAV_SECTION).all():
            await section.click()
            await page.locator("[data-testid='stTopNavDropdownLink']").first.wait_for()
            if await link.count():
                return link
            await page.keyboard.press("Escape")
        raise LookupError(f"no link to /{target} in the navigation")

    @staticmethod
    async def drawn(page, since: float) -> float:
        """Seconds from `since` (the page's clock) until the run ended and every chart in view was drawn."""
        await page.wait_for_function(DRAWN, arg=[QUIET_MS], polling=100, timeout=TIMEOUT_MS)
        return await page.evaluate(SINCE, since) / 1000

    async def run(self) -> None:
        context = await self.browser.new_context(viewport={"width": 1280, "height": 900})
        await context.add_init_script(WATCH)

        async def guard(route):
            host = urllib.parse.urlparse(route.request.url).hostname
            if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
                await route.continue_()
            else:
                self.error(f"request leaving the machine: {route.request.url}")
                await route.abort()

        await context.route("**/*", guard)
        page = await context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
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
            # The dashboard opened in a new tab: its scripts load, then the page runs and draws.
            here = self.rng.choice(PAGES)
            self.step = f"opening /{here} in a new tab"
            await page.goto(f"{self.base}/{here}?lang=en", timeout=180_000)
            self.report["first_load_s"].append(await self.drawn(page, 0.0))
            await self.check_exceptions(page)
            cycles = 0
            # Every session completes at least one cycle (a page and a filter change), however slow the server.
            while cycles == 0 or (time.monotonic() < self.deadline and cycles < MAX_CYCLES):
                cycles += 1
                await self.think()
                here = self.rng.choice([p for p in PAGES if p != here])
                self.step = f"going to /{here} from the navigation"
                link = await self.nav_link(page, here)
                since = await self.mark(page)
                await link.click()
                self.report["page_open_s"].append(await self.drawn(page, since))
                await self.check_exceptions(page)
                for i in range(self.rng.randint(1, 3)):
                    if i and time.monotonic() >= self.deadline:
                        break
                    await self.think()
                    await self.change_filter(page)
        except Exception as exc:  # noqa: BLE001 - any failure is reported as an error, never hidden
            # The first line says what failed; Playwright's call log names the element it was waiting for.
            lines = str(exc).splitlines()
            waiting = next((ln.strip() for ln in lines if "waiting for" in ln), "")
            self.error(f"{self.step}: {type(exc).__name__}: {lines[0] if lines else ''} {waiting}".strip())
        finally:
            await context.close()

    async def check_exceptions(self, page) -> None:
        shown = page.locator("[data-testid='stException']")
        if await shown.count():
            text = " ".join((await shown.first.inner_text()).split())[:200]
            self.error(f"exception shown on {page.url}: {text}")

    async def change_filter(self, page) -> None:
        """Picks a province in the sidebar, or resets the filters when one is picked."""
        sidebar = page.locator("section[data-testid='stSidebar']")
        self.step = f"changing the province filter on {urllib.parse.urlparse(page.url).path}"
        if "prov=" in page.url:
            button = sidebar.get_by_role("button", name="Reset filters")
            since = await self.mark(page)
            await button.click()
        else:
            field = sidebar.locator("input[role='combobox']").first
            await field.click()
            name = self.rng.choice(PROVINCES)
            await field.fill(name)
            option = page.get_by_role("option", name=name)
            await option.wait_for()
            since = await self.mark(page)
            await option.click()
        self.report["filter_change_s"].append(await self.drawn(page, since))
        await page.keyboard.press("Escape")
        await self.check_exceptions(page)


async def drive(
    base: str, sessions: int, browsers: int, seconds: float, ramp: float, think: float, report: dict
) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        pool = [await p.chromium.launch(executable_path=CHROMIUM, args=ARGS) for _ in range(browsers)]
        deadline = time.monotonic() + seconds
        # Sessions arrive one after another over the ramp, as people do before a meeting, not in one instant.
        tasks = []
        for i in range(sessions):
            tasks.append(asyncio.create_task(Session(i, pool[i % browsers], base, deadline, think, report).run()))
            await asyncio.sleep(ramp / sessions)
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
    ap.add_argument("--ramp", type=float, default=120.0, help="seconds over which the sessions arrive")
    ap.add_argument("--think", type=float, default=20.0, help="mean seconds a person reads between actions")
    ap.add_argument("--out", type=Path, default=ROOT / "load" / "results" / "latest.json")
    args = ap.parse_args(argv)
    if not 1 <= args.sessions <= 100 or not 0 < args.minutes <= 30:
        ap.error("--sessions 1..100 and --minutes up to 30: the run is bounded")
    if not 0 <= args.ramp <= args.minutes * 60 or not 0 <= args.think <= 120:
        ap.error("--ramp 0 up to the run's length, --think 0..120 seconds")
    data = args.data.resolve()
    report: dict = {"filter_change_s": [], "page_open_s": [], "first_load_s": [], "errors": []}
    started = time.time()
    peak_mb = 0.0
    try:
        print(f"Building or finding the rollups for {data} ...", file=sys.stderr, flush=True)
        env = {**os.environ, "DASHBOARD_DATA": str(data), "DASHBOARD_CACHE": str(args.cache)}
        build = subprocess.run(
            [sys.executable, "-m", "queries.build", str(data)], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if build.returncode:
            raise RuntimeError(f"the rollups were not built: {(build.stdout + build.stderr).strip()[-2000:]}")
        server, url = serve.background(data, args.cache)
        watch = PeakMemory(server.pid)
        print(
            f"{args.sessions} sessions in {args.browsers} browser(s) for {args.minutes:g} min against {url} ...",
            file=sys.stderr,
            flush=True,
        )
        try:
            asyncio.run(drive(url, args.sessions, args.browsers, args.minutes * 60, args.ramp, args.think, report))
        finally:
            peak_mb = watch.stop()
            try:
                times = watch.proc.cpu_times()
                report["server_cpu_s"] = round(times.user + times.system, 1)
            except Exception:  # noqa: BLE001 - the server's CPU time is a note beside the figures, not one of them
                pass
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                report["server_stop"] = "did not stop within 30 s of SIGTERM; killed"
                server.kill()
                server.wait()
    except Exception as exc:  # noqa: BLE001 - a run that could not take place is reported in the JSON as well
        report["errors"].append(f"the run failed: {type(exc).__name__}: {exc}"[:3000])
    meta = {}
    if (data / "_meta.json").is_file():
        meta = json.loads((data / "_meta.json").read_text())
    changes, opens, loads = report["filter_change_s"], report["page_open_s"], report["first_load_s"]
    result = {
        "command": "python -m load " + " ".join(argv if argv is not None else sys.argv[1:]),
        "data": str(data),
        "scale": meta.get("scale"),
        "sessions": args.sessions,
        "browsers": args.browsers,
        "minutes": args.minutes,
        "ramp_s": args.ramp,
        "think_s": args.think,
        "wall_s": round(time.time() - started, 1),
        "filter_changes": len(changes),
        "filter_change_p50_s": percentile(changes, 0.5),
        "filter_change_p95_s": percentile(changes, 0.95),
        "filter_change_max_s": percentile(changes, 1.0),
        "page_opens": len(opens),
        "page_open_p50_s": percentile(opens, 0.5),
        "page_open_p95_s": percentile(opens, 0.95),
        "first_loads": len(loads),
        "first_load_p50_s": percentile(loads, 0.5),
        "first_load_p95_s": percentile(loads, 0.95),
        "errors": len(report["errors"]),
        "error_samples": report["errors"][:20],
        "server_peak_rss_mb": round(peak_mb, 1),
        "server_stop": report.get("server_stop", "stopped"),
        # The server's own CPU time over the run, beside the run's wall time: the browsers use the rest.
        "server_cpu_s": report.get("server_cpu_s"),
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
        "first_load_p50_s",
        "first_load_p95_s",
        "errors",
        "server_peak_rss_mb",
        "server_cpu_s",
    ):
        print(f"{k:22} {result[k]}")
    if report["errors"]:
        print("\n".join(report["errors"][:20]), file=sys.stderr)
    print(f"written to {args.out}", file=sys.stderr)
    return 1 if report["errors"] or not changes else 0


if __name__ == "__main__":
    sys.exit(main())
