"""Starts the dashboard: `python -m ui.serve [streamlit options]` is `streamlit run dashboard.py` for this app.

Streamlit treats an app with a `pages/` folder as a legacy multipage app until `st.navigation` first
runs, so the very first request after a start, if it is a deep link such as /dishonest-list, would
flash "Page not found". Declaring up front that navigation is explicit removes that first-request case.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def main() -> None:
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(DASHBOARD), *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
