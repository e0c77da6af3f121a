"""Page building blocks: a chart with its definition, data table and downloads; KPI cards; definitions."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl
import streamlit as st

import exports
from i18n import tr
from ui import lang, t


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
        elif dtype.is_numeric():
            out[name] = st.column_config.NumberColumn(format="localized")
    return out


def chart_block(fig: go.Figure, frame: pl.DataFrame, key: str, indicators: list[str], on_select=None) -> object:
    """Renders a chart, then its definitions, its data one click away and CSV/PNG downloads."""
    lg = lang()
    frame = exports.labelled(frame, lg)
    kwargs = {"on_select": on_select, "selection_mode": ("points",)} if on_select else {}
    event = st.plotly_chart(fig, key=f"chart-{key}", width="stretch", config={"displaylogo": False}, **kwargs)
    with st.container(horizontal=True, gap="small"):
        definitions(indicators, key)
        with st.popover(t("common.show_data"), icon=":material/table:", key=f"data-{key}"):
            st.dataframe(frame, hide_index=True, width="content", column_config=_column_formats(frame))
        st.download_button(
            t("common.download_csv"), data=exports.csv_bytes(frame), file_name=f"{key}.csv", mime="text/csv",
            key=f"csv-{key}", on_click="ignore", icon=":material/download:",
        )
        st.download_button(
            t("common.download_png"), data=lambda: exports.png_bytes(fig, lg), file_name=f"{key}.png",
            mime="image/png", key=f"png-{key}", on_click="ignore", icon=":material/image:",
        )
    return event


def province_map(frame: pl.DataFrame, title: str, unit: str, indicators: list[str], key: str,
                 value_format: str = ",.0f") -> None:
    """The tile-grid map for a per-province measure (`province_code`, `value`); a click sets the province filter."""
    import queries
    from figures.tilemap import tile_map
    from ui import filters

    lg = lang()
    provinces = queries.run("provinces")
    names = dict(zip(provinces["province_code"], provinces["name_en" if lg == "en" else "name_zh"]))
    abbrs = dict(zip(provinces["province_code"], provinces["abbr_zh"]))
    current = filters.current()
    fig = tile_map(frame, names, abbrs, title, unit, lg, value_format, selected=current.provinces)
    table = frame.with_columns(pl.col("province_code").replace_strict(names, default=None).alias("province"))
    event = chart_block(fig, table, key, indicators, on_select="rerun")
    points = (event or {}).get("selection", {}).get("points", []) if isinstance(event, dict) else \
        getattr(getattr(event, "selection", None), "points", [])
    codes = [p["customdata"][0] for p in points if p.get("customdata")]
    handled = f"_map_handled_{key}"
    if codes and codes != st.session_state.get(handled):
        st.session_state[handled] = codes
        if list(current.provinces) != codes[:1]:
            filters.request(provinces=codes[:1])
    st.caption(t("map.hint"))
