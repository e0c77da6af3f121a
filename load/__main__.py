"""Many users at once: `python -m load` drives sessions against the dashboard and times them.

Two kinds of session, side by side. Protocol sessions (`--sessions`, load/protocol.py) speak Streamlit's
websocket protocol as a browser does but draw nothing, so that a hundred of them measure the server, not a
hundred renderers on the same two cores. A few browser sessions (`--browser-sessions`, Playwright contexts in
one Chromium) time what a person sees: from the click until every chart in view is drawn (as `bench.browser`).

Every session acts as a person does: the sessions arrive one after another over --ramp seconds, each opens a
page once, then goes from page to page and changes the shared province filter, reading for a few seconds
(--think) between actions. `--curve 10,25,50,100` runs one level after another against the same server(s);
`--servers N` puts N dashboard processes behind HAProxy (deploy/balancer.py). The servers run on the loopback
address only; a browser request to another host is refused and counted as an error. Bounded: each level stops
by itself after --minutes (plus the step in progress), and the run writes a JSON report.
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

from bench import targets
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
    base: str, sessions: int, browser_sessions: int, seconds: float, ramp: float, think: float, report: dict
) -> None:
    """One level: `sessions` protocol sessions and `browser_sessions` browser sessions arriving over `ramp`."""
    from playwright.async_api import async_playwright

    from load.protocol import ProtocolSession

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS) if browser_sessions else None
        deadline = time.monotonic() + seconds
        # Sessions arrive one after another over the ramp, as people do before a meeting, not in one instant;
        # the browser sessions among them, spread over the ramp too.
        total = sessions + browser_sessions
        every = max(1, total // max(1, browser_sessions))
        tasks, b = [], 0
        for i in range(total):
            if browser is not None and b < browser_sessions and i % every == every // 2:
                session = Session(b, browser, base, deadline, think, report["browser"])
                b += 1
            else:
                session = ProtocolSession(i, base, PAGES, deadline, think, report["protocol"])
            tasks.append(asyncio.create_task(session.run()))
            await asyncio.sleep(ramp / total)
        await asyncio.gather(*tasks)
        if browser is not None:
            await browser.close()


async def warm(base: str, servers: int) -> None:
    """Opens every page once in one protocol session per server process (HAProxy spreads new connections)."""
    from load.protocol import ProtocolSession

    async def visit(n: int) -> None:
        report = {"filter_change_s": [], "page_open_s": [], "first_load_s": [], "errors": [], "bytes_down": 0}
        session = ProtocolSession(n, base, PAGES, time.monotonic(), 0.0, report)
        await session.visit_all()
        if report["errors"]:
            raise RuntimeError(f"warming the server failed: {report['errors'][0]}")

    await asyncio.gather(*(visit(-1 - n) for n in range(servers)))


def timings(report: dict) -> dict:
    """Counts and percentiles of one kind of session's actions."""
    out = {}
    for kind in ("first_load", "page_open", "filter_change"):
        values = report[f"{kind}_s"]
        out[f"{kind}s"] = len(values)
        out[f"{kind}_p50_s"] = percentile(values, 0.5)
        out[f"{kind}_p95_s"] = percentile(values, 0.95)
        out[f"{kind}_max_s"] = percentile(values, 1.0)
    runs = [v for kind in ("first_load", "page_open", "filter_change") for v in report[f"{kind}_s"]]
    out["actions"] = len(runs)
    out["action_p50_s"], out["action_p95_s"] = percentile(runs, 0.5), percentile(runs, 0.95)
    out["errors"] = len(report["errors"])
    out["error_samples"] = report["errors"][:10]
    return out


def level(base: str, sessions: int, browser_sessions: int, args, watches: list) -> dict:
    """Runs one level and returns its figures, the servers' CPU time and peak memory over it included."""
    empty = {"filter_change_s": [], "page_open_s": [], "first_load_s": [], "errors": [], "bytes_down": 0}
    report = {"protocol": json.loads(json.dumps(empty)), "browser": json.loads(json.dumps(empty))}
    cpu0 = sum(w.cpu() for w in watches)
    for w in watches:
        w.peak = 0
    t0, driver0 = time.monotonic(), time.process_time()
    asyncio.run(drive(base, sessions, browser_sessions, args.minutes * 60, args.ramp, args.think, report))
    wall = time.monotonic() - t0
    driver = time.process_time() - driver0
    cpu = sum(w.cpu() for w in watches) - cpu0
    return {
        "sessions": sessions,
        "browser_sessions": browser_sessions,
        "wall_s": round(wall, 1),
        # The servers' own CPU over the level, per second of it: 1.0 is one core busy all the time.
        "server_cores_busy": round(cpu / wall, 2),
        "server_peak_rss_mb": round(sum(w.peak for w in watches) / 2**20, 1),
        # The load driver's own CPU (its sessions' messages, Playwright's side of the browsers) on the same machine.
        "driver_cores_busy": round(driver / wall, 2),
        "mb_sent_to_protocol_sessions": round(report["protocol"]["bytes_down"] / 2**20, 1),
        "protocol": timings(report["protocol"]),
        "browser": timings(report["browser"]),
    }


class Watch(PeakMemory):
    """A server's peak memory (with its children) and its CPU time."""

    def cpu(self) -> float:
        try:
            t = self.proc.cpu_times()
            return t.user + t.system
        except Exception:  # noqa: BLE001 - a server gone is reported by the run's errors
            return 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m load", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=Path(os.environ.get("DASHBOARD_DATA", ROOT / "sample_data" / "national"))
    )
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("DASHBOARD_CACHE", ROOT / ".cache")))
    ap.add_argument("--sessions", type=int, default=20, help="protocol sessions (draw nothing)")
    ap.add_argument("--browser-sessions", type=int, default=2, help="browser sessions beside them (draw)")
    ap.add_argument(
        "--curve", default="", help="levels of protocol sessions, e.g. 10,25,50,100 (instead of --sessions)"
    )
    ap.add_argument("--servers", type=int, default=1, help="dashboard processes; more than one: behind HAProxy")
    ap.add_argument("--minutes", type=float, default=3.0, help="length of each level")
    ap.add_argument("--ramp", type=float, default=60.0, help="seconds over which a level's sessions arrive")
    ap.add_argument("--think", type=float, default=20.0, help="mean seconds a person reads between actions")
    ap.add_argument("--out", type=Path, default=ROOT / "load" / "results" / "latest.json")
    args = ap.parse_args(argv)
    try:
        levels = [int(x) for x in args.curve.split(",") if x.strip()] or [args.sessions]
    except ValueError:
        ap.error("--curve: whole numbers separated by commas, e.g. 10,25,50,100")
    if not all(1 <= n <= 200 for n in levels) or not 0 <= args.browser_sessions <= 10:
        ap.error("--sessions (or each --curve level) 1..200 and --browser-sessions 0..10: the run is bounded")
    if not 0 < args.minutes <= 30 or not 1 <= args.servers <= 8:
        ap.error("--minutes up to 30 per level and --servers 1..8")
    if not 0 <= args.ramp <= args.minutes * 60 or not 0 <= args.think <= 120:
        ap.error("--ramp 0 up to a level's length, --think 0..120 seconds")
    data = args.data.resolve()
    results: list[dict] = []
    errors: list[str] = []
    notes: list[str] = []
    started = time.time()
    try:
        print(f"Building or finding the rollups for {data} ...", file=sys.stderr, flush=True)
        env = {**os.environ, "DASHBOARD_DATA": str(data), "DASHBOARD_CACHE": str(args.cache)}
        build = subprocess.run(
            [sys.executable, "-m", "queries.build", str(data)], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if build.returncode:
            raise RuntimeError(f"the rollups were not built: {(build.stdout + build.stderr).strip()[-2000:]}")
        from deploy import balancer

        if args.servers == 1:
            server, url = serve.background(data, args.cache)
            procs, stop = [server], lambda: balancer.stop_all([server])
        else:
            fleet = balancer.start(data, args.servers, args.cache)
            procs, url, stop = fleet.servers, fleet.url, fleet.stop
        watches = [Watch(p.pid) for p in procs]
        try:
            # A server in use has run its pages before: one untimed visit to each page per process first.
            asyncio.run(warm(url, args.servers))
            for n in levels:
                print(
                    f"{n} protocol + {args.browser_sessions} browser sessions for {args.minutes:g} min against "
                    f"{url} ({args.servers} server process{'es' if args.servers > 1 else ''}) ...",
                    file=sys.stderr,
                    flush=True,
                )
                results.append(level(url, n, args.browser_sessions, args, watches))
                print(summary(results[-1]), file=sys.stderr, flush=True)
        finally:
            for w in watches:
                w.stop()
            notes += stop()
    except Exception as exc:  # noqa: BLE001 - a run that could not take place is reported in the JSON as well
        errors.append(f"the run failed: {type(exc).__name__}: {exc}"[:3000])
    meta = {}
    if (data / "_meta.json").is_file():
        meta = json.loads((data / "_meta.json").read_text())
    result = {
        "command": "python -m load " + " ".join(argv if argv is not None else sys.argv[1:]),
        "data": str(data),
        "scale": meta.get("scale"),
        "servers": args.servers,
        "minutes_per_level": args.minutes,
        "ramp_s": args.ramp,
        "think_s": args.think,
        "wall_s": round(time.time() - started, 1),
        "levels": results,
        "errors": errors,
        "server_stop": notes or "stopped",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(result))
    for line in targets.capacity(result):
        print(line)
    print(f"written to {args.out}", file=sys.stderr)
    failed = errors or any(lv[k]["errors"] for lv in results for k in ("protocol", "browser"))
    return 1 if failed or not results else 0


def summary(lv: dict) -> str:
    p, b = lv["protocol"], lv["browser"]
    return (
        f"  script runs p50 {p['action_p50_s']} s, p95 {p['action_p95_s']} s over {p['actions']} "
        f"(errors {p['errors']}); drawn in the browsers p95 {b['action_p95_s']} s; "
        f"server {lv['server_cores_busy']} cores busy, peak {lv['server_peak_rss_mb']} MB"
        + "".join(f"\n  {e}" for e in (p["error_samples"] + b["error_samples"])[:5])
    )


def table(result: dict) -> str:
    """The levels as a Markdown table (the README's capacity table has these columns)."""
    rows = [
        "| sessions | script run p50 s | p95 s | filter change p95 s | page open p95 s | errors | "
        "drawn in a browser p95 s | cores busy | peak MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for lv in result["levels"]:
        p, b = lv["protocol"], lv["browser"]
        rows.append(
            f"| {lv['sessions']} + {lv['browser_sessions']} | {p['action_p50_s']} | {p['action_p95_s']} | "
            f"{p['filter_change_p95_s']} | {p['page_open_p95_s']} | {p['errors'] + b['errors']} | "
            f"{b['action_p95_s']} | {lv['server_cores_busy']} | {lv['server_peak_rss_mb']} |"
        )
    return f"{result['servers']} server process(es), {result['minutes_per_level']:g} min per level\n" + "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
