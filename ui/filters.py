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
from i18n import DEFAULT_LANG, LANGS, label
from contract import CASE_TYPES, COURT_LEVELS, DEBTOR_TYPES
from ui import lang, t

# url parameter -> (session key, vocabulary kind for labels)
LIST_FILTERS = {
    "prov": ("f_prov", None),
    "level": ("f_level", "court_level"),
    "type": ("f_type", "case_type"),
    "debtor": ("f_debtor", "debtor_type"),
}
SHARED_URL_KEYS = ("lang", "prov", "from", "to", "level", "type", "debtor")


def month_range(first: dt.date, last: dt.date) -> tuple[str, ...]:
    """Every month from `first` to `last` (dates in those months), as 'YYYY-MM'."""
    return tuple(
        f"{m // 12}-{m % 12 + 1:02d}" for m in range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
    )


@dataclasses.dataclass(frozen=True, kw_only=True)
class Filters:
    """The shared filters; `start` and `end` are months ('YYYY-MM') inside the data's range."""

    start: str
    end: str
    provinces: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    case_types: tuple[str, ...] = ()
    debtor_types: tuple[str, ...] = ()

    def params(self) -> dict:
        """The shared filter values as bound parameters for `queries.run`."""
        first, last = month_bounds(self.start, self.end)
        return {
            "provinces": list(self.provinces), "levels": list(self.levels),
            "case_types": list(self.case_types), "debtor_types": list(self.debtor_types),
            "start": first, "end": last,
        }

    def replace(self, **changes) -> "Filters":
        return dataclasses.replace(self, **changes)

    @property
    def is_national(self) -> bool:
        return not (self.provinces or self.levels or self.case_types or self.debtor_types)


def options() -> dict[str, tuple[str, ...]]:
    """What exists in the data, for each filter, in display order (`months`: the data's first to last month)."""
    facts = queries.run("data_facts").row(0, named=True)
    provinces = tuple(queries.run("provinces")["province_code"].to_list())

    def ordered(vocab, present):
        return tuple(v for v in vocab if v in set(present or ()))

    return {
        "prov": provinces,
        "level": ordered(COURT_LEVELS, facts["court_levels"]),
        "type": ordered(CASE_TYPES, facts["case_types"]),
        "debtor": ordered(DEBTOR_TYPES, facts["debtor_types"]),
        "months": month_range(facts["period_first_month"], facts["last_month"]),
    }


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
    for url_key, (state_key, _) in LIST_FILTERS.items():
        raw = qp.get(url_key)
        if not raw:
            continue
        kept = []
        for item in raw.split(","):
            if item in opts[url_key] and item not in kept:
                kept.append(item)
            else:
                dropped.append(f"{url_key}={item}")
        st.session_state[state_key] = kept
    months = opts["months"]
    start, end = qp.get("from", months[0]), qp.get("to", months[-1])
    if start not in months:
        dropped.append(f"from={start}")
        start = months[0]
    if end not in months:
        dropped.append(f"to={end}")
        end = months[-1]
    if start > end:
        dropped.append(f"from={start}>to={end}")
        start, end = months[0], months[-1]
    st.session_state["f_from"], st.session_state["f_to"] = start, end
    return dropped


def _write_url(f: Filters, months: tuple[str, ...]) -> None:
    want = {"lang": lang()}
    for url_key, values in (("prov", f.provinces), ("level", f.levels), ("type", f.case_types), ("debtor", f.debtor_types)):
        if values:
            want[url_key] = ",".join(values)
    if f.start != months[0]:
        want["from"] = f.start
    if f.end != months[-1]:
        want["to"] = f.end
    for key in SHARED_URL_KEYS:
        if key in want:
            if st.query_params.get(key) != want[key]:
                st.query_params[key] = want[key]
        elif key in st.query_params:
            del st.query_params[key]


def reset() -> None:
    for state_key, _ in LIST_FILTERS.values():
        st.session_state[state_key] = []
    months = options()["months"]
    st.session_state["f_from"], st.session_state["f_to"] = months[0], months[-1]


def request(**changes) -> None:
    """Asks for new filter values (e.g. from a click on a chart); applied before the sidebar draws."""
    st.session_state["_pending_filters"] = changes
    st.rerun()


def _apply_pending() -> None:
    pending = st.session_state.pop("_pending_filters", None)
    if not pending:
        return
    mapping = {"provinces": "f_prov", "levels": "f_level", "case_types": "f_type", "debtor_types": "f_debtor"}
    for name, value in pending.items():
        if name in mapping:
            st.session_state[mapping[name]] = list(value)
        elif name == "period":
            st.session_state["f_from"], st.session_state["f_to"] = value


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
        names = province_names(lg)
        st.multiselect(
            t("filters.provinces"), opts["prov"], key="f_prov",
            format_func=lambda c: names.get(c, c), placeholder=t("filters.provinces.all"),
        )
        first, last = st.columns(2)
        first.selectbox(t("filters.from"), opts["months"], key="f_from")
        last.selectbox(t("filters.to"), opts["months"], key="f_to")
        if st.session_state["f_from"] > st.session_state["f_to"]:
            st.warning(t("filters.period_swapped"), icon=":material/swap_horiz:")
        for url_key, state_key, title in (("level", "f_level", "filters.levels"), ("type", "f_type", "filters.case_types"),
                                          ("debtor", "f_debtor", "filters.debtor_types")):
            kind = LIST_FILTERS[url_key][1]
            st.multiselect(t(title), opts[url_key], key=state_key,
                           format_func=lambda v, k=kind: label(k, v, lg), placeholder=t("filters.all"))
        st.button(t("filters.reset"), on_click=reset, icon=":material/restart_alt:")
        st.caption(t("filters.share"))
    start, end = sorted((st.session_state["f_from"], st.session_state["f_to"]))
    f = Filters(
        provinces=tuple(st.session_state.get("f_prov", ())), start=start, end=end,
        levels=tuple(st.session_state.get("f_level", ())), case_types=tuple(st.session_state.get("f_type", ())),
        debtor_types=tuple(st.session_state.get("f_debtor", ())),
    )
    _write_url(f, opts["months"])
    st.session_state["filters"] = f
    dropped = st.session_state.get("_url_dropped")
    if dropped:
        st.warning(t("url.dropped", items=", ".join(dropped)), icon=":material/link_off:")
    return f


def current() -> Filters:
    """The filters the sidebar put in force on this run (the whole data, before the sidebar has run)."""
    if "filters" in st.session_state:
        return st.session_state["filters"]
    months = options()["months"]
    return Filters(start=months[0], end=months[-1])
