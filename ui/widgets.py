"""Page building blocks: a chart with its definition, data table and downloads; KPI cards; definitions."""

from __future__ import annotations

import html
import urllib.parse

import plotly.graph_objects as go
import polars as pl
import streamlit as st

import exports
import queries
from i18n import tr
from ui import identity, lang, t, trail


def definition_md(indicator: str, lang_: str) -> str:
    """The definition (口径), unit and source of an indicator as markdown."""
    return (
        f"**{tr(f'ind.{indicator}.name', lang_)}** · {tr('def.unit', lang_)}: {tr(f'ind.{indicator}.unit', lang_)}\n\n"
        f"{tr(f'ind.{indicator}.def', lang_)}\n\n"
        f"*{tr('def.source', lang_)}:* {tr(f'ind.{indicator}.src', lang_)}"
    )


def definitions(indicators: list[str], key: str) -> None:
    """A one-click popover with the definitions and sources of the indicators a figure shows."""
    lg = lang()
    with st.popover(t("def.heading"), icon=":material/info:", key=f"def-{key}"):
        for ind in indicators:
            st.markdown(definition_md(ind, lg))
        st.caption(t("def.mark.synthetic"))


def _column_formats(frame: pl.DataFrame) -> dict:
    """Dates as dates and numbers with thousands separators, as a reader would write them."""
    out = {}
    for name, dtype in frame.schema.items():
        if dtype == pl.Date:
            out[name] = st.column_config.DateColumn(format="YYYY-MM-DD")
        elif name.endswith(exports.PERCENT_MARK) and dtype.is_float():
            out[name] = st.column_config.NumberColumn(format="percent")
        elif dtype.is_numeric():
            out[name] = st.column_config.NumberColumn(format="localized")
    return out


def _export(
    fig: go.Figure, frame: pl.DataFrame, key: str, indicators: list[str], all_provinces: bool, period: str | None
) -> tuple[exports.Export, str]:
    """The chart as an export in the session's language, with the page's address (for the permalink)."""
    from ui import filters

    extra = tuple((k, v) for k, v in st.query_params.items() if k not in filters.SHARED_URL_KEYS)
    url = st.context.url or ""
    ex = exports.Export(
        key=key,
        fig=fig,
        frame=frame,
        indicators=tuple(indicators),
        lang=lang(),
        selection=filters.current(),
        # The page's path, so that a permalink on the configured public address opens the same page.
        page=page_path(url),
        all_provinces=all_provinces,
        period=period,
        extra_query=extra,
    )
    return ex, url


def page_path(url: str) -> str:
    """The page's path in the app ('refusal'), without the server's base path (`server.baseUrlPath`)."""
    path = urllib.parse.urlsplit(url).path.strip("/")
    prefix = (st.get_option("server.baseUrlPath") or "").strip("/")
    return path[len(prefix) :].strip("/") if prefix and path.startswith(prefix) else path


def downloads(ex: exports.Export, url: str, key: str) -> None:
    """CSV and PNG buttons, and the other formats (SVG, PDF, XLSX) one click away; none of them reruns the page."""

    def noted(make, fmt: str):
        # The file is made when the reader asks for it, and its leaving is noted in the audit log.
        return trail.exported(
            make,
            lambda: {
                "file": exports.file_for(ex, fmt),
                "selection": exports.selection_line(ex),
                "permalink": exports.link(ex, exports.provenance(url)),
            },
        )

    def image(fmt: str):
        return noted(lambda: exports.image_bytes(ex, fmt, exports.provenance(url)), fmt)

    def xlsx():
        return exports.xlsx_bytes(
            exports.labelled(ex.frame, ex.lang, ex.indicators), exports.notes(ex, exports.provenance(url)), ex.lang
        )

    labelled = exports.labelled(ex.frame, ex.lang, ex.indicators)
    st.download_button(
        t("common.download_csv"),
        data=noted(lambda: exports.csv_bytes(labelled), "csv"),
        file_name=exports.file_for(ex, "csv"),
        mime="text/csv",
        key=f"csv-{key}",
        on_click="ignore",
        icon=":material/download:",
    )
    st.download_button(
        t("common.download_png"),
        data=image("png"),
        file_name=exports.file_for(ex, "png"),
        mime="image/png",
        key=f"png-{key}",
        on_click="ignore",
        icon=":material/image:",
    )
    with st.popover(t("ex.more"), icon=":material/ios_share:", key=f"more-{key}"):
        for fmt, icon in (("svg", ":material/polyline:"), ("pdf", ":material/picture_as_pdf:")):
            st.download_button(
                t(f"ex.download.{fmt}"),
                data=image(fmt),
                file_name=exports.file_for(ex, fmt),
                mime=exports.render.MIME[fmt],
                key=f"{fmt}-{key}",
                on_click="ignore",
                icon=icon,
                width="stretch",
            )
        st.download_button(
            t("ex.download.xlsx"),
            data=noted(xlsx, "xlsx"),
            file_name=exports.file_for(ex, "xlsx"),
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"xlsx-{key}",
            on_click="ignore",
            icon=":material/table_view:",
            width="stretch",
        )
        st.caption(t("ex.download.note"))


def chart_block(built: exports.Export, on_select=None) -> object:
    """Renders a built figure: its title and subtitle as the page's text (a heading, which wraps with the column
    in either language), the chart (named for a screen reader by the chart in words), then its definitions, its
    data one click away and its stamped downloads (the figure with its own title, as it leaves)."""
    lg = lang()
    indicators = list(built.indicators)
    shown = exports.labelled(built.frame, lg, indicators)
    kwargs = {"on_select": on_select, "selection_mode": ("points",)} if on_select else {}
    ex, url = _export(built.fig, built.frame, built.key, indicators, built.all_provinces, built.period)
    title, subtitle = built.headings
    st.html(
        f'<h4 style="margin: 0; padding: 0">{html.escape(title)}</h4>'
        + (f'<p style="margin: 0.25rem 0 0"><small>{html.escape(subtitle)}</small></p>' if subtitle else "")
    )
    # No Plotly mode bar: its seven buttons per chart were seven Tab stops each for a keyboard user, and the
    # page's own downloads and Streamlit's full-screen button do its work (zoom: drag; reset: double-click).
    config = {"displaylogo": False, "displayModeBar": False}
    event = st.plotly_chart(
        built.on_page, key=f"chart-{built.key}", width="stretch", config=config, alt=built.alt, **kwargs
    )
    with st.container(horizontal=True, gap="small"):
        definitions(indicators, built.key)
        with st.popover(t("common.show_data"), icon=":material/table:", key=f"data-{built.key}"):
            st.dataframe(shown, hide_index=True, width="content", column_config=_column_formats(shown))
        downloads(ex, url, built.key)
    return event


def figure_block(key: str, on_select=None, **options) -> object:
    """A figure of the registry (`charts`, the one the press room exports) for the current filters
    and language, shown by `chart_block`; `options` are the page's own choices (grain, measure)."""
    import charts
    from ui import filters

    ex = charts.build(key, filters.current(), lang(), **options)
    if ex is None:
        st.info(t("common.empty"), icon=":material/filter_alt_off:")
        return None
    return chart_block(ex, on_select)


def figure_map(key: str, **options) -> None:
    """A tile-grid map of the registry (a per-province measure); a click on a province sets the province filter."""
    from ui import filters

    current = filters.current()
    _follow_click(figure_block(key, on_select="rerun", **options), key, current)


def _follow_click(event, key: str, current) -> None:
    """A click on a province's tile asks for that province as the filter (once per click)."""
    from ui import filters

    points = (
        (event or {}).get("selection", {}).get("points", [])
        if isinstance(event, dict)
        else getattr(getattr(event, "selection", None), "points", [])
    )
    codes = [p["customdata"][0] for p in points if p.get("customdata")]
    handled = f"_map_handled_{key}"
    if codes and codes != st.session_state.get(handled):
        st.session_state[handled] = codes
        if list(current.provinces) != codes[:1]:
            filters.request(provinces=codes[:1])
    st.caption(t("map.hint"))


# Hidden and missing cells of a numeric table on screen. The grid draws a null cell as "None" whatever the
# formatter says, so such cells hold a value below any count or rate (they sort together at the bottom of a
# descending sort, below every shown value) and the formatter writes their mark.
_BELOW = {"primary": -1.0, "secondary": -2.0, "missing": -3.0}


def marked_table(frame: pl.DataFrame, formats: dict[str, str], threshold: int, headings: dict[str, str]):
    """A protected frame (`analysis.suppression.protect`) as a pandas Styler for `st.dataframe`: numbers sortable
    as numbers, hidden cells shown as "<10" or "×" and missing ones as "—", headings from `headings`."""
    from analysis import suppression

    marks = {
        _BELOW["primary"]: suppression.primary_mark(threshold),
        _BELOW["secondary"]: suppression.SECONDARY_MARK,
        _BELOW["missing"]: "—",
    }
    flags = set(suppression.status_columns(frame))
    out = frame
    for column in formats:
        flag = f"{suppression.STATUS_PREFIX}{column}"
        status = pl.col(flag) if flag in flags else pl.lit(None, dtype=pl.String)
        out = out.with_columns(
            pl.when(status == suppression.PRIMARY)
            .then(_BELOW["primary"])
            .when(status == suppression.SECONDARY)
            .then(_BELOW["secondary"])
            .when(pl.col(column).is_null())
            .then(_BELOW["missing"])
            .otherwise(pl.col(column).cast(pl.Float64))
            .alias(column)
        )
    shown = out.select([c for c in headings]).rename(headings).to_pandas()

    def formatter(fmt: str):
        return lambda v: marks.get(v) or fmt.format(v)

    return shown.style.format({headings[c]: formatter(fmt) for c, fmt in formats.items() if c in headings})


def report_downloads(sel, key: str = "report") -> None:
    """The report of the selection's provinces (or the country) as PDF and PowerPoint, made when asked for under the
    session's scope (the courts table goes through the query door like the page's), the files noted in the audit
    log."""
    from exports import report as reports

    lg, scope, url = lang(), identity.scope(), st.context.url

    def made(kind: str):
        def make() -> bytes:
            with queries.within_scope(scope):
                built = reports.build(sel, lg, exports.provenance(url))
                return reports.pdf(built) if kind == "pdf" else reports.pptx(built)

        name = reports.report_file(sel, lg, kind)
        return trail.exported(make, lambda: {"file": name, "selection": sel.query(lg)})

    mimes = {
        "pdf": "application/pdf",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }
    with st.popover(t("rp.download"), icon=":material/summarize:", key=f"{key}-menu"):
        for kind, icon in (("pdf", ":material/picture_as_pdf:"), ("pptx", ":material/slideshow:")):
            st.download_button(
                t(f"rp.download.{kind}"),
                data=made(kind),
                file_name=reports.report_file(sel, lg, kind),
                mime=mimes[kind],
                key=f"{key}-{kind}",
                on_click="ignore",
                icon=icon,
                width="stretch",
            )


def sections(page: str, labels: dict[str, tuple[str, str]]) -> dict[str, object]:
    """The page's sections as tabs, by id (`labels`: id -> (tab label, the section's heading)): the open one's
    tab container, under its heading, and None for the others.

    Only the open section's code runs, so nothing off screen is built, sent or drawn; the first section is the
    page's headline. The open section is in the URL (`section=`, by id, so a link works in either language)
    and a link to another section opens it; an unknown one is dropped with a notice.
    """
    from ui import links

    ids = tuple(labels)
    state = f"section_{page}"
    links.choice("section", ids, ids[0], state)  # seeds the state from the URL once, with a valid id
    shown = [tab for tab, _ in labels.values()]
    # One widget per language: its labels are the language's, so a switch starts it again on the same section.
    key = f"section_tabs_{page}_{lang()}"
    tabs = st.tabs(shown, key=key, default=labels[st.session_state[state]][0], on_change="rerun")
    opened = next((i for i, tab in zip(ids, tabs) if tab.open), ids[0])
    st.session_state[state] = opened
    if opened == ids[0]:
        if "section" in st.query_params:
            del st.query_params["section"]
    else:
        links.keep("section", opened)
    tab = tabs[ids.index(opened)]
    tab.subheader(labels[opened][1])
    return {i: (tab if i == opened else None) for i in ids}
