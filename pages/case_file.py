"""Case file: one enforcement case found by its case number, told step by step; the article's case in one click."""

from __future__ import annotations

import datetime as dt

import polars as pl
import streamlit as st

import queries
from figures.case import timeline
from i18n import label, numbers
from queries import case_number
from ui import lang, t
from ui.widgets import chart_block

# The article's account: Tianshui Intermediate People's Court (甘05), a property case, the debtor gathered
# relatives and onlookers around the judges in May 2021.
ARTICLE = dict(prefix="甘05", conducts=["besieging_officers", "obstructing_officers"],
               start=dt.date(2021, 5, 1), end=dt.date(2021, 5, 31), case_type="property_housing")

lg = lang()
st.title(t("case.title"))
st.caption(t("case.intro"))


def open_article_case() -> None:
    found = queries.run("cases_matching_incident", **ARTICLE)
    if found.height == 0:
        st.session_state["_case_notice"] = t("case.article.none")
        return
    case = queries.run("case_by_id", case_id=found["case_id"][0])
    if case.height:
        row = case.row(0, named=True)
        st.session_state["case_q"] = case_number.format(row["filed_date"].year, row["case_prefix"], row["case_seq"])


if "case_q" not in st.session_state:
    st.session_state["case_q"] = st.query_params.get("case", "")

st.button(t("case.article"), help=t("case.article.help"), on_click=open_article_case, icon=":material/newspaper:")
text = st.text_input(t("case.input"), key="case_q", help=t("case.input.help"), placeholder="(2020)甘05执12号").strip()
notice = st.session_state.pop("_case_notice", None)
if notice:
    st.warning(notice, icon=":material/search_off:")

if not text:
    st.query_params.pop("case", None)
    st.info(t("case.prompt"), icon=":material/search:")
    st.stop()

parts = case_number.parse(text)
if parts is None:
    st.query_params.pop("case", None)
    st.warning(t("case.bad_format", value=text), icon=":material/error:")
    st.stop()

year, prefix, seq = parts
found = queries.run("case_by_number", year=year, prefix=prefix, seq=seq)
if found.height == 0:
    st.query_params.pop("case", None)
    st.warning(t("case.not_found", value=case_number.format(*parts)), icon=":material/search_off:")
    st.stop()

st.query_params["case"] = case_number.format(*parts)
case = found.row(0, named=True)
since = case["filed_date"] - dt.timedelta(days=365)
events = queries.run("case_events_for_case", case_id=case["case_id"], since=since)
incidents = queries.run("case_incidents", case_id=case["case_id"])
listings = queries.run("case_listings", case_id=case["case_id"], since=case["filed_date"])

st.subheader(case_number.format(*parts))
st.caption(case["court_name_en" if lg == "en" else "court_name_zh"])
cols = st.columns(4)
cols[0].metric(t("case.type"), label("case_type", case["case_type"], lg), border=True)
cols[1].metric(t("case.debtor"), label("debtor_type", case["debtor_type"], lg), border=True)
cols[2].metric(t("case.filed"), case["filed_date"].isoformat(), border=True)
cols[3].metric(t("case.closed"), case["closed_date"].isoformat() if case["closed_date"] else t("case.pending"), border=True)
cols = st.columns(4)
cols[0].metric(t("case.claim"), numbers.yuan(case["claim_yuan"], lg), border=True)
cols[1].metric(t("case.recovered"), numbers.yuan(case["recovered_yuan"], lg), border=True)
cols[2].metric(t("case.closure"), label("closure", case["closure"], lg) if case["closure"] else t("case.pending"), border=True)
cols[3].metric(t("case.creditors"), numbers.count(case["n_creditors"]), border=True)

if events.height:
    table = events.select(
        pl.col("event_date").dt.strftime("%Y-%m-%d").alias(t("case.col.date")),
        pl.col("event_type").map_elements(lambda e: label("event", e, lg), return_dtype=pl.String).alias(t("case.col.step")),
        pl.col("amount_yuan").alias(t("case.col.amount")),
        pl.col("detail_en" if lg == "en" else "detail_zh").alias(t("case.col.detail")),
    )
    chart_block(timeline(events, lg), table, f"case-{case['case_id']}", ["nc_incidents"])
    st.dataframe(table, hide_index=True, width="stretch")
else:
    st.caption(t("case.none"))

left, right = st.columns(2)
with left:
    st.subheader(t("case.incidents"))
    if incidents.height:
        st.dataframe(incidents.select(
            pl.col("action_date").dt.strftime("%Y-%m-%d").alias(t("case.col.date")),
            pl.col("conduct").map_elements(lambda v: label("conduct", v, lg), return_dtype=pl.String).alias(t("case.col.conduct")),
            pl.col("measure").map_elements(lambda v: label("measure", v, lg), return_dtype=pl.String).alias(t("case.col.measure")),
            pl.col("n_held_liable").alias(t("case.col.held_liable")),
            pl.col("complied_date").dt.strftime("%Y-%m-%d").alias(t("case.col.complied")),
        ), hide_index=True, width="stretch")
    else:
        st.caption(t("case.none"))
with right:
    st.subheader(t("case.listings"))
    if listings.height:
        st.dataframe(listings.select(
            pl.col("listed_date").dt.strftime("%Y-%m-%d").alias(t("case.col.listed")),
            pl.col("removed_date").dt.strftime("%Y-%m-%d").alias(t("case.col.removed")),
            pl.col("removal_reason").map_elements(lambda v: label("removal", v, lg), return_dtype=pl.String)
            .alias(t("case.col.reason")),
        ), hide_index=True, width="stretch")
    else:
        st.caption(t("case.none"))
st.caption(t("case.synthetic"))
