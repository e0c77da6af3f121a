"""Several dashboard processes behind HAProxy on one address, for more people than one process serves.

A Streamlit process runs its pages under one interpreter lock, so it uses about one core however many people
are connected; N processes use N. `python -m deploy.balancer --servers 2 --port 8501` (or `make scale-out`)
starts them on free loopback ports and HAProxy in front (deploy/haproxy.cfg: sticky by cookie, health checks),
and stops them all on Ctrl+C. The load run starts the same set with `python -m load --servers N`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from ui import serve

TEMPLATE = Path(__file__).with_name("haproxy.cfg")
HAPROXY = "haproxy"


class BalancerError(RuntimeError):
    """The balancer could not be started; the message says why."""


@dataclass
class Fleet:
    """The dashboard processes, the balancer in front of them and the address people open."""

    servers: list[subprocess.Popen]
    balancer: subprocess.Popen
    url: str
    config: Path
    backends: list[str] = field(default_factory=list)

    def stop(self, timeout: float = 30) -> list[str]:
        """Stops the balancer, then the servers; returns a note for each that had to be killed."""
        notes = stop_all([self.balancer, *self.servers], timeout)
        self.config.unlink(missing_ok=True)
        return notes


def stop_all(procs: list[subprocess.Popen], timeout: float = 30) -> list[str]:
    """Asks each process to stop (SIGTERM), then waits; returns a note for each that had to be killed."""
    notes = []
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            notes.append(f"process {proc.pid} did not stop within {timeout:g} s of SIGTERM; killed")
            proc.kill()
            proc.wait()
    return notes


def config_text(bind: str, backends: list[str]) -> str:
    """HAProxy's configuration for `backends` (host:port) behind `bind` (host:port)."""
    servers = "\n".join(
        f"    server s{i} {b} check cookie s{i} inter 2s fall 3 rise 1" for i, b in enumerate(backends, 1)
    )
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(bind=bind, servers=servers)


def start(
    data: Path,
    servers: int,
    cache: Path | None = None,
    port: int | None = None,
    options: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> Fleet:
    """Starts `servers` dashboards on loopback ports and HAProxy on `port` (a free one if None) in front."""
    if shutil.which(HAPROXY) is None:
        raise BalancerError("HAProxy was not found (Debian's haproxy package; `make scale-out` installs it)")
    started: list[subprocess.Popen] = []
    backends: list[str] = []
    try:
        for _ in range(servers):
            proc, url = serve.background(data, cache, options=options, env=env)
            started.append(proc)
            backends.append(url.removeprefix("http://"))
        port = port or serve.free_port()
        cfg = tempfile.NamedTemporaryFile("w", prefix="haproxy-", suffix=".cfg", delete=False, encoding="utf-8")  # noqa: SIM115 - HAProxy reads it
        cfg.write(config_text(f"127.0.0.1:{port}", backends))
        cfg.close()
        check = subprocess.run([HAPROXY, "-c", "-q", "-f", cfg.name], capture_output=True, text=True)
        if check.returncode:
            raise BalancerError(f"HAProxy refused its configuration: {(check.stdout + check.stderr).strip()[-1500:]}")
        balancer = subprocess.Popen([HAPROXY, "-db", "-f", cfg.name], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if balancer.poll() is not None:
                raise BalancerError(f"HAProxy exited: {balancer.stderr.read().decode(errors='replace')[-1500:]}")
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                    return Fleet(started, balancer, url, Path(cfg.name), backends)
            except OSError:
                time.sleep(0.2)
        balancer.kill()
        raise BalancerError(f"HAProxy did not answer on {url} within 30 s")
    except BaseException:
        for proc in started:
            proc.kill()
        raise


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m deploy.balancer", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("DASHBOARD_DATA", "sample_data/national")))
    ap.add_argument(
        "--servers", type=int, default=os.cpu_count() or 2, help="dashboard processes (default: one per core)"
    )
    ap.add_argument("--port", type=int, default=8501)
    args = ap.parse_args(argv)
    if not 1 <= args.servers <= 32:
        ap.error("--servers 1..32")
    try:
        fleet = start(args.data.resolve(), args.servers, port=args.port)
    except (BalancerError, RuntimeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{args.servers} dashboard processes ({', '.join(fleet.backends)}) behind {fleet.url}; Ctrl+C stops them")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as on Ctrl+C
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        for note in fleet.stop():
            print(note, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
