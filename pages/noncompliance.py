"""Refusal to comply (拒执): trends with rates, what debtors did and how courts escalated, violence and serious
consequences, debtor types, and rankings of provinces and of one province's courts.
"""

from __future__ import annotations

import streamlit as st

import queries
from analysis import noncompliance as shape
from analysis import suppression
from analysis.frames import GRAINS
from analysis.months import months_spanned
from figures import milestones
from figures import noncompliance as figs
from i18n import numbers, tr
from ui import filters, lang, t
from ui.widgets import chart_block, province_map

# Courts with fewer cases filed than this are left out of the court ranking: a rate per 10,000 cases
# computed on a few dozen cases swings on one incident.
MIN_COURT_CASES = 200
TOP_COURTS = 30
COURT_COUNTS = ("n_incidents", "n_transferred", "n_held_liable", "n_filed")
GRAIN_KEY = "nc_grain"

f = filters.current()
lg = lang()
params = f.params()
first, last = params["start"], params["end"]

st.title(t("nc.title"))
st.caption(t("nc.intro"))

nc = queries.run("noncompliance_by_month", **params)
if nc.height == 0:
    st.info(t("common.empty"), icon=":material/filter_alt_off:")
    st.stop()
cases = queries.run("cases_by_month", **params)
campaigns = queries.run("campaigns")
names = filters.province_names(lg)

# The grain lives in the URL beside the shared filters, so a copied link shows the same view.
if GRAIN_KEY not in st.session_state:
    wanted = st.query_params.get("grain", "year")
    if wanted not in GRAINS:
        st.session_state["_nc_grain_dropped"] = wanted
        wanted = "year"
    st.session_state[GRAIN_KEY] = wanted
if st.session_state.get("_nc_grain_dropped"):
    st.warning(t("url.dropped", items=f"grain={st.session_state['_nc_grain_dropped']}"), icon=":material/link_off:")
st.segmented_control(t("nc.grain"), GRAINS, key=GRAIN_KEY, required=True, format_func=lambda g: tr(f"common.{g}", lg))
grain = st.session_state[GRAIN_KEY] or "year"
if st.query_params.get("grain") != grain:
    st.query_params["grain"] = grain


def marked(fig):
    """Every time-series chart carries the legal milestones and the campaign windows."""
    return milestones.overlay(fig, lg, first, last, campaigns, f.provinces, names)


trend = shape.trend_frame(nc, cases, grain)
totals = shape.period_totals(trend)
cards = st.columns(4)
for col, count in zip(cards, shape.COUNTS):
    col.metric(t(f"ind.{figs.COUNT_IND[count]}.name"), numbers.count(totals[count]), border=True,
               help=t(f"ind.{figs.COUNT_IND[count]}.def"))
rate = totals["per10k_incidents"]
cards[3].metric(t("ind.nc_rate_incidents.name"), "—" if rate is None else f"{rate:,.1f}", border=True,
                help=t("ind.nc_rate_incidents.def"))
st.caption(t("nc.kpi.period", start=f.start, end=f.end))

st.header(t("nc.section.trends"))
tabs = st.tabs([t(f"ind.{figs.COUNT_IND[c]}.name") for c in shape.COUNTS])
for tab, count in zip(tabs, shape.COUNTS):
    with tab:
        table = trend.select("period", count, "n_filed", f"per10k_{count[2:]}")
        chart_block(marked(figs.trend(trend, count, grain, lg)), table, f"nc-trend-{count[2:]}",
                    [figs.COUNT_IND[count], figs.RATE_IND[count], "cases_filed"])
with st.expander(t("nc.milestones.heading"), icon=":material/flag:"):
    for line in milestones.notes(lg, first, last):
        st.markdown(f"- {line}")
    st.caption(t("nc.milestones.windows"))

st.header(t("nc.section.conduct"))
conduct = shape.conduct_frame(queries.run("noncompliance_conduct_by_month", **params), grain)
ladder = shape.ladder_summary(queries.run("noncompliance_ladder", **params))
chart_block(marked(figs.conduct_mix(conduct, grain, lg)), conduct, "nc-conduct", ["nc_conduct_share"])
left, right = st.columns(2)
with left:
    chart_block(figs.ladder(ladder, lg), ladder, "nc-ladder", ["nc_ladder", "nc_complied"])
with right:
    chart_block(figs.compliance_timing(ladder, lg), ladder, "nc-timing", ["nc_days_to_comply"])

st.header(t("nc.section.serious"))
st.caption(t("nc.serious.intro"))
serious = shape.serious_frame(queries.run("noncompliance_serious_by_month", **params), grain)
left, right = st.columns(2)
with left:
    chart_block(marked(figs.resistance_trend(serious, grain, lg)),
                serious.select("period", *shape.RESISTANCE), "nc-resistance", ["nc_violent"])
with right:
    chart_block(marked(figs.consequences_trend(serious, grain, lg)),
                serious.select("period", *shape.SERIOUS), "nc-serious", ["nc_serious"])

st.header(t("nc.section.debtors"))
debtors = shape.debtor_frame(queries.run("noncompliance_by_debtor_type", **params), grain)
chart_block(marked(figs.debtor_trend(debtors, grain, lg)), debtors, "nc-debtors", ["nc_debtor_rate"])

st.header(t("nc.section.provinces"))
st.caption(t("nc.provinces.intro"))
pick_count, pick_per = st.columns([3, 2])
with pick_count:
    count = st.segmented_control(t("nc.rank.measure"), shape.COUNTS, key="nc_rank_count", default="n_incidents",
                                 required=True, format_func=lambda c: tr(f"ind.{figs.COUNT_IND[c]}.name", lg))
with pick_per:
    per = st.segmented_control(t("nc.rank.per"), ("cases", "residents"), key="nc_rank_per", default="cases",
                               required=True, format_func=lambda p: tr(f"nc.rank.per.{p}", lg))
count, per = count or "n_incidents", per or "cases"
by_province = queries.run("noncompliance_by_province", **f.params(without=("provinces",)))
ranked = shape.province_frame(by_province, count, per, months_spanned(first, last))
measure = t(f"ind.{figs.COUNT_IND[count]}.name")
unit = t(f"nc.rank.unit.{per}")
indicators = [figs.COUNT_IND[count], "nc_rate_per_cases" if per == "cases" else "nc_rate_per_residents"]
left, right = st.columns(2)
with left:
    province_map(ranked, t("nc.fig.map.title", measure=measure, unit=unit), unit, indicators, "nc-map",
                 value_format=",.2f", all_provinces=True)
with right:
    name_col = "name_en" if lg == "en" else "name_zh"
    denominator = "n_filed" if per == "cases" else "population_10k"
    chart_block(figs.ranking(ranked, name_col, t("nc.fig.rank.title", measure=measure), unit, lg,
                             highlight=f.provinces, count_col=count, denominator_col=denominator),
                ranked, "nc-rank-provinces", indicators, all_provinces=True)

if len(f.provinces) == 1:
    code = f.provinces[0]
    st.subheader(t("nc.courts.heading", province=names.get(code, code)))
    courts = queries.run("noncompliance_by_court", province=code,
                         **f.params(without=("provinces",)))
    # Small counts are hidden over all the province's courts (whose total the cards show) before any is left out.
    threshold = suppression.threshold()
    courts = suppression.protect(courts, COURT_COUNTS, threshold_=threshold)
    ranked_courts, left_out = shape.court_frame(courts, count, lg, MIN_COURT_CASES)
    if ranked_courts.height == 0 and courts.height:
        ranked_courts, left_out = shape.court_frame(courts, count, lg, 1)
        st.caption(t("nc.courts.all_small", n=MIN_COURT_CASES))
    elif left_out:
        st.caption(t("nc.courts.left_out", n=left_out, min=MIN_COURT_CASES))
    ranked_courts = suppression.carry(ranked_courts, courts, "court_id", {"value": [count, "n_filed"]})
    title = t("nc.fig.courts.title", measure=measure, province=names.get(code, code))
    if ranked_courts.drop_nulls("value").height > TOP_COURTS:
        title += t("nc.fig.courts.top", n=TOP_COURTS)
    chart_block(figs.ranking(ranked_courts, "court", title,
                             t("nc.rank.unit.cases"), lg, key_col="court_id", top=TOP_COURTS, count_col=count,
                             denominator_col="n_filed"),
                suppression.as_text(ranked_courts, threshold, {"value": "{:,.2f}"}), "nc-rank-courts",
                [figs.COUNT_IND[count], "nc_rate_per_cases"])
    hidden = suppression.n_hidden_rows(courts, [count, "n_filed"])
    if hidden:
        st.caption(t("small.hidden_courts", n=hidden))
    st.caption(t("small.legend", n=threshold))
    if per == "residents":
        st.caption(t("nc.courts.per_cases_only"))
    if f.case_types:
        st.caption(t("nc.courts.case_type_note"))
elif f.provinces:
    st.caption(t("nc.courts.pick_one"))
