"""Front door of the court enforcement dashboard: page config, language, shared filters and navigation."""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

import queries
from ui import filters, identity, links, t

# The few rules Streamlit's theme options do not reach (ui/house.css says which and why).
HOUSE_CSS = Path(__file__).with_name("ui").joinpath("house.css")

st.set_page_config(page_title="法院执行数据看板 · Court Enforcement", page_icon="⚖️", layout="wide")
st.html(HOUSE_CSS)

if st.query_params.get("lang") in ("zh", "en") and "lang" not in st.session_state:
    st.session_state["lang"] = st.query_params["lang"]

try:
    with st.spinner(t("data.building"), show_time=True):
        db = queries.begin_run()
except queries.DataError as exc:
    st.error(t("data.error.title"), icon=":material/error:")
    st.code(str(exc), language=None)
    st.caption(t("data.error.hint"))
    st.stop()

facts = queries.run("data_facts").row(0, named=True)
filters.sidebar(facts["as_of_date"])

# The overview is the default page, served at the root; /national, its name in shared links, leads there too
# (a hidden page, so the browser knows the path instead of reporting "Page not found").
OVERVIEW = st.Page(
    "pages/overview.py",
    title=t("nav.overview" if queries.coverage().national else "nav.overview.scoped"),
    icon=":material/dashboard:",
    url_path="national-overview",
    default=True,
)
NATIONAL = st.Page("pages/to_overview.py", title=t("nav.overview"), url_path="national", visibility="hidden")
QUALITY_PAGE = st.Page(
    "pages/data_quality.py", title=t("nav.quality"), icon=":material/fact_check:", url_path="data-quality"
)
PAGES = {
    "nav.section.overview": [
        OVERVIEW,
        st.Page("pages/case_file.py", title=t("nav.case"), icon=":material/folder_open:", url_path="case-lookup"),
        st.Page(
            "pages/province_view.py", title=t("nav.province"), icon=":material/account_balance:", url_path="province"
        ),
        QUALITY_PAGE,
        NATIONAL,
    ],
    "nav.section.noncompliance": [
        st.Page("pages/noncompliance.py", title=t("nav.noncompliance"), icon=":material/gavel:", url_path="refusal"),
        st.Page(
            "pages/campaigns.py", title=t("nav.campaigns"), icon=":material/campaign:", url_path="campaign-effects"
        ),
    ],
    "nav.section.credit": [
        st.Page(
            "pages/dishonest.py", title=t("nav.dishonest"), icon=":material/person_off:", url_path="dishonest-list"
        ),
        st.Page(
            "pages/cross_enforcement.py",
            title=t("nav.cross"),
            icon=":material/swap_horiz:",
            url_path="cross-enforcement-reform",
        ),
    ],
    "nav.section.press": [
        st.Page("pages/press_room.py", title=t("nav.press"), icon=":material/newspaper:", url_path="press-room"),
        st.Page("pages/audit_log.py", title=t("nav.audit"), icon=":material/policy:", url_path="audit-log"),
    ],
}

page = st.navigation({t(section): pages for section, pages in PAGES.items()})
links.drop_unknown(page.url_path, filters.SHARED_URL_KEYS)

# Value problems let the dashboard open; every page says so, and the Data quality page says what the figures
# do with the faulted rows.
quality = queries.run("data_quality")
if quality.height:
    in_rows = bool(quality["handling"].is_in(["excluded", "unknown"]).any())
    with st.container(horizontal=True, vertical_alignment="center"):
        st.warning(t("dq.notice" if in_rows else "dq.notice.layout", n=quality.height), icon=":material/report:")
        if page.url_path != QUALITY_PAGE.url_path:
            st.page_link(QUALITY_PAGE, label=t("dq.notice.link"), icon=":material/fact_check:")

# A replaced data folder: say which data the page shows, once the switch happens and while it waits.
seen = st.session_state.get("_data_generation")
if seen is not None and seen != db.generation:
    st.info(
        t("data.switched", when=time.strftime("%Y-%m-%d %H:%M", time.localtime(db.opened))),
        icon=":material/published_with_changes:",
    )
st.session_state["_data_generation"] = db.generation
if db.stale:
    st.warning(t("data.changed"), icon=":material/sync_problem:")

# Who is looking decides what the query door lets through for the whole run (deny by default for court- and
# case-level rows outside the scope); the pages only lay out what comes back.
identity.view_as_controls()
queries.use_scope(identity.scope())
identity.banners()

try:
    page.run()
except queries.QueryTimeout as exc:
    st.warning(t("query.timeout", seconds=exc.seconds), icon=":material/timer_off:")
except queries.DataChanged:
    st.warning(t("data.changed"), icon=":material/sync_problem:")
finally:
    queries.end_run()
