"""Shared fixtures: the hand-built data directory, a small generated one, and a clean query layer per test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from streamlit import config as streamlit_config

import queries
from tests.fixture_data import write_fixture

ROOT = Path(__file__).resolve().parent.parent

# Property tests: no per-example deadline (the machine is shared, timings vary); the mutation run derandomises them
# so that its score does not depend on the examples a run happens to draw.
settings.register_profile("default", deadline=None)
settings.register_profile("mutation", deadline=None, derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The audit log of everything the tests do goes to a folder of their own, never the user's.
os.environ.setdefault("DASHBOARD_AUDIT_DIR", tempfile.mkdtemp(prefix="dashboard-audit-"))
# The app under AppTest is served as `make run` serves it: on 127.0.0.1 (ui/serve.listening), so in local mode.
streamlit_config.set_option("server.address", "127.0.0.1")

GENERATED_SCALE = 0.0005
# Every filter open and a period wider than any data: the query parameters of "everything".
ALL_TIME = {
    "provinces": [],
    "levels": [],
    "case_types": [],
    "debtor_types": [],
    "start": dt.date(2000, 1, 1),
    "end": dt.date(2030, 12, 31),
}


# A folder kept from one test session to the next (set by the mutation run, which starts a session per mutant):
# the fixtures' data are written there once, so their rollups are built once.
KEEP = os.environ.get("TESTS_KEEP_DIR")


def fixture_data_dir(tmp_path_factory, name: str, write: Callable[[Path], Path]) -> Path:
    """A hand-built data directory: written afresh for the session, or once into TESTS_KEEP_DIR."""
    if not KEEP:
        return write(tmp_path_factory.mktemp(name))
    out = Path(KEEP) / name
    if not out.exists():
        Path(KEEP).mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=KEEP))
        write(staging / "data")
        try:
            os.rename(staging / "data", out)
        except OSError:  # another session wrote it first
            shutil.rmtree(staging / "data", ignore_errors=True)
        staging.rmdir()
    return out


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return Path(KEEP) / "rollup-cache" if KEEP else tmp_path_factory.mktemp("rollup-cache")


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> Path:
    return fixture_data_dir(tmp_path_factory, "hand-fixture", write_fixture)


@pytest.fixture(scope="session")
def generated_dir(tmp_path_factory) -> Path:
    from sample_data.generate import generate

    out = tmp_path_factory.mktemp("generated") / "data"
    generate(out, scale=GENERATED_SCALE, seed=7, progress=False)
    return out


def use_data(data: Path, cache: Path) -> None:
    os.environ["DASHBOARD_DATA"] = str(data)
    os.environ["DASHBOARD_CACHE"] = str(cache)
    queries.reset()


@pytest.fixture
def on_fixture(fixture_dir, cache_dir):
    use_data(fixture_dir, cache_dir)
    yield fixture_dir
    queries.reset()


@pytest.fixture
def on_generated(generated_dir, cache_dir):
    use_data(generated_dir, cache_dir)
    yield generated_dir
    queries.reset()
