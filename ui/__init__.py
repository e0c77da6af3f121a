"""Streamlit-side helpers shared by the pages: the current language, translation and filters."""

from __future__ import annotations

import streamlit as st

from i18n import DEFAULT_LANG, LANGS, tr


def lang() -> str:
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def t(key: str, **fmt) -> str:
    """`tr` in the session's language."""
    return tr(key, lang(), **fmt)
