"""AppTest for the campaigns page: the campaign chosen by URL (and an unknown one dropped with a notice), the
one-click buttons, the province filter, and the effects shown against an independent computation.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
from streamlit.testing.v1 import AppTest

from tests.apptest import render as render_page
from tests.apptest import table_with
from tests.fixture_noncompliance import nc_fixture_dir, on_nc_fixture  # noqa: F401  (pytest fixtures)

PAGE = "pages/campaigns.py"


def render(**query) -> AppTest:
    return render_page(PAGE, **query)


def test_campaign_from_the_url(on_nc_fixture):
    at = render(lang="en", campaign="js-2024")
    assert at.selectbox(key="cp_campaign").value == "js-2024"
    assert at.query_params["campaign"] == "js-2024"
    assert any("2024-04-01 to 2024-10-31" in m.value for m in at.markdown)


def test_an_unknown_campaign_is_dropped_with_a_notice(on_nc_fixture):
    at = render(lang="en", campaign="no-such-campaign")
    assert any("no-such-campaign" in w.value for w in at.warning)
    # The first of the featured 2024 campaigns is shown instead, and the URL says so.
    assert at.selectbox(key="cp_campaign").value == "hlj-2024"
    assert at.query_params["campaign"] == "hlj-2024"


def test_one_click_buttons(on_nc_fixture):
    at = render(lang="en")
    labels = [b.label for b in at.button if b.key and b.key.startswith("cp_btn_")]
    # The fixture has the Heilongjiang and Jiangsu 2024 campaigns but none in Yunnan.
    assert labels == ["Heilongjiang 2024", "Jiangsu 2024"]
    at.button(key="cp_btn_js-2024").click().run()
    assert at.selectbox(key="cp_campaign").value == "js-2024"
    assert at.query_params["campaign"] == "js-2024"


def monthly_counts(data, column_expr: str, province: str, first: dt.date, last: dt.date) -> np.ndarray:
    con = duckdb.connect()
    rows = con.execute(f"""
        SELECT m.month, count(n.incident_id) FILTER (WHERE {column_expr})
        FROM generate_series(DATE '{first}', DATE '{last}', INTERVAL 1 MONTH) AS m(month)
        LEFT JOIN read_parquet('{data}/noncompliance.parquet') n
               ON date_trunc('month', n.action_date) = m.month AND n.province_code = '{province}'
        GROUP BY ALL ORDER BY 1""").fetchall()
    return np.array([r[1] for r in rows], dtype=float)


def test_effects_shown_match_an_independent_computation(on_nc_fixture):
    # Heilongjiang 2024 (March-August) against Gansu, the only province with no campaign from 2023-03 to
    # 2024-09 (the last complete month of the fixture), per 100,000 residents.
    at = render(lang="en", campaign="hlj-2024")
    at.button_group(key="cp_per").set_value("residents").run()
    assert not at.exception
    first, last = dt.date(2023, 3, 1), dt.date(2024, 9, 1)
    pop = {"230000": 3062.0, "620000": 2465.0}
    months = np.array([np.datetime64(first, "M") + i for i in range(19)])
    during = (months >= np.datetime64("2024-03")) & (months <= np.datetime64("2024-08"))
    before, after = months < np.datetime64("2024-03"), months > np.datetime64("2024-08")

    def did(expr: str, phase: np.ndarray) -> float:
        gap = (
            monthly_counts(on_nc_fixture, expr, "230000", first, last) * 10 / pop["230000"]
            - monthly_counts(on_nc_fixture, expr, "620000", first, last) * 10 / pop["620000"]
        )
        return gap[phase].mean() - gap[before].mean()

    transfers_during = did("n.is_transferred", during)
    incidents_after = did("true", after)
    # By hand: a = 10/3062, b = 10/2465; transfers during (a + b) / 12, incidents after (2b - a) / 12.
    a, b = 10 / 3062, 10 / 2465
    assert np.isclose(transfers_during, (a + b) / 12) and np.isclose(incidents_after, (2 * b - a) / 12)
    assert [m.value for m in at.metric] == [f"{transfers_during:+.3g}", f"{incidents_after:+.3g}"]
    # One comparison province: too few for placebos, so the page says the interval is approximate.
    assert any("Only 1 comparison provinces" in w.value for w in at.warning)


def test_national_campaign_has_no_comparison(on_nc_fixture):
    at = render(lang="en", campaign="national-2014")
    assert not at.metric
    assert any("no province without it" in i.value for i in at.info)


def test_province_filter_limits_the_timeline(on_nc_fixture):
    at = render(lang="en", prov="620000")
    table = table_with(at, "campaign_id")
    # Gansu has no campaign of its own: only the national one is listed.
    assert list(table["campaign_id"]) == ["national-2014"]
    assert any("province filter does not apply" in c.value for c in at.caption)


def test_chinese_page(on_nc_fixture):
    at = render(lang="zh", campaign="js-2024")
    assert at.title[0].value == "专项行动及其效果"
    assert [b.label for b in at.button if b.key and b.key.startswith("cp_btn_")] == ["黑龙江省 2024", "江苏省 2024"]


def test_featured_campaigns_on_generated_data(on_generated):
    at = render(lang="en")
    labels = [b.label for b in at.button if b.key and b.key.startswith("cp_btn_")]
    assert labels == ["Heilongjiang 2024", "Jiangsu 2024", "Yunnan 2024"]
    for key in ("cp_btn_js-2024", "cp_btn_yn-2024"):
        at.button(key=key).click().run()
        assert not at.exception
        assert len(at.metric) == 2 and all(m.value != "—" for m in at.metric)
        # Jiangsu also ran its week of small-claims enforcement inside the window; Yunnan ran nothing else.
        overlap = [w.value for w in at.warning if "another campaign" in w.value]
        assert bool(overlap) == (key == "cp_btn_js-2024")


def test_the_effect_charts_stamps_state_the_estimates_window(on_nc_fixture, monkeypatch):
    # The estimate for Heilongjiang 2024 runs from March 2023 to September 2024 (the fixture's last complete month),
    # whatever the sidebar's period: every exported chart of the estimate says so, none says the sidebar's period.
    import exports
    from tests.apptest import record_exports

    made = record_exports(monkeypatch)
    at = render(lang="en", campaign="hlj-2024", **{"from": "2013-01", "to": "2024-09"})
    assert not at.exception
    effect_keys = [k for k in made if k.startswith(("cp-before-after", "cp-effects"))]
    assert len(effect_keys) == 3
    for key in effect_keys:
        line = exports.selection_line(made[key])
        assert "Mar 2023–Sep 2024" in line, (key, line)
        assert "Jan 2013" not in line, (key, line)
