"""Cross-enforcement (交叉执行): cases moved to another court since the October 2023 pilot, the published figures
beside ours, where the cases go, several creditors, and moved cases against comparable cases that were not moved.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

import charts
import queries
from analysis import cross as shape
from analysis import suppression
from analysis.survival import kaplan_meier, median_time
from i18n import label, numbers
from ui import filters, lang, t
from ui.widgets import figure_block, sections

f = filters.current()
lg = lang()
params = f.params()
start, end = params["start"], params["end"]

st.title(t("ce.title"))
st.caption(t("ce.intro"))
st.caption(t("ce.province_rule"), help=t("ce.province_rule.help"))

# From the first case, so that the running totals count the months before the period too.
by_method = queries.run("cross_enforcement_by_method", f)
in_period = shape.in_period(by_method, start)
if in_period["n_assigned"].sum() + in_period["n_resolved"].sum() == 0:
    st.info(t("ce.empty"), icon=":material/filter_alt_off:")
    st.stop()

# Cases moved by method in the period: the page's headline, whichever section is open.
shares = shape.method_shares(by_method, start)
cols = st.columns(len(shares) or 1)
for col, (method, n, share) in zip(cols, shares.rows()):
    col.metric(
        label("method", method, lg),
        numbers.compact(n, lg),
        border=True,
        help=t("ce.method.share", pct=numbers.pct(share, signed=False)) + "\n\n" + t(f"ce.method.def.{method}"),
    )


def shown(measure: str, value: float, lower_bound: bool = False) -> str:
    """A count or amount of the published comparison; a published lower bound reads "over ..."."""
    text = numbers.yuan(value, lg) if measure == "ce_recovered" else numbers.count(value)
    return t("ce.over", value=text) if lower_bound else text


# Only the open section runs: its charts alone are built, sent and drawn.
section = sections(
    "cross-enforcement-reform",
    {
        "trend": (t("ce.tab.trend"), t("ce.sec.trend")),
        "article": (t("ce.tab.article"), t("ce.sec.article")),
        "flows": (t("ce.tab.flows"), t("ce.sec.flows")),
        "creditors": (t("ce.tab.creditors"), t("ce.sec.creditors")),
        "compare": (t("ce.tab.compare"), t("ce.sec.compare")),
    },
)

# Cases moved over time
if tab := section["trend"]:
    with tab:
        figure_block("cross-methods")
        figure_block("cross-cumulative")

# The article's figure beside the published ones
if tab := section["article"]:
    with tab:
        windows = sorted({(first, last) for first, last, *_ in shape.PUBLISHED})
        totals = {
            w: queries.run("cross_enforcement_totals", f, start=w[0], end=w[1]).row(0, named=True) for w in windows
        }
        published = shape.published_rows(totals, lg)
        article = shape.article_rows(published)
        left, right = st.columns([3, 2])
        with left:
            figure_block("cross-article")
        with right:
            st.info(t("ce.article.definitions"), icon=":material/menu_book:")

        table = pl.DataFrame(
            {
                t("ce.table.window"): published["window"],
                t("ce.table.measure"): [t(f"ind.{m}.name") for m in published["measure"]],
                t("ce.table.ours"): [shown(m, v) for m, v in zip(published["measure"], published["ours"])],
                t("ce.table.published"): [
                    shown(m, v, lb)
                    for m, v, lb in zip(published["measure"], published["published"], published["is_lower_bound"])
                ],
                t("ce.table.ratio"): [numbers.pct(r, signed=False) for r in published["ratio"]],
                t("ce.table.source"): published["source"],
            }
        )
        st.dataframe(table, hide_index=True, width="stretch")
        if not f.is_national:
            st.caption(t("ce.article.filtered"))

# Where cases go
if tab := section["flows"]:
    with tab:
        flows = queries.run("cross_enforcement_flows", f)
        if flows.height == 0:
            st.info(t("common.empty"), icon=":material/filter_alt_off:")
        else:
            same = shape.stays_in_province(flows)
            st.caption(t("ce.flows.same_province", pct=numbers.pct(same, signed=False)))
            left, right = st.columns(2)
            with left:
                figure_block("cross-levels")
            with right:
                figure_block("cross-receivers")
                # Court-level counts: small ones hidden (only the largest receivers are listed, so no total gives them back).
                if charts.cross.receivers(charts.Context(f, lg, {})).hidden:
                    st.caption(t("small.legend", n=suppression.threshold()))
            figure_block("cross-provinces")

# Several creditors against one debtor
if tab := section["creditors"]:
    with tab:
        creditors = queries.run("cross_enforcement_by_creditors", f)
        if creditors.height == 0:
            st.info(t("common.empty"), icon=":material/filter_alt_off:")
        else:
            summary = shape.creditor_summary(creditors)
            folded = shape.single_or_several(creditors)
            km = kaplan_meier(folded, "creditors", censored="is_open", n="n_cases")
            medians = dict(median_time(km, "creditors").rows())
            several = shape.several_creditors(summary, folded)
            c1, c2, c3 = st.columns(3)
            c1.metric(
                t("ce.creditors.several_cases"),
                numbers.count(several["n_several"]),
                border=True,
                help=t("ce.creditors.share", pct=numbers.pct(several["share_several"], signed=False)),
            )
            c2.metric(
                t("ce.recovery_rate") + " · " + t("ce.creditors.several"),
                numbers.pct(several["rate_several"], signed=False),
                border=True,
                help=t("ce.creditors.single_rate", pct=numbers.pct(several["rate_single"], signed=False)),
            )
            c3.metric(
                t("ce.median_months") + " · " + t("ce.creditors.several"),
                t("ce.median.months", months=medians["several"]) if medians.get("several") is not None else "—",
                border=True,
                help=t(
                    "ce.creditors.single_median", months=medians["single"] if medians.get("single") is not None else "—"
                ),
            )
            left, right = st.columns(2)
            with left:
                figure_block("cross-open")
            with right:
                figure_block("cross-creditors")
            st.caption(t("ce.creditors.note"))

# Moved against not moved
if tab := section["compare"]:
    with tab:
        versus = queries.run("cross_enforcement_vs_comparable", f)
        if versus.height == 0:
            st.info(t("common.empty"), icon=":material/filter_alt_off:")
        else:
            overall = shape.comparison(versus, None).row(0, named=True)
            by_type = shape.comparison(versus, "case_type")

            def days(v) -> str:
                return t("ce.days", n=numbers.count(v)) if v is not None else "—"

            def rate(v) -> str:
                return numbers.pct(v, signed=False) if v is not None else "—"

            c1, c2, c3, c4 = st.columns(4)
            c1.metric(
                t("ce.compare.days_after_move"),
                days(overall["moved_days_since_assigned"]),
                border=True,
                help=t("ce.compare.days_after_move.help"),
            )
            c2.metric(
                t("ce.compare.days_moved"),
                days(overall["moved_days_since_filing"]),
                border=True,
                help=t("ce.compare.days_moved.help"),
            )
            c3.metric(
                t("ce.compare.days_base"),
                days(overall["base_days_since_filing"]),
                border=True,
                help=t("ce.compare.days_base.help"),
            )
            moved_rate, base_rate = overall["moved_recovery_rate"], overall["base_recovery_rate"]
            pts = shape.rate_gap(moved_rate, base_rate)
            gap = None if pts is None else t("ce.compare.rate_gap", pts=f"{pts:+.1f}", base=rate(base_rate))
            c4.metric(
                t("ce.compare.rate_pair"),
                rate(moved_rate),
                gap,
                delta_color="off",
                border=True,
                help=t("ce.compare.rate_pair.help"),
            )
            figure_block("cross-compare")
            if overall["n_moved_unmatched"]:
                st.caption(t("ce.compare.unmatched", n=numbers.count(overall["n_moved_unmatched"])))
            st.warning(t("ce.compare.limits"), icon=":material/balance:")
