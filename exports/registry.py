"""Every figure the dashboard shows, buildable from the shared filters alone: the press room and the command
line export from here, and the pages draw the same figures through `build`.

Each entry turns a selection, a language and the page's own choices (grain, measure) into an `Export`: the
figure, its data, the indicators it shows and what its stamp should say. Builders only wire queries to the
analysis and figure functions; the queries' cache makes a page and an export of it share one computation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import polars as pl

import queries
from analysis import cross as ce_shape
from analysis import dishonest as dl_shape
from analysis import noncompliance as nc_shape
from analysis import overview as ov_shape
from analysis import suppression
from analysis.frames import date_span, mapped, period_labels
from analysis.months import add_months, months_spanned
from analysis.survival import curve, kaplan_meier, median_time
from contract import DEBTOR_TYPES, SEVERITIES
from exports import Export
from exports.provenance import Selection, period_text
from figures import cross as ce_figs
from figures import dishonest as dl_figs
from figures import milestones
from figures import noncompliance as nc_figs
from figures import overview as ov_figs
from figures.tilemap import tile_map
from i18n import tr
from shared_filters import Filters, month_range

TOP_RECEIVERS = 15
# Courts with fewer cases filed than this are left out of the court ranking: a rate per 10,000 cases
# computed on a few dozen cases swings on one incident.
MIN_COURT_CASES = 200
TOP_COURTS = 30


@dataclasses.dataclass
class Context:
    """A selection in one language, with what several builders need computed once."""

    sel: Selection
    lang: str
    options: dict

    @property
    def filters(self) -> Filters:
        return Filters.of(self.sel)

    @property
    def params(self) -> dict:
        return self.filters.params()

    @property
    def dims(self) -> dict:
        return self.filters.params(without=("start", "end"))

    @property
    def start(self) -> dt.date:
        return self.params["start"]

    @property
    def end(self) -> dt.date:
        return self.params["end"]

    @property
    def as_of_end(self) -> dt.date:
        return min(self.end, queries.run("data_facts")["as_of_date"][0])

    @property
    def history_params(self) -> dict:
        """The selection from the data's first month to the period's end: what statements about history
        ("the first fall after N years of rises") are judged on, whatever window a chart shows."""
        return {**self.params, "start": data_first_month()}

    def names(self) -> dict[str, str]:
        return queries.province_names(self.lang)

    def tr(self, key: str, **fmt) -> str:
        return tr(key, self.lang, **fmt)

    def opt(self, name: str):
        return self.options.get(name, OPTIONS[name][0])


# The page's own choices a figure depends on: name -> (default, allowed values).
OPTIONS = {
    "dl_grain": ("quarter", ("month", "quarter", "year")),
    "nc_grain": ("year", ("month", "quarter", "year")),
    "nc_count": ("n_incidents", nc_shape.COUNTS),
    "nc_per": ("cases", ("cases", "residents")),
}


@dataclasses.dataclass(frozen=True)
class Figure:
    key: str
    page: str
    build: Callable[[Context], tuple | None]
    all_provinces: bool = False
    at_end: bool = False
    options: tuple[str, ...] = ()
    # The months the figure's data cover when not the selection's (clipped to the data): (Context) -> (first, last).
    span: Callable[[Context], tuple[dt.date, dt.date]] | None = None
    # The grain of the frame's `period` column when no option sets it.
    grain: str = "year"


REGISTRY: dict[str, Figure] = {}
PAGES = {
    "national": "nav.overview",
    "refusal": "nav.noncompliance",
    "dishonest-list": "nav.dishonest",
    "cross-enforcement-reform": "nav.cross",
}


def figure(
    key: str,
    page: str,
    all_provinces: bool = False,
    at_end: bool = False,
    options: tuple[str, ...] = (),
    span: Callable[[Context], tuple[dt.date, dt.date]] | None = None,
    grain: str = "year",
):
    def register(fn):
        REGISTRY[key] = Figure(key, page, fn, all_provinces, at_end, options, span, grain)
        return fn

    return register


def build(key: str, sel: Selection, lang: str, **options) -> Export | None:
    """The figure `key` for a selection in `lang` (None when the selection leaves it nothing to show).

    Built once per data, selection, language and options: a page rerun for another reason (another section's
    control, a click elsewhere) and other sessions with the same filters reuse it; nothing changes an Export.
    """
    options = {name: OPTIONS[name][0] for name in REGISTRY[key].options} | options
    memo_key = ("figure", key, sel, lang, tuple(sorted(options.items())))
    return queries.memo(memo_key, lambda: _build(key, sel, lang, options))


def data_first_month() -> dt.date:
    """The first month the data record (the earliest the period filter offers)."""
    return queries.run("data_facts")["period_first_month"][0]


def default_selection() -> Selection:
    """What a visitor sees first: the whole country over the data's whole period."""
    facts = queries.run("data_facts").row(0, named=True)
    months = month_range(facts["period_first_month"], facts["last_month"])
    return Selection(start=months[0], end=months[-1])


def warm(langs: tuple[str, ...] = ("zh", "en")) -> None:
    """Builds every figure of the first view in each language, so the first visitors find them built."""
    sel = default_selection()
    for lang in langs:
        for key in REGISTRY:
            build(key, sel, lang)


def _build(key: str, sel: Selection, lang: str, options: dict) -> Export | None:
    spec = REGISTRY[key]
    ctx = Context(sel, lang, options)
    built = spec.build(ctx)
    if built is None:
        return None
    fig, frame, indicators = built
    grain = next((ctx.opt(o) for o in ("nc_grain", "dl_grain") if o in spec.options), spec.grain)
    period = (
        tr("ex.at_date", lang, date=ctx.as_of_end.isoformat()) if spec.at_end else _span_text(spec, ctx, frame, grain)
    )
    # The refusal page keeps its grain in the URL beside the shared filters; the permalink carries it too.
    extra = (("grain", ctx.opt("nc_grain")),) if "nc_grain" in spec.options else ()
    return Export(
        key=key,
        fig=fig,
        frame=period_labels(frame, grain),
        indicators=tuple(indicators),
        lang=lang,
        selection=sel,
        page=spec.page,
        all_provinces=spec.all_provinces,
        period=period,
        extra_query=extra,
    )


def selected_span(c: Context) -> tuple[dt.date, dt.date]:
    """The months of the selection that the data hold: from the data's first month at the earliest, to the
    as-of month at the latest."""
    return max(c.start.replace(day=1), data_first_month()), c.as_of_end.replace(day=1)


def _span_text(spec: Figure, c: Context, frame: pl.DataFrame, grain: str) -> str:
    """The period an export's stamp states: the months the figure's own data stand for, within the months of
    the selection that the data hold (or the figure's own window)."""
    first, last = (spec.span or selected_span)(c)
    if (held := date_span(frame, grain)) is not None:
        first, last = max(first, held[0]), min(last, held[1])
    return period_text(f"{first:%Y-%m}", f"{last:%Y-%m}", c.lang)


def keys(page: str | None = None) -> list[str]:
    return [k for k, spec in REGISTRY.items() if page is None or spec.page == page]


# --- National overview ---------------------------------------------------------------------------------


@figure("overview-noncompliance", "national")
def _overview_noncompliance(c: Context):
    nc_y = ov_shape.yearly(queries.run("noncompliance_by_month", **c.params), ["n_transferred", "n_held_liable"])
    return ov_figs.noncompliance_trend(nc_y, c.lang), nc_y, ["nc_transferred", "nc_held_liable"]


@figure("overview-dishonest", "national")
def _overview_dishonest(c: Context):
    dl_y = ov_shape.yearly(
        queries.run("dishonest_by_month", **c.params), ["n_listed", "n_removed"], lasts=("n_on_list",)
    )
    return ov_figs.dishonest_trend(dl_y, c.lang), dl_y, ["dl_new", "dl_removed", "dl_on_list"]


# --- Refusal to comply ---------------------------------------------------------------------------------


def _marked(c: Context, fig):
    return milestones.overlay(fig, c.lang, c.start, c.end, queries.run("campaigns"), c.sel.provinces, c.names())


def _trend(count: str):
    def build(c: Context):
        nc = queries.run("noncompliance_by_month", **c.params)
        if nc.height == 0:
            return None
        grain = c.opt("nc_grain")
        trend = nc_shape.trend_frame(nc, queries.run("cases_by_month", **c.params), grain)
        table = trend.select("period", count, "n_filed", f"per10k_{count[2:]}")
        return (
            _marked(c, nc_figs.trend(trend, count, grain, c.lang)),
            table,
            [nc_figs.COUNT_IND[count], nc_figs.RATE_IND[count], "cases_filed"],
        )

    return build


for _count in nc_shape.COUNTS:
    figure(f"nc-trend-{_count[2:]}", "refusal", options=("nc_grain",))(_trend(_count))


@figure("nc-conduct", "refusal", options=("nc_grain",))
def _nc_conduct(c: Context):
    conduct = nc_shape.conduct_frame(queries.run("noncompliance_conduct_by_month", **c.params), c.opt("nc_grain"))
    return _marked(c, nc_figs.conduct_mix(conduct, c.opt("nc_grain"), c.lang)), conduct, ["nc_conduct_share"]


@figure("nc-ladder", "refusal")
def _nc_ladder(c: Context):
    ladder = nc_shape.ladder_summary(queries.run("noncompliance_ladder", **c.params))
    return nc_figs.ladder(ladder, c.lang), ladder, ["nc_ladder", "nc_complied"]


@figure("nc-timing", "refusal")
def _nc_timing(c: Context):
    ladder = nc_shape.ladder_summary(queries.run("noncompliance_ladder", **c.params))
    return nc_figs.compliance_timing(ladder, c.lang), ladder, ["nc_days_to_comply"]


@figure("nc-resistance", "refusal", options=("nc_grain",))
def _nc_resistance(c: Context):
    serious = nc_shape.serious_frame(queries.run("noncompliance_serious_by_month", **c.params), c.opt("nc_grain"))
    return (
        _marked(c, nc_figs.resistance_trend(serious, c.opt("nc_grain"), c.lang)),
        serious.select("period", *nc_shape.RESISTANCE),
        ["nc_violent"],
    )


@figure("nc-serious", "refusal", options=("nc_grain",))
def _nc_serious(c: Context):
    serious = nc_shape.serious_frame(queries.run("noncompliance_serious_by_month", **c.params), c.opt("nc_grain"))
    return (
        _marked(c, nc_figs.consequences_trend(serious, c.opt("nc_grain"), c.lang)),
        serious.select("period", *nc_shape.SERIOUS),
        ["nc_serious"],
    )


@figure("nc-debtors", "refusal", options=("nc_grain",))
def _nc_debtors(c: Context):
    debtors = nc_shape.debtor_frame(queries.run("noncompliance_by_debtor_type", **c.params), c.opt("nc_grain"))
    return _marked(c, nc_figs.debtor_trend(debtors, c.opt("nc_grain"), c.lang)), debtors, ["nc_debtor_rate"]


def _ranked(c: Context):
    count, per = c.opt("nc_count"), c.opt("nc_per")
    rows = held(queries.run("noncompliance_by_province", **c.filters.params(without=("provinces",))))
    ranked = nc_shape.province_frame(rows, count, per, months_spanned(c.start, c.end))
    indicators = [nc_figs.COUNT_IND[count], "nc_rate_per_cases" if per == "cases" else "nc_rate_per_residents"]
    return ranked, c.tr(f"ind.{nc_figs.COUNT_IND[count]}.name"), c.tr(f"nc.rank.unit.{per}"), indicators


@figure("nc-map", "refusal", all_provinces=True, options=("nc_count", "nc_per"))
def _nc_map(c: Context):
    ranked, measure, unit, indicators = _ranked(c)
    return (*province_tiles(c, ranked, c.tr("nc.fig.map.title", measure=measure, unit=unit), unit, ",.2f"), indicators)


@figure("nc-rank-provinces", "refusal", all_provinces=True, options=("nc_count", "nc_per"))
def _nc_rank(c: Context):
    ranked, measure, unit, indicators = _ranked(c)
    per = c.opt("nc_per")
    fig = nc_figs.ranking(
        ranked,
        "name_en" if c.lang == "en" else "name_zh",
        c.tr("nc.fig.rank.title", measure=measure, unit=unit),
        unit,
        c.lang,
        highlight=c.sel.provinces,
        count_col=c.opt("nc_count"),
        denominator_col="n_filed" if per == "cases" else "population_10k",
    )
    return fig, ranked, indicators


COURT_COUNTS = ("n_incidents", "n_transferred", "n_held_liable", "n_filed")


@dataclasses.dataclass(frozen=True)
class Courts:
    fig: object
    table: pl.DataFrame
    indicators: list
    left_out: int
    all_small: bool
    hidden: int
    threshold: int


def court_ranking(c: Context) -> Courts | None:
    """The courts of the one chosen province ranked, small counts hidden (None unless one province is chosen)."""
    if len(c.sel.provinces) != 1:
        return None
    code, count = c.sel.provinces[0], c.opt("nc_count")
    courts = queries.run("noncompliance_by_court", province=code, **c.filters.params(without=("provinces",)))
    # Small counts are hidden over all the province's courts (whose total the cards show) before any is left out.
    threshold = suppression.threshold()
    courts = suppression.protect(courts, COURT_COUNTS, threshold_=threshold)
    ranked, left_out = nc_shape.court_frame(courts, count, c.lang, MIN_COURT_CASES)
    all_small = ranked.height == 0 and courts.height > 0
    if all_small:
        ranked, left_out = nc_shape.court_frame(courts, count, c.lang, 1)
    ranked = suppression.carry(ranked, courts, "court_id", {"value": [count, "n_filed"]})
    name = c.names().get(code, code)
    title = c.tr("nc.fig.courts.title", measure=c.tr(f"ind.{nc_figs.COUNT_IND[count]}.name"), province=name)
    if ranked.drop_nulls("value").height > TOP_COURTS:
        title += c.tr("nc.fig.courts.top", n=TOP_COURTS)
    fig = nc_figs.ranking(
        ranked,
        "court",
        title,
        c.tr("nc.rank.unit.cases"),
        c.lang,
        key_col="court_id",
        top=TOP_COURTS,
        count_col=count,
        denominator_col="n_filed",
    )
    return Courts(
        fig,
        suppression.as_text(ranked, threshold, {"value": "{:,.2f}"}),
        [nc_figs.COUNT_IND[count], "nc_rate_per_cases"],
        left_out,
        all_small,
        suppression.n_hidden_rows(courts, [count, "n_filed"]),
        threshold,
    )


@figure("nc-rank-courts", "refusal", options=("nc_count",))
def _nc_courts(c: Context):
    built = court_ranking(c)
    return None if built is None else (built.fig, built.table, built.indicators)


# --- The dishonest list --------------------------------------------------------------------------------


def dishonest_history(c: Context) -> pl.DataFrame:
    """Monthly flows from a year before the period (for year-on-year) to the period's end or the as-of date."""
    params = {**c.params, "start": add_months(c.start, -12)}
    return dl_shape.dense(queries.run("dishonest_flows_by_month", **params), c.as_of_end)


def dishonest_whole(c: Context) -> pl.DataFrame:
    """Monthly flows from the data's first month to the period's end (or the as-of date)."""
    return dl_shape.dense(queries.run("dishonest_flows_by_month", **c.history_params), c.as_of_end)


def _dl_monthly(c: Context) -> pl.DataFrame | None:
    monthly = dishonest_history(c).filter(pl.col("month") >= c.start)
    return monthly if monthly.height else None


@figure("dishonest-stock", "dishonest-list", options=("dl_grain",))
def _dl_stock(c: Context):
    if (monthly := _dl_monthly(c)) is None:
        return None
    frame = dl_shape.by_grain(monthly, c.opt("dl_grain"), c.start, c.as_of_end)
    falls = dl_shape.year_end_falls(dishonest_whole(c), c.as_of_end)
    return (
        dl_figs.stock_trend(frame, c.opt("dl_grain"), falls, c.lang),
        frame.select("period", "label", "period_end", "n_on_list"),
        ["dl_on_list"],
    )


@figure("dishonest-flows", "dishonest-list", options=("dl_grain",))
def _dl_flows(c: Context):
    if (monthly := _dl_monthly(c)) is None:
        return None
    frame = dl_shape.by_grain(monthly, c.opt("dl_grain"), c.start, c.as_of_end)
    return (
        dl_figs.flows_trend(frame, c.opt("dl_grain"), c.lang),
        frame.select("period", "label", "n_listed", "n_removed", "n_net"),
        ["dl_new", "dl_removed", "dl_net"],
    )


@figure("dishonest-yoy", "dishonest-list", grain="quarter")
def _dl_yoy(c: Context):
    if _dl_monthly(c) is None:
        return None
    q = dl_shape.quarterly(dishonest_history(c), c.start, c.as_of_end)
    return (
        dl_figs.yoy_chart(q, c.lang),
        q.select("period", "label", "n_listed", "n_listed_year_before", "yoy"),
        ["dl_new", "dl_new_yoy"],
    )


@figure("dishonest-removals", "dishonest-list", grain="quarter")
def _dl_removals(c: Context):
    if _dl_monthly(c) is None:
        return None
    q = dl_shape.quarterly(dishonest_history(c), c.start, c.as_of_end)
    return (
        dl_figs.removals_chart(q, c.lang),
        q.select("period", "label", "n_listed", "n_removed", *dl_shape.REASON_COLUMNS, "removals_exceed"),
        ["dl_removed", "dl_new"],
    )


def _severity_span(c: Context) -> tuple[dt.date, dt.date]:
    first, last = selected_span(c)
    return max(first, dl_shape.severity_window_start()), last


@figure("dishonest-severity", "dishonest-list", span=_severity_span)
def _dl_severity(c: Context):
    severity = dl_shape.severity_window(queries.run("dishonest_listed_by_severity", **c.params))
    return dl_figs.severity_chart(dl_shape.severity_by_quarter(severity), c.lang), severity, ["dl_new", "dl_severity"]


def _durations(c: Context) -> pl.DataFrame | None:
    durations = queries.run("dishonest_durations", **c.params)
    return durations if durations.height else None


@figure("dishonest-km-debtor", "dishonest-list")
def _dl_km_debtor(c: Context):
    if (durations := _durations(c)) is None:
        return None
    km = kaplan_meier(durations, "debtor_type")
    medians = dict(median_time(km, "debtor_type").rows())
    return (
        dl_figs.survival_chart(
            curve(km, "debtor_type"),
            "debtor_type",
            DEBTOR_TYPES,
            "debtor_type",
            c.tr("dl.fig.km_debtor.title"),
            c.lang,
            medians,
        ),
        km,
        ["dl_time_on_list"],
    )


@figure("dishonest-km-severity", "dishonest-list")
def _dl_km_severity(c: Context):
    if (durations := _durations(c)) is None:
        return None
    km = kaplan_meier(dl_shape.graded(durations), "severity")
    medians = dict(median_time(km, "severity").rows())
    return (
        dl_figs.survival_chart(
            curve(km, "severity"), "severity", SEVERITIES, "severity", c.tr("dl.fig.km_severity.title"), c.lang, medians
        ),
        km,
        ["dl_time_on_list", "dl_severity"],
    )


@figure("dishonest-distribution", "dishonest-list")
def _dl_distribution(c: Context):
    if (durations := _durations(c)) is None:
        return None
    classes = dl_shape.duration_classes(durations, "debtor_type")
    table = classes.with_columns(
        mapped(classes["class"], lambda i: dl_figs.class_label(i, c.lang), pl.String, "time_on_list")
    )
    return (
        dl_figs.distribution_chart(classes, "debtor_type", DEBTOR_TYPES, "debtor_type", c.lang),
        table,
        ["dl_time_on_list"],
    )


def dishonest_by_province(c: Context) -> pl.DataFrame:
    return held(queries.run("dishonest_on_list_by_province", **c.filters.params(without=("start",))))


@figure("dishonest-map", "dishonest-list", at_end=True)
def _dl_map(c: Context):
    prov = dishonest_by_province(c).select("province_code", pl.col("per_100k").alias("value"))
    date = c.as_of_end.isoformat()
    return (
        *province_tiles(c, prov, c.tr("dl.fig.map.title", date=date), c.tr("dl.unit.per_100k"), ",.1f"),
        ["dl_per_100k"],
    )


@figure("dishonest-ranking", "dishonest-list", at_end=True)
def _dl_ranking(c: Context):
    prov = dishonest_by_province(c)
    return dl_figs.ranking_chart(prov, c.names(), c.lang), prov, ["dl_per_100k"]


@figure("dishonest-mix", "dishonest-list", at_end=True)
def _dl_mix(c: Context):
    prov = dishonest_by_province(c)
    return dl_figs.debtor_mix_chart(prov, c.names(), c.lang), prov, ["dl_on_list"]


# --- Cross-enforcement ---------------------------------------------------------------------------------


def _by_method(c: Context) -> pl.DataFrame | None:
    by_method = queries.run("cross_enforcement_by_method", **c.dims, end=c.end)
    period = ce_shape.in_period(by_method, c.start)
    return by_method if period["n_assigned"].sum() + period["n_resolved"].sum() else None


@figure("cross-methods", "cross-enforcement-reform")
def _ce_methods(c: Context):
    if (by_method := _by_method(c)) is None:
        return None
    return (
        ce_figs.method_chart(by_method, c.start, c.lang),
        ce_shape.in_period(by_method, c.start),
        ["ce_assigned", "ce_method"],
    )


@figure("cross-cumulative", "cross-enforcement-reform")
def _ce_cumulative(c: Context):
    if (by_method := _by_method(c)) is None:
        return None
    cum = ce_shape.cumulative(by_method, c.start)
    return ce_figs.cumulative_chart(cum, c.lang), cum, ["ce_assigned", "ce_resolved", "ce_recovered"]


def published(c: Context) -> pl.DataFrame:
    windows = sorted({(first, last) for first, last, *_ in ce_shape.PUBLISHED})
    totals = {
        w: queries.run("cross_enforcement_totals", **c.dims, start=w[0], end=w[1]).row(0, named=True) for w in windows
    }
    return ce_shape.published_rows(totals, c.lang)


def _article_span(c: Context) -> tuple[dt.date, dt.date]:
    first, last = ce_shape.ARTICLE_WINDOW
    return first, last.replace(day=1)


@figure("cross-article", "cross-enforcement-reform", span=_article_span)
def _ce_article(c: Context):
    article = ce_shape.article_rows(published(c))
    table = article.drop("window_start", "window_end").with_columns(
        mapped(article["measure"], lambda m: c.tr(f"ind.{m}.name"), pl.String, "measure")
    )
    return (
        ce_figs.article_chart(article, c.lang),
        table,
        ["ce_assigned", "ce_resolved", "ce_recovered"],
    )


def _flows(c: Context) -> pl.DataFrame | None:
    flows = queries.run("cross_enforcement_flows", **c.params)
    return flows if flows.height else None


@figure("cross-levels", "cross-enforcement-reform")
def _ce_levels(c: Context):
    if (flows := _flows(c)) is None:
        return None
    return ce_figs.level_sankey(flows, c.lang), ce_shape.level_links(flows), ["ce_assigned", "ce_flow"]


@dataclasses.dataclass(frozen=True)
class Receivers:
    fig: object
    table: pl.DataFrame
    hidden: int


def receivers(c: Context) -> Receivers:
    """The courts that received the most moved cases, small counts hidden (only the largest receivers are listed,
    so no total gives them back)."""
    top = queries.run("cross_enforcement_top_receivers", **c.params, limit=TOP_RECEIVERS)
    threshold = suppression.threshold()
    top = suppression.protect(
        top, ["n_received", "n_resolved"], {"recovered_yuan": ["n_resolved"]}, threshold, total_shown=False
    )
    return Receivers(
        ce_figs.receivers_chart(top, c.lang),
        suppression.as_text(top, threshold),
        suppression.n_hidden_rows(top, ["n_received", "n_resolved"]),
    )


@figure("cross-receivers", "cross-enforcement-reform")
def _ce_receivers(c: Context):
    if _flows(c) is None:
        return None
    built = receivers(c)
    return built.fig, built.table, ["ce_received", "ce_resolved"]


@figure("cross-provinces", "cross-enforcement-reform")
def _ce_provinces(c: Context):
    if (flows := _flows(c)) is None:
        return None
    return ce_figs.province_chart(flows, c.names(), c.lang), ce_shape.province_links(flows), ["ce_assigned", "ce_flow"]


def _creditors(c: Context) -> pl.DataFrame | None:
    creditors = queries.run("cross_enforcement_by_creditors", **c.params)
    return creditors if creditors.height else None


@figure("cross-open", "cross-enforcement-reform")
def _ce_open(c: Context):
    if (creditors := _creditors(c)) is None:
        return None
    km = kaplan_meier(ce_shape.single_or_several(creditors), "creditors", censored="is_open", n="n_cases")
    medians = dict(median_time(km, "creditors").rows())
    return ce_figs.open_share_chart(curve(km, "creditors"), medians, c.lang), km, ["ce_time_to_resolve", "ce_creditors"]


@figure("cross-creditors", "cross-enforcement-reform")
def _ce_creditors(c: Context):
    if (creditors := _creditors(c)) is None:
        return None
    summary = ce_shape.creditor_summary(creditors)
    return ce_figs.creditors_chart(summary, c.lang), summary, ["ce_recovery_rate", "ce_creditors"]


@figure("cross-compare", "cross-enforcement-reform")
def _ce_compare(c: Context):
    versus = queries.run("cross_enforcement_vs_comparable", **c.params)
    if versus.height == 0:
        return None
    by_type = ce_shape.comparison(versus, "case_type")
    return ce_figs.comparison_chart(by_type, c.lang), by_type, ["ce_time_to_resolve", "ce_recovery_rate"]


# --- Shared pieces ---------------------------------------------------------------------------------------


def held(per_province: pl.DataFrame) -> pl.DataFrame:
    """The rows of the provinces the data hold: a ranking or map of a court's one-province extract does not set
    it against thirty provinces with no data."""
    coverage = queries.coverage()
    if coverage.national:
        return per_province
    return per_province.filter(pl.col("province_code").is_in(list(coverage.provinces)))


def province_tiles(c: Context, frame: pl.DataFrame, title: str, unit: str, value_format: str):
    """The tile-grid map of a per-province measure (`province_code`, `value`), the chosen provinces outlined,
    and its table with the provinces' names."""
    provinces = queries.run("provinces")
    abbrs = dict(zip(provinces["province_code"], provinces["abbr_zh"]))
    names = c.names()
    fig = tile_map(frame, names, abbrs, title, unit, c.lang, value_format, selected=c.sel.provinces)
    return fig, frame.with_columns(pl.col("province_code").replace_strict(names, default=None).alias("province"))


# The figures the 2025-04 article on enforcement rests on, in the order it uses them.
SETS = {
    "article": (
        "overview-noncompliance",
        "overview-dishonest",
        "dishonest-stock",
        "dishonest-yoy",
        "nc-trend-transferred",
        "nc-trend-held_liable",
        "cross-article",
        "cross-cumulative",
    ),
}
