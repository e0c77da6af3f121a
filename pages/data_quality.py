"""Data quality: the value problems found in the data folder, one line each, and how the figures treat them."""

from __future__ import annotations

import polars as pl
import streamlit as st

import queries
from ui import t

st.title(t("dq.title"))
st.caption(t("dq.intro"))

problems = queries.run("data_quality")
if problems.height == 0:
    st.success(t("dq.clean"), icon=":material/verified:")
    st.stop()

# Texts are looked up here, in the session's thread: polars may run a mapped function on a worker thread,
# which does not see the session's language.
rules = {r: t(f"dq.rule.{r}") for r in problems["rule"].unique()}
handling = [t(f"dq.handling.{h}", column=c) for h, c in problems.select("handling", "column_name").iter_rows()]
table = problems.select(
    pl.col("table_name").alias(t("dq.col.table")),
    pl.col("file").alias(t("dq.col.file")),
    pl.col("column_name").alias(t("dq.col.column")),
    pl.col("rule").replace_strict(rules, return_dtype=pl.String).alias(t("dq.col.rule")),
    pl.col("n_rows").alias(t("dq.col.rows")),
    pl.col("examples").list.join(", ").alias(t("dq.col.examples")),
    pl.Series(t("dq.col.handling"), handling, dtype=pl.String),
)
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    column_config={t("dq.col.rows"): st.column_config.NumberColumn(format="localized")},
)
st.caption(t("dq.cli"))
