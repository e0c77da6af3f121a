"""Figures of the cross-enforcement page: cases moved by method and over time, the published figures beside
ours, where cases go, several creditors, and moved cases against comparable cases that were not moved.
"""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go
import polars as pl
from plotly.subplots import make_subplots

from figures.common import ACCENT, FONT, INK, MUTED, SERIES, add_markers, empty, style
from i18n import label, numbers, tr
from queries.contract import COURT_LEVELS, METHODS

D = dt.date

# Published dates (SPC): the pilot in 19 provincial-level regions from October 2023, nationwide from 2024.
PILOT_START = D(2023, 10, 1)
NATIONWIDE_START = D(2024, 1, 1)

# The window of the SPC's April 2025 figures that the press reported.
ARTICLE_WINDOW = (D(2024, 1, 1), D(2025, 3, 31))

# Published figures to set ours beside: (window start, window end, measure, value, is a lower bound, source key).
PUBLISHED: tuple[tuple[dt.date, dt.date, str, float, bool, str], ...] = (
    (PILOT_START, D(2024, 7, 3), "ce_assigned", 72_843, False, "ce.src.2024_07"),
    (PILOT_START, D(2024, 7, 3), "ce_resolved", 23_119, False, "ce.src.2024_07"),
    (PILOT_START, D(2024, 7, 3), "ce_recovered", 39.89e9, False, "ce.src.2024_07"),
    (D(2024, 1, 1), D(2024, 12, 31), "ce_assigned", 260_000, True, "ce.src.2024"),
    (D(2024, 1, 1), D(2025, 3, 31), "ce_assigned", 300_000, False, "ce.src.2025_04"),
    (D(2024, 1, 1), D(2025, 3, 31), "ce_resolved", 150_000, False, "ce.src.2025_04"),
    (D(2024, 1, 1), D(2025, 3, 31), "ce_recovered", 160e9, False, "ce.src.2025_04"),
)
TOTALS_COLUMN = {"ce_assigned": "n_assigned", "ce_resolved": "n_resolved", "ce_recovered": "recovered_yuan"}
METHOD_COLOURS = dict(zip(METHODS, SERIES))
LEVEL_COLOURS = dict(zip(COURT_LEVELS, (SERIES[3], SERIES[0], SERIES[2], SERIES[4])))
# Creditor counts are capped at this value in the query ("5 or more").
CREDITOR_CAP = 5


def yuan_scale(lang: str) -> tuple[float, str]:
    """Axis scaling for large sums: 亿元 in Chinese, billion yuan in English."""
    return (1e8, tr("unit.yi_yuan", lang)) if lang == "zh" else (1e9, tr("unit.bn_yuan", lang))


def milestones(lang: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    marks = [(PILOT_START, tr("ce.marker.pilot", lang)), (NATIONWIDE_START, tr("ce.marker.nationwide", lang))]
    return [(d, text) for d, text in marks if first <= d <= last]


def _months(first: dt.date, last: dt.date) -> pl.Series:
    return pl.date_range(first, last, "1mo", eager=True).alias("month")


def cumulative(by_method: pl.DataFrame, start: dt.date) -> pl.DataFrame:
    """All methods per month from the first case, with running totals since then, shown from `start`."""
    schema = {"month": pl.Date, "n_assigned": pl.Int64, "n_resolved": pl.Int64, "recovered_yuan": pl.Float64,
              "cum_assigned": pl.Int64, "cum_resolved": pl.Int64, "cum_recovered_yuan": pl.Float64}
    if by_method.height == 0:
        return pl.DataFrame(schema=schema)
    monthly = by_method.group_by("month").agg(pl.col("n_assigned", "n_resolved", "recovered_yuan").sum())
    dense = pl.DataFrame(_months(monthly["month"].min(), monthly["month"].max())).join(monthly, on="month", how="left")
    dense = dense.fill_null(0).sort("month").with_columns(
        pl.col("n_assigned").cum_sum().alias("cum_assigned"),
        pl.col("n_resolved").cum_sum().alias("cum_resolved"),
        pl.col("recovered_yuan").cum_sum().alias("cum_recovered_yuan"),
    )
    return dense.filter(pl.col("month") >= start.replace(day=1)).select(list(schema)).cast(schema)


def method_chart(by_method: pl.DataFrame, start: dt.date, lang: str) -> go.Figure:
    """Cases assigned per month, stacked by method, with the pilot and the nationwide start marked."""
    title = tr("ce.fig.methods.title", lang)
    data = by_method.filter((pl.col("month") >= start.replace(day=1)) & (pl.col("n_assigned") > 0))
    if data.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    for method in METHODS:
        part = data.filter(pl.col("method") == method)
        if part.height:
            fig.add_bar(x=part["month"], y=part["n_assigned"], name=label("method", method, lang),
                        marker_color=METHOD_COLOURS[method], xperiod="M1", xperiodalignment="middle",
                        hovertemplate="%{x|%Y-%m}: %{y:,.0f}<extra>" + label("method", method, lang) + "</extra>")
    fig.update_layout(barmode="stack", bargap=0.15)
    add_markers(fig, milestones(lang, data["month"].min(), data["month"].max() + dt.timedelta(days=31)))
    style(fig, title, tr("unit.cases", lang), lang, height=400)
    fig.update_layout(legend={"traceorder": "normal"})
    fig.update_xaxes(tickformat="%Y-%m")
    return fig


def method_shares(by_method: pl.DataFrame, start: dt.date) -> pl.DataFrame:
    """Cases assigned in the period by method, with shares."""
    data = by_method.filter(pl.col("month") >= start.replace(day=1))
    out = data.group_by("method").agg(pl.col("n_assigned").sum()).filter(pl.col("n_assigned") > 0)
    total = out["n_assigned"].sum()
    order = {m: i for i, m in enumerate(METHODS)}
    return out.with_columns((pl.col("n_assigned") / total).alias("share")) \
        .sort(pl.col("method").replace_strict(order, default=len(order)))


def cumulative_chart(cum: pl.DataFrame, lang: str) -> go.Figure:
    """Running totals since the pilot: cases moved and resolved (left axis) and yuan recovered (right axis)."""
    title = tr("ce.fig.cumulative.title", lang)
    if cum.height == 0:
        return empty(title, lang)
    div, unit = yuan_scale(lang)
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_scatter(x=cum["month"], y=cum["cum_assigned"], name=tr("ce.cum.assigned", lang), mode="lines",
                    line={"color": SERIES[0], "width": 2.5}, hovertemplate="%{x|%Y-%m}: %{y:,.0f}<extra></extra>")
    fig.add_scatter(x=cum["month"], y=cum["cum_resolved"], name=tr("ce.cum.resolved", lang), mode="lines",
                    line={"color": SERIES[2], "width": 2.5}, hovertemplate="%{x|%Y-%m}: %{y:,.0f}<extra></extra>")
    fig.add_scatter(x=cum["month"], y=cum["cum_recovered_yuan"] / div, name=tr("ce.cum.recovered", lang, unit=unit),
                    mode="lines", line={"color": SERIES[1], "width": 2, "dash": "dash"}, secondary_y=True,
                    hovertemplate="%{x|%Y-%m}: %{y:,.1f} " + unit + "<extra></extra>")
    add_markers(fig, milestones(lang, cum["month"].min(), cum["month"].max() + dt.timedelta(days=31)))
    style(fig, title, tr("unit.cases", lang), lang, height=400)
    fig.update_xaxes(tickformat="%Y-%m")
    fig.update_yaxes(title={"text": unit, "font": {"size": 11, "color": MUTED}}, secondary_y=True, showgrid=False,
                     rangemode="tozero", tickmode="auto", tickformat=",.4~r")
    return fig


def published_rows(totals: dict[tuple[dt.date, dt.date], dict], lang: str) -> pl.DataFrame:
    """Each published figure beside ours for the same window and measure (`totals` maps windows to totals rows)."""
    rows = []
    for first, last, measure, value, lower_bound, src in PUBLISHED:
        ours = totals[(first, last)][TOTALS_COLUMN[measure]]
        rows.append({
            "window_start": first, "window_end": last,
            "window": f"{first.isoformat()} – {last.isoformat()}", "measure": measure,
            "ours": float(ours), "published": float(value), "is_lower_bound": lower_bound,
            "ratio": float(ours) / value if value else None, "source": tr(src, lang),
        })
    return pl.DataFrame(rows)


def article_chart(rows: pl.DataFrame, lang: str) -> go.Figure:
    """The article's window: cases moved and resolved, and yuan recovered, ours beside the published figures."""
    title = tr("ce.fig.article.title", lang)
    if rows.height == 0:
        return empty(title, lang)
    div, unit = yuan_scale(lang)
    fig = make_subplots(rows=1, cols=2, column_widths=[0.62, 0.38], horizontal_spacing=0.14)
    counts = rows.filter(pl.col("measure") != "ce_recovered")
    money = rows.filter(pl.col("measure") == "ce_recovered")
    names = [tr(f"ce.short.{m}", lang) for m in counts["measure"]]
    for series, colour, key in (("ours", SERIES[0], "ce.ours"), ("published", MUTED, "ce.published")):
        fig.add_bar(x=names, y=counts[series], name=tr(key, lang), marker_color=colour, legendgroup=key,
                    texttemplate="%{y:,.0f}", textposition="outside", row=1, col=1,
                    hovertemplate="%{x}: %{y:,.0f}<extra>" + tr(key, lang) + "</extra>")
        fig.add_bar(x=[tr("ce.short.ce_recovered", lang)], y=money[series] / div, name=tr(key, lang),
                    marker_color=colour, legendgroup=key, showlegend=False, texttemplate="%{y:,.0f}",
                    textposition="outside", row=1, col=2,
                    hovertemplate="%{x}: %{y:,.1f} " + unit + "<extra>" + tr(key, lang) + "</extra>")
    fig.update_layout(barmode="group")
    style(fig, title, None, lang, height=400)
    fig.update_yaxes(title={"text": tr("unit.cases", lang), "font": {"size": 11, "color": MUTED}}, row=1, col=1)
    fig.update_yaxes(title={"text": unit, "font": {"size": 11, "color": MUTED}}, row=1, col=2)
    fig.update_yaxes(rangemode="tozero")
    fig.update_xaxes(tickangle=0)
    fig.update_layout(hovermode="closest")
    return fig


def level_sankey(flows: pl.DataFrame, lang: str) -> go.Figure:
    """Moved cases from the originating court's level (left) to the receiving court's level (right)."""
    title = tr("ce.fig.sankey.title", lang)
    if flows.height == 0:
        return empty(title, lang)
    links = flows.group_by("from_level", "to_level").agg(pl.col("n_cases").sum())
    froms = [lv for lv in COURT_LEVELS if lv in set(links["from_level"].to_list())]
    tos = [lv for lv in COURT_LEVELS if lv in set(links["to_level"].to_list())]
    total = links["n_cases"].sum()
    from_n = dict(links.group_by("from_level").agg(pl.col("n_cases").sum()).rows())
    to_n = dict(links.group_by("to_level").agg(pl.col("n_cases").sum()).rows())
    labels = [tr("ce.sankey.from", lang, level=label("court_level", lv, lang), pct=numbers.pct(from_n[lv] / total, False))
              for lv in froms]
    labels += [tr("ce.sankey.to", lang, level=label("court_level", lv, lang), pct=numbers.pct(to_n[lv] / total, False))
               for lv in tos]
    index_from = {lv: i for i, lv in enumerate(froms)}
    index_to = {lv: len(froms) + i for i, lv in enumerate(tos)}
    fig = go.Figure(go.Sankey(
        arrangement="snap",
        node={"label": labels, "pad": 18, "thickness": 16, "line": {"width": 0},
              "color": [LEVEL_COLOURS[lv] for lv in froms] + [LEVEL_COLOURS[lv] for lv in tos],
              "hovertemplate": "%{label}: %{value:,.0f}<extra></extra>"},
        link={"source": [index_from[r] for r in links["from_level"]], "target": [index_to[r] for r in links["to_level"]],
              "value": links["n_cases"].to_list(),
              "color": [_alpha(LEVEL_COLOURS[r], 0.35) for r in links["from_level"]],
              "hovertemplate": "%{source.label} → %{target.label}: %{value:,.0f}<extra></extra>"},
        textfont={"family": FONT, "size": 12, "color": INK},
    ))
    style(fig, title, None, lang, height=380)
    fig.update_layout(hovermode="closest")
    return fig


def _alpha(hex_colour: str, a: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {a})"


def province_chart(flows: pl.DataFrame, names: dict[str, str], lang: str) -> go.Figure:
    """Moved cases per originating province, stacked by the receiving court's level within the province,
    with those received in another province as a segment of their own."""
    title = tr("ce.fig.provinces.title", lang)
    if flows.height == 0:
        return empty(title, lang)
    per = province_split(flows)
    y = [names.get(c, c) for c in per["from_province_code"]]
    fig = go.Figure()
    for level in COURT_LEVELS:
        col = f"n_to_{level}"
        if per[col].sum() == 0:
            continue
        name = tr("ce.to_level_same_province", lang, level=label("court_level", level, lang))
        fig.add_bar(y=y, x=per[col], orientation="h", name=name, marker_color=LEVEL_COLOURS[level],
                    hovertemplate="%{y}: %{x:,.0f}<extra>" + name + "</extra>")
    if per["n_other_province"].sum() > 0:
        name = tr("ce.other_province", lang)
        fig.add_bar(y=y, x=per["n_other_province"], orientation="h", name=name, marker_color=MUTED,
                    hovertemplate="%{y}: %{x:,.0f}<extra>" + name + "</extra>")
    fig.update_layout(barmode="stack")
    style(fig, title, None, lang, height=max(320, 20 * per.height + 150))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title={"text": tr("unit.cases", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest", margin={"l": 120})
    legend_below_axis_title(fig)
    return fig


def province_split(flows: pl.DataFrame) -> pl.DataFrame:
    """Per originating province: moved cases received in the same province by the receiving court's level,
    and those received in another province; largest first."""
    same = pl.col("from_province_code") == pl.col("to_province_code")
    return (
        flows.group_by("from_province_code").agg(
            pl.col("n_cases").sum().alias("n_cases"),
            *[pl.col("n_cases").filter(same & (pl.col("to_level") == lv)).sum().alias(f"n_to_{lv}") for lv in COURT_LEVELS],
            pl.col("n_cases").filter(~same).sum().alias("n_other_province"),
        )
        .sort(["n_cases", "from_province_code"], descending=[True, False])
    )


def legend_below_axis_title(fig: go.Figure) -> None:
    """Moves the horizontal legend under the x-axis title and keeps it in trace order (stacks reverse it)."""
    # Legend y is a fraction of the plot area: a fixed 70 px below it, whatever the chart's height.
    plot = (fig.layout.height or 380) - 56 - 96
    fig.update_layout(legend={"y": -70 / plot, "traceorder": "normal"}, margin={"b": 96})


def stays_in_province(flows: pl.DataFrame) -> float | None:
    """The share of moved cases whose receiving court is in the originating court's province."""
    total = flows["n_cases"].sum()
    if not total:
        return None
    same = flows.filter(pl.col("from_province_code") == pl.col("to_province_code"))["n_cases"].sum()
    return same / total


def receivers_chart(top: pl.DataFrame, lang: str) -> go.Figure:
    """The courts that received the most moved cases, with those resolved."""
    title = tr("ce.fig.receivers.title", lang, n=top.height)
    if top.height == 0:
        return empty(title, lang)
    names = top["name_en" if lang == "en" else "name_zh"].to_list()
    fig = go.Figure()
    fig.add_bar(y=names, x=top["n_received"], orientation="h", name=tr("ce.received", lang), marker_color=SERIES[0],
                hovertemplate="%{y}: %{x:,.0f}<extra></extra>")
    fig.add_bar(y=names, x=top["n_resolved"], orientation="h", name=tr("ind.ce_resolved.name", lang),
                marker_color=SERIES[2], hovertemplate="%{y}: %{x:,.0f}<extra></extra>")
    fig.update_layout(barmode="overlay")
    fig.data[1].width = 0.45
    style(fig, title, None, lang, height=max(320, 26 * top.height + 130))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title={"text": tr("unit.cases", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest", margin={"l": 260 if lang == "en" else 200})
    legend_below_axis_title(fig)
    return fig


def creditor_label(n: int, lang: str) -> str:
    if n >= CREDITOR_CAP:
        return tr("ce.creditors.cap", lang, n=CREDITOR_CAP)
    return tr("ce.creditors.one", lang) if n == 1 else tr("ce.creditors.n", lang, n=n)


def creditor_summary(frame: pl.DataFrame) -> pl.DataFrame:
    """Per creditor count: cases, the share resolved by the as-of date, recovery rate and mean days of those resolved."""
    resolved = pl.col("is_resolved")
    return (
        frame.group_by("n_creditors").agg(
            pl.col("n_cases").sum().alias("n_cases"),
            pl.col("n_cases").filter(resolved).sum().alias("n_resolved"),
            pl.col("claim_yuan").filter(resolved).sum().alias("claim_resolved_yuan"),
            pl.col("recovered_yuan").filter(resolved).sum().alias("recovered_yuan"),
            pl.col("days_to_resolve_sum").filter(resolved).sum().alias("days_to_resolve_sum"),
        )
        .with_columns(
            (pl.col("n_resolved") / pl.col("n_cases")).alias("share_resolved"),
            pl.when(pl.col("claim_resolved_yuan") > 0).then(pl.col("recovered_yuan") / pl.col("claim_resolved_yuan"))
            .otherwise(None).alias("recovery_rate"),
            pl.when(pl.col("n_resolved") > 0).then(pl.col("days_to_resolve_sum") / pl.col("n_resolved"))
            .otherwise(None).alias("mean_days_to_resolve"),
        )
        .sort("n_creditors")
    )


def single_or_several(frame: pl.DataFrame) -> pl.DataFrame:
    """Creditor counts folded into 'single' and 'several', in the shape the survival functions take."""
    return frame.with_columns(
        pl.when(pl.col("n_creditors") > 1).then(pl.lit("several")).otherwise(pl.lit("single")).alias("creditors"),
        pl.col("months").alias("months_from"),
        (pl.col("months") + 1).alias("months_to"),
        (~pl.col("is_resolved")).alias("is_open"),
    )


def creditors_chart(summary: pl.DataFrame, lang: str) -> go.Figure:
    """Recovery rate (bars) and mean days from assignment to resolution (line) by number of creditors."""
    title = tr("ce.fig.creditors.title", lang)
    if summary.height == 0:
        return empty(title, lang)
    x = [creditor_label(n, lang) for n in summary["n_creditors"]]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_bar(x=x, y=summary["recovery_rate"] * 100, name=tr("ce.recovery_rate", lang), marker_color=SERIES[0],
                customdata=summary["n_resolved"], texttemplate="%{y:.0f}%", textposition="inside",
                hovertemplate="%{x}: %{y:.1f}% (%{customdata:,.0f})<extra></extra>")
    fig.add_scatter(x=x, y=summary["mean_days_to_resolve"], name=tr("ce.mean_days", lang), mode="lines+markers",
                    line={"color": SERIES[1], "width": 2.5}, secondary_y=True,
                    hovertemplate="%{x}: %{y:,.0f}<extra></extra>")
    style(fig, title, tr("ce.unit.recovery_rate", lang), lang, height=380)
    fig.update_yaxes(ticksuffix="%", secondary_y=False)
    fig.update_yaxes(title={"text": tr("ce.unit.days", lang), "font": {"size": 11, "color": MUTED}}, secondary_y=True,
                     showgrid=False, rangemode="tozero", tickmode="auto", tickformat=",.0f")
    fig.update_xaxes(type="category")
    return fig


def open_share_chart(points: pl.DataFrame, medians: dict[str, int | None], lang: str) -> go.Figure:
    """Kaplan–Meier: the share of moved cases still unresolved by months since assignment, single vs several creditors."""
    title = tr("ce.fig.open.title", lang)
    if points.height == 0:
        return empty(title, lang)
    fig = go.Figure()
    for group, colour in (("single", SERIES[0]), ("several", SERIES[1])):
        part = points.filter(pl.col("creditors") == group)
        if part.height == 0:
            continue
        med = medians.get(group)
        name = tr(f"ce.creditors.{group}", lang) + " · " + (
            tr("ce.median.short", lang, months=med) if med is not None else tr("ce.median.not_reached", lang))
        fig.add_scatter(x=part["months"], y=part["survival"] * 100, mode="lines", line_shape="hv", name=name,
                        line={"color": colour, "width": 2.5},
                        hovertemplate="%{x}: %{y:.1f}%<extra>" + tr(f"ce.creditors.{group}", lang) + "</extra>")
    fig.add_hline(y=50, line_dash="dot", line_color=MUTED, line_width=1)
    style(fig, title, tr("ce.unit.share_open", lang), lang, height=380)
    fig.update_yaxes(range=[0, 101], ticksuffix="%")
    fig.update_xaxes(title={"text": tr("ce.axis.months_since_assigned", lang), "font": {"size": 11, "color": MUTED}})
    fig.update_layout(hovermode="closest")
    legend_below_axis_title(fig)
    return fig


def comparison(frame: pl.DataFrame, by: str | None = "case_type") -> pl.DataFrame:
    """Moved cases against cases not moved, standardised to the moved cases' mix of court level and year.

    Within each group, the base's mean days and recovery rate are taken cell by cell (case type x court
    level x year) and weighted by the moved cases in that cell (days by cases, recovery by claims), so a
    group's comparison is not driven by a different mix of levels and years. Cells without a base are left
    out of both sides and counted in `n_moved_unmatched`.
    """
    group = [by] if by else []
    cells = frame.with_columns(
        (pl.col("n_base") > 0).alias("_matched"),
        pl.when(pl.col("n_base") > 0).then(pl.col("base_days_sum") / pl.col("n_base")).alias("_base_days"),
        pl.when(pl.col("base_claim_yuan") > 0).then(pl.col("base_recovered_yuan") / pl.col("base_claim_yuan"))
        .alias("_base_rate"),
    )
    m = pl.col("_matched")
    days_ok = m & pl.col("_base_days").is_not_null() & (pl.col("n_moved_dated") > 0)
    rate_ok = m & pl.col("_base_rate").is_not_null() & (pl.col("moved_claim_yuan") > 0)
    aggs = [
        pl.col("n_moved").sum().alias("n_moved"),
        pl.col("n_moved").filter(~m).sum().alias("n_moved_unmatched"),
        pl.col("n_base").sum().alias("n_base"),
        (pl.col("moved_days_since_filing_sum").filter(days_ok).sum() / pl.col("n_moved_dated").filter(days_ok).sum())
        .alias("moved_days_since_filing"),
        (pl.col("moved_days_since_assigned_sum").filter(days_ok).sum() / pl.col("n_moved").filter(days_ok).sum())
        .alias("moved_days_since_assigned"),
        ((pl.col("_base_days") * pl.col("n_moved_dated")).filter(days_ok).sum()
         / pl.col("n_moved_dated").filter(days_ok).sum()).alias("base_days_since_filing"),
        (pl.col("moved_recovered_yuan").filter(rate_ok).sum() / pl.col("moved_claim_yuan").filter(rate_ok).sum())
        .alias("moved_recovery_rate"),
        ((pl.col("_base_rate") * pl.col("moved_claim_yuan")).filter(rate_ok).sum()
         / pl.col("moved_claim_yuan").filter(rate_ok).sum()).alias("base_recovery_rate"),
    ]
    out = cells.group_by(group).agg(aggs) if group else cells.select(aggs)
    out = out.with_columns(pl.all().exclude(group).fill_nan(None))
    return out.sort(group) if group else out


def comparison_chart(comp: pl.DataFrame, lang: str) -> go.Figure:
    """Per case type: mean days to resolution and recovery rate, moved cases beside comparable cases not moved."""
    title = tr("ce.fig.compare.title", lang)
    data = comp.filter(pl.col("base_days_since_filing").is_not_null() | pl.col("base_recovery_rate").is_not_null())
    if data.height == 0:
        return empty(title, lang)
    y = [label("case_type", c, lang) for c in data["case_type"]]
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.04, column_widths=[0.58, 0.42],
                        subplot_titles=(tr("ce.compare.days", lang), tr("ce.compare.rate", lang)))
    bars = (
        ("moved_days_since_filing", "ce.moved.since_filing", SERIES[1], 1, 1.0),
        ("moved_days_since_assigned", "ce.moved.since_assigned", "#eab09c", 1, 1.0),
        ("base_days_since_filing", "ce.not_moved", MUTED, 1, 1.0),
        ("moved_recovery_rate", "ce.moved", SERIES[1], 2, 100.0),
        ("base_recovery_rate", "ce.not_moved", MUTED, 2, 100.0),
    )
    seen = set()
    for col, key, colour, panel, factor in bars:
        name = tr(key, lang)
        unit = "%" if panel == 2 else " " + tr("ce.unit.days", lang)
        fig.add_bar(y=y, x=data[col] * factor, orientation="h", name=name, marker_color=colour, legendgroup=key,
                    showlegend=key not in seen and not (key == "ce.moved" and panel == 2),
                    customdata=data["n_moved"], row=1, col=panel,
                    hovertemplate="%{y}: %{x:,.1f}" + unit + "<extra>" + name + "</extra>")
        seen.add(key)
    fig.update_layout(barmode="group", bargap=0.25)
    style(fig, title, None, lang, height=max(380, 58 * data.height + 170))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(ticksuffix="%", row=1, col=2)
    fig.update_layout(hovermode="closest", margin={"l": 190 if lang == "en" else 150})
    fig.update_annotations(font={"size": 12, "color": MUTED})
    fig.update_layout(legend={"traceorder": "normal"})
    return fig
