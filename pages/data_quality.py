"""Data quality: the value problems found in the data folder, one line each, and how the figures treat them."""

from __future__ import annotations

import polars as pl
import streamlit as st

import queries
from ui import lang, t

st.title(t("dq.title"))
st.caption(t("dq.intro"))

# What the data cover, read from the data: every title, rank and stamp follows it.
lg = lang()
coverage = queries.coverage()
held = queries.run("data_coverage")
names = queries.province_names(lg)
if held.height:
    first, last = held["first_month"].min(), held["last_month"].max()
    st.subheader(t("dq.coverage.heading"))
    st.markdown(
        t(
            "dq.coverage.national" if coverage.national else "dq.coverage.part",
            n=len(coverage.provinces),
            of=coverage.n_reference,
            names=("、" if lg == "zh" else ", ").join(names.get(c, c) for c in coverage.provinces[:10]),
            first=f"{first:%Y-%m}",
            last=f"{last:%Y-%m}",
        )
    )
    if not coverage.national:
        st.dataframe(
            held.select(
                pl.col("province_code").replace_strict(names, default=None).alias(t("dq.coverage.province")),
                pl.col("first_month").dt.strftime("%Y-%m").alias(t("dq.coverage.first")),
                pl.col("last_month").dt.strftime("%Y-%m").alias(t("dq.coverage.last")),
            ),
            hide_index=True,
        )
st.subheader(t("dq.problems.heading"))

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
