"""Starts the dashboard: `python -m ui.serve [streamlit options]` is `streamlit run dashboard.py` for this app.

Streamlit treats an app with a `pages/` folder as a legacy multipage app until `st.navigation` first
runs, so the very first request after a start, if it is a deep link such as /dishonest-list, would
flash "Page not found". Streamlit 1.67 has no public setting that declares navigation explicit up front
(its documentation only says the folder is ignored once `st.navigation` has run), so this sets the class
attribute `st.navigation` itself sets; tests/test_serve.py fails if an upgrade removes or renames it.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"
OVERRIDE = "uses_pages_directory"


# Libraries that pages import on first use. Imported by several sessions' threads at once, a large package
# can be seen half-initialised ("partially initialized module 'pandas'"), so they are imported before serving.
PRELOAD = ("pandas", "pyarrow", "polars", "plotly.graph_objects", "plotly.io", "statsmodels.api")
PACKAGES = ("analysis", "figures", "exports", "ui", "queries", "i18n")


def preload() -> None:
    root = DASHBOARD.parent
    for name in PRELOAD:
        importlib.import_module(name)
    for package in PACKAGES:
        importlib.import_module(package)
        for mod in pkgutil.iter_modules([str(root / package)]):
            if not mod.name.startswith("_") and mod.name != "serve":
                importlib.import_module(f"{package}.{mod.name}")


def main() -> None:
    if OVERRIDE not in vars(PagesManager):
        raise SystemExit(f"Streamlit's PagesManager has no {OVERRIDE!r} any more: see ui/serve.py.")
    sys.path.insert(0, str(DASHBOARD.parent))
    preload()
    setattr(PagesManager, OVERRIDE, False)
    sys.argv = ["streamlit", "run", str(DASHBOARD), *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
