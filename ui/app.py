"""The dashboard as an ASGI app: Streamlit's own `st.App` running dashboard.py, with the data API's routes beside
it (api/) and, after signing in, the way back to the page that was asked for (ui/returning.py). `python -m
ui.serve` starts this, as `make run` does."""

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from api import routes
from ui.returning import ReturnAfterSignIn

app = st.App(
    str(Path(__file__).resolve().parent.parent / "dashboard.py"),
    routes=routes(),
    middleware=[Middleware(ReturnAfterSignIn)],
)
