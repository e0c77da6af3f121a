"""The dashboard as an ASGI app: Streamlit's own `st.App` running dashboard.py, with the data API's routes beside
it (api/). `python -m ui.serve` starts this, as `make run` does."""

from pathlib import Path

import streamlit as st

from api import routes

app = st.App(str(Path(__file__).resolve().parent.parent / "dashboard.py"), routes=routes())
