"""The province page's figures: the provinces on a map, one province against the country, up to three provinces
side by side, and one province's courts ranked with small counts hidden.

The measure (`pv_measure`) and the courts' own measure (`court_measure`) are options; a figure's exports are
named after the measure (and the province, for its courts), as the page names them.
"""

from __future__ import annotations

import dataclasses

import polars as pl

import queries
from analysis import province as pv
from analysis import suppression
from charts.core import OPTIONS, Context, figure, province_tiles
from figures import province as pv_figs
from i18n import label
from i18n.numbers import period_text

# Up to this many provinces are compared side by side; a longer choice is cut to its first ones.
MAX_PROVINCES = 3
OPTIONS.update(
    {
        "pv_measure": (pv.MEASURES[0].key, tuple(m.key for m in pv.MEASURES)),
        "court_measure": (pv.COURT_MEASURES[0].key, tuple(m.key for m in pv.COURT_MEASURES)),
    }
)


def held() -> tuple[str, ...] | None:
    """The provinces ranks and the "national" comparison speak of: None for all 31, else those the data hold."""
    coverage = queries.coverage()
    return None if coverage.national else coverage.provinces


def codes(c: Context) -> tuple[str, ...]:
    return tuple(c.sel.provinces[:MAX_PROVINCES])


def window(c: Context) -> pv.Window:
    """The cards' and the courts' window: the year to the period's end, and the same months a year earlier."""
    return pv.window(c.start, c.end)


def monthly(c: Context) -> pl.DataFrame:
    """Every province's measures by month, from a year before the cards' window (for the change) to the end."""
    return queries.run(
        "province_measures_by_month", c.sel.everywhere(), start=min(c.start, window(c).before_start), end=c.end
    )


def compared(c: Context) -> pl.DataFrame:
    """Each measure for the chosen provinces beside the country, with ranks and the values a year earlier."""
    return pv.compare(monthly(c), queries.run("provinces"), codes(c), window(c), held())


def years(c: Context) -> pl.DataFrame:
    """The chosen provinces' measures (and the country's) year by year over the period."""
    national = queries.coverage().national
    return pv.yearly(monthly(c), queries.run("provinces"), codes(c), c.start, c.end, national=national)


@figure("pv-map", "province", all_provinces=True)
def _pv_map(c: Context):
    rows = queries.run("province_measures_by_month", c.sel.everywhere())
    every = pv.provinces_in(rows, c.start, c.end, queries.run("provinces"), held())
    every = every.filter(pl.col("province_code") != pv.NATIONAL)
    frame = every.select("province_code", pl.col("filed_per_100k").alias("value"))
    return (*province_tiles(c, frame, c.tr("pv.map.title"), c.tr("pv.unit.residents"), ",.0f"), ["pv_filed"])


def _measure(c: Context) -> pv.Measure:
    return pv.BY_KEY[c.opt("pv_measure")]


@figure("province-trend", "province", options=("pv_measure",), name=lambda c: f"pv-trend-{_measure(c).key}")
def _pv_trend(c: Context):
    if len(codes(c)) != 1:
        return None
    code, m = codes(c)[0], _measure(c)
    name = c.names().get(code, code)
    alone = "" if queries.coverage().national else "_alone"
    by_year = years(c)
    title = c.tr(f"pv.fig.trend.title{alone}", province=name, measure=c.tr(f"ind.{m.indicator}.name"))
    fig = pv_figs.against_country(by_year, code, name, m.key, m.per, title, c.lang)
    return fig, by_year.select("province_code", "year", *m.inputs, m.key), [m.indicator]


@figure("province-peers", "province", options=("pv_measure",), name=lambda c: f"pv-peers-{_measure(c).key}")
def _pv_peers(c: Context):
    if len(codes(c)) < 2:
        return None
    m = _measure(c)
    alone = "" if queries.coverage().national else "_alone"
    by_year = years(c)
    title = c.tr(f"pv.fig.peers.title{alone}", measure=c.tr(f"ind.{m.indicator}.name"))
    fig = pv_figs.peers(by_year, codes(c), c.names(), m.key, m.per, title, c.lang)
    return fig, by_year.select("province_code", "year", *m.inputs, m.key), [m.indicator]


@dataclasses.dataclass(frozen=True)
class Courts:
    """One province's courts in the cards' window, small counts hidden: `shown` keeps the numbers (hidden cells
    null, with their status columns) and the courts' names and levels in the language asked for."""

    code: str
    shown: pl.DataFrame
    threshold: int
    formats: dict[str, str]


def courts(c: Context) -> Courts | None:
    """The one chosen province's courts (None unless exactly one province is chosen, or it has no courts)."""
    if len(codes(c)) != 1:
        return None
    code, w = codes(c)[0], window(c)
    rows = queries.run("province_courts", c.sel.everywhere(), province=code, start=w.start, end=w.end)
    if rows.height == 0:
        return None
    threshold = suppression.threshold()
    table = suppression.protect(pv.court_table(rows), pv.COURT_COUNTS, pv.COURT_DERIVED, threshold)
    shown = table.with_columns(
        pl.col("name_en" if c.lang == "en" else "name_zh").alias("court"),
        pl.col("court_level").replace_strict(
            {v: label("court_level", v, c.lang) for v in table["court_level"].unique().to_list()}
        ),
    )
    formats = {m.key: ("{:.1%}" if m.per == "share" else "{:,.1f}") for m in pv.COURT_MEASURES}
    return Courts(code, shown, threshold, formats)


def _court_measure(c: Context) -> pv.Measure:
    return pv.BY_KEY[c.opt("court_measure")]


def _courts_span(c: Context):
    w = window(c)
    return w.start, w.end.replace(day=1)


def _courts_name(c: Context) -> str:
    code = codes(c)[0] if codes(c) else "none"
    return f"pv-courts-{code}-{_court_measure(c).key}"


@figure(
    "province-courts",
    "province",
    options=("court_measure",),
    span=_courts_span,
    name=_courts_name,
    url=(("court_measure", lambda c: c.opt("court_measure")),),
)
def _pv_courts(c: Context):
    built = courts(c)
    if built is None:
        return None
    m, w = _court_measure(c), window(c)
    name = c.names().get(built.code, built.code)
    title = c.tr(
        "pv.fig.courts.title",
        province=name,
        measure=c.tr(f"ind.{m.indicator}.name"),
        period=period_text(f"{w.start:%Y-%m}", f"{w.end:%Y-%m}", c.lang),
    )
    shown = built.shown
    table = suppression.as_text(
        shown.select("court_id", "court", *m.inputs, m.key, *suppression.status_columns(shown)),
        built.threshold,
        built.formats,
    )
    return pv_figs.courts_ranked(shown, m.key, m.per, title, c.lang), table, [m.indicator]


@dataclasses.dataclass(frozen=True)
class Court:
    """One court of the chosen province year by year, hidden as its row in the court table is: a count hidden there
    is hidden in every year too, so the years cannot be added up to it."""

    court_id: int
    name: str
    years: pl.DataFrame
    hidden: list[str]
    threshold: int
    formats: dict[str, str]


def court(c: Context) -> Court | None:
    """The court the `court` option names, if it is one of the chosen province's courts (else None)."""
    built, wanted = courts(c), c.opt("court")
    if built is None or wanted is None:
        return None
    ids = built.shown["court_id"].to_list()
    if int(wanted) not in ids:
        return None
    row = built.shown.row(ids.index(int(wanted)), named=True)
    mine = pv.court_years(queries.run("court_by_month", court_id=int(wanted), start=c.start, end=c.end))
    hidden = [k for k in pv.COURT_COUNTS if row[f"{suppression.STATUS_PREFIX}{k}"] is not None]
    mine = suppression.protect(mine, pv.COURT_COUNTS, pv.COURT_DERIVED, built.threshold)
    mine = suppression.hide_columns(mine, hidden, pv.COURT_DERIVED)
    return Court(int(wanted), row["court"], mine, hidden, built.threshold, built.formats)


OPTIONS.update({"court": (None, None)})


@figure(
    "province-court",
    "province",
    options=("court", "court_measure"),
    name=lambda c: f"pv-court-{c.opt('court')}-{_court_measure(c).key}",
    press=False,
    url=(("court", lambda c: c.opt("court")), ("court_measure", lambda c: c.opt("court_measure"))),
)
def _pv_court(c: Context):
    built = court(c)
    if built is None:
        return None
    m, code = _court_measure(c), codes(c)[0]
    province_name = c.names().get(code, code)
    own = years(c).filter(pl.col("province_code") == code)
    title = c.tr(
        "pv.fig.court.title", court=built.name, province=province_name, measure=c.tr(f"ind.{m.indicator}.name")
    )
    fig = pv_figs.court_against_province(built.years, own, built.name, province_name, m.key, m.per, title, c.lang)
    status = [
        col
        for col in built.years.columns
        if col.startswith(suppression.STATUS_PREFIX) and col[len(suppression.STATUS_PREFIX) :] in (*m.inputs, m.key)
    ]
    table = suppression.as_text(built.years.select("year", *m.inputs, m.key, *status), built.threshold, built.formats)
    return fig, table, [m.indicator]
