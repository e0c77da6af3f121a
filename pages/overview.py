"""National overview for SPC officials: KPI cards, data-driven headlines, the article's decade and two trends."""

from __future__ import annotations

import polars as pl
import streamlit as st

import charts
import queries
from analysis import overview as cards
from analysis.headlines import held_liable_change, list_first_fall, removals_exceed_entries
from analysis.months import month_bounds
from charts import overview as ov_charts
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

nc = queries.run("noncompliance_by_month", f)
dl = queries.run("dishonest_by_month", f)
ce = queries.run("cross_enforcement_by_month", f)
cases = queries.run("cases_by_month", f)

if nc.height + dl.height + ce.height + cases.height == 0:
    st.info(t("common.empty"), icon=":material/filter_alt_off:")
    st.stop()


def card(c: ov_charts.Card) -> None:
    value = numbers.yuan(c.value, lg) if c.money else numbers.compact(c.value, lg)
    rel = cards.change(c.value or 0, c.before)
    st.metric(
        c.title,
        value,
        None if rel is None else t("common.yoy", pct=numbers.pct(rel)),
        border=True,
        delta_color=c.delta_color,
        help=(c.note + "\n\n" if c.note else "") + definition_md(c.indicator, lg),
    )


built = ov_charts.cards(f, lg)
if built.short:
    # A period shorter than a year: the cards add up what it holds, and say so.
    st.caption(t("ov.kpi.window_short", start=f"{built.window_start:%Y-%m}", end=f"{built.end_month:%Y-%m}"))
else:
    st.caption(t("ov.kpi.window", start=f"{built.window_start:%Y-%m}", end=f"{built.end_month:%Y-%m}"))
for first in (0, 4):
    for col, c in zip(st.columns(4), built.cards[first : first + 4]):
        with col:
            card(c)

st.subheader(t("ov.headlines"))
# Statements about history are judged on the data from its first month to the period's end, not on the window.
first_month = charts.data_first_month()
dl_whole = queries.run("dishonest_by_month", f, start=first_month)
nc_whole = queries.run("noncompliance_by_month", f, start=first_month)
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
    a0, a1 = month_bounds(*cards.ARTICLE_WINDOW)
    c0, c1 = month_bounds(*cards.CE_WINDOW)
    nc_tot = queries.run("noncompliance_totals", f, start=a0, end=a1).row(0, named=True)
    ce_tot = queries.run("cross_enforcement_totals", f, start=c0, end=c1).row(0, named=True)
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
