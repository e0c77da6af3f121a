"""Refusal to comply (拒执): trends with rates, what debtors did and how courts escalated, violence and serious
consequences, debtor types, and rankings of provinces and of one province's courts.
"""

from __future__ import annotations

import streamlit as st

import charts
import queries
from analysis import noncompliance as shape
from analysis.frames import GRAINS
from figures import milestones
from figures import noncompliance as figs
from i18n import numbers, tr
from ui import filters, lang, links, t
from ui.widgets import figure_block, figure_map, sections

GRAIN_KEY = "nc_grain"

f = filters.current()
lg = lang()
params = f.params()
first, last = params["start"], params["end"]

st.title(t("nc.title"))
st.caption(t("nc.intro"))

nc = queries.run("noncompliance_by_month", f)
if nc.height == 0:
    st.info(t("common.empty"), icon=":material/filter_alt_off:")
    st.stop()
cases = queries.run("cases_by_month", f)
names = filters.province_names(lg)


# The period's totals do not depend on the grain: the cards head the page whichever section is open.
totals = shape.period_totals(shape.trend_frame(nc, cases, "month"))
cards = st.columns(4)
for col, count in zip(cards, shape.COUNTS):
    col.metric(
        t(f"ind.{figs.COUNT_IND[count]}.name"),
        numbers.count(totals[count]),
        border=True,
        help=t(f"ind.{figs.COUNT_IND[count]}.def"),
    )
rate = totals["per10k_incidents"]
cards[3].metric(
    t("ind.nc_rate_incidents.name"),
    "—" if rate is None else f"{rate:,.1f}",
    border=True,
    help=t("ind.nc_rate_incidents.def"),
)
st.caption(t("nc.kpi.period", start=f.start, end=f.end))

# Only the open section runs: its charts alone are built, sent and drawn.
section = sections(
    "refusal",
    {
        "trends": (t("nc.tab.trends"), t("nc.section.trends")),
        "serious": (t("nc.tab.serious"), t("nc.section.serious")),
        "debtors": (t("nc.tab.debtors"), t("nc.section.debtors")),
        "provinces": (t("nc.tab.provinces"), t("nc.section.provinces")),
    },
)


def grain_choice() -> str:
    """The grain of the section's trend charts; it lives in the URL beside the shared filters, so a copied
    link shows the same view (one section is drawn at a time, so each draws the one control)."""
    links.choice("grain", GRAINS, "year", GRAIN_KEY)
    st.segmented_control(
        t("nc.grain"), GRAINS, key=GRAIN_KEY, required=True, format_func=lambda g: tr(f"common.{g}", lg), wrap=True
    )
    grain = st.session_state[GRAIN_KEY] or "year"
    links.keep("grain", grain)
    return grain


# The grain reruns only the section it changes.
@st.fragment
def trends() -> None:
    grain = grain_choice()
    # Only the open tab's chart is built and sent; switching tabs reruns this section alone.
    tabs = st.tabs([t(f"ind.{figs.COUNT_IND[c]}.name") for c in shape.COUNTS], key="nc_trend_tab", on_change="rerun")
    for tab, count in zip(tabs, shape.COUNTS):
        if tab.open:
            with tab:
                figure_block(f"nc-trend-{count[2:]}", nc_grain=grain)
    with st.expander(t("nc.milestones.heading"), icon=":material/flag:"):
        for line in milestones.notes(lg, first, last):
            st.markdown(f"- {line}")
        st.caption(t("nc.milestones.windows"))

    st.subheader(t("nc.section.conduct"))
    figure_block("nc-conduct", nc_grain=grain)


# The ladder and the timing have no grain: outside the fragment, a change of grain neither rebuilds nor redraws them.
def funnel() -> None:
    left, right = st.columns(2)
    with left:
        figure_block("nc-ladder")
    with right:
        figure_block("nc-timing")
    ladder = charts.build("nc-ladder", f, lg)
    if ladder is not None:
        # The funnel and the cards above count different things: say what, with both sets of numbers.
        beside = shape.ladder_beside_cards(ladder.frame, totals)
        key = "nc.ladder.beside" if beside["transferred"] == beside["cards_transferred"] else "nc.ladder.beside_other"
        st.caption(t(key, **{k: numbers.count(v) for k, v in beside.items()}))


@st.fragment
def serious() -> None:
    grain = grain_choice()
    st.caption(t("nc.serious.intro"))
    left, right = st.columns(2)
    with left:
        figure_block("nc-resistance", nc_grain=grain)
    with right:
        figure_block("nc-serious", nc_grain=grain)


@st.fragment
def debtors() -> None:
    figure_block("nc-debtors", nc_grain=grain_choice())


# The ranking's own controls rerun only this section.
@st.fragment
def rankings() -> None:
    st.caption(t("nc.provinces.intro"))
    pick_count, pick_per = st.columns([3, 2])
    with pick_count:
        count = st.segmented_control(
            t("nc.rank.measure"),
            shape.COUNTS,
            key="nc_rank_count",
            default="n_incidents",
            required=True,
            format_func=lambda c: tr(f"ind.{figs.COUNT_IND[c]}.name", lg),
            wrap=True,
        )
    with pick_per:
        per = st.segmented_control(
            t("nc.rank.per"),
            ("cases", "residents"),
            key="nc_rank_per",
            default="cases",
            required=True,
            format_func=lambda p: tr(f"nc.rank.per.{p}", lg),
            wrap=True,
        )
    count, per = count or "n_incidents", per or "cases"
    left, right = st.columns(2)
    with left:
        figure_map("nc-map", nc_count=count, nc_per=per)
    with right:
        figure_block("nc-rank-provinces", nc_count=count, nc_per=per)

    if len(f.provinces) == 1:
        code = f.provinces[0]
        st.subheader(t("nc.courts.heading", province=names.get(code, code)))
        court = charts.noncompliance.court_ranking(charts.Context(f, lg, {"nc_count": count}))
        if court.all_small:
            st.caption(t("nc.courts.all_small", n=charts.noncompliance.MIN_COURT_CASES))
        elif court.left_out:
            st.caption(t("nc.courts.left_out", n=court.left_out, min=charts.noncompliance.MIN_COURT_CASES))
        figure_block("nc-rank-courts", nc_count=count)
        if court.hidden:
            st.caption(t("small.hidden_courts", n=court.hidden))
        st.caption(t("small.legend", n=court.threshold))
        if per == "residents":
            st.caption(t("nc.courts.per_cases_only"))
        if f.case_types:
            st.caption(t("nc.courts.case_type_note"))
    elif f.provinces:
        st.caption(t("nc.courts.pick_one"))


for name, draws in (
    ("trends", (trends, funnel)),
    ("serious", (serious,)),
    ("debtors", (debtors,)),
    ("provinces", (rankings,)),
):
    if tab := section[name]:
        with tab:
            for draw in draws:
                draw()
