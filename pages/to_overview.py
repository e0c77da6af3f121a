"""/national, the overview's name in shared links and exported files: leads to the overview, link parameters kept."""

from __future__ import annotations

import streamlit as st

st.switch_page("pages/overview.py", query_params=st.query_params.to_dict())
