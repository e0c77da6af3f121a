"""The shared sidebar filters, kept in the URL so that a copied link reproduces the view (their specification
is `shared_filters.SPECS`).

Values in the URL are checked against what exists in the data; unknown ones are dropped with a
visible notice. Pages read the result with `current()` and change it with `request(...)`.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

import queries
from analysis import url_codec
from contract import UNKNOWN
from exports.provenance import scope_text
from i18n import LANGS, label, tr
from shared_filters import (  # noqa: F401  (the spec is read through this module by the pages and widgets)
    BY_FIELD,
    LIST_FILTERS,
    PERIOD,
    SHARED_URL_KEYS,
    SPECS,
    Filters,
    ListFilter,
    PeriodFilter,
    month_range,
)
from ui import lang, links, t


def province_names(lg: str) -> dict[str, str]:
    """Province code -> name in `lg`, with a name for the rows whose province is unknown."""
    return {**queries.province_names(lg), UNKNOWN: tr("province.unknown", lg)}


def everywhere(lg: str) -> str:
    """What "no province chosen" means: all of China, or the provinces the data hold when they are fewer."""
    return scope_text(queries.coverage(), (), lg, queries.province_names(lg))


def placeholder(spec: ListFilter) -> str:
    return everywhere(lang()) if spec.field == "provinces" else t(spec.placeholder)


def options() -> dict[str, tuple[str, ...]]:
    """What exists in the data, for each filter, in display order (`months`: the data's first to last month)."""
    facts = queries.run("data_facts").row(0, named=True)
    # Only the provinces the data hold (a court's extract of one province offers that one); for the other
    # filters, the values of their kind the data hold (data_facts has a column per kind, e.g. `court_levels`).
    present = {"provinces": queries.coverage().provinces} | {
        s.field: facts[f"{s.kind}s"] for s in LIST_FILTERS if s.kind
    }

    def ordered(spec: ListFilter) -> tuple[str, ...]:
        values = present[spec.field] or ()
        return tuple(values) if spec.vocabulary is None else tuple(v for v in spec.vocabulary if v in set(values))

    return {
        **{s.url: ordered(s) for s in LIST_FILTERS},
        "months": month_range(facts["period_first_month"], facts["last_month"]),
    }


def _read_url(opts: dict[str, tuple[str, ...]]) -> list[str]:
    """Copies valid URL values into session state; returns the values it had to drop."""
    qp = st.query_params
    dropped: list[str] = []
    value = qp.get("lang")
    if value is not None:
        if value in LANGS:
            st.session_state["lang"] = value
        else:
            dropped.append(f"lang={value}")
    for spec in LIST_FILTERS:
        kept, lost = url_codec.read_list(spec.url, qp.get(spec.url), opts[spec.url])
        dropped += lost
        if kept is not None:
            st.session_state[spec.state] = kept
    start, end, lost = url_codec.read_period(qp, opts["months"], PERIOD.url)
    dropped += lost
    st.session_state[PERIOD.state[0]], st.session_state[PERIOD.state[1]] = start, end
    return dropped


def _write_url(f: Filters, months: tuple[str, ...]) -> None:
    want = {"lang": lang()}
    for spec in LIST_FILTERS:
        value = url_codec.write_list(getattr(f, spec.field))
        if value is not None:
            want[spec.url] = value
    want |= url_codec.write_period(f.start, f.end, months, PERIOD.url)
    for key in SHARED_URL_KEYS:
        if key in want:
            if st.query_params.get(key) != want[key]:
                st.query_params[key] = want[key]
        elif key in st.query_params:
            del st.query_params[key]


def reset() -> None:
    for spec in LIST_FILTERS:
        st.session_state[spec.state] = []
    months = options()["months"]
    st.session_state[PERIOD.state[0]], st.session_state[PERIOD.state[1]] = months[0], months[-1]


def request(**changes) -> None:
    """Asks for new filter values by field (e.g. `provinces=[...]` from a click on a chart, or
    `period=(first, last)`); applied before the sidebar draws."""
    unknown = set(changes) - set(BY_FIELD)
    if unknown:
        raise KeyError(f"not a shared filter: {sorted(unknown)}")
    st.session_state["_pending_filters"] = changes
    st.rerun()


def _apply_pending() -> None:
    pending = st.session_state.pop("_pending_filters", None)
    if not pending:
        return
    for name, value in pending.items():
        spec = BY_FIELD[name]
        if isinstance(spec, ListFilter):
            st.session_state[spec.state] = list(value)
        else:
            st.session_state[spec.state[0]], st.session_state[spec.state[1]] = value


def _widget(spec: ListFilter | PeriodFilter, opts: dict[str, tuple[str, ...]], lg: str) -> None:
    if isinstance(spec, PeriodFilter):
        first, last = st.columns(2)
        for column, key, title in zip((first, last), spec.state, spec.titles):
            column.selectbox(t(title), opts["months"], key=key)
        if st.session_state[spec.state[0]] > st.session_state[spec.state[1]]:
            st.warning(t("filters.period_swapped"), icon=":material/swap_horiz:")
        return
    names = province_names(lg) if spec.kind is None else {}

    def shown(value: str) -> str:
        return names.get(value, value) if spec.kind is None else label(spec.kind, value, lg)

    st.multiselect(t(spec.title), opts[spec.url], key=spec.state, format_func=shown, placeholder=placeholder(spec))


def sidebar(as_of: dt.date) -> Filters:
    """Draws the language switch and the shared filters; returns the filters in force."""
    opts = options()
    if "_url_read" not in st.session_state:
        st.session_state["_url_read"] = True
        st.session_state["_url_dropped"] = _read_url(opts)
    _apply_pending()
    with st.sidebar:
        st.radio(
            t("lang.label"),
            LANGS,
            key="lang",
            horizontal=True,
            format_func=lambda v: "中文" if v == "zh" else "English",
        )
        lg = lang()
        st.caption(t("filters.as_of", date=as_of.isoformat()))
        st.subheader(t("filters.heading"))
        for spec in SPECS:
            _widget(spec, opts, lg)
        st.button(t("filters.reset"), on_click=reset, icon=":material/restart_alt:")
        st.caption(t("filters.share"))
    start, end = sorted((st.session_state[PERIOD.state[0]], st.session_state[PERIOD.state[1]]))
    f = Filters(
        start=start, end=end, **{spec.field: tuple(st.session_state.get(spec.state, ())) for spec in LIST_FILTERS}
    )
    _write_url(f, opts["months"])
    st.session_state["filters"] = f
    dropped = st.session_state.get("_url_dropped")
    if dropped:
        st.warning(t("url.dropped", items=", ".join(links.clip(d) for d in dropped)), icon=":material/link_off:")
    return f


def current() -> Filters:
    """The filters the sidebar put in force on this run (the whole data, before the sidebar has run)."""
    if "filters" in st.session_state:
        return st.session_state["filters"]
    months = options()["months"]
    return Filters(start=months[0], end=months[-1])
