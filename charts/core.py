"""The catalogue's machinery: a figure is registered with `@figure(key, page, ...)` in its page's module and
built from a selection (`shared_filters.Filters`), a language and the page's own choices into an `Export`: the
figure, its data, the indicators it shows and what its stamp should say. Builders only wire queries to the
analysis and figure functions; the queries' cache makes a page and an export of it share one computation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import re
from collections.abc import Callable

import plotly.graph_objects as go
import polars as pl

import queries
from analysis import noncompliance as nc_shape
from analysis.frames import date_span, period_labels
from analysis.months import month_bounds
from figures.common import untitled
from figures.tilemap import tile_map
from i18n import tr
from i18n.numbers import period_text
from shared_filters import Filters, month_range


@dataclasses.dataclass(frozen=True)
class Export:
    """One figure ready to leave the dashboard, in one language.

    `key` names what it shows (it starts the file names); `page` is the page's URL path; `frame` holds the
    figure's data under its data names. `all_provinces` marks figures that show every province whatever the
    province filter (rankings, maps); `period` replaces the filter's period when the figure has its own.
    """

    key: str
    fig: go.Figure
    frame: pl.DataFrame
    indicators: tuple[str, ...]
    lang: str
    selection: Filters
    page: str = ""
    all_provinces: bool = False
    period: str | None = None
    extra_query: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def headings(self) -> tuple[str, str]:
        """The figure's title and subtitle as plain text (Plotly's <br> a space, other markup dropped)."""
        title = self.fig.layout.title
        return _plain(title.text), _plain(title.subtitle.text)

    @functools.cached_property
    def on_page(self) -> go.Figure:
        """The figure as a page draws it: its title and subtitle are the page's text above it, which wraps with
        the column in either language (a title inside the chart runs out of a narrow one)."""
        return untitled(self.fig)

    @functools.cached_property
    def alt(self) -> str:
        """The figure in words for a screen reader (charts/describe.py), worked out once per built figure."""
        from charts.describe import describe

        return describe(self)


def _plain(text: str | None) -> str:
    """Plotly's text markup as plain text: a line break becomes a space, tags go, entities are read."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", " ", text or ""))).strip()


@dataclasses.dataclass
class Context:
    """A selection in one language and the page's own choices, with what several builders need."""

    sel: Filters
    lang: str
    options: dict

    def run(self, name: str, **params) -> pl.DataFrame:
        """`queries.run` with the selection's filters (and its period unless `params` give one)."""
        return queries.run(name, self.sel, **params)

    @property
    def start(self) -> dt.date:
        return month_bounds(self.sel.start, self.sel.end)[0]

    @property
    def end(self) -> dt.date:
        return month_bounds(self.sel.start, self.sel.end)[1]

    @property
    def as_of_end(self) -> dt.date:
        return min(self.end, queries.run("data_facts")["as_of_date"][0])

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
    # The name its exports and its widgets go by when it is not the key (e.g. one per chosen measure).
    name: Callable[[Context], str] | None = None
    # False for a figure of one thing a reader picks on the page (a case, a court): the press room and a page's
    # set in the kit leave it out (its key still builds it, given the choice).
    press: bool = True
    # The page's own URL parameters the figure's permalink carries beside the shared filters: (key, value of).
    url: tuple[tuple[str, Callable[[Context], object]], ...] = ()


REGISTRY: dict[str, Figure] = {}
PAGES = {
    "national": "nav.overview",
    "refusal": "nav.noncompliance",
    "dishonest-list": "nav.dishonest",
    "cross-enforcement-reform": "nav.cross",
    "campaign-effects": "nav.campaigns",
    "province": "nav.province",
    "case-lookup": "nav.case",
}


def figure(
    key: str,
    page: str,
    all_provinces: bool = False,
    at_end: bool = False,
    options: tuple[str, ...] = (),
    span: Callable[[Context], tuple[dt.date, dt.date]] | None = None,
    grain: str = "year",
    name: Callable[[Context], str] | None = None,
    press: bool = True,
    url: tuple[tuple[str, Callable[[Context], object]], ...] = (),
):
    def register(fn):
        REGISTRY[key] = Figure(key, page, fn, all_provinces, at_end, options, span, grain, name, press, url)
        return fn

    return register


def build(key: str, sel: Filters, lang: str, **options) -> Export | None:
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


def default_selection() -> Filters:
    """What a visitor sees first: the whole country over the data's whole period."""
    facts = queries.run("data_facts").row(0, named=True)
    months = month_range(facts["period_first_month"], facts["last_month"])
    return Filters(start=months[0], end=months[-1])


def warm(langs: tuple[str, ...] = ("zh", "en")) -> None:
    """Builds every figure of the first view in each language, so the first visitors find them built."""
    sel = default_selection()
    for lang in langs:
        for key in REGISTRY:
            build(key, sel, lang)


def _build(key: str, sel: Filters, lang: str, options: dict) -> Export | None:
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
    extra = tuple((k, str(v)) for k, of in spec.url if (v := of(ctx)) is not None)
    return Export(
        key=spec.name(ctx) if spec.name else key,
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


def keys(page: str | None = None, press: bool = False) -> list[str]:
    """The figures of a page (every page's when None); with `press`, only those the press room offers."""
    return [k for k, spec in REGISTRY.items() if (page is None or spec.page == page) and (spec.press or not press)]


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
