"""Province: one province against the country and its rank among the 31, its courts side by side (small numbers
hidden), a court's trends against its province, and up to three provinces compared on shared axes.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

import exports
import queries
from analysis import province as pv
from analysis import suppression
from exports.provenance import period_text
from figures import province as figs
from i18n import label, numbers, tr
from ui import filters, lang, links, t
from ui.widgets import chart_block, marked_table, province_map

MAX_PROVINCES = 3
MEASURE_KEY = "pv_measure"
COURTS_KEY = "pv_courts"
COURT_MEASURE_KEY = "pv_court_measure"
COURT_MEASURE_URL = "court_measure"

# --- Filters ------------------------------------------------------------------------------------
f = filters.current()
lg = lang()
params = f.params()
start, end = params["start"], params["end"]
dims = f.params(without=("provinces", "start", "end"))
names = filters.province_names(lg)
population = queries.run("provinces")
# The provinces the data hold: ranks and the "national" comparison speak only of those when they are not all 31.
coverage = queries.coverage()
held = None if coverage.national else coverage.provinces

st.title(t("pv.title"))
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
    monthly = queries.run("province_measures_by_month", **dims, start=start, end=end)
    every = pv.provinces_in(monthly, start, end, population, held).filter(pl.col("province_code") != pv.NATIONAL)
    province_map(
        every.select("province_code", pl.col("filed_per_100k").alias("value")),
        t("pv.map.title"),
        t("pv.unit.residents"),
        ["pv_filed"],
        "pv-map",
        value_format=",.0f",
        all_provinces=True,
    )
    st.stop()

codes = tuple(f.provinces[:MAX_PROVINCES])
if len(f.provinces) > MAX_PROVINCES:
    st.warning(t("pv.too_many", names=", ".join(names.get(c, c) for c in codes)), icon=":material/filter_3:")

# --- Queries and analysis -----------------------------------------------------------------------
w = pv.window(start, end)
monthly = queries.run("province_measures_by_month", **dims, start=min(start, w.before_start), end=end)
compared = pv.compare(monthly, population, codes, w, held)
years = pv.yearly(monthly, population, codes, start, end, national=coverage.national)
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
    measure_name = t(f"ind.{m.indicator}.name")
    trend = years.select("province_code", "year", *m.inputs, m.key)
    chart_block(
        figs.against_country(
            years,
            code,
            province_name,
            m.key,
            m.per,
            t(
                "pv.fig.trend.title" if coverage.national else "pv.fig.trend.title_alone",
                province=province_name,
                measure=measure_name,
            ),
            lg,
        ),
        trend,
        f"pv-trend-{m.key}",
        [m.indicator],
    )

    # --- Its courts side by side, small numbers hidden ---
    # The court table and chart take the cards' window (the year to the period's end), not the whole period.
    court_period = period_text(f"{w.start:%Y-%m}", f"{w.end:%Y-%m}", lg)
    st.subheader(t("pv.section.courts", province=province_name, period=court_period))
    st.caption(t("pv.courts.intro"))
    courts = queries.run("province_courts", province=code, levels=params["levels"], start=w.start, end=w.end)
    if courts.height == 0:
        st.info(t("pv.courts.none"), icon=":material/filter_alt_off:")
        st.stop()
    threshold = suppression.threshold()
    table = suppression.protect(pv.court_table(courts), pv.COURT_COUNTS, pv.COURT_DERIVED, threshold)
    court_name_col = "name_en" if lg == "en" else "name_zh"
    shown = table.with_columns(
        pl.col(court_name_col).alias("court"),
        pl.col("court_level").replace_strict(
            {v: label("court_level", v, lg) for v in table["court_level"].unique().to_list()}
        ),
    )
    columns = ["court", "court_level", *pv.COURT_COLUMNS]
    formats = {m.key: ("{:.1%}" if m.per == "share" else "{:,.1f}") for m in pv.COURT_MEASURES}

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
        # The court's name stays in view while the reader scrolls across its numbers.
        column_config={heading["court"]: st.column_config.TextColumn(pinned=True, width="medium")},
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
    )
    court_measure = pv.BY_KEY[picked or court_keys[0]]
    links.keep(COURT_MEASURE_URL, court_measure.key)
    ranked_title = t(
        "pv.fig.courts.title",
        province=province_name,
        measure=t(f"ind.{court_measure.indicator}.name"),
        period=court_period,
    )
    chart_block(
        figs.courts_ranked(shown, court_measure.key, court_measure.per, ranked_title, lg),
        suppression.as_text(
            shown.select(
                "court_id", "court", *court_measure.inputs, court_measure.key, *suppression.status_columns(shown)
            ),
            threshold,
            formats,
        ),
        f"pv-courts-{code}-{court_measure.key}",
        [court_measure.indicator],
        period=court_period,
    )
    hidden_courts = suppression.n_hidden_rows(shown, [court_measure.key])
    if hidden_courts:
        st.caption(t("small.hidden_courts", n=hidden_courts))

    # --- One court against its province ---
    if chosen is not None:
        court_row = shown.row(court_ids.index(chosen), named=True)
        court_name = court_row["court"]
        st.subheader(t("pv.section.court", court=court_name))
        # The cases behind the court's figures: its cases filed in the court table's window, one click away.
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
        by_month = queries.run("court_by_month", court_id=chosen, start=start, end=end)
        mine = pv.court_years(by_month)
        # A column hidden in the court table is hidden year by year as well, so the years cannot be added up to it.
        hidden = [c for c in pv.COURT_COUNTS if court_row[f"{suppression.STATUS_PREFIX}{c}"] is not None]
        mine = suppression.protect(mine, pv.COURT_COUNTS, pv.COURT_DERIVED, threshold)
        mine = suppression.hide_columns(mine, hidden, pv.COURT_DERIVED)
        own = years.filter(pl.col("province_code") == code)
        chart_block(
            figs.court_against_province(
                mine,
                own,
                court_name,
                province_name,
                court_measure.key,
                court_measure.per,
                t(
                    "pv.fig.court.title",
                    court=court_name,
                    province=province_name,
                    measure=t(f"ind.{court_measure.indicator}.name"),
                ),
                lg,
            ),
            suppression.as_text(
                mine.select(
                    "year",
                    *court_measure.inputs,
                    court_measure.key,
                    *[
                        c
                        for c in mine.columns
                        if c.startswith(suppression.STATUS_PREFIX)
                        and c[len(suppression.STATUS_PREFIX) :] in (*court_measure.inputs, court_measure.key)
                    ],
                ),
                threshold,
                formats,
            ),
            f"pv-court-{chosen}-{court_measure.key}",
            [court_measure.indicator],
        )
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
    chart_block(
        figs.peers(
            years,
            codes,
            names,
            m.key,
            m.per,
            t(
                "pv.fig.peers.title" if coverage.national else "pv.fig.peers.title_alone",
                measure=t(f"ind.{m.indicator}.name"),
            ),
            lg,
        ),
        years.select("province_code", "year", *m.inputs, m.key),
        f"pv-peers-{m.key}",
        [m.indicator],
    )
