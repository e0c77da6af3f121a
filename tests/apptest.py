"""Running the dashboard under Streamlit's AppTest: the front door first, then the page under test."""

from __future__ import annotations

import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def app(**query) -> AppTest:
    """The dashboard with these URL parameters, not yet run."""
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for k, v in query.items():
        at.query_params[k] = v
    return at


def render(page: str, **query) -> AppTest:
    """Runs the dashboard, switches to `page` (e.g. 'pages/dishonest.py') and checks it raised nothing."""
    at = app(**query)
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def table_with(at: AppTest, column: str):
    """The first data table showing `column` (by its data name or its heading), with data names as columns."""
    from i18n import CATALOG

    back = {pair[i]: key[len("col."):] for key, pair in CATALOG.items() if key.startswith("col.") for i in (0, 1)}
    for element in at.dataframe:
        frame = element.value.rename(columns=lambda c: back.get(c, c))
        if column in frame.columns:
            return frame
    raise LookupError(f"no data table shows {column!r}")
