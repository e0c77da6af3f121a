"""Campaign effects: difference-in-differences of a province's monthly rate against provinces without a campaign.

Pure statistics (polars in, dataclasses out) on statsmodels; the campaigns page and the tests call the same code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import numpy as np
import polars as pl
import statsmodels.api as sm
import statsmodels.formula.api as smf

PHASES = ("before", "during", "after")
OUTCOMES = ("n_incidents", "n_transferred", "n_held_liable")
DENOMINATORS = ("cases", "residents")


@dataclasses.dataclass(frozen=True)
class Estimate:
    """The effect of one phase (during or after) on one outcome, in the outcome's rate units."""

    phase: str
    estimate: float
    low: float
    high: float
    std_error: float
    baseline: float
    n_months: int
    method: str = "placebo"
    cluster_low: float | None = None
    cluster_high: float | None = None
    placebo_p: float | None = None
    n_placebos: int = 0

    @property
    def relative(self) -> float | None:
        """The effect as a fraction of the treated province's level before the campaign."""
        return self.estimate / self.baseline if self.baseline else None

    @property
    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def window(start: dt.date, end: dt.date, before: int = 12, after: int = 12,
           data_first: dt.date | None = None, data_last: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last month of the comparison: `before` months ahead of the campaign to `after` months past it,
    cut to the months the data cover."""
    first = add_months(start.replace(day=1), -before)
    last = add_months(end.replace(day=1), after)
    if data_first is not None:
        first = max(first, data_first.replace(day=1))
    if data_last is not None:
        last = min(last, data_last.replace(day=1))
    return first, last


def phase_of(month: dt.date, start: dt.date, end: dt.date) -> str:
    if month < start.replace(day=1):
        return "before"
    if month <= end:
        return "during"
    return "after"


def comparison_provinces(campaigns: pl.DataFrame, provinces: list[str], treated: str,
                         first: dt.date, last: dt.date) -> list[str]:
    """Provinces with no provincial campaign of their own at any time in [first, last].

    National campaigns touch every province alike, so they do not disqualify one; the month effects absorb them.
    """
    busy = campaigns.filter(
        pl.col("province_code").is_not_null()
        & (pl.col("start_date") <= last_day(last))
        & (pl.col("end_date") >= first)
    )["province_code"].to_list()
    return [p for p in provinces if p != treated and p not in set(busy)]


def last_day(month: dt.date) -> dt.date:
    return add_months(month, 1) - dt.timedelta(days=1)


def with_rate(panel: pl.DataFrame, outcome: str, per: str) -> pl.DataFrame:
    """Adds `rate`: the outcome per 10,000 enforcement cases filed that month, or per 100,000 residents.

    A province-month with no case filed has no rate per case (null), rather than an infinite one.
    """
    if outcome not in OUTCOMES or per not in DENOMINATORS:
        raise ValueError(f"unknown outcome or denominator: {outcome}, {per}")
    if per == "cases":
        rate = pl.when(pl.col("n_filed") > 0).then(pl.col(outcome) / pl.col("n_filed") * 1e4)
    else:
        rate = pl.col(outcome) / (pl.col("population_10k") * 1e4) * 1e5
    return panel.with_columns(rate.cast(pl.Float64).alias("rate"))


def gap_series(panel: pl.DataFrame, treated: str, controls: list[str], start: dt.date, end: dt.date) -> pl.DataFrame:
    """Per month: the treated province's rate, the mean rate of the comparison provinces, their gap and the phase."""
    wide = (
        panel.filter(pl.col("province_code").is_in([treated, *controls]))
        .group_by("month")
        .agg(
            pl.col("rate").filter(pl.col("province_code") == treated).first().alias("treated"),
            pl.col("rate").filter(pl.col("province_code") != treated).mean().alias("comparison"),
        )
        .sort("month")
        .drop_nulls(["treated", "comparison"])
    )
    phases = [phase_of(m, start, end) for m in wide["month"]]
    return wide.with_columns(
        (pl.col("treated") - pl.col("comparison")).alias("gap"),
        pl.Series("phase", phases, dtype=pl.String),
    )


def newey_west_lags(n: int) -> int:
    # Newey and West's (1994) plug-in rule for the bandwidth.
    return max(1, math.floor(4 * (n / 100) ** (2 / 9)))


def _gap_fit(gaps: pl.DataFrame):
    during = (gaps["phase"] == "during").cast(pl.Float64).to_numpy()
    after = (gaps["phase"] == "after").cast(pl.Float64).to_numpy()
    x = sm.add_constant(np.column_stack([during, after]), has_constant="add")
    y = gaps["gap"].to_numpy()
    model = sm.OLS(y, x)
    return model.fit(cov_type="HAC", cov_kwds={"maxlags": newey_west_lags(len(y)), "use_correction": True},
                     use_t=True)


def _twfe_cluster(panel: pl.DataFrame, treated: str, controls: list[str], start: dt.date, end: dt.date):
    """Two-way fixed effects OLS with standard errors clustered by province (the textbook set-up)."""
    long = panel.filter(pl.col("province_code").is_in([treated, *controls])).drop_nulls("rate")
    phases = [phase_of(m, start, end) for m in long["month"]]
    is_treated = (long["province_code"] == treated).to_list()
    frame = long.select("province_code", "month", "rate").to_pandas()
    frame["month"] = frame["month"].astype(str)
    frame["d_during"] = [float(t and p == "during") for t, p in zip(is_treated, phases)]
    frame["d_after"] = [float(t and p == "after") for t, p in zip(is_treated, phases)]
    groups = frame["province_code"].astype("category").cat.codes.to_numpy()
    return smf.ols("rate ~ C(province_code) + C(month) + d_during + d_after", data=frame).fit(
        cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)


def did(panel: pl.DataFrame, treated: str, controls: list[str], start: dt.date, end: dt.date,
        alpha: float = 0.05, cluster: bool = True) -> dict[str, Estimate]:
    """Difference-in-differences of `rate` (see `with_rate`) for the phases during and after the campaign.

    The point estimate is the change in the monthly gap between the province and the mean of the comparison
    provinces from before the campaign to each phase; on a balanced panel it equals the two-way
    fixed-effects (province and month) OLS coefficient. The interval does not use standard errors
    clustered by province: with one treated province they are far too narrow (the treated cluster's own
    residuals cannot inform its coefficient; in tests/test_effects.py they cover the truth about a third of
    the time). Instead each comparison province in turn is treated as if it had had the campaign, and the
    spread of those placebo t-statistics (each from a Newey-West standard error of its own gap) calibrates
    the interval: a studentised permutation interval in the manner of Conley and Taber (2011) and Ferman and
    Pinto (2019). It needs at least 19 comparison provinces for 95%; with fewer, the Newey-West t-interval
    is used and `method` says so. The clustered interval is kept for comparison.
    """
    gaps = gap_series(panel, treated, controls, start, end)
    counts = {ph: int((gaps["phase"] == ph).sum()) for ph in PHASES}
    if counts["before"] < 2 or not controls:
        return {}
    fit = _gap_fit(gaps)
    hac_ci = fit.conf_int(alpha)
    baseline = float(gaps.filter(pl.col("phase") == "before")["treated"].mean())
    names = {"during": 1, "after": 2}

    clustered = None
    if cluster and len(controls) >= 2:
        try:
            clustered = _twfe_cluster(panel, treated, controls, start, end)
        except (ValueError, np.linalg.LinAlgError):
            clustered = None

    placebo_t: dict[str, list[float]] = {"during": [], "after": []}
    for pseudo in controls if len(controls) >= 2 else ():
        g = gap_series(panel, pseudo, [c for c in controls if c != pseudo], start, end)
        if (g["phase"] == "before").sum() < 2:
            continue
        pf = _gap_fit(g)
        for ph, i in names.items():
            if (g["phase"] == ph).sum() > 0 and pf.bse[i] > 0:
                placebo_t[ph].append(float(pf.params[i] / pf.bse[i]))

    out: dict[str, Estimate] = {}
    for ph, i in names.items():
        if counts[ph] == 0:
            continue
        est, se = float(fit.params[i]), float(fit.bse[i])
        ts = sorted(abs(v) for v in placebo_t[ph])
        k = math.ceil((1 - alpha) * (len(ts) + 1))
        if ts and k <= len(ts):
            q = ts[k - 1]
            low, high, method = est - q * se, est + q * se, "placebo"
        else:
            low, high, method = float(hac_ci[i][0]), float(hac_ci[i][1]), "hac"
        p_value = None
        if ts:
            t_obs = abs(est / se) if se > 0 else math.inf
            p_value = (1 + sum(v >= t_obs for v in ts)) / (1 + len(ts))
        c_low = c_high = None
        if clustered is not None:
            c_low, c_high = (float(v) for v in clustered.conf_int(alpha).loc[f"d_{ph}"])
        out[ph] = Estimate(
            phase=ph, estimate=est, low=low, high=high, std_error=se, baseline=baseline, n_months=counts[ph],
            method=method, cluster_low=c_low, cluster_high=c_high, placebo_p=p_value, n_placebos=len(ts),
        )
    return out


def phase_means(gaps: pl.DataFrame) -> pl.DataFrame:
    """Mean monthly rate of the treated province and of the comparison, before, during and after."""
    order = {ph: i for i, ph in enumerate(PHASES)}
    return (
        gaps.group_by("phase")
        .agg(pl.col("treated").mean(), pl.col("comparison").mean(), pl.len().alias("n_months"))
        .with_columns(pl.col("phase").replace_strict(order, return_dtype=pl.Int8).alias("_order"))
        .sort("_order").drop("_order")
    )
