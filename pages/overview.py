"""National overview for SPC officials: KPI cards, data-driven headlines, the article's decade and two trends."""

from __future__ import annotations

import polars as pl
import streamlit as st

import queries
from analysis import overview as cards
from analysis.headlines import held_liable_change, list_first_fall, removals_exceed_entries
from analysis.months import add_months, month_bounds
from exports import registry
from exports.provenance import scope_short
from i18n import numbers
from ui import filters, lang, t
from ui.widgets import definition_md, figure_block

f = filters.current()
lg = lang()
params = f.params()
start, end = params["start"], params["end"]
end_month = end.replace(day=1)

# The title names what the figures cover: the chosen provinces, or those the data hold when not the country.
scope = scope_short(queries.coverage(), f.provinces, lg, filters.province_names(lg))
st.title(t("ov.title") if scope is None else t("ov.title.scoped", scope=scope))
st.caption(t("ov.intro"))

nc = queries.run("noncompliance_by_month", **params)
dl = queries.run("dishonest_by_month", **params)
ce = queries.run("cross_enforcement_by_month", **params)
cases = queries.run("cases_by_month", **params)

if nc.height + dl.height + ce.height + cases.height == 0:
    st.info(t("common.empty"), icon=":material/filter_alt_off:")
    st.stop()


def yoy(now: float, before: float | None) -> str | None:
    rel = cards.change(now, before)
    return None if rel is None else t("common.yoy", pct=numbers.pct(rel))


def flow_card(frame: pl.DataFrame, column: str, indicator: str, money: bool = False, neutral: bool = False) -> None:
    now, before = cards.flow(frame, column, end_month, start)
    value = numbers.yuan(now, lg) if money else numbers.compact(now, lg)
    # Fewer refusal cases may mean less defiance or less enforcement: the change is shown without a verdict.
    st.metric(
        t(f"ov.kpi.{indicator}"),
        value,
        yoy(now, before),
        border=True,
        delta_color="off" if neutral else "normal",
        chart_data=cards.yearly_spark(frame, column),
        chart_type="bar",
        help=definition_md(indicator, lg),
    )


window_start = add_months(end_month, -11)
if window_start < start:
    # A period shorter than a year: the cards add up what it holds, and say so.
    st.caption(t("ov.kpi.window_short", start=f"{start:%Y-%m}", end=f"{end_month:%Y-%m}"))
else:
    st.caption(t("ov.kpi.window", start=f"{window_start:%Y-%m}", end=f"{end_month:%Y-%m}"))
row1 = st.columns(4)
with row1[0]:
    flow_card(nc, "n_transferred", "nc_transferred", neutral=True)
with row1[1]:
    flow_card(nc, "n_held_liable", "nc_held_liable", neutral=True)
with row1[2]:
    stock_now, stock_before = cards.stock(dl, "n_on_list", end_month, start)
    st.metric(
        t("ov.kpi.dl_on_list"),
        numbers.compact(stock_now, lg),
        yoy(stock_now or 0, stock_before),
        delta_color="inverse",
        border=True,
        chart_data=cards.yearly_spark(dl, "n_on_list", stock=True),
        chart_type="line",
        help=t("ov.kpi.stock_at", month=f"{end_month:%Y-%m}") + "\n\n" + definition_md("dl_on_list", lg),
    )
with row1[3]:
    quarter, q_now, q_before = cards.latest_quarter(dl, "n_listed", end_month, start)
    st.metric(
        t("ov.kpi.dl_new", quarter=quarter),
        numbers.compact(q_now, lg),
        yoy(q_now, q_before),
        delta_color="inverse",
        border=True,
        chart_data=cards.yearly_spark(dl, "n_listed"),
        chart_type="bar",
        help=t("ov.kpi.quarter", quarter=quarter) + "\n\n" + definition_md("dl_new", lg),
    )
row2 = st.columns(4)
with row2[0]:
    flow_card(ce, "n_assigned", "ce_assigned")
with row2[1]:
    flow_card(ce, "recovered_yuan", "ce_recovered", money=True)
with row2[2]:
    flow_card(cases, "n_closed", "cases_closed")
with row2[3]:
    flow_card(cases, "recovered_yuan", "cases_recovered", money=True)

st.subheader(t("ov.headlines"))
# Statements about history are judged on the data from its first month to the period's end, not on the window.
history = {**params, "start": registry.data_first_month()}
dl_whole = queries.run("dishonest_by_month", **history)
nc_whole = queries.run("noncompliance_by_month", **history)
headlines = [
    h
    for h in (list_first_fall(dl_whole, lg), removals_exceed_entries(dl_whole, lg), held_liable_change(nc_whole, lg))
    if h
]
if scope is not None:
    headlines = [t("scope.headline", scope=scope, text=h) for h in headlines]
for line in headlines or [t("ov.head.none")]:
    st.markdown(f"- {line}")

with st.expander(t("ov.article.heading"), icon=":material/newspaper:"):
    st.caption(t("ov.article.intro"))
    base = f.params(without=("start", "end"))
    a0, a1 = month_bounds(*cards.ARTICLE_WINDOW)
    c0, c1 = month_bounds(*cards.CE_WINDOW)
    nc_tot = queries.run("noncompliance_totals", **base, start=a0, end=a1).row(0, named=True)
    ce_tot = queries.run("cross_enforcement_totals", **base, start=c0, end=c1).row(0, named=True)
    window_a = f"{cards.ARTICLE_WINDOW[0]} – {cards.ARTICLE_WINDOW[1]}"
    window_c = f"{cards.CE_WINDOW[0]} – {cards.CE_WINDOW[1]}"
    rows = [
        ("nc_transferred", window_a, numbers.count(nc_tot["n_transferred"])),
        ("nc_held_liable", window_a, numbers.count(nc_tot["n_held_liable"])),
        ("ce_assigned", window_c, numbers.count(ce_tot["n_assigned"])),
        ("ce_resolved", window_c, numbers.count(ce_tot["n_resolved"])),
        ("ce_recovered", window_c, numbers.yuan(ce_tot["recovered_yuan"], lg)),
    ]
    table = pl.DataFrame(
        {
            t("ov.article.measure"): [t(f"ind.{k}.name") for k, _, _ in rows],
            t("ov.article.window"): [w for _, w, _ in rows],
            t("ov.article.ours"): [v for _, _, v in rows],
            t("ov.article.published"): [t(f"ov.published.{k}") for k, _, _ in rows],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    if not f.is_national:
        st.caption(t("ov.article.filtered"))
    st.caption(t("ov.article.ce_note"))
    if st.button(t("ov.article.apply"), icon=":material/date_range:"):
        filters.request(period=cards.ARTICLE_WINDOW)

left, right = st.columns(2)
with left:
    figure_block("overview-noncompliance")
with right:
    figure_block("overview-dishonest")
