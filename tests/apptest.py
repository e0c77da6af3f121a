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


# The sectioned pages' sections, in order (ui.widgets.sections): one section's charts are built at a time.
SECTIONS = {
    "pages/noncompliance.py": ("trends", "serious", "debtors", "provinces"),
    "pages/dishonest.py": ("stock", "quarters", "durations", "provinces"),
    "pages/cross_enforcement.py": ("trend", "article", "flows", "creditors", "compare"),
}


def render_sections(page: str, **query) -> list[AppTest]:
    """The page once per section (the whole page when it has none): together, everything the page can show."""
    if page not in SECTIONS:
        return [render(page, **query)]
    return [render(page, **query, section=s) for s in SECTIONS[page]]


def _data_names(frame):
    from i18n import CATALOG

    # A heading some later catalog reuses for another column keeps its first meaning.
    back: dict[str, str] = {}
    for key, pair in CATALOG.items():
        if key.startswith("col."):
            for heading in pair:
                back.setdefault(heading, key[len("col.") :])
    # A ranking's measure (`value`) is headed by its indicator's name.
    for key, pair in CATALOG.items():
        if key.startswith("ind.") and key.endswith(".name"):
            for heading in pair:
                back.setdefault(heading, "value")
    # A fraction's heading ends in " (%)" (exports.PERCENT_MARK); its values stay fractions.
    return frame.rename(columns=lambda c: back.get(c, back.get(c.removesuffix(" (%)"), c)))


def tables_with(at: AppTest, column: str) -> list:
    """Every data table showing `column` (by its data name or its heading), in page order, with data names as columns."""
    frames = [_data_names(element.value) for element in at.dataframe]
    return [frame for frame in frames if column in frame.columns]


def table_with(at: AppTest, column: str, index: int = 0):
    """The `index`-th data table showing `column` (the first by default); see `chart_table` to name one by its chart."""
    found = tables_with(at, column)
    if len(found) <= index:
        raise LookupError(f"no data table number {index} shows {column!r} ({len(found)} do)")
    return found[index]


def chart_tables(at: AppTest) -> dict:
    """The data table behind each chart (its "show the data" popover), by the chart's key, with data names."""
    out = {}
    for block in at.get("popover"):
        _, sep, key = block.proto.id.partition("-data-")
        if sep and block.dataframe:
            out[key] = _data_names(block.dataframe[0].value)
    return out


def chart_table(at: AppTest, key: str):
    """The data table behind the chart with this key (as given to `chart_block`)."""
    tables = chart_tables(at)
    if key not in tables:
        raise LookupError(f"no chart {key!r}; charts with data: {sorted(tables)}")
    return tables[key]


def record_exports(monkeypatch) -> dict:
    """The exports the pages make from now on, by chart key (filled as a page runs), to read their stamps."""
    from ui import widgets

    made: dict = {}
    export = widgets._export

    def recording(fig, frame, key, *args, **kwargs):
        ex, url = export(fig, frame, key, *args, **kwargs)
        made[key] = ex
        return ex, url

    monkeypatch.setattr(widgets, "_export", recording)
    return made
