"""Enforcement cases: generated year by year in filing order, written as one partition per year,
and kept in compact per-case arrays (`CaseStore`) so that listings, incidents and transfers can
refer to real cases without reading the 100-million-row table back.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pyarrow as pa

from contract import CASE_TYPES, CLOSURES, DEBTOR_TYPES
from sample_data import calendar as cal
from sample_data import reference as ref
from sample_data.targets import CASE_MIX, NEW_CASES

N_COURT_IDS = len(ref.COURTS) + 1  # arrays indexed by court_id; index 0 unused
COURT_PROV = np.full(N_COURT_IDS, -1, np.int16)
COURT_LEVEL = np.full(N_COURT_IDS, -1, np.int8)
COURT_PARENT = np.zeros(N_COURT_IDS, np.int16)
for _c in ref.COURTS:
    COURT_PROV[_c.court_id] = ref.PROVINCE_INDEX.get(_c.province_code, -1)
    COURT_LEVEL[_c.court_id] = ("supreme", "high", "intermediate", "basic").index(_c.level)
    COURT_PARENT[_c.court_id] = _c.parent_court_id or 0

# Debtor type by case type (individual, company, other_org): wages are owed by employers, family
# support by individuals, construction and sales debts mostly by companies.
DEBTOR_MIX = np.array(
    [
        [0.62, 0.36, 0.02],
        [0.92, 0.07, 0.01],
        [0.35, 0.62, 0.03],
        [0.75, 0.22, 0.03],
        [0.15, 0.80, 0.05],
        [0.97, 0.02, 0.01],
        [0.75, 0.22, 0.03],
        [0.20, 0.75, 0.05],
        [1.00, 0.00, 0.00],
        [0.55, 0.38, 0.07],
        [0.60, 0.35, 0.05],
    ]
)
# Median claim (yuan) of an individual debtor by case type; companies owe about 5x, other
# organisations 3x. Claims are lognormal with a wide spread: most are small, a few are huge.
CLAIM_MEDIAN = np.array([90e3, 60e3, 80e3, 70e3, 25e3, 15e3, 60e3, 150e3, 12e3, 10e3, 30e3])
DEBTOR_SHIFT = np.array([0.0, 1.6, 1.1])
CLAIM_SIGMA = 1.6
# Claim levels drift with the economy and with what reaches enforcement; tuned so that amounts
# recovered by year of closing meet the published totals.
YEAR_SHIFT = {
    2013: 0.31,
    2014: 0.31,
    2015: 0.31,
    2016: -0.33,
    2017: -0.37,
    2018: -0.38,
    2019: -0.38,
    2020: -0.36,
    2021: -0.36,
    2022: -0.37,
    2023: -0.375,
    2024: -0.22,
    2025: -0.50,
}
# Multi-creditor cases: wage arrears and construction debts often have many creditors.
P_MULTI = np.array([0.05, 0.08, 0.12, 0.06, 0.35, 0.04, 0.05, 0.25, 0.02, 0.03, 0.06])

# Closure mix by filing year. 终本 (terminated_round) falls as the enforcement system matures;
# the voluntary share of performed/settled cases rises (voluntary performance rate 44.8% in 2015,
# 57.0% in 2017, 61.0% in 2025, P).
TERM_ROUND = {
    2013: 0.40,
    2014: 0.40,
    2015: 0.39,
    2016: 0.33,
    2017: 0.30,
    2018: 0.31,
    2019: 0.32,
    2020: 0.33,
    2021: 0.32,
    2022: 0.31,
    2023: 0.30,
    2024: 0.29,
    2025: 0.28,
}
VOL_SHARE = {
    2013: 0.83,
    2014: 0.83,
    2015: 0.83,
    2016: 0.93,
    2017: 0.95,
    2018: 0.93,
    2019: 0.92,
    2020: 0.92,
    2021: 0.92,
    2022: 0.92,
    2023: 0.93,
    2024: 0.93,
    2025: 0.945,
}
P_SETTLED, P_TERMINATED, P_REJECTED = 0.08, 0.05, 0.02
# Days from filing to closing, lognormal (median, sigma) per closure; 终本 needs at least the
# statutory search period and is concentrated around five months.
DURATION = {0: (50, 1.0), 1: (80, 0.9), 2: (150, 0.45), 3: (120, 0.8), 4: (30, 0.7)}
P_STUCK = 0.012  # cases that stay open for years (appeals, disputes over execution objections)

PERFORMED, SETTLED, TERM_R, TERMINATED, REJECTED = range(5)


def hash_uniform(idx: np.ndarray, seed: int, salt: int) -> np.ndarray:
    """A uniform in [0, 1) that is a pure function of (case index, seed, salt), so that amounts
    derived from it can be recomputed exactly wherever the case is used again."""
    with np.errstate(over="ignore"):
        x = idx.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        x += np.uint64((seed * 0x632BE59BD9B4E019 + salt * 0x85EBCA77C2B2AE63) & 0xFFFFFFFFFFFFFFFF)
        x ^= x >> np.uint64(30)
        x *= np.uint64(0xBF58476D1CE4E5B9)
        x ^= x >> np.uint64(27)
        x *= np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return (x >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))


def lut_sampler(weights: np.ndarray, bits: int = 22) -> np.ndarray:
    """A lookup table whose uniform random entries follow `weights` (quantised to 2**bits)."""
    w = np.asarray(weights, np.float64)
    size = 1 << bits
    raw = w / w.sum() * size
    counts = np.floor(raw).astype(np.int64)
    short = size - counts.sum()
    if short > 0:
        counts[np.argsort(raw - counts)[::-1][:short]] += 1
    return np.repeat(np.arange(len(w)), counts)


def province_weights() -> np.ndarray:
    return np.array([p[4] * p[5] for p in ref.PROVINCES])


def court_weights(rng: np.random.Generator) -> np.ndarray:
    """Share of new enforcement cases by court_id: basic courts carry most of the load."""
    pw = province_weights()
    pw = pw / pw.sum()
    w = np.zeros(N_COURT_IDS)
    by_prov: dict[int, list] = {}
    for c in ref.COURTS:
        if c.level != "supreme":
            by_prov.setdefault(ref.PROVINCE_INDEX[c.province_code], []).append(c)
    first_ic = {}
    for c in ref.COURTS:
        if c.level == "intermediate" and c.kind == "general":
            first_ic.setdefault(c.province_code, c.court_id)
    for p, courts in by_prov.items():
        local = {}
        for c in courts:
            noise = rng.lognormal(0.0, 0.45)
            if c.level == "high":
                base = 0.004 if c.kind == "general" else 0.002
            elif c.level == "intermediate":
                base = 0.0012 if c.kind == "specialised" else (0.011 if c.kind == "general" else 0.003)
            else:
                base = 0.0045 if c.kind == "specialised" else (0.009 if c.kind == "general" else 0.004)
                if c.kind == "general" and c.parent_court_id == first_ic.get(c.province_code):
                    base *= 1.5  # districts of the provincial capital
            local[c.court_id] = base * noise
        total = sum(local.values())
        for cid, v in local.items():
            w[cid] = pw[p] * v / total
    return w


# Case ids are year * 10**9 + the case's number in its year; debtor ids hold a debtor's number in its
# (type, province) below 10**9 too.
MAX_PER_YEAR = 10**9 - 1


@dataclasses.dataclass(frozen=True)
class Shard:
    """Where one independent draw sits in a data set made of several (scales above 1.0 are drawn as several
    national-scale shards): its ids continue those of the shards before it, so keys stay unique, case numbers
    distinct and debtors of different shards different people. The Tianshui case is in the first shard only."""

    index: int = 0
    cases_before: dict[int, int] = dataclasses.field(default_factory=dict)  # per filing year
    seq_before: dict[int, np.ndarray] = dataclasses.field(default_factory=dict)  # per filing year, by court_id
    entries_before: int = 0
    incidents_before: int = 0
    transfers_before: int = 0

    @property
    def showcase(self) -> bool:
        return self.index == 0

    def after(self, store: CaseStore, n_entries: int, n_incidents: int, n_transfers: int) -> Shard:
        """The next shard: its ids start where this shard's (held in `store`) end."""
        cases_before, seq_before = dict(self.cases_before), dict(self.seq_before)
        bounds = [*store.year_start.items(), (None, store.n)]
        for (y, s0), (_, s1) in zip(bounds, bounds[1:]):
            cases_before[y] = cases_before.get(y, 0) + (s1 - s0)
            seq_before[y] = seq_before.get(y, 0) + np.bincount(store.court[s0:s1], minlength=N_COURT_IDS)
        return Shard(
            self.index + 1,
            cases_before,
            seq_before,
            self.entries_before + n_entries,
            self.incidents_before + n_incidents,
            self.transfers_before + n_transfers,
        )


class CaseStore:
    """Compact per-case arrays for all years of one shard, indexed by case index in filing order."""

    def __init__(self, counts: dict[int, int], shard: Shard | None = None):
        self.shard = shard = shard or Shard()
        n = sum(counts.values())
        self.n = n
        self.court = np.zeros(n, np.int16)
        self.ctype = np.zeros(n, np.int8)
        self.dtype = np.zeros(n, np.int8)
        self.closure = np.zeros(n, np.int8)  # -1 while pending
        self.voluntary = np.zeros(n, np.bool_)
        self.ncred = np.zeros(n, np.int16)
        self.filed = np.zeros(n, np.int16)
        self.closed = np.zeros(n, np.int16)  # cal.NULL_DAY while pending
        self.logclaim = np.zeros(n, np.float32)
        self.debtor_local = np.zeros(n, np.int32)
        starts, s = {}, 0
        for y in sorted(counts):
            starts[y] = s
            s += counts[y]
        self.year_start = starts
        self._starts = np.array([starts[y] for y in sorted(starts)], np.int64)
        self._years = np.array(sorted(starts), np.int64)
        self._before = np.array([shard.cases_before.get(y, 0) for y in sorted(starts)], np.int64)
        if any(counts[y] + shard.cases_before.get(y, 0) > MAX_PER_YEAR for y in counts):
            raise ValueError("more than 999,999,999 cases in a year: case ids would run into the next year's")
        self.tianshui_idx = -1

    def case_id(self, idx: np.ndarray) -> np.ndarray:
        idx = np.asarray(idx, np.int64)
        k = np.searchsorted(self._starts, idx, side="right") - 1
        out = self._years[k] * 10**9 + self._before[k] + (idx - self._starts[k] + 1)
        if self.tianshui_idx >= 0:
            out[idx == self.tianshui_idx] = ref.TIANSHUI_CASE_ID
        return out

    def claim(self, idx: np.ndarray) -> np.ndarray:
        return claim_from_log(self.logclaim[idx])

    def debtor_id(self, idx: np.ndarray) -> np.ndarray:
        idx = np.asarray(idx, np.int64)
        out = debtor_id_of(self.dtype[idx], COURT_PROV[self.court[idx]], self.debtor_local[idx])
        if self.tianshui_idx >= 0:
            out[idx == self.tianshui_idx] = ref.TIANSHUI_DEBTOR_ID
        return out

    def first_filed_on_or_after(self, d: int) -> int:
        return int(np.searchsorted(self.filed, d, side="left"))


def claim_from_log(logclaim: np.ndarray) -> np.ndarray:
    return np.maximum(np.rint(np.exp(logclaim.astype(np.float64))), 200).astype(np.int64)


def debtor_id_of(dtype: np.ndarray, prov: np.ndarray, local: np.ndarray) -> np.ndarray:
    # Debtors are numbered within (type, province): a debtor's cases stay in one province.
    return (dtype.astype(np.int64) + 1) * 10**12 + prov.astype(np.int64) * 10**9 + local.astype(np.int64)


def recovered_amount(store: CaseStore, idx: np.ndarray, seed: int) -> np.ndarray:
    """Amount recovered per case, from closure, claim and a per-case hash (recomputable)."""
    claim = store.claim(idx)
    clos = store.closure[idx]
    out = claim.copy()  # performed: the whole claim
    partial = clos != PERFORMED
    h = hash_uniform(idx[partial], seed, 11)
    c = clos[partial]
    frac = np.where(c == SETTLED, 0.55 + 0.45 * h, 0.30 * h * h * h)
    frac[c == REJECTED] = 0.0
    pend = c < 0
    frac[pend] = 0.25 * h[pend] ** 2 * (h[pend] > 0.6)  # pending: some partial payments
    out[partial] = np.rint(claim[partial] * frac).astype(np.int64)
    return out


def year_counts(scale: float, showcase: bool = True) -> dict[int, int]:
    counts = {y: max(1, round(n * scale)) for y, n in NEW_CASES.items()}
    if showcase:
        counts[2020] += 1  # the Tianshui case
    return counts


class CaseGenerator:
    """Draws one filing year at a time into the store and returns it as an arrow table."""

    def __init__(self, scale: float, seed: int, store: CaseStore):
        self.scale, self.seed, self.store = scale, seed, store
        rng = np.random.default_rng([seed, 1])
        self.court_w = court_weights(rng)
        self.court_lut = lut_sampler(self.court_w).astype(np.int16)
        self.ctype_lut = lut_sampler(np.array([CASE_MIX[t] for t in CASE_TYPES]), bits=16).astype(np.int8)
        # Debtor pools per (province, debtor type), sized so that a debtor has about 1.4 cases
        # on average (three in ten have several), with a long tail of serial debtors.
        total = sum(NEW_CASES.values()) * scale
        pw = province_weights() / province_weights().sum()
        dshare = np.array([0.64, 0.33, 0.03])
        self.pool = np.maximum(20, np.rint(np.outer(pw, dshare) * total * 1.6)).astype(np.int64)
        # Each shard numbers its debtors after the pools of the shards before it (all shards share one scale).
        self.debtor_base = self.pool * store.shard.index
        if int((self.pool + self.debtor_base).max()) > MAX_PER_YEAR:
            raise ValueError("more than 999,999,999 debtors of one type in a province: debtor ids would collide")
        self.mu = np.log(CLAIM_MEDIAN)[:, None] + DEBTOR_SHIFT[None, :]

    def year(self, y: int) -> pa.Table:
        st = self.store
        rng = np.random.default_rng([self.seed, 2, y])
        showcase = st.shard.showcase
        n = year_counts(self.scale, showcase=False)[y]
        start, end = cal.YEAR_START[y], cal.YEAR_START[y + 1]
        filed = cal.days_in_range(start, end, n, rng, cal.FILING_WEIGHT)
        court = self.court_lut[rng.integers(0, len(self.court_lut), n)]
        prov = COURT_PROV[court]
        ctype = self.ctype_lut[rng.integers(0, len(self.ctype_lut), n)]
        f32 = np.float32
        u = rng.random(n, dtype=f32)
        cm = DEBTOR_MIX.astype(f32)[ctype]
        dtype = (u >= cm[:, 0]).astype(np.int8) + (u >= cm[:, 0] + cm[:, 1]).astype(np.int8)
        del cm  # a year holds ten million rows: free temporaries as soon as they are used
        # Serial debtors: a power of a uniform concentrates draws on low pool numbers (companies,
        # with more creditors each, more strongly).
        u = rng.random(n, dtype=f32)
        r = np.sqrt(u)
        conc = np.where(dtype == 1, u * r, u * np.sqrt(r))  # u**1.5 for companies, u**1.25 otherwise
        local = (self.pool[prov, dtype].astype(f32) * conc).astype(np.int32) + self.debtor_base[prov, dtype].astype(
            np.int32
        )
        del r, conc
        multi = rng.random(n, dtype=f32) < (P_MULTI.astype(f32)[ctype] * np.where(dtype == 1, f32(1.5), f32(1.0)))
        ncred = np.ones(n, np.int16)
        nm = int(multi.sum())
        ncred[multi] = 1 + np.minimum(rng.geometric(0.3, nm), 120)
        z = rng.standard_normal(n, dtype=f32)
        logclaim = self.mu.astype(f32)[ctype, dtype] + f32(YEAR_SHIFT[y]) + f32(CLAIM_SIGMA) * z
        if nm:
            logclaim[multi] += f32(0.25) * np.log(ncred[multi].astype(f32))

        # Closure: smaller claims and individuals perform more often; companies end in 终本 more.
        tr = TERM_ROUND[y]
        p_term = P_TERMINATED if y < 2025 else 0.04
        p_perf = 1.0 - tr - P_SETTLED - p_term - P_REJECTED
        shift = np.array([0.045, -0.10, 0.0], f32)[dtype]
        q = np.clip(f32(p_perf) - f32(0.06) * z + shift, f32(0.03), f32(0.97))
        u = rng.random(n, dtype=f32)
        rest = (u - q) / (f32(1) - q)
        others = np.cumsum(np.array([P_SETTLED, tr, p_term, P_REJECTED]) / (1 - p_perf)).astype(f32)
        closure = (np.searchsorted(others[:-1], rest, side="right") + 1).astype(np.int8)
        closure[u < q] = PERFORMED
        del shift, q, rest, u
        med = np.array([DURATION[k][0] for k in range(5)], f32)[closure]
        sig = np.array([DURATION[k][1] for k in range(5)], f32)[closure]
        dur = med * np.exp(sig * rng.standard_normal(n, dtype=f32))
        closed = filed.astype(np.int32) + np.clip(dur, 1, 3000).astype(np.int32)
        del med, sig, dur
        pending = (closed > cal.N_DAYS - 1) | (rng.random(n, dtype=f32) < f32(P_STUCK))
        closure[pending] = -1
        closed_i16 = closed.astype(np.int16)
        closed_i16[pending] = cal.NULL_DAY
        del closed, z
        voluntary = (closure >= 0) & (closure <= SETTLED) & (rng.random(n, dtype=f32) < f32(VOL_SHARE[y]))

        if y == 2020 and showcase:  # the showcase case, at its filing date
            pos = int(np.searchsorted(filed, cal.day(ref.TIANSHUI["filed_date"]), side="right"))
            ts = ref.TIANSHUI
            filed = np.insert(filed, pos, cal.day(ts["filed_date"]))
            court = np.insert(court, pos, ref.TIANSHUI_COURT_ID)
            prov = COURT_PROV[court]
            ctype = np.insert(ctype, pos, CASE_TYPES.index(ts["case_type"]))
            dtype = np.insert(dtype, pos, DEBTOR_TYPES.index(ts["debtor_type"]))
            local = np.insert(local, pos, 0)
            ncred = np.insert(ncred, pos, 1)
            logclaim = np.insert(logclaim, pos, np.float32(np.log(ts["claim_yuan"])))
            closure = np.insert(closure, pos, CLOSURES.index(ts["closure"]))
            closed_i16 = np.insert(closed_i16, pos, cal.day(ts["closed_date"]))
            voluntary = np.insert(voluntary, pos, False)
            st.tianshui_idx = st.year_start[2020] + pos
            n += 1

        s0 = st.year_start[y]
        sl = slice(s0, s0 + n)
        st.court[sl], st.ctype[sl], st.dtype[sl], st.closure[sl] = court, ctype, dtype, closure
        st.voluntary[sl], st.ncred[sl], st.filed[sl], st.closed[sl] = voluntary, ncred, filed, closed_i16
        st.logclaim[sl], st.debtor_local[sl] = logclaim, local

        idx = np.arange(s0, s0 + n, dtype=np.int64)
        # case_seq numbers each court's cases of the year in filing order: (2020)甘05执1号, 2号 ...
        order = np.argsort(court, kind="stable")
        sc = court[order]
        first = np.r_[0, np.flatnonzero(sc[1:] != sc[:-1]) + 1]
        runs = np.diff(np.r_[first, n])
        seq = np.empty(n, np.int32)
        seq[order] = np.arange(n, dtype=np.int32) - np.repeat(first, runs).astype(np.int32) + 1
        if y in st.shard.seq_before:  # after the court's cases of the year in earlier shards
            seq += st.shard.seq_before[y][court].astype(np.int32)

        claim = claim_from_log(logclaim)
        recovered = recovered_amount(st, idx, self.seed)
        null = closed_i16 == cal.NULL_DAY
        return pa.table(
            {
                "case_id": pa.array(st.case_id(idx)),
                "case_seq": pa.array(seq),
                "court_id": pa.array(court.astype(np.int32)),
                "province_code": dict_array(prov, ref.PROVINCE_CODES),
                "filed_date": date_array(filed),
                "closed_date": date_array(closed_i16, null),
                "case_type": dict_array(ctype, CASE_TYPES),
                "debtor_type": dict_array(dtype, DEBTOR_TYPES),
                "debtor_id": pa.array(st.debtor_id(idx)),
                "n_creditors": pa.array(ncred),
                "claim_yuan": pa.array(claim),
                "recovered_yuan": pa.array(recovered),
                "closure": dict_array(closure, CLOSURES, closure < 0),
                "is_voluntary": pa.array(voluntary),
            }
        )


def dict_array(codes: np.ndarray, values, mask: np.ndarray | None = None) -> pa.DictionaryArray:
    codes = np.asarray(codes)
    if mask is not None and mask.any():
        codes = np.where(mask, 0, codes)
        idx = pa.array(codes.astype(np.int16), mask=mask)
    else:
        idx = pa.array(codes.astype(np.int16))
    return pa.DictionaryArray.from_arrays(idx, pa.array(list(values), pa.string()))


def date_array(days: np.ndarray, mask: np.ndarray | None = None) -> pa.Array:
    vals = cal.to_date32(np.where(mask, 0, days) if mask is not None else days)
    if mask is not None and mask.any():
        return pa.array(vals, pa.int32(), mask=mask).view(pa.date32())
    return pa.array(vals, pa.int32()).view(pa.date32())
