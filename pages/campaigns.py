"""Campaigns against refusal to comply: every campaign on a timeline, and for a chosen one its province against
provinces without a campaign, before, during and after, with a difference-in-differences estimate.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import streamlit as st

import queries
from analysis import effects
from figures import campaigns as figs
from figures import milestones
from i18n import label, tr
from ui import filters, lang, t
from ui.widgets import chart_block

# The three provincial campaigns of 2024 that the SPC named on 2025-04-07 (calibration.md §5).
FEATURED = (("230000", 2024), ("320000", 2024), ("530000", 2024))
SPANS = (6, 12, 18, 24)
OUTCOMES = ("n_transferred", "n_incidents")
# The effect each outcome is expected to show: transfers rise during a crackdown, new incidents fall after it.
HEADLINE = (("n_transferred", "during"), ("n_incidents", "after"))

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
names = dict(zip(provinces["province_code"], provinces["name_en" if lg == "en" else "name_zh"]))
rows = {r["campaign_id"]: r for r in camps.to_dicts()}


def featured() -> list[str]:
    """The campaign of each featured province and year; a refusal-crimes focus and the longest run win."""
    out = []
    for code, year in FEATURED:
        own = [r for r in rows.values() if r["province_code"] == code and r["start_date"].year == year]
        own.sort(key=lambda r: (r["focus"] != "refusal_crimes", -(r["end_date"] - r["start_date"]).days))
        if own:
            out.append(own[0]["campaign_id"])
    return out


def choose(campaign_id: str) -> None:
    st.session_state["cp_campaign"] = campaign_id


# The chosen campaign lives in the URL (campaign=<id>); an id that is not in the data is dropped with a notice.
picks = featured()
if "cp_campaign" not in st.session_state:
    wanted = st.query_params.get("campaign")
    if wanted and wanted not in rows:
        st.warning(t("cp.url.dropped", id=wanted), icon=":material/link_off:")
        wanted = None
    st.session_state["cp_campaign"] = wanted or (picks[0] if picks else next(iter(rows)))

st.header(t("cp.section.timeline"))
left, right = st.columns(2)
with left:
    scope = st.segmented_control(t("cp.filter.scope"), ("all", "national", "provincial"), key="cp_scope",
                                 default="all", required=True, format_func=lambda s: tr(f"cp.scope.{s}", lg))
with right:
    present = [v for v in camps["focus"].unique(maintain_order=True).to_list() if v]
    focus = st.multiselect(t("cp.filter.focus"), present, key="cp_focus", placeholder=t("filters.all"),
                           format_func=lambda v: label("focus", v, lg))
shown = camps.filter((pl.col("start_date") <= params["end"]) & (pl.col("end_date") >= params["start"]))
if scope == "national":
    shown = shown.filter(pl.col("province_code").is_null())
elif scope == "provincial":
    shown = shown.filter(pl.col("province_code").is_not_null())
if focus:
    shown = shown.filter(pl.col("focus").is_in(focus))
if f.provinces:
    shown = shown.filter(pl.col("province_code").is_null() | pl.col("province_code").is_in(list(f.provinces)))
table = shown.select(
    "campaign_id", pl.col("province_en" if lg == "en" else "province_zh").alias("province"),
    pl.col("name_en" if lg == "en" else "name_zh").alias("name"), "start_date", "end_date",
    pl.col("focus").replace({v: label("focus", v, lg) for v in present}), "n_incidents", "n_transferred",
    "n_held_liable",
)
chart_block(figs.timeline(shown, lg, st.session_state["cp_campaign"]), table, "cp-timeline",
            ["cp_campaign", "cp_tagged"])
st.caption(t("cp.timeline.note", n=shown.height, total=camps.height))

st.header(t("cp.section.effect"))
if picks:
    buttons = st.columns(len(picks) + 1)
    for col, cid in zip(buttons, picks):
        r = rows[cid]
        col.button(t("cp.button", province=names.get(r["province_code"], r["province_code"]), year=r["start_date"].year),
                   key=f"cp_btn_{cid}", on_click=choose, args=(cid,), icon=":material/bolt:",
                   type="primary" if st.session_state["cp_campaign"] == cid else "secondary")
st.selectbox(t("cp.choose"), list(rows), key="cp_campaign", format_func=lambda c: figs.campaign_label(rows[c], lg))
chosen = st.session_state["cp_campaign"]
if st.query_params.get("campaign") != chosen:
    st.query_params["campaign"] = chosen

camp = rows[chosen]
start, end = camp["start_date"], camp["end_date"]
focus_name = label("focus", camp["focus"], lg)
where = names.get(camp["province_code"], t("cp.scope.national")) if camp["province_code"] else t("cp.scope.national")
st.markdown(t("cp.chosen", name=camp["name_en" if lg == "en" else "name_zh"], province=where,
              start=start.isoformat(), end=end.isoformat(), focus=focus_name))
if camp["province_code"] is None:
    st.info(t("cp.national_no_comparison"), icon=":material/public:")
    st.stop()

left, right = st.columns(2)
with left:
    per = st.segmented_control(t("cp.per"), effects.DENOMINATORS, key="cp_per", default="cases", required=True,
                               format_func=lambda p: tr(f"cp.per.{p}", lg)) or "cases"
with right:
    span = st.segmented_control(t("cp.span"), SPANS, key="cp_span", default=12, required=True,
                                format_func=lambda n: tr("cp.span.months", lg, n=n)) or 12

as_of = facts["as_of_date"]
last_complete = as_of.replace(day=1) if (as_of + dt.timedelta(days=1)).day == 1 else effects.add_months(as_of.replace(day=1), -1)
first, last = effects.window(start, end, span, span, data_first=facts["first_month"], data_last=last_complete)
treated = camp["province_code"]
controls = effects.comparison_provinces(camps, provinces["province_code"].to_list(), treated, first, last)


@st.cache_data(max_entries=64, show_spinner=False)
def estimate(campaign_id: str, per: str, span: int, levels: tuple, case_types: tuple, debtor_types: tuple,
             first: dt.date, last: dt.date, treated: str, controls: tuple):
    """Runs the panel query and the estimates for one campaign and set of choices (cached: placebos take a moment)."""
    panel = queries.run("noncompliance_province_month", levels=list(levels), case_types=list(case_types),
                        debtor_types=list(debtor_types), start=first, end=effects.last_day(last))
    out = {}
    for outcome in OUTCOMES:
        rated = effects.with_rate(panel, outcome, per)
        gaps = effects.gap_series(rated, treated, list(controls), start, end)
        out[outcome] = (gaps, effects.did(rated, treated, list(controls), start, end))
    return out


if not controls:
    st.warning(t("cp.no_controls"), icon=":material/group_off:")
    st.stop()
with st.spinner(t("cp.estimating")):
    results = estimate(chosen, per, span, tuple(f.levels), tuple(f.case_types), tuple(f.debtor_types),
                       first, last, treated, tuple(controls))

unit = t(f"cp.unit.{per}")
province_name = names.get(treated, treated)
st.caption(t("cp.design", first=f"{first:%Y-%m}", last=f"{last:%Y-%m}", n=len(controls),
             controls=", ".join(names.get(c, c) for c in controls)))
if f.provinces:
    st.caption(t("cp.province_filter_note"))
# Another campaign of the same province inside the window muddles before, during and after: say so.
overlapping = [r for r in rows.values() if r["province_code"] == treated and r["campaign_id"] != chosen
               and r["start_date"] <= effects.last_day(last) and r["end_date"] >= first]
for r in overlapping:
    st.warning(t("cp.overlap", name=r["name_en" if lg == "en" else "name_zh"], start=r["start_date"].isoformat(),
                 end=r["end_date"].isoformat()), icon=":material/layers:")


def fmt(v: float) -> str:
    return "—" if v is None or v != v else f"{v:+.3g}"


def _sig(v: float | None) -> float | None:
    return None if v is None else float(f"{v:.3g}")


def sentence(outcome: str, est: effects.Estimate) -> str:
    rel = "" if est.relative is None else t("cp.sentence.relative", pct=f"{est.relative * 100:+.0f}%")
    verdict = t("cp.sentence.excludes" if est.excludes_zero else "cp.sentence.includes")
    return t(f"cp.sentence.{outcome}.{est.phase}", province=province_name, value=f"{abs(est.estimate):.3g}",
             direction=t("cp.more" if est.estimate > 0 else "cp.fewer"), unit=unit, low=fmt(est.low),
             high=fmt(est.high), relative=rel) + " " + verdict


cards = st.columns(len(HEADLINE))
for col, (outcome, phase) in zip(cards, HEADLINE):
    est = results[outcome][1].get(phase)
    with col:
        name = t(f"cp.metric.{outcome}.{phase}")
        if est is None:
            st.metric(name, "—", border=True)
            st.caption(t("cp.too_short", phase=t(f"cp.phase.{phase}")))
            continue
        st.metric(name, fmt(est.estimate), border=True, help=t("ind.cp_did.def"),
                  delta=t("cp.interval", low=fmt(est.low), high=fmt(est.high)), delta_color="off",
                  delta_arrow="off")
        st.markdown(sentence(outcome, est))
st.info(t("cp.caveat"), icon=":material/help:")

left, right = st.columns(2)
for col, outcome in zip((left, right), OUTCOMES):
    gaps = results[outcome][0]
    title = t("cp.fig.before_after.title", measure=t(f"cp.outcome.{outcome}"), province=province_name)
    fig = figs.before_after(gaps, start, end, province_name, unit, title, lg,
                            subtitle=t("cp.fig.before_after.subtitle", unit=unit))
    milestones.overlay(fig, lg, first, effects.last_day(last))
    with col:
        chart_block(fig, gaps, f"cp-before-after-{outcome[2:]}", [f"cp_rate_{outcome[2:]}", "cp_comparison"])

summary = pl.DataFrame(
    [
        {"outcome": o, "phase": ph, "estimate": e.estimate, "low": e.low, "high": e.high, "std_error": e.std_error,
         "baseline": e.baseline, "relative": e.relative, "months": e.n_months, "method": e.method,
         "placebo_p": e.placebo_p, "n_placebos": e.n_placebos, "cluster_low": e.cluster_low,
         "cluster_high": e.cluster_high}
        for o in OUTCOMES for ph, e in results[o][1].items()
    ],
    schema={"outcome": pl.String, "phase": pl.String, "estimate": pl.Float64, "low": pl.Float64, "high": pl.Float64,
            "std_error": pl.Float64, "baseline": pl.Float64, "relative": pl.Float64, "months": pl.Int64,
            "method": pl.String, "placebo_p": pl.Float64, "n_placebos": pl.Int64, "cluster_low": pl.Float64,
            "cluster_high": pl.Float64},
)
chart_block(figs.effects_plot(summary, unit, lg), summary, "cp-effects", ["cp_did"])

st.subheader(t("cp.phases.heading"))
phase_rows = []
for outcome in OUTCOMES:
    for r in effects.phase_means(results[outcome][0]).iter_rows(named=True):
        phase_rows.append({
            t("cp.col.outcome"): t(f"cp.outcome.{outcome}"), t("cp.col.phase"): t(f"cp.phase.{r['phase']}"),
            t("cp.col.months"): r["n_months"], province_name: _sig(r["treated"]),
            t("cp.comparison"): _sig(r["comparison"]),
        })
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
        st.markdown(t("cp.method.row", outcome=t(f"cp.outcome.{r['outcome']}"), phase=t(f"cp.phase.{r['phase']}"),
                      estimate=fmt(r["estimate"]), low=fmt(r["low"]), high=fmt(r["high"]), p=p,
                      n=r["n_placebos"], cluster=cluster))
