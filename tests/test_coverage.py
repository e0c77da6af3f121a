"""A court's own extract of one province is never called national: titles, the province filter, headlines,
ranks and comparisons, the Data quality page and every export's stamp follow the provinces the data hold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

import charts
import exports
import queries
from shared_filters import Filters
from tests.apptest import render
from tests.conftest import use_data

GANSU = "620000"
PARTITIONED = ("enforcement_cases", "dishonest_list", "case_events")
# Tables with a province of their own; cases' events and the courts follow through their keys.
BY_PROVINCE = ("enforcement_cases", "dishonest_list", "noncompliance", "cross_enforcement")


@pytest.fixture(scope="module")
def gansu_dir(generated_dir, tmp_path_factory) -> Path:
    """The generated national data cut to Gansu, as a court's extract would be: every table filtered, the
    reference tables (provinces, courts, campaigns) whole."""
    out = tmp_path_factory.mktemp("gansu") / "data"
    out.mkdir()
    con = duckdb.connect()
    src = Path(generated_dir)
    for name in ("provinces", "courts", "campaigns"):
        shutil.copy(src / f"{name}.parquet", out / f"{name}.parquet")
    con.execute(f"CREATE VIEW cases AS SELECT * FROM read_parquet('{src}/enforcement_cases/*/*.parquet')")
    for name in BY_PROVINCE + ("case_events",):
        source = (
            f"read_parquet('{src}/{name}/*/*.parquet', hive_partitioning = false)"
            if name in PARTITIONED
            else (f"read_parquet('{src}/{name}.parquet')")
        )
        if name == "case_events":
            where = f"case_id IN (SELECT case_id FROM cases WHERE province_code = '{GANSU}')"
        elif name == "cross_enforcement":
            where = f"case_id IN (SELECT case_id FROM cases WHERE province_code = '{GANSU}')"
        else:
            where = f"province_code = '{GANSU}'"
        rows = f"SELECT * FROM {source} WHERE {where}"
        if name in PARTITIONED:
            date = {"enforcement_cases": "filed_date", "dishonest_list": "listed_date", "case_events": "event_date"}[
                name
            ]
            for (year,) in con.execute(f"SELECT DISTINCT year({date}) FROM ({rows})").fetchall():
                folder = out / name / f"year={year}"
                folder.mkdir(parents=True)
                con.execute(f"COPY (SELECT * FROM ({rows}) WHERE year({date}) = {year}) TO '{folder}/part-0.parquet'")
        else:
            con.execute(f"COPY ({rows}) TO '{out}/{name}.parquet'")
    meta = json.loads((src / "_meta.json").read_text())
    meta.pop("generated_by", None)
    (out / "_meta.json").write_text(json.dumps(meta))
    return out


@pytest.fixture
def on_gansu(gansu_dir, cache_dir):
    use_data(gansu_dir, cache_dir)
    yield gansu_dir
    queries.reset()


def test_the_coverage_is_read_from_the_data(on_gansu, generated_dir):
    assert queries.coverage().provinces == (GANSU,)
    assert not queries.coverage().national
    use_data(generated_dir, Path(str(on_gansu) + "-cache"))
    (n,) = (
        duckdb.connect()
        .execute(
            f"SELECT count(DISTINCT province_code) FROM read_parquet('{generated_dir}/enforcement_cases/*/*.parquet')"
        )
        .fetchone()
    )
    assert len(queries.coverage().provinces) == n == 31 and queries.coverage().national


def test_the_overview_of_an_extract_is_not_national(on_gansu):
    at = render("pages/overview.py", lang="en")
    assert not at.exception
    assert at.title[0].value == "Gansu: overview of court enforcement"
    texts = " ".join(m.value for m in at.markdown)
    assert "National" not in at.title[0].value
    for line in (m.value for m in at.markdown if m.value.startswith("- ")):
        assert line.startswith("- Gansu · "), line
    assert "All of China" not in texts
    assert at.multiselect(key="f_prov").options == ["Gansu"]
    assert at.multiselect(key="f_prov").proto.placeholder == "All provinces in the data: Gansu"


def test_the_province_page_ranks_only_among_provinces_with_data(on_gansu):
    at = render("pages/province_view.py", lang="en", prov=GANSU)
    assert not at.exception
    captions = [c.value for c in at.caption]
    assert not any(c.startswith("National") or "of 31" in c or "rank 1 of 1" in c for c in captions), captions
    assert any("The data hold this province only" in c for c in captions)
    assert "The trend by year" in " ".join(s.value for s in at.subheader)


def test_the_data_quality_page_names_the_coverage(on_gansu):
    at = render("pages/data_quality.py", lang="en")
    assert any("The data hold 1 of the 31 provinces (Gansu)" in m.value for m in at.markdown)


def test_every_stamp_names_the_coverage(on_gansu):
    sel = Filters(start="2024-01", end="2025-12")
    for key in charts.keys():
        ex = charts.build(key, sel, "en")
        if ex is None:
            continue
        line = exports.selection_line(ex)
        assert "All of China" not in line and "All provinces ·" not in line, (key, line)
        assert "Gansu" in line, (key, line)
    ranked = charts.build("nc-rank-provinces", sel, "en")
    assert ranked.frame["province_code"].to_list() == [GANSU]
