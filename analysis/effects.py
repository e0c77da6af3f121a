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

from analysis.months import add_months, last_day

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


def window(
    start: dt.date,
    end: dt.date,
    before: int = 12,
    after: int = 12,
    data_first: dt.date | None = None,
    data_last: dt.date | None = None,
) -> tuple[dt.date, dt.date]:
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


def comparison_provinces(
    campaigns: pl.DataFrame, provinces: list[str], treated: str, first: dt.date, last: dt.date
) -> list[str]:
    """Provinces with no provincial campaign of their own at any time in [first, last].

    National campaigns touch every province alike, so they do not disqualify one; the month effects absorb them.
    """
    busy = campaigns.filter(
        pl.col("province_code").is_not_null() & (pl.col("start_date") <= last_day(last)) & (pl.col("end_date") >= first)
    )["province_code"].to_list()
    return [p for p in provinces if p != treated and p not in set(busy)]


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


def _wide(panel: pl.DataFrame, codes: list[str]) -> tuple[list[dt.date], np.ndarray]:
    """Months and a province x month matrix of `rate` (NaN where missing), rows in the order of `codes`."""
    months = sorted(set(panel["month"].to_list()))
    col = {m: i for i, m in enumerate(months)}
    row = {c: i for i, c in enumerate(codes)}
    matrix = np.full((len(codes), len(months)), np.nan)
    for code, month, rate in panel.select("province_code", "month", "rate").iter_rows():
        if code in row and rate is not None:
            matrix[row[code], col[month]] = rate
    return months, matrix


def _gap(matrix: np.ndarray, i: int, others: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(treated, comparison mean, valid months) for row i against the rows `others`."""
    block = matrix[others]
    seen = ~np.isnan(block)
    count = seen.sum(axis=0)
    comparison = np.where(count > 0, np.where(seen, block, 0.0).sum(axis=0) / np.maximum(count, 1), np.nan)
    treated = matrix[i]
    return treated, comparison, ~np.isnan(treated) & ~np.isnan(comparison)


def gap_series(panel: pl.DataFrame, treated: str, controls: list[str], start: dt.date, end: dt.date) -> pl.DataFrame:
    """Per month: the treated province's rate, the mean rate of the comparison provinces, their gap and the phase."""
    months, matrix = _wide(panel, [treated, *controls])
    own, comparison, valid = _gap(matrix, 0, list(range(1, len(controls) + 1)))
    kept = [m for m, ok in zip(months, valid) if ok]
    return pl.DataFrame(
        {
            "month": pl.Series(kept, dtype=pl.Date),
            "treated": own[valid],
            "comparison": comparison[valid],
            "gap": (own - comparison)[valid],
            "phase": pl.Series([phase_of(m, start, end) for m in kept], dtype=pl.String),
        }
    )


def newey_west_lags(n: int) -> int:
    # Newey and West's (1994) plug-in rule for the bandwidth.
    return max(1, math.floor(4 * (n / 100) ** (2 / 9)))


def _gap_fit(gap: np.ndarray, phases: np.ndarray, hac: bool = False):
    """OLS of the monthly gap on phase dummies (the constant is the mean gap before); plain standard errors,
    or Newey-West (HAC) ones."""
    x = sm.add_constant(np.column_stack([phases == "during", phases == "after"]).astype(float), has_constant="add")
    model = sm.OLS(gap, x)
    if hac:
        return model.fit(
            cov_type="HAC", cov_kwds={"maxlags": newey_west_lags(len(gap)), "use_correction": True}, use_t=True
        )
    return model.fit()


def _twfe_cluster(matrix: np.ndarray, phases: np.ndarray):
    """Two-way fixed effects OLS (row 0 treated) with standard errors clustered by province: the textbook set-up,
    kept for comparison. Returns the fit; its last two coefficients are during and after."""
    n_prov, n_month = matrix.shape
    prov, month = np.meshgrid(np.arange(n_prov), np.arange(n_month), indexing="ij")
    keep = ~np.isnan(matrix)
    prov, month, y = prov[keep], month[keep], matrix[keep]
    treated = prov == 0
    x = np.column_stack(
        [
            np.ones(len(y)),
            (prov[:, None] == np.arange(1, n_prov)[None, :]).astype(float),
            (month[:, None] == np.arange(1, n_month)[None, :]).astype(float),
            (treated & (phases[month] == "during")).astype(float),
            (treated & (phases[month] == "after")).astype(float),
        ]
    )
    return sm.OLS(y, x).fit(cov_type="cluster", cov_kwds={"groups": prov}, use_t=True)


def did(
    panel: pl.DataFrame,
    treated: str,
    controls: list[str],
    start: dt.date,
    end: dt.date,
    alpha: float = 0.05,
    cluster: bool = True,
) -> dict[str, Estimate]:
    """Difference-in-differences of `rate` (see `with_rate`) for the phases during and after the campaign.

    The point estimate is the change in the monthly gap between the province and the mean of the comparison
    provinces from before the campaign to each phase; on a balanced panel it equals the two-way
    fixed-effects (province and month) OLS coefficient. The interval does not use standard errors
    clustered by province: with one treated province they are far too narrow (the treated cluster's own
    residuals cannot inform its coefficient; in tests/test_effects.py they cover the truth about a third of
    the time). Instead each comparison province in turn is treated as if it had had the campaign, and the
    spread of those placebo t-statistics calibrates the interval: a studentised permutation interval in the
    manner of Conley and Taber (2011) and Ferman and Pinto (2019). Studentising by each province's own
    standard error copes with provinces whose rates are noisier than others; the permutation, not the
    standard error, accounts for months that follow one another, so the plain OLS error serves (in
    simulation it gives the same coverage as a Newey-West one with intervals a quarter narrower). It needs at
    least 19 comparison provinces for 95%; with fewer, the Newey-West t-interval is used and `method` says so.
    The clustered interval is kept for comparison.
    """
    # A placebo province with nothing in a phase has a degenerate gap whose Newey-West variance can come out
    # as a tiny negative number; numpy would warn on its square root. Such placebos are skipped.
    with np.errstate(invalid="ignore"):
        return _did(panel, treated, controls, start, end, alpha, cluster)


def _did(
    panel: pl.DataFrame, treated: str, controls: list[str], start: dt.date, end: dt.date, alpha: float, cluster: bool
) -> dict[str, Estimate]:
    months, matrix = _wide(panel, [treated, *controls])
    phases_all = np.array([phase_of(m, start, end) for m in months])
    own, comparison, valid = _gap(matrix, 0, list(range(1, len(controls) + 1)))
    phases = phases_all[valid]
    counts = {ph: int((phases == ph).sum()) for ph in PHASES}
    if counts["before"] < 2 or not controls:
        return {}
    fit = _gap_fit((own - comparison)[valid], phases)
    hac = _gap_fit((own - comparison)[valid], phases, hac=True)
    baseline = float(own[valid][phases == "before"].mean())
    names = {"during": 1, "after": 2}

    clustered = None
    if cluster and len(controls) >= 2:
        try:
            clustered = _twfe_cluster(matrix, phases_all)
        except (ValueError, np.linalg.LinAlgError):
            clustered = None

    placebo_t: dict[str, list[float]] = {"during": [], "after": []}
    rows = list(range(1, len(controls) + 1)) if len(controls) >= 2 else []
    for i in rows:
        p_own, p_comp, p_valid = _gap(matrix, i, [r for r in rows if r != i])
        p_phases = phases_all[p_valid]
        if (p_phases == "before").sum() < 2:
            continue
        pf = _gap_fit((p_own - p_comp)[p_valid], p_phases)
        for ph, k in names.items():
            if (p_phases == ph).sum() > 0 and pf.bse[k] > 0:
                placebo_t[ph].append(float(pf.params[k] / pf.bse[k]))

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
            se = float(hac.bse[i])
            low, high = (float(v) for v in hac.conf_int(alpha)[i])
            method = "hac"
        p_value = None
        if ts:
            t_obs = abs(est / se) if se > 0 else math.inf
            p_value = (1 + sum(v >= t_obs for v in ts)) / (1 + len(ts))
        c_low = c_high = None
        if clustered is not None:
            c_low, c_high = (float(v) for v in clustered.conf_int(alpha)[-3 + i])
        out[ph] = Estimate(
            phase=ph,
            estimate=est,
            low=low,
            high=high,
            std_error=se,
            baseline=baseline,
            n_months=counts[ph],
            method=method,
            cluster_low=c_low,
            cluster_high=c_high,
            placebo_p=p_value,
            n_placebos=len(ts),
        )
    return out


def phase_means(gaps: pl.DataFrame) -> pl.DataFrame:
    """Mean monthly rate of the treated province and of the comparison, before, during and after."""
    order = {ph: i for i, ph in enumerate(PHASES)}
    return (
        gaps.group_by("phase")
        .agg(pl.col("treated").mean(), pl.col("comparison").mean(), pl.len().alias("n_months"))
        .with_columns(pl.col("phase").replace_strict(order, return_dtype=pl.Int8).alias("_order"))
        .sort("_order")
        .drop("_order")
    )
