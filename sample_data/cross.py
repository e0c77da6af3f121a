"""Cross-enforcement transfers (交叉执行): stalled cases moved to another court from the October
2023 pilot (19 provinces) onwards, with published counts and amounts pinned at their dates.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa

from contract import CASE_TYPES, METHODS
from sample_data import calendar as cal
from sample_data import reference as ref
from sample_data.cases import COURT_LEVEL, COURT_PARENT, COURT_PROV, TERM_R, CaseStore, date_array, dict_array
from sample_data.sampling import OpenCaseSampler
from sample_data.targets import (
    CROSS_CHECKPOINT,
    CROSS_METHOD_SHARE,
    CROSS_PERIODS,
    CROSS_PROVINCE_SHARE,
    CROSS_WINDOW,
    CROSS_WINDOW_RECOVERED,
    PILOT_PROVINCES,
)

# Days from assignment to substantive progress or conclusion (lognormal median, sigma), and the
# share that gets there at all; multi-creditor cases take longer.
RESOLVE_MEDIAN, RESOLVE_SIGMA, RESOLVE_SHARE = 62.0, 0.75, 0.62
MULTI_SLOWER = 1.4
# Share of the claim recovered once resolved; the window total is scaled to the published amount.
RECOVERY_A, RECOVERY_B = 1.6, 2.0
# The first moves were long-stalled, large cases picked by hand: they took longer to show progress
# and recovered more per case than the later bulk. That edge fades linearly to this day.
EARLY_EDGE_END = dt.date(2024, 7, 31)
# Preference for large claims when drawing the cases to move (claim pivot in yuan, power): the
# pilot picked the big cases first; by the end of the early edge the later bulk's preference holds.
SIZE_PREF, SIZE_PREF_EARLY = (3e6, 0.4), (1.2e7, 0.8)

# Provinces sharing a border (Hainan by the Qiongzhou Strait), by the first two digits of the code.
NEIGHBOURS = {
    11: (12, 13),
    12: (11, 13),
    13: (11, 12, 14, 15, 21, 37, 41),
    14: (13, 15, 41, 61),
    15: (13, 14, 21, 22, 23, 61, 62, 64),
    21: (13, 15, 22),
    22: (15, 21, 23),
    23: (15, 22),
    31: (32, 33),
    32: (31, 33, 34, 37),
    33: (31, 32, 34, 35, 36),
    34: (32, 33, 36, 37, 41, 42),
    35: (33, 36, 44),
    36: (33, 34, 35, 42, 43, 44),
    37: (13, 32, 34, 41),
    41: (13, 14, 34, 37, 42, 61),
    42: (34, 36, 41, 43, 50, 61),
    43: (36, 42, 44, 45, 50, 52),
    44: (35, 36, 43, 45, 46),
    45: (43, 44, 52, 53),
    46: (44,),
    50: (42, 43, 51, 52, 61),
    51: (50, 52, 53, 54, 61, 62, 63),
    52: (43, 45, 50, 51, 53),
    53: (45, 51, 52, 54),
    54: (51, 53, 63, 65),
    61: (14, 15, 41, 42, 50, 51, 62, 64),
    62: (15, 51, 61, 63, 64, 65),
    63: (51, 54, 62, 65),
    64: (15, 61, 62),
    65: (54, 62, 63),
}


def _weekly_ramp(start: int, end: int) -> np.ndarray:
    # Monthly volume grows as the reform spreads; the year-end push adds to December.
    w = cal.ACTION_WEIGHT.copy()
    months = cal.MONTH_OF_DAY[start:end]
    w[start:end] *= 1.0 + 0.04 * (months - months[0])
    w[start:end] *= np.where((months % 12) == 11, 1.25, 1.0)
    return w


def _early_weight(day: np.ndarray) -> np.ndarray:
    """1 at the start of the pilot, falling linearly to 0 at EARLY_EDGE_END."""
    a0, a1 = cal.day(dt.date(2023, 10, 1)), cal.day(EARLY_EDGE_END)
    return np.clip((a1 - day) / (a1 - a0), 0.0, 1.0)


def _courts_by(prov_level: tuple[int, int]) -> np.ndarray:
    return _COURTS_BY.get(prov_level, np.empty(0, np.int16))


_COURTS_BY: dict[tuple[int, int], np.ndarray] = {}
for _c in ref.COURTS:
    if _c.kind == "general" and _c.level in ("intermediate", "basic"):
        key = (ref.PROVINCE_INDEX[_c.province_code], 2 if _c.level == "intermediate" else 3)
        _COURTS_BY.setdefault(key, []).append(_c.court_id)
_COURTS_BY = {k: np.array(v, np.int16) for k, v in _COURTS_BY.items()}
_SIBLINGS: dict[int, np.ndarray] = {}
for _c in ref.COURTS:
    if _c.kind == "general" and _c.level == "basic":
        _SIBLINGS.setdefault(_c.parent_court_id, []).append(_c.court_id)
_SIBLINGS = {k: np.array(v, np.int16) for k, v in _SIBLINGS.items()}
_NEIGHBOUR_IDX = {
    ref.PROVINCE_INDEX[f"{a}0000"]: [ref.PROVINCE_INDEX[f"{b}0000"] for b in bs] for a, bs in NEIGHBOURS.items()
}


def generate(store: CaseStore, scale: float, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng([seed, 5])
    pilot_p = np.array([ref.PROVINCE_INDEX[c] for c in PILOT_PROVINCES])
    pilot_mask = np.zeros(len(ref.PROVINCES), bool)
    pilot_mask[pilot_p] = True
    days_parts, case_parts = [], []
    used = np.zeros(store.n, np.bool_)
    if store.tianshui_idx >= 0:
        used[store.tianshui_idx] = True
    stalled = ((store.closure == TERM_R) | (store.closed >= cal.day(dt.date(2023, 10, 1)))) & ~store.voluntary
    stalled[: store.first_filed_on_or_after(cal.YEAR_START[2016])] = False
    stalled &= COURT_LEVEL[store.court] >= 1
    sampler = OpenCaseSampler(
        store.filed, store.closed, np.flatnonzero(stalled).astype(np.int32), rng, needs_open=False, max_age=cal.N_DAYS
    )
    del stalled
    for first, last, count in CROSS_PERIODS:
        s = cal.day(dt.date.fromisoformat(first))
        e = cal.day(dt.date.fromisoformat(last)) + 1
        k = round(count * scale)
        pilot = first < "2024-01-01"
        if pilot:
            # every pilot province has pilot cases, even in the smallest samples
            k = max(k, len(pilot_p))
        days = cal.days_in_range(s, e, k, rng, _weekly_ramp(s, e) if not pilot else cal.ACTION_WEIGHT)
        if pilot:
            prov_need = np.full(k, -1)
            prov_need[rng.permutation(k)[: len(pilot_p)]] = pilot_p
        else:
            prov_need = None
        case_parts.append(_draw(store, days, rng, sampler, used, pilot_mask if pilot else None, prov_need))
        days_parts.append(days)
    case = np.concatenate(case_parts)
    assigned = np.concatenate(days_parts).astype(np.int32)
    n = len(case)

    court = store.court[case]
    level = COURT_LEVEL[court]
    method = np.searchsorted(
        np.cumsum([CROSS_METHOD_SHARE[m] for m in METHODS])[:-1], rng.random(n), side="right"
    ).astype(np.int8)
    method[(level <= 1) & ((method == 1) | (method == 3))] = 0  # a high court has no parent to elevate to
    to = _to_court(court, method, rng)

    ncred = store.ncred[case]
    multi = ncred > 1
    resolves = rng.random(n) < RESOLVE_SHARE
    dur = RESOLVE_MEDIAN * np.exp(RESOLVE_SIGMA * rng.standard_normal(n)) * np.where(multi, MULTI_SLOWER, 1.0)
    dur *= np.where(method == 1, 0.85, 1.0)  # elevated cases move fastest
    cp_day = cal.day(dt.date.fromisoformat(CROSS_CHECKPOINT[0]))
    early = _early_weight(assigned)
    by_cp = resolves & (assigned <= cp_day)

    def resolved_with(slow: float) -> np.ndarray:
        return assigned + np.maximum(7, np.rint(dur * (1.0 + (slow - 1.0) * early))).astype(np.int32)

    # Slow the early moves just enough that the checkpoint's count of resolved cases holds.
    lo, hi = 0.5, 6.0
    want = CROSS_CHECKPOINT[1] * scale
    for _ in range(30):
        mid = (lo + hi) / 2
        if (by_cp & (resolved_with(mid) <= cp_day)).sum() > want:
            lo = mid
        else:
            hi = mid
    resolved = resolved_with((lo + hi) / 2)
    resolved = np.where(resolves & (resolved <= cal.N_DAYS - 1), resolved, cal.NULL_DAY).astype(np.int16)

    claim = store.claim(case)
    frac = rng.beta(RECOVERY_A, RECOVERY_B, n) * np.where(multi, 1.1, 1.0)
    done = resolved != cal.NULL_DAY
    w0, w1 = (cal.day(dt.date.fromisoformat(d)) for d in CROSS_WINDOW)
    in_window = done & (assigned >= w0) & (assigned <= w1) & (resolved <= w1)
    at_cp = done & (resolved <= cp_day)

    def scaled(edge: float) -> np.ndarray:
        # Scale recovery so that the published window amount is met (capped at the claim).
        f = frac * np.exp(edge * early)
        target = CROSS_WINDOW_RECOVERED * scale
        for _ in range(6):
            got = np.minimum(claim * f, claim)[in_window].sum()
            if got <= 0:
                break
            f = f * (target / got)
        return np.minimum(f, 1.0)

    # The early edge in recovery that meets the checkpoint amount while the window still holds.
    lo, hi = -3.0, 3.0
    want = CROSS_CHECKPOINT[2] * scale
    for _ in range(25):
        mid = (lo + hi) / 2
        if (claim * scaled(mid))[at_cp].sum() < want:
            lo = mid
        else:
            hi = mid
    frac = scaled((lo + hi) / 2)
    recovered = np.where(done, np.rint(claim * frac), 0).astype(np.int64)

    order = np.argsort(assigned, kind="stable")
    return {
        "case": case[order],
        "assigned": assigned[order],
        "resolved": resolved[order],
        "method": method[order],
        "from": court[order],
        "to": to[order],
        "recovered": recovered[order],
        "claim": claim[order],
        "ncred": ncred[order],
    }


def _draw(
    store: CaseStore, days: np.ndarray, rng, sampler: OpenCaseSampler, used: np.ndarray, pilot_mask, prov_need
) -> np.ndarray:
    """Stalled cases for transfer: open or ended in 终本 at the assignment date, filed 2016 or later
    and at least three months before; larger claims and multi-creditor cases are favoured."""

    def accept(cand, row):
        d = days[row]
        ok = (store.closed[cand] > d) | (store.closure[cand] == TERM_R)
        prov = COURT_PROV[store.court[cand]]
        if pilot_mask is not None:
            need = prov_need[row]
            ok &= pilot_mask[prov] & ((need < 0) | (need == prov))
        e = _early_weight(d)
        pivot = np.log(SIZE_PREF[0]) + e * (np.log(SIZE_PREF_EARLY[0]) - np.log(SIZE_PREF[0]))
        power = SIZE_PREF[1] + e * (SIZE_PREF_EARLY[1] - SIZE_PREF[1])
        size = np.minimum(1.0, np.exp((store.logclaim[cand] - pivot) * power))
        size *= np.where(store.ncred[cand] > 1, 1.0, 0.45)
        return ok & (rng.random(len(cand)) < size)

    out = np.full(len(days), -1, np.int64)
    todo = np.arange(len(days))
    for _ in range(20):
        got = sampler.draw(days[todo], rng, used, accept=lambda c, r: accept(c, todo[r]), min_age=90, rounds=200)
        out[todo] = got
        todo = np.flatnonzero(out < 0)
        if not len(todo):
            return out
    raise RuntimeError("not enough stalled cases for cross-enforcement at this scale")


def _to_court(court: np.ndarray, method: np.ndarray, rng) -> np.ndarray:
    to = np.zeros(len(court), np.int16)
    u = rng.random(len(court))
    away = rng.random(len(court)) < CROSS_PROVINCE_SHARE
    u2 = rng.random(len(court))
    for i in range(len(court)):
        c, m = int(court[i]), int(method[i])
        parent = int(COURT_PARENT[c])
        if m in (1, 3):  # elevated, supervised: the court above
            to[i] = parent
            continue
        p, lvl = int(COURT_PROV[c]), int(COURT_LEVEL[c])
        if m == 4 and lvl == 3:  # centralised: a neighbouring court of the same city handles the batch
            sib = _SIBLINGS.get(parent, np.empty(0, np.int16))
            sib = sib[sib != c]
            to[i] = sib[int(u[i] * len(sib))] if len(sib) else parent
            continue
        # designated / collaborative: usually another court of the same city, sometimes elsewhere
        # in the province, now and then a court of the same level in a neighbouring province (to
        # break local ties between the debtor and the court)
        if away[i] and m != 4 and p in _NEIGHBOUR_IDX:
            nb = _NEIGHBOUR_IDX[p]
            pool = _courts_by((nb[int(u2[i] * len(nb))], max(lvl, 2)))
            if len(pool):
                to[i] = pool[int(u[i] * len(pool))]
                continue
        if lvl == 3 and u[i] < 0.55:
            sib = _SIBLINGS.get(parent, np.empty(0, np.int16))
            sib = sib[sib != c]
            if len(sib):
                to[i] = sib[int(u[i] / 0.55 * len(sib))]
                continue
        pool = _courts_by((p, max(lvl, 2)))
        pool = pool[pool != c]
        to[i] = pool[int(u[i] * len(pool)) % len(pool)] if len(pool) else parent
    return to


def to_table(store: CaseStore, x: dict[str, np.ndarray]) -> pa.Table:
    n = len(x["case"])
    res = x["resolved"]
    return pa.table(
        {
            "transfer_id": pa.array(np.arange(1, n + 1, dtype=np.int64) + store.shard.transfers_before),
            "case_id": pa.array(store.case_id(x["case"])),
            "case_type": dict_array(store.ctype[x["case"]], CASE_TYPES),
            "from_court_id": pa.array(x["from"].astype(np.int32)),
            "to_court_id": pa.array(x["to"].astype(np.int32)),
            "method": dict_array(x["method"], METHODS),
            "assigned_date": date_array(x["assigned"]),
            "resolved_date": date_array(res, res == cal.NULL_DAY),
            "claim_yuan": pa.array(x["claim"]),
            "recovered_yuan": pa.array(x["recovered"]),
            "n_creditors": pa.array(x["ncred"].astype(np.int32)),
            "is_pilot": pa.array(x["assigned"] < cal.YEAR_START[2024]),
        }
    )
