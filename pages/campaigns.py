"""Campaigns against refusal to comply: every campaign on a timeline, and for a chosen one its province against
provinces without a campaign, before, during and after, with a difference-in-differences estimate.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

import charts
import queries
from analysis import campaigns, effects
from charts import campaigns as cp_charts
from figures import campaigns as figs
from i18n import label, numbers, tr
from ui import filters, lang, links, t
from ui.widgets import figure_block

f = filters.current()
lg = lang()

st.title(t("cp.title"))
st.caption(t("cp.intro"))

camps = queries.run("campaigns")
if camps.height == 0:
    st.info(t("cp.none"), icon=":material/campaign:")
    st.stop()
names = filters.province_names(lg)
rows = {r["campaign_id"]: r for r in camps.to_dicts()}


def choose(campaign_id: str) -> None:
    st.session_state["cp_campaign"] = campaign_id


# The chosen campaign lives in the URL (campaign=<id>); an id that is not in the data is dropped with a notice.
picks = campaigns.featured(rows)
if "cp_campaign" not in st.session_state:
    wanted = st.query_params.get("campaign")
    if wanted and wanted not in rows:
        st.warning(t("cp.url.dropped", id=links.clip(wanted)), icon=":material/link_off:")
        wanted = None
    st.session_state["cp_campaign"] = wanted or (picks[0] if picks else next(iter(rows)))

st.header(t("cp.section.timeline"))
left, right = st.columns(2)
with left:
    scope = st.segmented_control(
        t("cp.filter.scope"),
        ("all", "national", "provincial"),
        key="cp_scope",
        default="all",
        required=True,
        format_func=lambda s: tr(f"cp.scope.{s}", lg),
        wrap=True,
    )
with right:
    present = [v for v in camps["focus"].unique(maintain_order=True).to_list() if v]
    focus = st.multiselect(
        t("cp.filter.focus"),
        present,
        key="cp_focus",
        placeholder=t("filters.all"),
        format_func=lambda v: label("focus", v, lg),
    )
timeline = dict(cp_campaign=st.session_state["cp_campaign"], cp_scope=scope, cp_focus=tuple(focus))
figure_block("cp-timeline", **timeline)
st.caption(t("cp.timeline.note", n=charts.build("cp-timeline", f, lg, **timeline).frame.height, total=camps.height))

st.header(t("cp.section.effect"))
if picks:
    buttons = st.columns(len(picks) + 1)
    for col, cid in zip(buttons, picks):
        r = rows[cid]
        col.button(
            t("cp.button", province=names.get(r["province_code"], r["province_code"]), year=r["start_date"].year),
            key=f"cp_btn_{cid}",
            on_click=choose,
            args=(cid,),
            icon=":material/bolt:",
            type="primary" if st.session_state["cp_campaign"] == cid else "secondary",
        )
st.selectbox(t("cp.choose"), list(rows), key="cp_campaign", format_func=lambda c: figs.campaign_label(rows[c], lg))
chosen = st.session_state["cp_campaign"]
if st.query_params.get("campaign") != chosen:
    st.query_params["campaign"] = chosen

camp = rows[chosen]
start, end = camp["start_date"], camp["end_date"]
focus_name = label("focus", camp["focus"], lg)
where = names.get(camp["province_code"], t("cp.scope.national")) if camp["province_code"] else t("cp.scope.national")
st.markdown(
    t(
        "cp.chosen",
        name=camp["name_en" if lg == "en" else "name_zh"],
        province=where,
        start=start.isoformat(),
        end=end.isoformat(),
        focus=focus_name,
    )
)
if camp["province_code"] is None:
    st.info(t("cp.national_no_comparison"), icon=":material/public:")
    st.stop()


# The window and the denominator rerun only the estimate and what shows it.
@st.fragment
def effect() -> None:
    left, right = st.columns(2)
    with left:
        per = (
            st.segmented_control(
                t("cp.per"),
                charts.OPTIONS["cp_per"][1],
                key="cp_per",
                default="cases",
                required=True,
                format_func=lambda p: tr(f"cp.per.{p}", lg),
                wrap=True,
            )
            or "cases"
        )
    with right:
        span = (
            st.segmented_control(
                t("cp.span"),
                charts.OPTIONS["cp_span"][1],
                key="cp_span",
                default=12,
                required=True,
                format_func=lambda n: tr("cp.span.months", lg, n=n),
                wrap=True,
            )
            or 12
        )

    choices = dict(cp_campaign=chosen, cp_per=per, cp_span=span)
    with st.spinner(t("cp.estimating")):
        built = cp_charts.effect(charts.Context(f, lg, choices))
    first, last, controls, results = built.first, built.last, built.controls, built.results
    if results is None:
        st.warning(t("cp.no_controls"), icon=":material/group_off:")
        st.stop()

    unit = t(f"cp.unit.{per}")
    province_name = built.province_name
    st.caption(
        t(
            "cp.design",
            first=f"{first:%Y-%m}",
            last=f"{last:%Y-%m}",
            n=len(controls),
            controls=", ".join(names.get(c, c) for c in controls),
        )
    )
    if f.provinces:
        st.caption(t("cp.province_filter_note"))
    # Another campaign of the same province inside the window muddles before, during and after: say so.
    for r in campaigns.overlapping(rows, chosen, first, last):
        st.warning(
            t(
                "cp.overlap",
                name=r["name_en" if lg == "en" else "name_zh"],
                start=r["start_date"].isoformat(),
                end=r["end_date"].isoformat(),
            ),
            icon=":material/layers:",
        )

    fmt = numbers.signed_sig

    def sentence(outcome: str, est: effects.Estimate) -> str:
        rel = "" if est.relative is None else t("cp.sentence.relative", pct=f"{est.relative * 100:+.0f}%")
        verdict = t("cp.sentence.excludes" if est.excludes_zero else "cp.sentence.includes")
        return (
            t(
                f"cp.sentence.{outcome}.{est.phase}",
                province=province_name,
                value=f"{abs(est.estimate):.3g}",
                direction=t("cp.more" if est.estimate > 0 else "cp.fewer"),
                unit=unit,
                low=fmt(est.low),
                high=fmt(est.high),
                relative=rel,
            )
            + " "
            + verdict
        )

    cards = st.columns(len(campaigns.HEADLINE))
    for col, (outcome, phase) in zip(cards, campaigns.HEADLINE):
        est = results[outcome][1].get(phase)
        with col:
            name = t(f"cp.metric.{outcome}.{phase}")
            if est is None:
                st.metric(name, "—", border=True)
                st.caption(t("cp.too_short", phase=t(f"cp.phase.{phase}")))
                continue
            st.metric(
                name,
                fmt(est.estimate),
                border=True,
                help=t("ind.cp_did.def"),
                delta=t("cp.interval", low=fmt(est.low), high=fmt(est.high)),
                delta_color="off",
                delta_arrow="off",
            )
            st.markdown(sentence(outcome, est))
    st.info(t("cp.caveat"), icon=":material/help:")

    left, right = st.columns(2)
    for col, outcome in zip((left, right), campaigns.OUTCOMES):
        with col:
            figure_block(f"cp-before-after-{outcome[2:]}", **choices)
    figure_block("cp-effects", **choices)
    summary = campaigns.estimates_frame(results)

    st.subheader(t("cp.phases.heading"))
    phase_rows = [
        {
            t("cp.col.outcome"): t(f"cp.outcome.{r['outcome']}"),
            t("cp.col.phase"): t(f"cp.phase.{r['phase']}"),
            t("cp.col.months"): r["n_months"],
            province_name: r["treated"],
            t("cp.comparison"): r["comparison"],
        }
        for r in campaigns.phase_rows(results)
    ]
    st.dataframe(pl.DataFrame(phase_rows), hide_index=True, width="stretch")
    st.caption(t("cp.phases.unit", unit=unit))

    with st.expander(t("cp.method.heading"), icon=":material/functions:"):
        st.markdown(t("cp.method.body"))
        methods = set(summary["method"].to_list())
        if "hac" in methods:
            st.warning(t("cp.method.few_controls", n=len(controls)), icon=":material/warning:")
        for r in summary.iter_rows(named=True):
            cluster = "—" if r["cluster_low"] is None else f"[{fmt(r['cluster_low'])}, {fmt(r['cluster_high'])}]"
            p = "—" if r["placebo_p"] is None else f"{r['placebo_p']:.2f}"
            st.markdown(
                t(
                    "cp.method.row",
                    outcome=t(f"cp.outcome.{r['outcome']}"),
                    phase=t(f"cp.phase.{r['phase']}"),
                    estimate=fmt(r["estimate"]),
                    low=fmt(r["low"]),
                    high=fmt(r["high"]),
                    p=p,
                    n=r["n_placebos"],
                    cluster=cluster,
                )
            )


effect()
