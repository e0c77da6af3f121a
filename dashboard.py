"""Front door of the court enforcement dashboard: page config, language, shared filters and navigation."""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

import queries
from ui import filters, identity, lang, links, t, trail

# The few rules Streamlit's theme options do not reach (ui/house.css says which and why).
HOUSE_CSS = Path(__file__).with_name("ui").joinpath("house.css")
DOCUMENT_LANG = {
    code: f"<script>document.documentElement.lang = '{tag}';</script>" for code, tag in (("zh", "zh-CN"), ("en", "en"))
}

st.set_page_config(page_title="法院执行数据看板 · Court Enforcement", page_icon="⚖️", layout="wide")
st.html(HOUSE_CSS)

if st.query_params.get("lang") in ("zh", "en") and "lang" not in st.session_state:
    st.session_state["lang"] = st.query_params["lang"]

# Who is looking, before anything is shown: a visitor not signed in, an unknown user or an idle session gets a page
# of its own and nothing else.
identity.gate()

try:
    with st.spinner(t("data.building"), show_time=True):
        db = queries.begin_run()
except queries.DataError as exc:
    st.error(t("data.error.title"), icon=":material/error:")
    st.code(str(exc), language=None)
    st.caption(t("data.error.hint"))
    st.stop()

# Who is looking decides what the query door lets through for the whole run (deny by default for court- and
# case-level rows outside the scope); the pages only lay out what comes back.
shown = identity.scope()
queries.use_scope(shown)

facts = queries.run("data_facts").row(0, named=True)
filters.sidebar(facts["as_of_date"])
identity.view_as_controls()
identity.account()
# The document's language follows the page's, so that a screen reader reads Chinese with Chinese rules (Streamlit
# declares "en" whatever the content); the value comes from this fixed table, never from the request. In the
# sidebar's foot, where its empty element takes no room from the page.
st.sidebar.html(DOCUMENT_LANG[lang()], unsafe_allow_javascript=True)

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
CASE_PAGE = st.Page("pages/case_file.py", title=t("nav.case"), icon=":material/folder_open:", url_path="case-lookup")
AUDIT_PAGE = st.Page("pages/audit_log.py", title=t("nav.audit"), icon=":material/policy:", url_path="audit-log")
PAGES = {
    "nav.section.overview": [
        OVERVIEW,
        CASE_PAGE,
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
        AUDIT_PAGE,
    ],
}
# Pages a role has no use for are left out of its navigation (a convenience: the query door and the page itself
# refuse what the scope does not allow): the case pages for press, the audit log for all but an admin.
PAGES = {
    section: [p for p in pages if (p is not CASE_PAGE or shown.cases) and (p is not AUDIT_PAGE or shown.admin)]
    for section, pages in PAGES.items()
}

# Navigation along the top: its sections are menus a keyboard opens with Enter, and its markup is sound, where
# the sidebar's sectioned list puts its items in <div>s inside the <ul> (a list screen readers cannot count);
# the sidebar is left to the filters.
page = st.navigation({t(section): pages for section, pages in PAGES.items()}, position="top")
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

identity.banners()

try:
    page.run()
except queries.QueryTimeout as exc:
    st.warning(t("query.timeout", seconds=exc.seconds), icon=":material/timer_off:")
except queries.DataChanged:
    st.warning(t("data.changed"), icon=":material/sync_problem:")
except queries.OutOfScope as exc:
    trail.note("refused", page=page.url_path, reason=str(exc))
    st.warning(t("id.refused"), icon=":material/block:")
finally:
    queries.end_run()
