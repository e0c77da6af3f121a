"""Case file: enforcement cases found by their number, in part or in full, or by court, filing date, type and refusal
incidents; one case told step by step; the article's case in one click.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import streamlit as st

import charts
import queries
from analysis import search
from analysis.frames import mapped
from charts import case_file as case_charts
from contract import CASE_TYPES
from i18n import label, numbers
from queries import case_number
from ui import filters, identity, lang, links, t, trail
from ui.widgets import figure_block

# The article's account: Tianshui Intermediate People's Court (甘05), a property case, the debtor gathered
# relatives and onlookers around the judges in May 2021.
ARTICLE = dict(
    prefix="甘05",
    conducts=["besieging_officers", "obstructing_officers"],
    start=dt.date(2021, 5, 1),
    end=dt.date(2021, 5, 31),
    case_type="property_housing",
)
RESULTS_KEY = "case_results"
PAGE_KEY = "case_page"

f = filters.current()
lg = lang()
facts = queries.run("data_facts").row(0, named=True)
first_day, last_day = facts["first_month"], facts["as_of_date"]
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


def open_result() -> None:
    """A row chosen in the search results opens that case."""
    rows = st.session_state[RESULTS_KEY].selection.rows
    numbers_shown = st.session_state.get("_case_result_numbers", [])
    if rows and rows[0] < len(numbers_shown):
        st.session_state["case_q"] = numbers_shown[rows[0]]


if "case_q" not in st.session_state:
    st.session_state["case_q"] = st.query_params.get("case", "")

st.button(t("case.article"), help=t("case.article.help"), on_click=open_article_case, icon=":material/newspaper:")
text = st.text_input(
    t("case.input"), key="case_q", help=t("case.input.help"), placeholder="(2020)甘05执12号 · 甘05执 · (2020)甘05"
).strip()
courts = queries.run("courts", f)
court_names = dict(zip(courts["court_id"], courts["name_en" if lg == "en" else "name_zh"]))


def seed_from_link() -> None:
    """A court and a filing window from a link (a court chosen on the province page) fill the search once;
    each value is checked, and one that cannot be used is dropped from the URL with a notice."""
    if st.session_state.get("_case_link_seeded"):
        return
    st.session_state["_case_link_seeded"] = True
    dropped = []
    wanted = st.query_params.get("court")
    if wanted is not None:
        if wanted.isdigit() and int(wanted) in court_names:
            st.session_state["case_court"] = int(wanted)
        else:
            dropped.append(f"court={links.clip(wanted)}")
            del st.query_params["court"]
    for url_key, state_key in (("filed_from", "case_from"), ("filed_to", "case_to")):
        value = st.query_params.get(url_key)
        if value is None:
            continue
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            day = None
        if day is not None and first_day <= day <= last_day:
            st.session_state[state_key] = day
        else:
            dropped.append(f"{url_key}={links.clip(value)}")
            del st.query_params[url_key]
    if dropped:
        st.session_state["_case_link_dropped"] = ", ".join(dropped)


seed_from_link()
if st.session_state.get("_case_link_dropped"):
    st.warning(t("url.dropped", items=st.session_state.pop("_case_link_dropped")), icon=":material/link_off:")
with st.expander(
    t("search.more"),
    icon=":material/manage_search:",
    expanded=any(
        st.session_state.get(k) for k in ("case_court", "case_from", "case_to", "case_types", "case_incident")
    ),
):
    left, mid, right = st.columns([2, 1, 1])
    court = left.selectbox(
        t("search.court"),
        list(court_names),
        key="case_court",
        index=None,
        format_func=lambda c: court_names.get(c, str(c)),
        placeholder=t("search.court.any"),
    )
    date_from = mid.date_input(t("search.from"), value=None, min_value=first_day, max_value=last_day, key="case_from")
    date_to = right.date_input(t("search.to"), value=None, min_value=first_day, max_value=last_day, key="case_to")
    left, right = st.columns([2, 2])
    chosen_types = left.multiselect(
        t("search.types"),
        CASE_TYPES,
        key="case_types",
        format_func=lambda v: label("case_type", v, lg),
        placeholder=t("filters.all"),
    )
    with_incident = right.checkbox(t("search.incident"), key="case_incident")
    if f.provinces:
        st.caption(t("search.courts_of_filter"))
notice = st.session_state.pop("_case_notice", None)
if notice:
    st.warning(notice, icon=":material/search_off:")

parts = case_number.parse(text) if text else None
searching = not parts and (text or court is not None or date_from or date_to or chosen_types or with_incident)

if searching:
    st.query_params.pop("case", None)
    partial = case_number.parse_partial(text) if text else {"year": None, "prefix": "", "prefix_exact": False, "seq": 0}
    if partial is None:
        st.warning(t("case.bad_format", value=links.clip(text)), icon=":material/error:")
        st.stop()
    window = search.filing_window(partial["year"], date_from or first_day, date_to or last_day)
    criteria = dict(
        court_ids=[court] if court is not None else [],
        prefix=partial["prefix"],
        prefix_exact=partial["prefix_exact"],
        seq=partial["seq"],
        case_types=list(chosen_types),
        with_incident=bool(with_incident),
    )
    asked = (text, court, window, tuple(chosen_types), bool(with_incident))
    if st.session_state.get("_case_search_noted") != asked:
        # Each search asked for goes into the audit log once (the query, not what it found).
        st.session_state["_case_search_noted"] = asked
        trail.note(
            "case_search",
            query=text,
            court=court,
            filed_from=None if window is None else str(window[0]),
            filed_to=None if window is None else str(window[1]),
            case_types=list(chosen_types),
            with_incident=bool(with_incident),
        )
    total = (
        0
        if window is None
        else int(queries.run("case_search_count", **criteria, start=window[0], end=window[1])["n_cases"][0])
    )
    if total == 0:
        st.info(t("search.none"), icon=":material/search_off:")
        st.stop()
    # A new search starts at its first page.
    signature = (tuple(sorted((k, str(v)) for k, v in criteria.items())), window)
    if st.session_state.get("_case_search") != signature:
        st.session_state["_case_search"] = signature
        st.session_state[PAGE_KEY] = 1
    pages = search.n_pages(total)
    st.session_state[PAGE_KEY] = min(max(int(st.session_state.get(PAGE_KEY) or 1), 1), pages)
    head, pick = st.columns([3, 1], vertical_alignment="bottom")
    page = pick.number_input(t("search.page", n=pages), min_value=1, max_value=pages, step=1, key=PAGE_KEY)
    found = queries.run(
        "case_search",
        **criteria,
        start=window[0],
        end=window[1],
        limit=search.PER_PAGE,
        skip=search.offset(page, total),
    )
    first_row = search.offset(page, total) + 1
    head.markdown(
        t(
            "search.total",
            n=numbers.count(total),
            first=numbers.count(first_row),
            last=numbers.count(first_row + found.height - 1),
        )
    )
    shown_numbers = [
        case_number.format(d.year, p, s)
        for d, p, s in zip(found["filed_date"], found["case_prefix"], found["case_seq"])
    ]
    st.session_state["_case_result_numbers"] = shown_numbers
    results = pl.DataFrame(
        {
            t("case.input"): shown_numbers,
            t("case.court"): found["name_en" if lg == "en" else "name_zh"],
            t("case.filed"): found["filed_date"].dt.strftime("%Y-%m-%d"),
            t("case.type"): [label("case_type", v, lg) for v in found["case_type"]],
            t("search.col.incident"): ["✓" if v else None for v in found["has_incident"]],
        }
    )
    st.dataframe(
        results,
        key=RESULTS_KEY,
        on_select=open_result,
        selection_mode="single-row",
        hide_index=True,
        placeholder="—",
        width="stretch",
    )
    st.caption(t("search.open_hint"))
    st.stop()

if not text:
    st.query_params.pop("case", None)
    st.info(t("case.prompt"), icon=":material/search:")
    st.stop()

year, prefix, seq = parts
if st.session_state.get("_case_noted") != parts:
    # Each case number looked up goes into the audit log once per session (the query, not what it found).
    st.session_state["_case_noted"] = parts
    trail.note("case_lookup", case=case_number.format(*parts))
found = queries.run("case_by_number", year=year, prefix=prefix, seq=seq)
if found.height == 0:
    st.query_params.pop("case", None)
    # Outside a restricted scope the notice is the same whether the case exists or not.
    scoped = not identity.scope().unrestricted
    st.warning(
        t("case.not_found_scoped" if scoped else "case.not_found", value=case_number.format(*parts)),
        icon=":material/search_off:",
    )
    st.stop()

st.query_params["case"] = case_number.format(*parts)
opened = case_charts.case(found["case_id"][0])
case, incidents, listings, events = opened.row, opened.incidents, opened.listings, opened.events

st.subheader(case_number.format(*parts))
st.caption(case["court_name_en" if lg == "en" else "court_name_zh"])
cols = st.columns(4)
cols[0].metric(t("case.type"), label("case_type", case["case_type"], lg), border=True)
cols[1].metric(t("case.debtor"), label("debtor_type", case["debtor_type"], lg), border=True)
cols[2].metric(t("case.filed"), numbers.day(case["filed_date"], lg), border=True)
cols[3].metric(
    t("case.closed"), numbers.day(case["closed_date"], lg) if case["closed_date"] else t("case.pending"), border=True
)
cols = st.columns(4)
cols[0].metric(t("case.claim"), numbers.amount(case["claim_yuan"], lg), border=True)
cols[1].metric(t("case.recovered"), numbers.amount(case["recovered_yuan"], lg), border=True)
cols[2].metric(
    t("case.closure"), label("closure", case["closure"], lg) if case["closure"] else t("case.pending"), border=True
)
cols[3].metric(t("case.creditors"), numbers.count(case["n_creditors"]), border=True)

if events.height:
    # The timeline's stamp states the case's own span (its first to last step), not the sidebar's period.
    figure_block("case-timeline", case_id=case["case_id"])
    st.dataframe(
        case_charts.steps_table(events, charts.Context(f, lg, {})), hide_index=True, width="stretch", placeholder="—"
    )
else:
    st.caption(t("case.none"))

left, right = st.columns(2)
with left:
    st.subheader(t("case.incidents"))
    if incidents.height:
        st.dataframe(
            incidents.select(
                pl.col("action_date").dt.strftime("%Y-%m-%d").alias(t("case.col.date")),
                mapped(incidents["conduct"], lambda v: label("conduct", v, lg), pl.String, t("case.col.conduct")),
                mapped(incidents["measure"], lambda v: label("measure", v, lg), pl.String, t("case.col.measure")),
                pl.col("n_held_liable").alias(t("case.col.held_liable")),
                pl.col("complied_date").dt.strftime("%Y-%m-%d").alias(t("case.col.complied")),
            ),
            hide_index=True,
            width="stretch",
            placeholder="—",
        )
    else:
        st.caption(t("case.none"))
with right:
    st.subheader(t("case.listings"))
    if listings.height:
        st.dataframe(
            listings.select(
                pl.col("listed_date").dt.strftime("%Y-%m-%d").alias(t("case.col.listed")),
                pl.col("removed_date").dt.strftime("%Y-%m-%d").alias(t("case.col.removed")),
                mapped(listings["removal_reason"], lambda v: label("removal", v, lg), pl.String, t("case.col.reason")),
            ),
            hide_index=True,
            width="stretch",
            placeholder="—",
        )
    else:
        st.caption(t("case.none"))
st.caption(t("case.synthetic"))
