"""Shared fixtures: the hand-built data directory, a small generated one, and a clean query layer per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import queries
from tests.fixture_data import write_fixture

ROOT = Path(__file__).resolve().parent.parent

# Property tests: no per-example deadline (the machine is shared, timings vary); the mutation run derandomises them
# so that its score does not depend on the examples a run happens to draw.
settings.register_profile("default", deadline=None)
settings.register_profile("mutation", deadline=None, derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
GENERATED_SCALE = 0.0005


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("rollup-cache")


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> Path:
    return write_fixture(tmp_path_factory.mktemp("hand-fixture"))


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
