"""Who is looking, for this session: in the local single-user mode (no sign-in configured), the one local user
with every right; an admin may look at the dashboard as another role and province would ("View as")."""

from __future__ import annotations

import streamlit as st

import access
import queries
from i18n import tr
from ui import lang, t

VIEW_ROLE, VIEW_PROVINCES = "view_as_role", "view_as_provinces"


def user() -> str:
    return "local"


def signed_in() -> access.Scope:
    """The scope the user has (local mode: every right)."""
    return access.LOCAL


def scope() -> access.Scope:
    """The scope this run shows: the user's own, or the one an admin views the dashboard as."""
    own = signed_in()
    role = st.session_state.get(VIEW_ROLE)
    if not own.admin or role in (None, "own"):
        return own
    if role == "province":
        return access.Scope("province", tuple(st.session_state.get(VIEW_PROVINCES) or ()))
    return access.Scope(role)


def view_as_controls() -> None:
    """For an admin, in the sidebar: view the dashboard as a role (and provinces); each change is audited."""
    from ui import trail

    if not signed_in().admin:
        return
    lg = lang()
    with st.sidebar.expander(t("id.view_as"), icon=":material/visibility:"):
        st.selectbox(
            t("id.view_as.role"),
            ("own", "national", "province", "press"),
            key=VIEW_ROLE,
            format_func=lambda r: tr(f"id.role.{r}", lg),
        )
        if st.session_state.get(VIEW_ROLE) == "province":
            names = queries.province_names(lg)
            st.multiselect(
                t("id.view_as.provinces"),
                list(names),
                key=VIEW_PROVINCES,
                format_func=lambda c: names.get(c, c),
                placeholder=t("id.view_as.pick"),
            )
    shown = scope()
    if st.session_state.get("_view_as_noted") != shown:
        if shown != signed_in() or "_view_as_noted" in st.session_state:
            trail.note("view_as", as_role=shown.role, as_scope=shown.text())
        st.session_state["_view_as_noted"] = shown


def banners() -> None:
    """Says on every page in which mode the dashboard runs and, when viewing as another role, as whom."""
    shown = scope()
    if shown != signed_in():
        where = (
            ""
            if shown.provinces is None
            else " · " + "、".join(queries.province_names(lang()).get(c, c) for c in shown.provinces)
        )
        st.info(t("id.viewing_as", role=t(f"id.role.{shown.role}")) + where, icon=":material/visibility:")
    st.caption(t("id.local_mode"))
