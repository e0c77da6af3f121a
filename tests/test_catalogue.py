"""The catalogue's rules: every chart on a page comes from `charts/` (no page draws or queries beside it for what it
shows), `charts/` imports no Streamlit, every figure of the catalogue is laid out on a page and builds in both
languages, and the project's modules import one another without a circle.
"""

from __future__ import annotations

import ast
import re

import pytest

import charts
from tests.conftest import ROOT

PAGES = sorted((ROOT / "pages").glob("*.py"))
PROJECT = ("analysis", "charts", "exports", "figures", "i18n", "pages", "queries", "ui", "bench", "load", "sample_data")


def calls(path, name: str) -> list[ast.Call]:
    """The calls in a file to a function or method named `name` (`st.plotly_chart`, `chart_block`, ...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            called = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
            if called == name:
                out.append(node)
    return out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_page_draws_a_chart_of_its_own(page):
    # A chart reaches the screen only through `figure_block` / `figure_map`, which build it from the catalogue.
    assert not calls(page, "plotly_chart"), "st.plotly_chart on a page"
    assert not calls(page, "chart_block"), "chart_block on a page: declare the figure in charts/ instead"


def laid_out_keys() -> set[str]:
    """The figure keys the pages lay out (string literals, or f-strings' fixed start for a family of keys)."""
    keys = set()
    for page in PAGES:
        for name in ("figure_block", "figure_map"):
            for call in calls(page, name):
                arg = call.args[0]
                if isinstance(arg, ast.Constant):
                    keys.add(arg.value)
                elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                    keys.add(arg.values[0].value + "*")
    return keys


def test_every_key_a_page_lays_out_is_in_the_catalogue_and_every_figure_is_laid_out():
    laid_out = laid_out_keys()
    for key in laid_out:
        if key.endswith("*"):
            assert any(k.startswith(key[:-1]) for k in charts.REGISTRY), key
        else:
            assert key in charts.REGISTRY, key

    def shown(key: str) -> bool:
        return key in laid_out or any(p.endswith("*") and key.startswith(p[:-1]) for p in laid_out)

    assert [k for k in charts.REGISTRY if not shown(k)] == []


def test_every_figure_has_a_page_the_press_room_names():
    assert {spec.page for spec in charts.REGISTRY.values()} <= set(charts.PAGES)


def imports_of(path) -> set[str]:
    """The project modules a file imports at its top level (function-level imports are deferred on purpose)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def module_name(path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def test_charts_import_no_streamlit():
    for path in (ROOT / "charts").glob("*.py"):
        assert not {m for m in imports_of(path) if m.split(".")[0] in ("streamlit", "duckdb")}, path.name


def test_the_modules_import_one_another_without_a_circle():
    files = [p for p in ROOT.rglob("*.py") if p.relative_to(ROOT).parts[0] in PROJECT]
    files += [ROOT / "shared_filters.py", ROOT / "contract.py", ROOT / "dashboard.py"]
    names = {module_name(p): p for p in files}
    graph = {name: {m for m in imports_of(path) if m in names and m != name} for name, path in names.items()}
    # A package's __init__ importing its own submodules is how a package is made, not a circle.
    graph = {n: {m for m in deps if not m.startswith(n + ".")} for n, deps in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> None:
        state[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                raise AssertionError("import circle: " + " -> ".join(stack[stack.index(m) :] + [m]))
            if m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n)


def test_the_readme_names_the_files_a_new_chart_and_a_new_filter_touch():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Adding a chart, adding a filter", 1)[1].split("\n## ", 1)[0]
    chart, flt = section.split("**A filter**", 1)
    chart_files = re.findall(r"^\d\. `([^`]+)`", chart, re.M)
    filter_files = re.findall(r"^\d\. `([^`]+)`", flt, re.M)
    assert len(chart_files) <= 6 and len(filter_files) <= 3
    for name in chart_files + filter_files:
        if "<" not in name and "*" not in name:
            assert (ROOT / name).exists(), name
