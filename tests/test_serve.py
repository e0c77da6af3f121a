"""The start-up override in ui/serve.py rests on a private Streamlit attribute: these fail loudly when an upgrade
removes or renames it, or stops reading it, rather than letting deep links flash "Page not found" again."""

from __future__ import annotations

import inspect
import sys

from streamlit.commands import navigation
from streamlit.runtime import pages_manager
from streamlit.runtime.pages_manager import PagesManager

from ui import serve


def test_streamlit_still_has_the_attribute_the_override_sets():
    assert serve.OVERRIDE in vars(PagesManager), "PagesManager.uses_pages_directory is gone: see ui/serve.py"


def test_streamlit_still_decides_legacy_pages_by_it():
    # The attribute is filled from the pages/ folder only while unset, and st.navigation sets it to False.
    assert f"PagesManager.{serve.OVERRIDE} is None" in inspect.getsource(pages_manager)
    assert f"PagesManager.{serve.OVERRIDE} = False" in inspect.getsource(navigation)


def test_serve_declares_navigation_explicit_before_streamlit_starts(monkeypatch):
    seen = {}
    monkeypatch.setattr(serve.cli, "main", lambda: seen.update(flag=PagesManager.uses_pages_directory, argv=sys.argv))
    monkeypatch.setattr(serve.gc, "freeze", lambda: seen.update(frozen_before_start="argv" not in seen))
    monkeypatch.setattr(PagesManager, serve.OVERRIDE, None)
    monkeypatch.setattr(sys, "argv", ["serve", "--server.port", "9"])
    serve.main()
    assert seen["flag"] is False
    # What is loaded before serving is kept out of garbage collections (ui/serve.main).
    assert seen["frozen_before_start"] is True
    # With no address given it serves this machine only (ui/serve.listening).
    assert seen["argv"] == [
        "streamlit",
        "run",
        str(serve.APP),
        "--server.port",
        "9",
        "--server.address",
        "127.0.0.1",
    ]


def test_a_script_run_is_not_followed_by_a_full_garbage_collection():
    # Streamlit's default collects all garbage after each run, holding the interpreter lock while the run's last
    # messages wait; the project's configuration (.streamlit/config.toml) turns that off.
    assert serve._config([]).get_option("runner.postScriptGC") is False
