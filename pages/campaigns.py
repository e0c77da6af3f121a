"""Campaigns against refusal to comply: every campaign on a timeline, and for a chosen one its province against
provinces without a campaign, before, during and after, with a difference-in-differences estimate.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import streamlit as st

import queries
from analysis import campaigns, effects
from analysis.months import last_complete_month, last_day
from exports.provenance import period_text
from figures import campaigns as figs
from figures import milestones
from i18n import label, numbers, tr
from ui import filters, lang, links, t
from ui.widgets import chart_block

SPANS = (6, 12, 18, 24)


def estimate(
    start: dt.date,
    end: dt.date,
    per: str,
    levels: tuple,
    case_types: tuple,
    debtor_types: tuple,
    first: dt.date,
    last: dt.date,
    treated: str,
    controls: tuple,
):
    """The panel for one campaign and set of choices, and its estimates: computed once per data and choices
    (placebos take a moment), kept with the data they came from."""

    def compute():
        panel = queries.run(
            "noncompliance_province_month",
            levels=list(levels),
            case_types=list(case_types),
            debtor_types=list(debtor_types),
            start=first,
            end=last_day(last),
        )
        return campaigns.estimate(panel, treated, list(controls), start, end, per)

    key = ("campaign-estimate", start, end, per, levels, case_types, debtor_types, first, last, treated, controls)
    return queries.memo(key, compute)


f = filters.current()
lg = lang()
params = f.params()

st.title(t("cp.title"))
st.caption(t("cp.intro"))

camps = queries.run("campaigns")
if camps.height == 0:
    st.info(t("cp.none"), icon=":material/campaign:")
    st.stop()
facts = queries.run("data_facts").row(0, named=True)
provinces = queries.run("provinces")
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
shown = campaigns.in_view(camps, params["start"], params["end"], scope, focus, f.provinces)
table = shown.select(
    "campaign_id",
    pl.col("province_en" if lg == "en" else "province_zh").alias("province"),
    pl.col("name_en" if lg == "en" else "name_zh").alias("name"),
    "start_date",
    "end_date",
    pl.col("focus").replace({v: label("focus", v, lg) for v in present}),
    "n_incidents",
    "n_transferred",
    "n_held_liable",
)
chart_block(
    figs.timeline(shown, lg, st.session_state["cp_campaign"]), table, "cp-timeline", ["cp_campaign", "cp_tagged"]
)
st.caption(t("cp.timeline.note", n=shown.height, total=camps.height))

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
                effects.DENOMINATORS,
                key="cp_per",
                default="cases",
                required=True,
                format_func=lambda p: tr(f"cp.per.{p}", lg),
            )
            or "cases"
        )
    with right:
        span = (
            st.segmented_control(
                t("cp.span"),
                SPANS,
                key="cp_span",
                default=12,
                required=True,
                format_func=lambda n: tr("cp.span.months", lg, n=n),
            )
            or 12
        )

    first, last = effects.window(
        start, end, span, span, data_first=facts["first_month"], data_last=last_complete_month(facts["as_of_date"])
    )
    treated = camp["province_code"]
    controls = effects.comparison_provinces(camps, provinces["province_code"].to_list(), treated, first, last)

    if not controls:
        st.warning(t("cp.no_controls"), icon=":material/group_off:")
        st.stop()
    with st.spinner(t("cp.estimating")):
        results = estimate(
            start,
            end,
            per,
            tuple(f.levels),
            tuple(f.case_types),
            tuple(f.debtor_types),
            first,
            last,
            treated,
            tuple(controls),
        )

    unit = t(f"cp.unit.{per}")
    province_name = names.get(treated, treated)
    # The estimate's own window (before, during and after the campaign), not the sidebar's period: stamps say so.
    window_text = period_text(f"{first:%Y-%m}", f"{last:%Y-%m}", lg)
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
        gaps = results[outcome][0]
        title = t("cp.fig.before_after.title", measure=t(f"cp.outcome.{outcome}"), province=province_name)
        fig = figs.before_after(
            gaps, start, end, province_name, unit, title, lg, subtitle=t("cp.fig.before_after.subtitle", unit=unit)
        )
        milestones.overlay(fig, lg, first, last_day(last))
        with col:
            chart_block(
                fig,
                gaps,
                f"cp-before-after-{outcome[2:]}",
                [f"cp_rate_{outcome[2:]}", "cp_comparison"],
                period=window_text,
            )

    summary = campaigns.estimates_frame(results)
    chart_block(figs.effects_plot(summary, unit, lg), summary, "cp-effects", ["cp_did"], period=window_text)

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
