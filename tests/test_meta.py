"""Meta-tests that keep the house honest: navigation, SQL headers, query use, translations, layering."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import queries
from i18n import CATALOG
from tests.conftest import ROOT

SQL_FILES = sorted((ROOT / "queries" / "sql").glob("*.sql"))
PAGE_FILES = sorted((ROOT / "pages").glob("*.py"))
# mutants/ is the mutation tool's scratch copy of the tree (`make mutate`), not code of ours.
PY_FILES = [p for p in ROOT.rglob("*.py") if not {".venv", "sample_data", "mutants"} & set(p.relative_to(ROOT).parts)]


def nav_entries() -> list[tuple[str, str]]:
    """(page file, url_path) for every st.Page in dashboard.py."""
    tree = ast.parse((ROOT / "dashboard.py").read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page":
            path = node.args[0].value
            url = next(k.value.value for k in node.keywords if k.arg == "url_path")
            out.append((path, url))
    return out


def test_every_page_is_in_the_navigation():
    in_nav = {p for p, _ in nav_entries()}
    assert in_nav == {f"pages/{p.name}" for p in PAGE_FILES}


def test_url_paths_never_equal_a_page_file_name():
    # Streamlit's legacy pages/ discovery would otherwise run the page without the front door.
    for path, url in nav_entries():
        assert url != Path(path).stem


@pytest.mark.parametrize("sql", SQL_FILES, ids=lambda p: p.stem)
def test_sql_header_declares_exactly_its_params(sql):
    text = sql.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("-- ") and len(lines[0]) > 10, "first line says what the query returns"
    assert any(line.startswith("-- grain:") for line in lines[:4])
    assert any(line.startswith("-- params:") for line in lines[:5])
    assert queries.header_params(text) == queries.sql_params(text)


@pytest.mark.parametrize("sql", SQL_FILES, ids=lambda p: p.stem)
def test_every_query_is_used(sql):
    users = [p for p in PY_FILES if "tests" not in p.parts and "bench" not in p.parts]
    pattern = re.compile(rf"[\"']{sql.stem}[\"']")
    assert any(pattern.search(p.read_text(encoding="utf-8")) for p in users), f"{sql.stem} is never run"


@pytest.mark.parametrize("sql", SQL_FILES, ids=lambda p: p.stem)
def test_queries_only_read(sql):
    body = "\n".join(line.split("--", 1)[0] for line in sql.read_text(encoding="utf-8").splitlines()).upper()
    for word in (
        "COPY",
        "ATTACH",
        "INSTALL",
        "LOAD ",
        "PRAGMA",
        "SET ",
        "CREATE",
        "INSERT",
        "UPDATE",
        "DELETE",
        "DROP",
        "READ_PARQUET",
        "READ_CSV",
    ):
        assert not re.search(rf"\b{word.strip()}\b", body), word  # whole words: OFFSET is not SET


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_pages_hold_no_sql_and_never_import_duckdb(page):
    text = page.read_text(encoding="utf-8")
    assert "duckdb" not in text
    assert not re.search(r"\bSELECT\b.+\bFROM\b", text, re.S)


def test_figure_builders_call_no_streamlit():
    for path in (ROOT / "figures").glob("*.py"):
        assert "streamlit" not in path.read_text(encoding="utf-8"), path.name


# What importing each pure layer (every module in it, in a fresh interpreter) must not load. The figures, the
# contract and the filter specification stay clear of pyarrow too; the analysis reaches it only through
# statsmodels' pandas.
HEAVY = {
    "contract": ("duckdb", "streamlit", "pyarrow"),
    "shared_filters": ("duckdb", "streamlit", "pyarrow"),
    "analysis": ("duckdb", "streamlit"),
    "figures": ("duckdb", "streamlit", "pyarrow"),
}


@pytest.mark.parametrize("package", sorted(HEAVY))
def test_pure_layers_load_no_database_and_no_streamlit(package):
    script = (
        "import importlib, pkgutil, sys\n"
        f"root = importlib.import_module({package!r})\n"
        "for info in pkgutil.iter_modules(getattr(root, '__path__', [])):\n"
        f"    importlib.import_module({package!r} + '.' + info.name)\n"
        f"print(','.join(m for m in {HEAVY[package]!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", f"importing {package} loads {done.stdout.strip()}"


def test_analysis_calls_no_streamlit_and_no_queries():
    for path in (ROOT / "analysis").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from) (streamlit|queries|duckdb)\b", text, re.M), path.name


def test_only_queries_talks_to_duckdb():
    for path in PY_FILES:
        rel = path.relative_to(ROOT)
        if rel.parts[0] in ("queries", "tests", "bench"):
            continue
        assert "import duckdb" not in path.read_text(encoding="utf-8"), str(rel)


def test_every_translation_key_used_exists():
    used = set()
    for path in PY_FILES:
        if "tests" in path.parts:
            continue
        for m in re.finditer(r"\b(?:t|tr)\(\s*[\"']([a-z_]+\.[a-z0-9_.]+)[\"']", path.read_text(encoding="utf-8")):
            used.add(m.group(1))
    missing = sorted(k for k in used if k not in CATALOG)
    assert not missing


def test_translations_are_complete():
    for key, (zh, en) in CATALOG.items():
        assert zh.strip() and en.strip(), key
        assert set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), key


SERVED = ("analysis", "figures", "exports", "ui", "pages", "queries", "i18n")


@pytest.mark.parametrize("path", [p for p in PY_FILES if p.relative_to(ROOT).parts[0] in SERVED], ids=str)
def test_no_python_callbacks_inside_polars(path):
    # A Python function run by polars (map_elements, map_batches, ...) runs on polars' worker threads and must
    # take the interpreter lock there; with several sessions' threads using polars at once the server deadlocked.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("map_elements", "map_batches", "map_rows", "map_groups")
    ]
    assert not calls, f"{path.relative_to(ROOT)} lines {calls}: compute in Python (analysis.frames.mapped)"


def test_sessions_threads_share_polars_without_deadlock():
    """Many threads shaping frames and converting them for display at once, as concurrent sessions do."""
    import datetime as dt
    import threading
    import time

    import polars as pl

    from analysis import dishonest

    months = pl.date_range(dt.date(2013, 1, 1), dt.date(2025, 12, 1), "1mo", eager=True)
    monthly = pl.DataFrame(
        {"month": months, **{c: range(len(months)) for c in dishonest.FLOWS}, "n_on_list": range(len(months))}
    )

    def work():
        for _ in range(30):
            frame = dishonest.by_grain(monthly, "quarter", dt.date(2014, 1, 1), dt.date(2025, 6, 30))
            frame.to_pandas()

    threads = [threading.Thread(target=work, daemon=True) for _ in range(6)]
    for th in threads:
        th.start()
    deadline = time.monotonic() + 60
    for th in threads:
        th.join(timeout=max(0.0, deadline - time.monotonic()))
    assert not any(th.is_alive() for th in threads), "threads using polars at once did not finish"
