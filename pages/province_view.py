"""Province: one province against the country and its rank among the 31, its courts side by side (small numbers
hidden), a court's trends against its province, and up to three provinces compared on shared axes.
"""

from __future__ import annotations

import dataclasses

import polars as pl
import streamlit as st

import charts
import exports
import queries
from analysis import province as pv
from analysis import suppression
from charts import province as pv_charts
from exports.provenance import period_text
from i18n import numbers, tr
from ui import filters, identity, lang, links, t, trail
from ui.widgets import figure_block, figure_map, marked_table, report_downloads

MEASURE_KEY = "pv_measure"
COURT_NAME_WIDTH = {"en": 290}  # pixels
COURTS_KEY = "pv_courts"
COURT_MEASURE_KEY = "pv_court_measure"
COURT_MEASURE_URL = "court_measure"

# --- Filters ------------------------------------------------------------------------------------
f = filters.current()
lg = lang()
names = filters.province_names(lg)
# The provinces the data hold: ranks and the "national" comparison speak only of those when they are not all 31.
coverage = queries.coverage()

with st.container(horizontal=True, vertical_alignment="bottom"):
    st.title(t("pv.title"), width="stretch")
    # The report of the provinces chosen (up to three) or, with none chosen, of the whole country.
    report_downloads(dataclasses.replace(f, provinces=tuple(f.provinces[:3])))
st.caption(t("pv.intro"))


def value_text(value, per: str) -> str:
    if value is None:
        return "—"
    return f"{value:.1%}" if per == "share" else f"{value:,.1f}"


def change_text(delta, per: str) -> str | None:
    if delta is None:
        return None
    if per == "share":
        return f"{delta * 100:+.1f} pp" if lg == "en" else f"{delta * 100:+.1f} 个百分点"
    return numbers.pct(delta)


# --- Guard: a province to show ------------------------------------------------------------------
if not f.provinces:
    st.info(t("pv.pick"), icon=":material/touch_app:")
    figure_map("pv-map")
    st.stop()

codes = pv_charts.codes(charts.Context(f, lg, {}))
if len(f.provinces) > len(codes):
    st.warning(t("pv.too_many", names=", ".join(names.get(c, c) for c in codes)), icon=":material/filter_3:")

# --- Queries and analysis -----------------------------------------------------------------------
ctx = charts.Context(f, lg, {})
w = pv_charts.window(ctx)
compared = pv_charts.compared(ctx)
years = pv_charts.years(ctx)
measure_keys = [m.key for m in pv.MEASURES]
st.caption(t("pv.window", start=f"{w.start:%Y-%m}", end=f"{w.end:%Y-%m}"))


def card_caption(row: dict, code: str, per: str) -> str:
    """Under a card: the country's value and the province's rank among the 31; on data that hold only some
    provinces, the rank among those (none when it holds one) and no national value."""
    rank, of = row[f"{code}_rank"], row["n_ranked"]
    if coverage.national:
        national = value_text(row["national"], per)
        if rank is None:
            return t("pv.card.caption_norank", national=national)
        return t("pv.card.caption", national=national, rank=rank, of=of)
    if rank is None or of < 2:
        return t("pv.card.caption_only")
    return t("pv.card.caption_held", rank=rank, of=of)


def pick_measure(options: list[str]) -> pv.Measure:
    if st.session_state.get(MEASURE_KEY) not in options:
        st.session_state[MEASURE_KEY] = options[0]
    key = st.segmented_control(
        t("pv.measure"),
        options,
        key=MEASURE_KEY,
        required=True,
        format_func=lambda k: tr(f"ind.{pv.BY_KEY[k].indicator}.name", lg),
        wrap=True,
    )
    return pv.BY_KEY[key or options[0]]


if len(codes) == 1:
    code = codes[0]
    province_name = names.get(code, code)
    st.header(province_name)

    # --- Headline cards: the province, the country, the rank, the change on a year earlier ---
    for first in range(0, len(pv.MEASURES), 3):
        for col, m in zip(st.columns(3), pv.MEASURES[first : first + 3]):
            row = compared.row(measure_keys.index(m.key), named=True)
            with col:
                title = t(f"ind.{m.indicator}.name") + ("" if m.per == "share" else f" · {t(f'pv.unit.{m.per}')}")
                st.metric(
                    title,
                    value_text(row[code], m.per),
                    change_text(pv.change(row[code], row[f"{code}_before"], m.per), m.per),
                    border=True,
                    delta_color="off",
                    help=t(f"ind.{m.indicator}.def"),
                )
                st.caption(card_caption(row, code, m.per))
    st.caption(t("pv.rank_note"))

    # --- The province's trend against the country ---
    st.subheader(t("pv.section.trend" if coverage.national else "pv.section.trend_alone"))
    m = pick_measure(measure_keys)
    figure_block("province-trend", pv_measure=m.key)

    # --- Its courts side by side, small numbers hidden ---
    # The court table and chart take the cards' window (the year to the period's end), not the whole period.
    court_period = period_text(f"{w.start:%Y-%m}", f"{w.end:%Y-%m}", lg)
    st.subheader(t("pv.section.courts", province=province_name, period=court_period))
    st.caption(t("pv.courts.intro"))
    if not identity.scope().sees(code):
        # Court-level rows outside the scope: a notice and no data (the query door returns none either way).
        if st.session_state.get("_pv_refused_noted") != code:
            st.session_state["_pv_refused_noted"] = code
            trail.note("refused", page="province", prov=code, court=st.query_params.get("court"))
        st.info(t("pv.courts.outside", province=province_name), icon=":material/lock:")
        st.stop()
    courts = pv_charts.courts(ctx)
    if courts is None:
        st.info(t("pv.courts.none"), icon=":material/filter_alt_off:")
        st.stop()
    shown, threshold, formats = courts.shown, courts.threshold, courts.formats
    columns = ["court", "court_level", *pv.COURT_COLUMNS]

    # A court from the URL is checked against this province's courts before it is used.
    court_ids = shown["court_id"].to_list()
    wanted = st.query_params.get("court")
    chosen = None
    if wanted is not None:
        if wanted.isdigit() and int(wanted) in court_ids:
            chosen = int(wanted)
        else:
            # A court chosen in the table before the province changed is dropped quietly; a link's is reported.
            if not st.session_state.pop("_pv_had_court", False):
                st.warning(t("pv.court.bad", value=wanted, province=province_name), icon=":material/link_off:")
            del st.query_params["court"]
            wanted = None

    heading = {c: tr(f"col.{c}", lg) for c in columns}
    styler = marked_table(shown, {c: formats.get(c, "{:,.0f}") for c in pv.COURT_COLUMNS}, threshold, heading)
    default = {"selection": {"rows": [court_ids.index(chosen)]}} if chosen is not None else None
    event = st.dataframe(
        styler,
        # The court's name stays in view while the reader scrolls across its numbers, wide enough for the longest
        # English names ("Jiayuguan Intermediate People's Court"); Chinese ones fit the medium width.
        column_config={
            heading["court"]: st.column_config.TextColumn(pinned=True, width=COURT_NAME_WIDTH.get(lg, "medium"))
        },
        key=f"{COURTS_KEY}_{code}",
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        selection_default=default,
    )
    rows = event.selection.rows if event is not None else []
    if rows:
        chosen = court_ids[rows[0]]
        st.session_state["_pv_had_court"] = True
        if st.query_params.get("court") != str(chosen):
            st.query_params["court"] = str(chosen)
    elif st.session_state.pop("_pv_had_court", False) and wanted is not None:
        # The reader cleared the selection in the table.
        chosen = None
        st.query_params.pop("court", None)
    export = suppression.as_text(
        shown.select("court_id", *columns, *suppression.status_columns(shown)), threshold, formats
    )
    st.download_button(
        t("pv.courts.download"),
        data=exports.csv_bytes(exports.labelled(export, lg)),
        file_name=f"courts-{code}_{w.start:%Y-%m}_{w.end:%Y-%m}_{lg}.csv",
        mime="text/csv",
        key="pv-courts-csv",
        on_click="ignore",
        icon=":material/download:",
    )
    st.caption(t("small.legend", n=threshold))

    # The courts' own measure (a court has no residents: only the per-case measures), kept in the URL.
    court_keys = tuple(cm.key for cm in pv.COURT_MEASURES)
    links.choice(COURT_MEASURE_URL, court_keys, court_keys[0], COURT_MEASURE_KEY)
    picked = st.segmented_control(
        t("pv.courts.measure"),
        court_keys,
        key=COURT_MEASURE_KEY,
        required=True,
        format_func=lambda k: tr(f"ind.{pv.BY_KEY[k].indicator}.name", lg),
        wrap=True,
    )
    court_measure = pv.BY_KEY[picked or court_keys[0]]
    links.keep(COURT_MEASURE_URL, court_measure.key)
    figure_block("province-courts", court_measure=court_measure.key)
    hidden_courts = suppression.n_hidden_rows(shown, [court_measure.key])
    if hidden_courts:
        st.caption(t("small.hidden_courts", n=hidden_courts))

    # --- One court against its province ---
    if chosen is not None:
        court_row = shown.row(court_ids.index(chosen), named=True)
        court_name = court_row["court"]
        st.subheader(t("pv.section.court", court=court_name))
        # The cases behind the court's figures: its cases filed in the court table's window, one click away (for
        # a role that may see cases).
        if identity.scope().cases:
            st.page_link(
                "pages/case_file.py",
                label=t("pv.court.cases", court=court_name, period=court_period),
                icon=":material/folder_open:",
                query_params={
                    **{k: v for k, v in st.query_params.items() if k in filters.SHARED_URL_KEYS},
                    "court": str(chosen),
                    "filed_from": w.start.isoformat(),
                    "filed_to": w.end.isoformat(),
                },
            )
        one = pv_charts.court(charts.Context(f, lg, {"court": chosen}))
        mine, hidden = one.years, one.hidden
        figure_block("province-court", court=chosen, court_measure=court_measure.key)
        st.markdown(f"**{t('pv.court.table', court=court_name)}**")
        own_table = suppression.as_text(
            mine.select("year", *pv.COURT_COLUMNS, *suppression.status_columns(mine)), threshold, formats
        )
        st.dataframe(exports.labelled(own_table, lg), hide_index=True, placeholder="—")
        if hidden:
            st.caption(t("pv.court.hidden_column"))
else:
    # --- Two or three provinces: a table and small multiples on shared axes ---
    st.header(t("pv.section.peers"))
    table = pl.DataFrame(
        {
            "measure": [f"{tr(f'ind.{m.indicator}.name', lg)} ({tr(f'pv.unit.{m.per}', lg)})" for m in pv.MEASURES],
            **{names.get(c, c): [value_text(v, m.per) for v, m in zip(compared[c], pv.MEASURES)] for c in codes},
            **{
                f"{names.get(c, c)} · {tr('pv.col.rank', lg)}": compared[f"{c}_rank"].cast(pl.Int64).to_list()
                for c in codes
            },
            **(
                {tr("pv.national", lg): [value_text(v, m.per) for v, m in zip(compared["national"], pv.MEASURES)]}
                if coverage.national
                else {}
            ),
        }
    ).rename({"measure": tr("pv.col.measure", lg)})
    st.markdown(f"**{t('pv.peers.table', start=f'{w.start:%Y-%m}', end=f'{w.end:%Y-%m}')}**")
    st.dataframe(table, hide_index=True, placeholder="—")
    st.caption(t("pv.rank_note"))
    m = pick_measure(measure_keys)
    figure_block("province-peers", pv_measure=m.key)
