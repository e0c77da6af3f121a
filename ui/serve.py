"""Starts the dashboard: `python -m ui.serve [streamlit options]` is `streamlit run dashboard.py` for this app.

Streamlit treats an app with a `pages/` folder as a legacy multipage app until `st.navigation` first
runs, so the very first request after a start, if it is a deep link such as /dishonest-list, would
flash "Page not found". Streamlit 1.67 has no public setting that declares navigation explicit up front
(its documentation only says the folder is ignored once `st.navigation` has run), so this sets the class
attribute `st.navigation` itself sets; tests/test_serve.py fails if an upgrade removes or renames it.
"""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"
# What `streamlit run` starts: dashboard.py inside Streamlit's st.App, with the data API's routes (ui/app.py).
APP = Path(__file__).resolve().with_name("app.py")
OVERRIDE = "uses_pages_directory"


# Libraries that pages import on first use. Imported by several sessions' threads at once, a large package
# can be seen half-initialised ("partially initialized module 'pandas'"), so they are imported before serving.
PRELOAD = ("pandas", "pyarrow", "polars", "plotly.graph_objects", "plotly.io", "statsmodels.api")
PACKAGES = ("analysis", "figures", "exports", "ui", "queries", "i18n", "api")


def preload() -> None:
    root = DASHBOARD.parent
    for name in PRELOAD:
        importlib.import_module(name)
    for package in PACKAGES:
        importlib.import_module(package)
        for mod in pkgutil.iter_modules([str(root / package)]):
            if not mod.name.startswith("_") and mod.name not in ("serve", "app"):
                importlib.import_module(f"{package}.{mod.name}")


def warm() -> None:
    """Builds the first view's figures (see exports.charts.warm) before the server answers, so that the
    first sessions neither wait for them nor build them beside it; only when the rollups are already built
    (a first start on new data shows its build progress on the page instead)."""
    import charts
    import queries
    from queries import rollup_build

    try:
        if rollup_build.rollup_path(queries.data_dir()).exists():
            charts.warm()
    except queries.DataError:
        pass  # the pages say what is wrong with the data, with their own messages
    except Exception as exc:  # noqa: BLE001 - a figure that cannot be built ahead is built when asked for
        print(f"figures not built ahead: {type(exc).__name__}: {exc}"[:500], file=sys.stderr)


def _flag(args: list[str], name: str) -> str | None:
    """The value of `--name value` or `--name=value` among Streamlit's command-line options (the last wins)."""
    value = None
    for i, arg in enumerate(args):
        if arg == f"--{name}" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(f"--{name}="):
            value = arg.split("=", 1)[1]
    return value


def _config(args: list[str]):
    """Streamlit's configuration as this start will see it: config files, environment, and these options."""
    from streamlit import config

    names = ("server.address", "server.trustedUserHeaders", "secrets.files")
    flags = {k: v for k in names if (v := _flag(args, k)) is not None}
    if "secrets.files" in flags:
        flags["secrets.files"] = [flags["secrets.files"]]
    config.get_config_options(force_reparse=True, options_from_flags=flags)
    return config


def _sign_in_configured(config) -> bool:
    """Whether sign-in is configured: an `[auth]` section in one of Streamlit's secrets files, or trusted user
    headers from an SSO proxy."""
    if config.get_option("server.trustedUserHeaders"):
        return True
    for name in config.get_option("secrets.files"):
        try:
            if "auth" in tomllib.loads(Path(name).read_text(encoding="utf-8")):
                return True
        except (OSError, tomllib.TOMLDecodeError):
            continue  # Streamlit reports an unreadable secrets file itself
    return False


def listening(args: list[str]) -> list[str]:
    """Streamlit's options with the address made explicit: 127.0.0.1 unless one is configured. Serving beyond this
    machine without sign-in is refused unless DASHBOARD_OPEN_WITHOUT_SIGN_IN=1 (the pages then warn that anyone
    who can reach the server sees everything)."""
    from ui import identity

    config = _config(args)
    address = config.get_option("server.address")
    if not address:
        return [*args, "--server.address", "127.0.0.1"]
    if identity.exposed(address) and not identity.open_allowed() and not _sign_in_configured(config):
        raise SystemExit(
            f"Refusing to serve on {address} without sign-in: anyone who can reach it would see every case. "
            f"Configure sign-in (README, 'Sign-in'), serve on 127.0.0.1, or set {identity.OPEN_SETTING}=1."
        )
    return args


def main() -> None:
    if OVERRIDE not in vars(PagesManager):
        raise SystemExit(f"Streamlit's PagesManager has no {OVERRIDE!r} any more: see ui/serve.py.")
    args = listening(sys.argv[1:])
    sys.path.insert(0, str(DASHBOARD.parent))
    preload()
    setattr(PagesManager, OVERRIDE, False)
    warm()
    # What is loaded now (the libraries, the first view's figures) lives as long as the server: a full garbage
    # collection walked its ~290,000 objects in ~0.1 s, holding the interpreter lock while a reader waited for
    # the run's last messages. Frozen, collections skip it (.streamlit/config.toml turns off Streamlit's full
    # collection after every run for the same reason; Python's own generational collections still run).
    gc.freeze()
    sys.argv = ["streamlit", "run", str(APP), *args]
    cli.main()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def background(
    data: Path,
    cache: Path | None = None,
    port: int | None = None,
    root: Path = DASHBOARD.parent,
    wait: float = 600,
    options: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> tuple[subprocess.Popen, str]:
    """Starts the dashboard in a child process on the loopback address, as `make run` does, for the browser
    tests, the bench and the load run (with Streamlit `options` and `env` added); returns it with its base URL
    once it answers.

    Its output goes to a log file whose tail is the error message when it exits or does not answer in time.
    """
    port = port or free_port()
    env = {**os.environ, **(env or {}), "DASHBOARD_DATA": str(data)}
    if cache is not None:
        env["DASHBOARD_CACHE"] = str(cache)
    log = tempfile.NamedTemporaryFile(prefix="dashboard-", suffix=".log", delete=False)  # noqa: SIM115 - the child writes it
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.serve", "--server.port", str(port), "--server.headless", "true"]
        + ["--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
        + list(options),
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + wait  # the server imports its libraries before it answers
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                os.unlink(log.name)  # kept only to explain a failed start; the child writes on into the open file
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    tail = Path(log.name).read_text(errors="replace")[-3000:]
    raise RuntimeError(f"the dashboard did not start on {url} (exit {proc.poll()}); its output:\n{tail}")


if __name__ == "__main__":
    main()
