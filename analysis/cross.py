"""Cross-enforcement shaped for its page: running totals, method shares, the published figures beside ours,
where moved cases go, creditor counts, and moved cases against comparable cases that were not moved.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from analysis.frames import month_range
from analysis.months import last_day
from contract import COURT_LEVELS, METHODS
from i18n import tr

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
# Creditor counts are capped at this value in the query ("5 or more").
CREDITOR_CAP = 5


def cumulative(by_method: pl.DataFrame, start: dt.date) -> pl.DataFrame:
    """All methods per month from the first case, with running totals since then, shown from `start`."""
    schema = {
        "month": pl.Date,
        "n_assigned": pl.Int64,
        "n_resolved": pl.Int64,
        "recovered_yuan": pl.Float64,
        "cum_assigned": pl.Int64,
        "cum_resolved": pl.Int64,
        "cum_recovered_yuan": pl.Float64,
    }
    if by_method.height == 0:
        return pl.DataFrame(schema=schema)
    monthly = by_method.group_by("month").agg(pl.col("n_assigned", "n_resolved", "recovered_yuan").sum())
    dense = pl.DataFrame(month_range(monthly["month"].min(), monthly["month"].max())).join(
        monthly, on="month", how="left"
    )
    dense = (
        dense.fill_null(0)
        .sort("month")
        .with_columns(
            pl.col("n_assigned").cum_sum().alias("cum_assigned"),
            pl.col("n_resolved").cum_sum().alias("cum_resolved"),
            pl.col("recovered_yuan").cum_sum().alias("cum_recovered_yuan"),
        )
    )
    return dense.filter(pl.col("month") >= start.replace(day=1)).select(list(schema)).cast(schema)


def in_period(by_method: pl.DataFrame, start: dt.date) -> pl.DataFrame:
    """The months of the period (the query reaches back to the first case, for the running totals)."""
    return by_method.filter(pl.col("month") >= start.replace(day=1))


def method_shares(by_method: pl.DataFrame, start: dt.date) -> pl.DataFrame:
    """Cases assigned in the period by method, with shares."""
    out = (
        in_period(by_method, start).group_by("method").agg(pl.col("n_assigned").sum()).filter(pl.col("n_assigned") > 0)
    )
    total = out["n_assigned"].sum()
    order = {m: i for i, m in enumerate(METHODS)}
    return out.with_columns((pl.col("n_assigned") / total).alias("share")).sort(
        pl.col("method").replace_strict(order, default=len(order))
    )


def window_text(first: dt.date, last: dt.date) -> str:
    """A published figure's window as months where it runs over whole months ("2024-01 – 2025-03"), to the day
    where it does not ("2023-03-01 – 2024-07-03")."""
    whole = first.day == 1 and last == last_day(last)
    return f"{first:%Y-%m} – {last:%Y-%m}" if whole else f"{first.isoformat()} – {last.isoformat()}"


def published_rows(totals: dict[tuple[dt.date, dt.date], dict], lang: str) -> pl.DataFrame:
    """Each published figure beside ours for the same window and measure (`totals` maps windows to totals rows)."""
    rows = []
    for first, last, measure, value, lower_bound, src in PUBLISHED:
        ours = totals[(first, last)][TOTALS_COLUMN[measure]]
        rows.append(
            {
                "window_start": first,
                "window_end": last,
                "window": window_text(first, last),
                "measure": measure,
                "ours": float(ours),
                "published": float(value),
                "is_lower_bound": lower_bound,
                "ratio": float(ours) / value if value else None,
                "source": tr(src, lang),
            }
        )
    return pl.DataFrame(rows)


def article_rows(published: pl.DataFrame) -> pl.DataFrame:
    """The rows of `published_rows` for the window of the SPC's April 2025 figures."""
    first, last = ARTICLE_WINDOW
    return published.filter((pl.col("window_start") == first) & (pl.col("window_end") == last))


def province_split(flows: pl.DataFrame) -> pl.DataFrame:
    """Per originating province: moved cases received in the same province by the receiving court's level,
    and those received in another province; largest first."""
    same = pl.col("from_province_code") == pl.col("to_province_code")
    return (
        flows.group_by("from_province_code")
        .agg(
            pl.col("n_cases").sum().alias("n_cases"),
            *[
                pl.col("n_cases").filter(same & (pl.col("to_level") == lv)).sum().alias(f"n_to_{lv}")
                for lv in COURT_LEVELS
            ],
            pl.col("n_cases").filter(~same).sum().alias("n_other_province"),
        )
        .sort(["n_cases", "from_province_code"], descending=[True, False])
    )


def stays_in_province(flows: pl.DataFrame) -> float | None:
    """The share of moved cases whose receiving court is in the originating court's province."""
    total = flows["n_cases"].sum()
    if not total:
        return None
    same = flows.filter(pl.col("from_province_code") == pl.col("to_province_code"))["n_cases"].sum()
    return same / total


def creditor_summary(frame: pl.DataFrame) -> pl.DataFrame:
    """Per creditor count: cases, the share resolved by the as-of date, recovery rate and mean days of those resolved."""
    resolved = pl.col("is_resolved")
    return (
        frame.group_by("n_creditors")
        .agg(
            pl.col("n_cases").sum().alias("n_cases"),
            pl.col("n_cases").filter(resolved).sum().alias("n_resolved"),
            pl.col("claim_yuan").filter(resolved).sum().alias("claim_resolved_yuan"),
            pl.col("recovered_yuan").filter(resolved).sum().alias("recovered_yuan"),
            pl.col("days_to_resolve_sum").filter(resolved).sum().alias("days_to_resolve_sum"),
        )
        .with_columns(
            (pl.col("n_resolved") / pl.col("n_cases")).alias("share_resolved"),
            pl.when(pl.col("claim_resolved_yuan") > 0)
            .then(pl.col("recovered_yuan") / pl.col("claim_resolved_yuan"))
            .otherwise(None)
            .alias("recovery_rate"),
            pl.when(pl.col("n_resolved") > 0)
            .then(pl.col("days_to_resolve_sum") / pl.col("n_resolved"))
            .otherwise(None)
            .alias("mean_days_to_resolve"),
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
        pl.when(pl.col("base_claim_yuan") > 0)
        .then(pl.col("base_recovered_yuan") / pl.col("base_claim_yuan"))
        .alias("_base_rate"),
    )
    m = pl.col("_matched")
    days_ok = m & pl.col("_base_days").is_not_null() & (pl.col("n_moved_dated") > 0)
    rate_ok = m & pl.col("_base_rate").is_not_null() & (pl.col("moved_claim_yuan") > 0)
    aggs = [
        pl.col("n_moved").sum().alias("n_moved"),
        pl.col("n_moved").filter(~m).sum().alias("n_moved_unmatched"),
        pl.col("n_base").sum().alias("n_base"),
        (
            pl.col("moved_days_since_filing_sum").filter(days_ok).sum() / pl.col("n_moved_dated").filter(days_ok).sum()
        ).alias("moved_days_since_filing"),
        (pl.col("moved_days_since_assigned_sum").filter(days_ok).sum() / pl.col("n_moved").filter(days_ok).sum()).alias(
            "moved_days_since_assigned"
        ),
        (
            (pl.col("_base_days") * pl.col("n_moved_dated")).filter(days_ok).sum()
            / pl.col("n_moved_dated").filter(days_ok).sum()
        ).alias("base_days_since_filing"),
        (pl.col("moved_recovered_yuan").filter(rate_ok).sum() / pl.col("moved_claim_yuan").filter(rate_ok).sum()).alias(
            "moved_recovery_rate"
        ),
        (
            (pl.col("_base_rate") * pl.col("moved_claim_yuan")).filter(rate_ok).sum()
            / pl.col("moved_claim_yuan").filter(rate_ok).sum()
        ).alias("base_recovery_rate"),
    ]
    out = cells.group_by(group).agg(aggs) if group else cells.select(aggs)
    out = out.with_columns(pl.all().exclude(group).fill_nan(None))
    return out.sort(group) if group else out


def level_links(flows: pl.DataFrame) -> pl.DataFrame:
    """Moved cases per (originating court level, receiving court level), largest first."""
    return flows.group_by("from_level", "to_level").agg(pl.col("n_cases").sum()).sort("n_cases", descending=True)


def province_links(flows: pl.DataFrame) -> pl.DataFrame:
    """Moved cases per (originating province, receiving province), largest first (ties in code order, so the
    table reads the same on every run)."""
    return (
        flows.group_by("from_province_code", "to_province_code")
        .agg(pl.col("n_cases").sum())
        .sort(["n_cases", "from_province_code", "to_province_code"], descending=[True, False, False])
    )


def several_creditors(summary: pl.DataFrame, folded: pl.DataFrame) -> dict:
    """The cards on several creditors, from `creditor_summary` and `single_or_several`: cases with more than one
    creditor, all cases, and the recovery rate of cases with one creditor and with several (None where none)."""
    single = summary.filter(pl.col("n_creditors") == 1)
    multi = creditor_summary(
        folded.filter(pl.col("creditors") == "several").with_columns(pl.lit(2).alias("n_creditors"))
    )
    total = int(summary["n_cases"].sum())
    several = int(summary.filter(pl.col("n_creditors") > 1)["n_cases"].sum())
    return {
        "n_several": several,
        "n_cases": total,
        "share_several": several / total if total else None,
        "rate_single": single["recovery_rate"][0] if single.height else None,
        "rate_several": multi["recovery_rate"][0] if multi.height else None,
    }


def rate_gap(moved_rate: float | None, base_rate: float | None) -> float | None:
    """Moved cases' recovery rate minus that of comparable cases not moved, in percentage points."""
    return None if moved_rate is None or base_rate is None else (moved_rate - base_rate) * 100
