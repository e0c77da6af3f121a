"""The shared sidebar filters, kept in the URL so that a copied link reproduces the view.

Values in the URL are checked against what exists in the data; unknown ones are dropped with a
visible notice. Pages read the result with `current()` and change it with `request(...)`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import streamlit as st

import queries
from analysis.months import month_bounds
from contract import CASE_TYPES, COURT_LEVELS, DEBTOR_TYPES
from i18n import LANGS, label
from ui import lang, links, t


@dataclasses.dataclass(frozen=True)
class ListFilter:
    """One shared list filter: where it lives in the URL and the session, the `Filters` field (and query
    parameter) it fills, the vocabulary that orders and labels its values, and its widget's title."""

    url: str
    state: str
    field: str
    kind: str | None  # vocabulary kind for labels; None: province names
    vocabulary: tuple[str, ...] | None  # display order; None: the data's own order
    title: str
    placeholder: str = "filters.all"


@dataclasses.dataclass(frozen=True)
class PeriodFilter:
    """The period: a first and a last month, each a URL parameter and a session key."""

    url: tuple[str, str] = ("from", "to")
    state: tuple[str, str] = ("f_from", "f_to")
    field: str = "period"
    titles: tuple[str, str] = ("filters.from", "filters.to")


# The shared filters in the order the sidebar draws them and the URL lists them. A new list filter is one line
# here (its values then reach the queries as `$<field>`).
PERIOD = PeriodFilter()
SPECS: tuple[ListFilter | PeriodFilter, ...] = (
    ListFilter("prov", "f_prov", "provinces", None, None, "filters.provinces", "filters.provinces.all"),
    PERIOD,
    ListFilter("level", "f_level", "levels", "court_level", COURT_LEVELS, "filters.levels"),
    ListFilter("type", "f_type", "case_types", "case_type", CASE_TYPES, "filters.case_types"),
    ListFilter("debtor", "f_debtor", "debtor_types", "debtor_type", DEBTOR_TYPES, "filters.debtor_types"),
)
LIST_FILTERS = tuple(s for s in SPECS if isinstance(s, ListFilter))
BY_FIELD = {s.field: s for s in SPECS}
SHARED_URL_KEYS = ("lang", *(key for s in SPECS for key in ((s.url,) if isinstance(s, ListFilter) else s.url)))


def month_range(first: dt.date, last: dt.date) -> tuple[str, ...]:
    """Every month from `first` to `last` (dates in those months), as 'YYYY-MM'."""
    return tuple(
        f"{m // 12}-{m % 12 + 1:02d}" for m in range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
    )


def _params(self, without: tuple[str, ...] | list[str] = ()) -> dict:
    """The shared filter values as bound parameters for `queries.run`, less the parameters named in `without`
    (for a query that does not take them, e.g. a ranking of every province)."""
    first, last = month_bounds(self.start, self.end)
    out = {s.field: list(getattr(self, s.field)) for s in LIST_FILTERS} | {"start": first, "end": last}
    unknown = set(without) - set(out)
    if unknown:
        raise KeyError(f"not a filter parameter: {sorted(unknown)}")
    return {k: v for k, v in out.items() if k not in without}


def _replace(self, **changes) -> "Filters":
    return dataclasses.replace(self, **changes)


def _is_national(self) -> bool:
    return not any(getattr(self, s.field) for s in LIST_FILTERS)


# The shared filters in force; `start` and `end` are months ('YYYY-MM') inside the data's range, and there is a
# tuple field per list filter.
Filters = dataclasses.make_dataclass(
    "Filters",
    [("start", str), ("end", str),
     *((s.field, tuple[str, ...], dataclasses.field(default=())) for s in LIST_FILTERS)],
    namespace={"params": _params, "replace": _replace, "is_national": property(_is_national),
               "__module__": __name__},
    frozen=True, kw_only=True,
)


def options() -> dict[str, tuple[str, ...]]:
    """What exists in the data, for each filter, in display order (`months`: the data's first to last month)."""
    facts = queries.run("data_facts").row(0, named=True)
    present = {"provinces": tuple(queries.run("provinces")["province_code"].to_list()),
               "levels": facts["court_levels"], "case_types": facts["case_types"], "debtor_types": facts["debtor_types"]}

    def ordered(spec: ListFilter) -> tuple[str, ...]:
        values = present[spec.field] or ()
        return tuple(values) if spec.vocabulary is None else tuple(v for v in spec.vocabulary if v in set(values))

    return {**{s.url: ordered(s) for s in LIST_FILTERS},
            "months": month_range(facts["period_first_month"], facts["last_month"])}


def province_names(lang_: str) -> dict[str, str]:
    frame = queries.run("provinces")
    col = "name_en" if lang_ == "en" else "name_zh"
    return dict(zip(frame["province_code"].to_list(), frame[col].to_list()))


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
        raw = qp.get(spec.url)
        if not raw:
            continue
        kept = []
        for item in raw.split(","):
            if item in opts[spec.url] and item not in kept:
                kept.append(item)
            else:
                dropped.append(f"{spec.url}={item}")
        st.session_state[spec.state] = kept
    months = opts["months"]
    (from_key, to_key) = PERIOD.url
    start, end = qp.get(from_key, months[0]), qp.get(to_key, months[-1])
    if start not in months:
        dropped.append(f"{from_key}={start}")
        start = months[0]
    if end not in months:
        dropped.append(f"{to_key}={end}")
        end = months[-1]
    if start > end:
        dropped.append(f"{from_key}={start}>{to_key}={end}")
        start, end = months[0], months[-1]
    st.session_state[PERIOD.state[0]], st.session_state[PERIOD.state[1]] = start, end
    return dropped


def _write_url(f: Filters, months: tuple[str, ...]) -> None:
    want = {"lang": lang()}
    for spec in LIST_FILTERS:
        values = getattr(f, spec.field)
        if values:
            want[spec.url] = ",".join(values)
    if f.start != months[0]:
        want[PERIOD.url[0]] = f.start
    if f.end != months[-1]:
        want[PERIOD.url[1]] = f.end
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

    st.multiselect(t(spec.title), opts[spec.url], key=spec.state, format_func=shown, placeholder=t(spec.placeholder))


def sidebar(as_of: dt.date) -> Filters:
    """Draws the language switch and the shared filters; returns the filters in force."""
    opts = options()
    if "_url_read" not in st.session_state:
        st.session_state["_url_read"] = True
        st.session_state["_url_dropped"] = _read_url(opts)
    _apply_pending()
    with st.sidebar:
        st.radio(
            t("lang.label"), LANGS, key="lang", horizontal=True,
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
    f = Filters(start=start, end=end, **{spec.field: tuple(st.session_state.get(spec.state, ())) for spec in LIST_FILTERS})
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
