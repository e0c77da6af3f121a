"""`make load` in small: 3 browser sessions for a minute on small data, with no errors and every change timed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def test_a_small_load_run_has_no_errors(generated_dir, tmp_path):
    out = tmp_path / "load.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "load",
            "--data",
            str(generated_dir),
            "--cache",
            str(tmp_path / "cache"),
            "--sessions",
            "3",
            "--browsers",
            "1",
            "--minutes",
            "1",
            "--ramp",
            "5",
            "--think",
            "3",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    result = json.loads(out.read_text())
    assert result["errors"] == 0, result["error_samples"]
    assert result["sessions"] == 3 and result["filter_changes"] >= 3
    assert 0 < result["filter_change_p50_s"] <= result["filter_change_p95_s"]
    # Every session opened the dashboard once and went to at least one page from the sidebar.
    assert result["first_loads"] == 3 and result["page_opens"] >= 3
    assert result["server_peak_rss_mb"] > 50
