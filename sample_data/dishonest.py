"""The dishonest judgment debtors list: monthly new entries drawn from real cases, and a
month-by-month removal process that hits the yearly removal totals and so the year-end stock.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from contract import CASE_TYPES, DEBTOR_TYPES, REMOVAL_REASONS, SEVERITIES
from sample_data import calendar as cal
from sample_data import reference as ref
from sample_data.cases import (
    COURT_PROV,
    PERFORMED,
    REJECTED,
    SETTLED,
    TERM_R,
    TERMINATED,
    CaseStore,
    date_array,
    dict_array,
)
from sample_data.sampling import OpenCaseSampler
from sample_data.targets import LIST_NEW, LIST_NEW_QUARTERS, LIST_REMOVED, LIST_REMOVED_QUARTERS

# New listings by month of year: slow around Spring Festival, a push before the year closes.
MONTH_NEW = np.array([0.90, 0.72, 1.02, 1.0, 1.0, 1.05, 1.04, 1.0, 1.0, 0.95, 1.07, 1.25])
MONTH_REMOVED = np.array([0.95, 0.75, 1.0, 1.0, 1.0, 1.02, 1.02, 1.0, 1.0, 0.95, 1.05, 1.26])
# How likely a case is to be listed, by its closure: 终本 cases are the core of the list.
LIST_WEIGHT = {PERFORMED: 0.22, SETTLED: 0.12, TERM_R: 1.0, TERMINATED: 0.55, REJECTED: 0.0, -1: 0.9}
# Removal reasons by year of removal (performed, credit_restoration, revoked, expired): credit
# restoration arrives in 2019 and becomes a main route in 2024-2025.
REASONS = {
    2013: (0.82, 0.00, 0.08, 0.10),
    2016: (0.80, 0.00, 0.07, 0.13),
    2019: (0.70, 0.10, 0.05, 0.15),
    2020: (0.66, 0.16, 0.04, 0.14),
    2022: (0.60, 0.24, 0.04, 0.12),
    2024: (0.48, 0.40, 0.03, 0.09),
}
SEVERITY_MIX = (0.18, 0.67, 0.15)  # from 2024: minor, general, serious
# Relative chance of removal in a month by severity: graded listing means a minor entry is
# lifted sooner after performance or restoration, a serious one stays longer.
SEVERITY_REMOVAL = (1.7, 1.0, 0.45)
SHARE_STALLED = 0.62  # listings on cases that end in 终本 or termination; the rest are open cases


def _reasons_for(year: int) -> tuple[float, float, float, float]:
    return REASONS[max(k for k in REASONS if k <= year)]


def monthly_targets(
    totals: dict[int, int],
    quarters: dict[int, tuple],
    season: np.ndarray,
    scale: float,
    rng: np.random.Generator,
    first_month: dict[int, int] | None = None,
) -> np.ndarray:
    """Per calendar month counts whose yearly (and where given, quarterly) sums are exact."""
    out = np.zeros(cal.N_MONTHS, np.int64)
    for y in cal.YEARS:
        base = (y - 2013) * 12
        lo = (first_month or {}).get(y, 0)
        if y in quarters:
            for q, qt in enumerate(quarters[y]):
                w = season[3 * q : 3 * q + 3] * rng.gamma(300, 1 / 300, 3)
                out[base + 3 * q : base + 3 * q + 3] = rng.multinomial(round(qt * scale), w / w.sum())
            continue
        w = season * rng.gamma(300, 1 / 300, 12)
        w[:lo] = 0
        out[base : base + 12] = rng.multinomial(round(totals[y] * scale), w / w.sum())
    return out


def generate(store: CaseStore, scale: float, seed: int):
    """Returns per-entry arrays (sorted by listing day) for the writer."""
    rng = np.random.default_rng([seed, 3])
    new = monthly_targets(LIST_NEW, LIST_NEW_QUARTERS, MONTH_NEW, scale, rng, {2013: 9})
    rem = monthly_targets(LIST_REMOVED, LIST_REMOVED_QUARTERS, MONTH_REMOVED, scale, rng)
    total = int(new.sum())
    case_idx = np.empty(total, np.int32)
    listed = np.empty(total, np.int16)
    # Two candidate lists: cases that end in 终本 or termination can be listed at any time;
    # the others (still open, or later performed or settled) only while open.
    clos = store.closure
    stalled = (clos == TERM_R) | (clos == TERMINATED)
    pool_a = np.flatnonzero(stalled).astype(np.int32)
    pool_b = np.flatnonzero(~stalled & ~store.voluntary & (clos != REJECTED)).astype(np.int32)
    del stalled
    if store.tianshui_idx >= 0:
        pool_b = pool_b[pool_b != store.tianshui_idx]
    samplers = (
        OpenCaseSampler(store.filed, store.closed, pool_a, rng, needs_open=False, max_age=540),
        OpenCaseSampler(store.filed, store.closed, pool_b, rng, needs_open=True, max_age=540),
    )
    lw = np.zeros(8, np.float32)
    for k, v in LIST_WEIGHT.items():
        lw[k] = v  # index -1 lands on the last slot
    accept = lambda cand, row: rng.random(len(cand), dtype=np.float32) < lw[clos[cand]]  # noqa: E731
    # no case twice in the same month (a case may come back to the list in a later month)
    taken = np.zeros(store.n, np.bool_)
    pos = 0
    for m in range(cal.N_MONTHS):
        k = int(new[m])
        if k == 0:
            continue
        m0, m1 = int(cal.MONTH_START[m]), int(cal.MONTH_START[m + 1])
        days = cal.days_in_range(m0, m1, k, rng, cal.ACTION_WEIGHT)
        to_a = rng.random(k) < SHARE_STALLED
        chosen = np.full(k, -1, np.int64)
        for samp, rows in zip(samplers, (np.flatnonzero(to_a), np.flatnonzero(~to_a))):
            chosen[rows] = samp.draw(days[rows], rng, taken, accept=accept)
        for samp in samplers:  # rows left empty (tiny samples): try the other list
            miss = np.flatnonzero(chosen < 0)
            if len(miss):
                chosen[miss] = samp.draw(days[miss], rng, taken, accept=accept)
        miss = chosen < 0
        if miss.any():  # last resort in tiny samples: any case filed before the month
            chosen[miss] = rng.integers(0, max(1, store.first_filed_on_or_after(m0)), int(miss.sum()))
        taken[chosen] = False
        case_idx[pos : pos + k] = chosen
        listed[pos : pos + k] = days
        pos += k

    severity = np.full(total, -1, np.int8)
    recent = listed >= cal.YEAR_START[2024]
    severity[recent] = np.searchsorted(
        np.cumsum(SEVERITY_MIX)[:-1], rng.random(int(recent.sum())), side="right"
    ).astype(np.int8)
    removed, reason = _removals(store, case_idx, listed, severity, rem, rng)
    return case_idx, listed, removed, reason, severity


def _removals(store: CaseStore, case_idx: np.ndarray, listed: np.ndarray, severity: np.ndarray, rem: np.ndarray, rng):
    """Month by month, remove the month's quota from the entries listed before the month.

    Entries are drawn at random with weights (individuals, small debts and minor listings leave
    sooner, recent listings are resolved more often than old ones), which gives realistic durations."""
    total = len(case_idx)
    removed = np.full(total, cal.NULL_DAY, np.int16)
    reason = np.full(total, -1, np.int8)
    dtype = store.dtype[case_idx]
    claim_log = store.logclaim[case_idx]
    w_static = (
        np.where(dtype == 0, 1.0, 0.7)
        * np.where(claim_log < np.log(5e4), 1.3, np.where(claim_log < np.log(5e5), 1.0, 0.7))
    ).astype(np.float32)
    w_static *= np.array((*SEVERITY_REMOVAL, 1.0), np.float32)[severity]  # -1 (ungraded) -> 1.0
    del dtype, claim_log
    graded_from = int(np.searchsorted(listed, cal.YEAR_START[2024]))
    # before any graded entry is on the list, a tighter bound keeps the acceptance rate up
    wmax_ungraded = float(w_static[:graded_from].max(initial=0.0)) * 1.8
    wmax_graded = float(w_static.max()) * 1.8
    listed_month = cal.MONTH_OF_DAY[listed]
    month_end_entry = np.searchsorted(listed_month, np.arange(1, cal.N_MONTHS + 1))
    # Active entries = a compacted list of survivors plus everything listed since the compaction;
    # removed ones are skipped when drawn, and the list is compacted once a year.
    comp = np.empty(0, np.int64)
    comp_end = 0
    for m in range(cal.N_MONTHS):
        k = int(rem[m])
        end = int(month_end_entry[m - 1]) if m > 0 else 0  # entries listed before month m
        if k <= 0 or end == 0:
            continue
        if m % 12 == 0 or len(comp) + (end - comp_end) < 4 * k:
            comp = np.flatnonzero(removed[:end] == cal.NULL_DAY)
            comp_end = end
        n_act = len(comp) + (end - comp_end)
        wmax = wmax_graded if end > graded_from else wmax_ungraded
        need = min(k, n_act)
        picked = []
        rate = 0.4
        for _ in range(500):
            if need <= 0:
                break
            j = rng.integers(0, n_act, int(need / rate * 1.2) + 16)
            in_comp = j < len(comp)
            cand = np.empty(len(j), np.int64)
            cand[in_comp] = comp[j[in_comp]]
            cand[~in_comp] = comp_end + j[~in_comp] - len(comp)
            age = m - listed_month[cand]
            w = w_static[cand] * np.where(age < 6, 1.8, np.where(age < 18, 1.2, 0.8)).astype(np.float32)
            ok = (removed[cand] == cal.NULL_DAY) & (rng.random(len(cand), dtype=np.float32) * wmax < w)
            acc = np.unique(cand[ok])
            rate = max(0.01, len(acc) / len(cand))
            if len(acc) > need:
                acc = rng.choice(acc, need, replace=False)
            removed[acc] = 0  # placeholder so that later rounds skip them
            picked.append(acc)
            need -= len(acc)
        gone = np.concatenate(picked) if picked else np.empty(0, np.int64)
        m0, m1 = int(cal.MONTH_START[m]), int(cal.MONTH_START[m + 1])
        removed[gone] = rng.permutation(cal.days_in_range(m0, m1, len(gone), rng, cal.ACTION_WEIGHT))
        p = np.array(_reasons_for(2013 + m // 12))
        r = np.searchsorted(np.cumsum(p)[:-1], rng.random(len(gone)), side="right").astype(np.int8)
        r[(r == 3) & (m - listed_month[gone] < 24)] = 0  # a listing expires after its term only
        reason[gone] = r
    return removed, reason


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
    return pa.table(
        {
            "entry_id": pa.array(np.arange(sl.start + 1, sl.stop + 1, dtype=np.int64) + store.shard.entries_before),
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
        }
    )
