"""`make load` in small: 3 protocol sessions and 1 browser session for half a minute on small data, against two dashboard
processes behind HAProxy, with no errors and every change timed."""

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
            "--browser-sessions",
            "1",
            "--servers",
            "2",
            "--minutes",
            "0.5",
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
    assert result["errors"] == [] and result["servers"] == 2
    (level,) = result["levels"]
    protocol, browser = level["protocol"], level["browser"]
    assert protocol["errors"] == 0, protocol["error_samples"]
    assert browser["errors"] == 0, browser["error_samples"]
    # Every session opened a page once, went to another and changed the province filter at least once.
    assert protocol["first_loads"] == 3 and protocol["page_opens"] >= 3 and protocol["filter_changes"] >= 3
    assert browser["first_loads"] == 1 and browser["page_opens"] >= 1 and browser["filter_changes"] >= 1
    assert 0 < protocol["filter_change_p50_s"] <= protocol["filter_change_p95_s"]
    assert level["server_peak_rss_mb"] > 100  # two processes
    assert "| 3 + 1 |" in run.stdout  # the table the README's capacity table is made from
