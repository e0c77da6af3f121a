"""The dishonest judgment debtors list (失信被执行人名单): the number on it and its flows, removals by reason,
how long debtors stay listed, and the provinces.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

import charts
import queries
from analysis import dishonest as shape
from analysis.frames import GRAINS
from analysis.headlines import list_first_fall, removals_exceed_entries
from analysis.months import add_months
from analysis.survival import kaplan_meier, median_time
from contract import DEBTOR_TYPES, SEVERITIES
from exports.provenance import scope_short
from i18n import label, numbers
from ui import filters, lang, links, t
from ui.widgets import figure_block, figure_map, sections

f = filters.current()
lg = lang()
params = f.params()
start = params["start"]
# Year ends and complete quarters are judged against the data's as-of date as well as the filter.
end = min(params["end"], queries.run("data_facts")["as_of_date"][0])

st.title(t("dl.title"))
st.caption(t("dl.intro"))

# A year before the period too, so that its first quarters have a year-on-year comparison.
history = shape.dense(queries.run("dishonest_flows_by_month", f, start=add_months(start, -12)), end)
monthly = history.filter(pl.col("month") >= start)
if monthly.height == 0:
    st.info(t("common.empty"), icon=":material/filter_alt_off:")
    st.stop()

# Statements about history are judged on the list's whole history to the period's end, not on the window.
whole = shape.dense(queries.run("dishonest_flows_by_month", f, start=charts.data_first_month()), end)
headlines = [h for h in (list_first_fall(whole, lg), removals_exceed_entries(whole, lg)) if h]
# A headline names the provinces it speaks of unless it speaks of the whole country.
scope = scope_short(queries.coverage(), f.provinces, lg, filters.province_names(lg))
if scope is not None:
    headlines = [t("scope.headline", scope=scope, text=h) for h in headlines]
for line in headlines:
    st.markdown(f"- {line}")


# The number on the list; the grain reruns only the charts it changes.
@st.fragment
def stock() -> None:
    links.choice("grain", GRAINS, "quarter", "dl_grain")
    grain = (
        st.segmented_control(
            t("dl.grain"), GRAINS, key="dl_grain", required=True, format_func=lambda g: t(f"common.{g}"), wrap=True
        )
        or "quarter"
    )
    links.keep("grain", grain)
    figure_block("dishonest-stock", dl_grain=grain)
    frame = shape.by_grain(monthly, grain, start, end)
    if frame["label"].str.ends_with(shape.PARTIAL_MARK).any():
        st.caption(t("dl.partial"))
    with st.container(border=True):
        st.markdown(t("dl.policy.heading"))
        st.caption(t("dl.policy.note"))

    figure_block("dishonest-flows", dl_grain=grain)


# Only the open section runs: its charts alone are built, sent and drawn.
section = sections(
    "dishonest-list",
    {
        "stock": (t("dl.tab.stock"), t("dl.sec.stock")),
        "quarters": (t("dl.tab.quarters"), t("dl.sec.quarters")),
        "durations": (t("dl.tab.durations"), t("dl.sec.durations")),
        "provinces": (t("dl.tab.provinces"), t("dl.sec.provinces", date=end.isoformat())),
    },
)

# The number on the list
if tab := section["stock"]:
    with tab:
        stock()

# New entries year on year, and removals by reason
if tab := section["quarters"]:
    with tab:
        q = shape.quarterly(history, start, end)
        figure_block("dishonest-yoy")
        figure_block("dishonest-removals")
        # The latest run is counted over the whole history: a window that starts inside a run would cut it short.
        runs = shape.runs_into(shape.exceed_runs(shape.quarterly(whole, whole["month"].min(), end)), q)
        if runs:
            first, last, n = runs[-1]
            st.caption(
                t(
                    "dl.exceed.summary",
                    quarters=int(q["removals_exceed"].sum()),
                    total=q.height,
                    first=first,
                    last=last,
                    n=n,
                )
            )
        else:
            st.caption(t("dl.exceed.none"))

        figure_block("dishonest-severity")

# How long debtors stay on the list
if tab := section["durations"]:
    with tab:
        durations = queries.run("dishonest_durations", f)
        st.caption(t("dl.durations.cohort", first=start.year, last=end.year))
        if durations.height == 0:
            st.info(t("common.empty"), icon=":material/filter_alt_off:")
        else:
            km_all = kaplan_meier(durations)
            km_debtor = kaplan_meier(durations, "debtor_type")
            graded = shape.graded(durations)
            km_severity = kaplan_meier(graded, "severity")
            med_debtor = dict(median_time(km_debtor, "debtor_type").rows())
            med_severity = dict(median_time(km_severity, "severity").rows())
            med_all = median_time(km_all)["median_months"][0]

            def months_text(months) -> str:
                if months is None:
                    return t("dl.median.not_reached")
                return t("dl.median.one_month") if months == 1 else t("dl.median.months", months=months)

            def summary_row(name: str, part: pl.DataFrame, med) -> dict:
                total, listed = shape.still_listed(part)
                return {
                    t("dl.table.group"): name,
                    t("dl.table.entries"): numbers.count(total),
                    t("dl.table.still_listed"): numbers.pct(listed, signed=False),
                    t("dl.table.median"): months_text(med),
                }

            rows = [summary_row(t("dl.table.all"), durations, med_all)]
            rows += [
                summary_row(
                    label("debtor_type", d, lg), durations.filter(pl.col("debtor_type") == d), med_debtor.get(d)
                )
                for d in DEBTOR_TYPES
                if d in med_debtor
            ]
            rows += [
                summary_row(label("severity", s, lg), graded.filter(pl.col("severity") == s), med_severity.get(s))
                for s in SEVERITIES
                if s in med_severity
            ]
            st.dataframe(pl.DataFrame(rows), hide_index=True, width="stretch", key="dishonest-medians")
            st.caption(t("dl.median.note"))

            left, right = st.columns(2)
            with left:
                figure_block("dishonest-km-debtor")
            with right:
                figure_block("dishonest-km-severity")
            figure_block("dishonest-distribution")

# Provinces
if tab := section["provinces"]:
    with tab:
        figure_map("dishonest-map")
        left, right = st.columns(2)
        with left:
            figure_block("dishonest-ranking")
        with right:
            figure_block("dishonest-mix")
        st.caption(t("dl.provinces.note"))
