"""Link parameters beyond the shared filters: each page's own ones, checked, and anything else dropped.

Every value in a URL is checked before it is used; what cannot be used is removed from the URL with a
notice, and a value echoed in a notice is cut to a readable length (a link can carry anything).
"""

from __future__ import annotations

import streamlit as st

from ui import t

ECHO_LIMIT = 40

# Each page's own URL parameters, by its url_path; the shared ones are in ui.filters.
PAGE_KEYS: dict[str, tuple[str, ...]] = {
    "refusal": ("grain", "section"),
    "dishonest-list": ("grain", "section"),
    "cross-enforcement-reform": ("section",),
    "campaign-effects": ("campaign",),
    "case-lookup": ("case", "court", "filed_from", "filed_to"),
    "province": ("court", "court_measure"),
}


def clip(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value as it may be shown back to the reader: at most `limit` characters, on one line."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def drop_unknown(url_path: str, shared: tuple[str, ...]) -> None:
    """Removes the URL parameters no page uses, with a notice.

    Another page's own parameter is left for that page, which checks it when it opens (a link is followed
    through the front door, and a test harness opens the default page before switching).
    """
    allowed = set(shared) | {k for keys in PAGE_KEYS.values() for k in keys}
    unknown = [k for k in st.query_params if k not in allowed]
    if not unknown:
        return
    items = ", ".join(f"{clip(k, 20)}={clip(st.query_params.get(k, ''))}" for k in unknown[:5])
    for k in unknown:
        del st.query_params[k]
    st.warning(t("url.unused", items=items + (" …" if len(unknown) > 5 else "")), icon=":material/link_off:")


def choice(url_key: str, allowed: tuple[str, ...], default: str, state_key: str) -> None:
    """Seeds a page control from the URL on arrival; a value it does not offer is dropped with a notice."""
    dropped_key = f"_url_dropped_{state_key}"
    if state_key not in st.session_state:
        wanted = st.query_params.get(url_key, default)
        if wanted not in allowed:
            st.session_state[dropped_key] = f"{url_key}={clip(wanted)}"
            wanted = default
        st.session_state[state_key] = wanted
    if st.session_state.get(dropped_key):
        st.warning(t("url.dropped", items=st.session_state[dropped_key]), icon=":material/link_off:")


def keep(url_key: str, value: str) -> None:
    """Writes a page control's value into the URL, so a copied link shows the same view."""
    if st.query_params.get(url_key) != value:
        st.query_params[url_key] = value
