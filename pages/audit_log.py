"""Audit log: who looked up which case, searched, exported and built a kit, when, in what role; filterable, with
the chain's check and a CSV of what is listed."""

from __future__ import annotations

import datetime as dt

import polars as pl
import streamlit as st

import audit
import exports
from ui import identity, t

st.title(t("au.title"))
if not identity.scope().admin:  # the navigation leaves it out for others; this page refuses them itself as well
    st.warning(t("id.audit_only"), icon=":material/block:")
    st.stop()
st.caption(t("au.intro", folder=str(audit.folder())))

where = audit.folder()
entries = audit.read(where) if where.is_dir() else []
checked, broken = audit.verify(where) if where.is_dir() else (0, None)
if broken is None:
    st.success(t("au.intact", n=checked), icon=":material/verified:")
else:
    st.error(t("au.broken", at=str(broken), n=checked), icon=":material/gpp_bad:")
if not entries:
    st.info(t("au.empty"), icon=":material/inbox:")
    st.stop()

frame = pl.DataFrame(
    [
        {
            "time": e["time"],
            "user": e["user"],
            "role": e["role"],
            "scope": e["scope"],
            "action": e["action"],
            # What was asked or exported, as one line: every other field of the entry but its links.
            "details": "; ".join(
                f"{k}={v}" for k, v in e.items() if k not in ("time", "user", "role", "scope", "action", "prev", "hash")
            ),
        }
        for e in entries
    ]
).with_columns(pl.col("time").str.slice(0, 10).str.to_date().alias("day"))

left, middle, right = st.columns(3)
users = left.multiselect(t("au.user"), sorted(frame["user"].unique().to_list()), placeholder=t("filters.all"))
actions = middle.multiselect(t("au.action"), sorted(frame["action"].unique().to_list()), placeholder=t("filters.all"))
first, last = frame["day"].min(), frame["day"].max()
days = right.date_input(t("au.days"), (first, last), min_value=first, max_value=max(last, dt.date.today()))
shown = frame
if users:
    shown = shown.filter(pl.col("user").is_in(users))
if actions:
    shown = shown.filter(pl.col("action").is_in(actions))
if isinstance(days, tuple) and len(days) == 2:
    shown = shown.filter(pl.col("day").is_between(days[0], days[1]))
shown = shown.drop("day").sort("time", descending=True)
st.dataframe(shown, hide_index=True, width="stretch")
st.caption(t("au.count", n=shown.height, total=frame.height))
st.download_button(
    t("common.download_csv"),
    data=exports.csv_bytes(shown),
    file_name=f"audit_{dt.date.today().isoformat()}.csv",
    mime="text/csv",
    on_click="ignore",
    icon=":material/download:",
)
