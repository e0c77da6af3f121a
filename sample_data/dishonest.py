"""The dishonest judgment debtors list: monthly new entries drawn from real cases, and a
month-by-month removal process that hits the yearly removal totals and so the year-end stock.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from queries.contract import CASE_TYPES, DEBTOR_TYPES, REMOVAL_REASONS, SEVERITIES
from sample_data import calendar as cal
from sample_data import reference as ref
from sample_data.cases import COURT_PROV, PERFORMED, REJECTED, SETTLED, TERM_R, TERMINATED, CaseStore, dict_array, date_array
from sample_data.targets import LIST_NEW, LIST_NEW_QUARTERS, LIST_REMOVED, LIST_REMOVED_QUARTERS

# New listings by month of year: slow around Spring Festival, a push before the year closes.
MONTH_NEW = np.array([0.90, 0.72, 1.02, 1.0, 1.0, 1.05, 1.04, 1.0, 1.0, 0.95, 1.07, 1.25])
MONTH_REMOVED = np.array([0.95, 0.75, 1.0, 1.0, 1.0, 1.02, 1.02, 1.0, 1.0, 0.95, 1.05, 1.26])
# How likely a case is to be listed, by its closure: 终本 cases are the core of the list.
LIST_WEIGHT = {PERFORMED: 0.22, SETTLED: 0.12, TERM_R: 1.0, TERMINATED: 0.55, REJECTED: 0.0, -1: 0.9}
# Removal reasons by year of removal (performed, credit_restoration, revoked, expired): credit
# restoration arrives in 2019 and becomes a main route in 2024-2025.
REASONS = {
    2013: (0.82, 0.00, 0.08, 0.10), 2016: (0.80, 0.00, 0.07, 0.13), 2019: (0.70, 0.10, 0.05, 0.15),
    2020: (0.66, 0.16, 0.04, 0.14), 2022: (0.60, 0.24, 0.04, 0.12), 2024: (0.48, 0.40, 0.03, 0.09),
}
SEVERITY_MIX = (0.18, 0.67, 0.15)  # from 2024: minor, general, serious


def _reasons_for(year: int) -> tuple[float, float, float, float]:
    return REASONS[max(k for k in REASONS if k <= year)]


def monthly_targets(totals: dict[int, int], quarters: dict[int, tuple], season: np.ndarray, scale: float,
                    rng: np.random.Generator, first_month: dict[int, int] | None = None) -> np.ndarray:
    """Per calendar month counts whose yearly (and where given, quarterly) sums are exact."""
    out = np.zeros(cal.N_MONTHS, np.int64)
    for y in cal.YEARS:
        base = (y - 2013) * 12
        lo = (first_month or {}).get(y, 0)
        if y in quarters:
            for q, qt in enumerate(quarters[y]):
                w = season[3 * q:3 * q + 3] * rng.gamma(300, 1 / 300, 3)
                out[base + 3 * q:base + 3 * q + 3] = rng.multinomial(round(qt * scale), w / w.sum())
            continue
        w = season * rng.gamma(300, 1 / 300, 12)
        w[:lo] = 0
        out[base:base + 12] = rng.multinomial(round(totals[y] * scale), w / w.sum())
    return out


def generate(store: CaseStore, scale: float, seed: int):
    """Returns per-entry arrays (sorted by listing day) for the writer."""
    rng = np.random.default_rng([seed, 3])
    new = monthly_targets(LIST_NEW, LIST_NEW_QUARTERS, MONTH_NEW, scale, rng, {2013: 9})
    rem = monthly_targets(LIST_REMOVED, LIST_REMOVED_QUARTERS, MONTH_REMOVED, scale, rng)
    total = int(new.sum())
    case_idx = np.empty(total, np.int64)
    listed = np.empty(total, np.int16)
    lw = np.zeros(8, np.float32)
    for k, v in LIST_WEIGHT.items():
        lw[k] = v  # index -1 lands on the last slot
    pos = 0
    for m in range(cal.N_MONTHS):
        k = int(new[m])
        if k == 0:
            continue
        m0, m1 = int(cal.MONTH_START[m]), int(cal.MONTH_START[m + 1])
        days = cal.days_in_range(m0, m1, k, rng, cal.ACTION_WEIGHT)
        hi = store.first_filed_on_or_after(m0)  # filed before the month, hence before listing
        lo = store.first_filed_on_or_after(max(0, m0 - 540))
        chosen = _draw_cases(store, lo, hi, k, days, lw, rng)
        case_idx[pos:pos + k] = chosen
        listed[pos:pos + k] = days
        pos += k

    # Removals, month by month, from the entries active at the start of the month.
    removed = np.full(total, cal.NULL_DAY, np.int16)
    reason = np.full(total, -1, np.int8)
    dtype = store.dtype[case_idx]
    claim_log = store.logclaim[case_idx]
    # Individuals and small debts leave the list faster (they pay, or are restored).
    w_static = (np.where(dtype == 0, 1.0, 0.7) * np.where(claim_log < np.log(5e4), 1.3,
                np.where(claim_log < np.log(5e5), 1.0, 0.7))).astype(np.float32)
    listed_month = cal.MONTH_OF_DAY[listed]
    month_first_entry = np.searchsorted(listed_month, np.arange(cal.N_MONTHS + 1))
    pool = np.empty(0, np.int64)
    for m in range(cal.N_MONTHS):
        k = int(rem[m])
        if k > 0 and len(pool):
            k = min(k, len(pool))
            age = m - listed_month[pool]
            w = w_static[pool] * np.where(age < 6, 1.8, np.where(age < 18, 1.2, 0.8)).astype(np.float32)
            wmax = float(w.max())
            picked = np.zeros(len(pool), bool)
            need = k
            while need > 0:
                cand = rng.integers(0, len(pool), int(need * 1.6) + 16)
                acc = cand[rng.random(len(cand), dtype=np.float32) * wmax < w[cand]]
                acc = acc[~picked[acc]]
                acc = np.unique(acc)
                if len(acc) > need:
                    acc = rng.choice(acc, need, replace=False)
                picked[acc] = True
                need -= len(acc)
            gone = pool[picked]
            m0, m1 = int(cal.MONTH_START[m]), int(cal.MONTH_START[m + 1])
            removed[gone] = rng.permutation(cal.days_in_range(m0, m1, len(gone), rng, cal.ACTION_WEIGHT))
            y = 2013 + m // 12
            p = np.array(_reasons_for(y))
            r = np.searchsorted(np.cumsum(p)[:-1], rng.random(len(gone)), side="right").astype(np.int8)
            # A listing can only expire after its term (two years at least).
            r[(r == 3) & (age[picked] < 24)] = 0
            reason[gone] = r
            pool = pool[~picked]
        pool = np.concatenate([pool, np.arange(month_first_entry[m], month_first_entry[m + 1])])

    severity = np.full(total, -1, np.int8)
    recent = listed >= cal.YEAR_START[2024]
    severity[recent] = np.searchsorted(np.cumsum(SEVERITY_MIX)[:-1], rng.random(int(recent.sum())),
                                       side="right").astype(np.int8)
    return case_idx, listed, removed, reason, severity


def _draw_cases(store: CaseStore, lo: int, hi: int, k: int, days: np.ndarray, lw: np.ndarray,
                rng: np.random.Generator) -> np.ndarray:
    """k distinct cases filed in [lo, hi), weighted by closure and still open at listing when
    they ended by performance, settlement or rejection."""
    out = np.full(k, -1, np.int64)
    todo = np.arange(k)
    rate = 0.3
    while len(todo):
        draws = int(len(todo) / rate * 1.3) + 32
        cand = rng.integers(lo, hi, draws)
        row = todo[np.arange(draws) % len(todo)]
        clos = store.closure[cand]
        ok = rng.random(draws, dtype=np.float32) < lw[clos]
        open_at = (store.closed[cand] >= days[row]) | (clos == TERM_R) | (clos == TERMINATED)
        ok &= open_at & ~store.voluntary[cand] & (cand != store.tianshui_idx)
        rate = max(0.02, ok.mean())
        cand, row = cand[ok], row[ok]
        # first accepted candidate per row, no case twice in the month
        _, first = np.unique(row, return_index=True)
        cand, row = cand[first], row[first]
        _, uniq = np.unique(cand, return_index=True)
        cand, row = cand[uniq], row[uniq]
        if len(todo) < k:
            fresh = ~np.isin(cand, out[out >= 0])
            cand, row = cand[fresh], row[fresh]
        out[row] = cand
        todo = np.flatnonzero(out < 0)
    return out


def to_tables(store: CaseStore, arrays, year: int):
    """Arrow table of the entries listed in `year` (entry ids follow listing order)."""
    case_idx, listed, removed, reason, severity = arrays
    ystart = np.searchsorted(listed, [cal.YEAR_START[year], cal.YEAR_START[year + 1]])
    sl = slice(int(ystart[0]), int(ystart[1]))
    ci = case_idx[sl]
    rm = removed[sl]
    null_rm = rm == cal.NULL_DAY
    rs = reason[sl]
    sv = severity[sl]
    return pa.table({
        "entry_id": pa.array(np.arange(sl.start + 1, sl.stop + 1, dtype=np.int64)),
        "debtor_id": pa.array(store.debtor_id(ci)),
        "debtor_type": dict_array(store.dtype[ci], DEBTOR_TYPES),
        "case_id": pa.array(store.case_id(ci)),
        "case_type": dict_array(store.ctype[ci], CASE_TYPES),
        "court_id": pa.array(store.court[ci].astype(np.int32)),
        "province_code": dict_array(COURT_PROV[store.court[ci]], ref.PROVINCE_CODES),
        "listed_date": date_array(listed[sl]),
        "removed_date": date_array(rm, null_rm),
        "removal_reason": dict_array(rs, REMOVAL_REASONS, rs < 0),
        "severity": dict_array(sv, SEVERITIES, sv < 0),
    })
