"""Who may see what, enforced at the query door: every query that reads court- or case-level rows takes the
session's scope, a restricted session gets only its provinces' rows (press: no case at all), a query that does
not take the scope is refused, and "View as" shows the dashboard as the role would see it."""

from __future__ import annotations

import re

import duckdb
import pytest

import access
import charts
import queries
from shared_filters import Filters
from tests.apptest import render
from tests.conftest import ROOT

SQL = sorted((ROOT / "queries" / "sql").glob("*.sql"))
GANSU = access.Scope("province", ("620000",))
PRESS = access.Scope("press")


@pytest.fixture
def scoped():
    def use(scope):
        queries.use_scope(scope)

    yield use
    queries.use_scope(None)


@pytest.mark.parametrize("path", SQL, ids=lambda p: p.stem)
def test_every_query_of_court_or_case_rows_takes_the_scope(path):
    sql = path.read_text(encoding="utf-8")
    body = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    if re.search(r"\bcase_id\b", body):
        assert "case_in_scope($scope," in body, path.name
    elif re.search(r"\bcourt_id\b", body):
        assert "in_scope($scope," in body, path.name
    else:
        assert "$scope" not in body, path.name


def fixture_sql(directory, query: str) -> list[tuple]:
    con = duckdb.connect()
    for table in ("courts", "enforcement_cases"):
        src = directory / f"{table}.parquet"
        src = src if src.exists() else directory / table / "**" / "*.parquet"
        con.execute(f"create view {table} as select * from read_parquet('{src}', hive_partitioning = false)")
    return con.execute(query).fetchall()


def test_a_province_session_gets_its_own_courts_and_cases_only(on_fixture, scoped):
    everything = queries.run("courts", Filters())
    expected = {r[0] for r in fixture_sql(on_fixture, "select court_id from courts where province_code = '620000'")}
    (outside,) = fixture_sql(on_fixture, "select min(case_id) from enforcement_cases where province_code <> '620000'")
    (inside,) = fixture_sql(on_fixture, "select min(case_id) from enforcement_cases where province_code = '620000'")
    scoped(GANSU)
    assert set(queries.run("courts", Filters())["court_id"]) == expected != set(everything["court_id"])
    assert queries.run("case_by_id", case_id=outside[0]).height == 0
    assert queries.run("case_by_id", case_id=inside[0]).height == 1
    assert queries.run("case_incidents", case_id=outside[0]).height == 0
    scoped(PRESS)
    assert queries.run("case_by_id", case_id=inside[0]).height == 0
    assert set(queries.run("courts", Filters())["court_id"]) == set(everything["court_id"])


def test_a_query_that_does_not_take_the_scope_is_refused_to_a_restricted_session(
    on_fixture, scoped, monkeypatch, tmp_path
):
    (tmp_path / "leaky.sql").write_text("-- params: none\nselect court_id, name_zh from courts;\n", encoding="utf-8")
    monkeypatch.setattr(queries, "SQL_DIR", tmp_path)
    assert queries.run("leaky").height > 0  # no session scope: the command line, the tests
    scoped(access.LOCAL)
    assert queries.run("leaky").height > 0  # every right
    scoped(GANSU)
    with pytest.raises(queries.OutOfScope):
        queries.run("leaky")


def test_built_figures_are_never_shared_between_scopes(on_fixture, scoped):
    jiangsu = Filters(provinces=("320000",))
    national = charts.build("nc-rank-courts", jiangsu, "en")
    scoped(GANSU)
    assert charts.build("nc-rank-courts", jiangsu, "en") is not national
    scoped(None)
    assert charts.build("nc-rank-courts", jiangsu, "en") is national


def test_work_handed_to_other_threads_keeps_the_sessions_scope(on_fixture, scoped):
    """The press kit makes figures in a thread pool: a worker must see the session's scope, not the unrestricted
    view a thread with nothing pinned has."""
    from concurrent.futures import ThreadPoolExecutor

    expected = {r[0] for r in fixture_sql(on_fixture, "select court_id from courts where province_code = '620000'")}

    def courts():
        return set(queries.run("courts", Filters())["court_id"])

    scoped(GANSU)
    with ThreadPoolExecutor(max_workers=2) as pool:
        carried = pool.submit(queries.carried(courts)).result()
        bare = pool.submit(courts).result()
    assert carried == expected
    assert bare != expected  # the hazard `carried` is there for
    assert courts() == expected  # and the calling thread keeps its own pins


def view_as(at, role: str, provinces: tuple[str, ...] = ()):
    at.session_state["view_as_role"] = role
    at.session_state["view_as_provinces"] = list(provinces)
    at.run()
    return at


def test_view_as_a_province_court_and_as_press(on_fixture, monkeypatch, tmp_path):
    monkeypatch.setenv("DASHBOARD_AUDIT_DIR", str(tmp_path))
    (outside,) = fixture_sql(
        on_fixture,
        "select c.case_seq, k.case_prefix, year(c.filed_date) from enforcement_cases c join courts k using (court_id) "
        "where c.province_code <> '620000' order by c.case_id limit 1",
    )
    number = f"({outside[2]}){outside[1]}执{outside[0]}号"
    at = render("pages/case_file.py", lang="en", case=number)
    assert at.subheader[0].value == number  # the admin sees it
    at = view_as(at, "province", ("620000",))
    assert any("Viewing as Provincial court · Gansu" in i.value for i in at.info)
    assert [w.value for w in at.warning] == [f"No case numbered {number} among the cases your role may see."]
    gansu = render("pages/case_file.py", lang="en", case="(2020)甘05执1号")
    assert gansu.subheader[0].value == "(2020)甘05执1号"
    gansu = view_as(gansu, "press")
    # As press sees it: no case page at all (the query door would return no case either).
    assert "(2020)甘05执1号" not in [s.value for s in gansu.subheader]
    with pytest.raises(ValueError, match="Known pages"):
        gansu.switch_page("pages/case_file.py")
    import audit

    assert ("view_as", "press", "all, no cases") in [
        (e["action"], e.get("as_role"), e.get("as_scope")) for e in audit.read(tmp_path)
    ]


def test_the_policy_file_maps_users_and_groups_and_denies_the_unknown(tmp_path):
    policy = access.load(ROOT / "docs" / "policy.example.toml")
    assert policy.scope_for("li.na@gs.example") == GANSU
    assert policy.scope_for("someone", ("press-office",)) == PRESS
    assert policy.scope_for("zhang.wei@spc.example").unrestricted
    assert policy.scope_for("stranger", ("visitors",)) is None
    bad = tmp_path / "bad.toml"
    bad.write_text('[users."x"]\nrole = "province"\n', encoding="utf-8")
    with pytest.raises(access.PolicyError, match="provinces"):
        access.load(bad)
    bad.write_text('[users."x"]\nrole = "king"\n', encoding="utf-8")
    with pytest.raises(access.PolicyError, match="role"):
        access.load(bad)
