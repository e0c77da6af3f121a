"""Noncompliance incidents: the strongest coercive step taken against a debtor who refused to
comply, with national yearly totals fixed to the calibration and provincial campaign effects
(a surge during the campaign, a decaying drop in new incidents afterwards).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa

from contract import CASE_TYPES, CONDUCTS, DEBTOR_TYPES, MEASURES, SERIOUS_CONSEQUENCES
from sample_data import calendar as cal
from sample_data import reference as ref
from sample_data.cases import COURT_PROV, PERFORMED, SETTLED, CaseStore, date_array, dict_array
from sample_data.sampling import OpenCaseSampler
from sample_data.targets import (
    DETENTIONS,
    FINES,
    PERSONS_LIABLE,
    PRIVATE_PROSECUTIONS,
    QUARTER_SHARE,
    QUARTER_SHARE_DEFAULT,
    TRANSFERS,
    WARNINGS,
)

WARNING, FINE, DETENTION, TRANSFERRED, PRIVATE = range(5)
YEARLY = {WARNING: WARNINGS, FINE: FINES, DETENTION: DETENTIONS, TRANSFERRED: TRANSFERS, PRIVATE: PRIVATE_PROSECUTIONS}

# Share of incidents after which the debtor complied, by measure: the stronger the measure, the
# more often and the sooner debtors give in (warning, fine, detention, transferred, private).
COMPLY_P = np.array([0.40, 0.52, 0.62, 0.42, 0.33])
COMPLY_DELAY = np.array([35.0, 20.0, 6.0, 25.0, 40.0])  # mean days from the measure to compliance
# Which unresolved cases a measure lands on, by closure (terminated_round, terminated, rejected,
# still pending): mostly cases that end without full performance.
OTHER_WEIGHT = np.array([0.0, 0.0, 1.0, 0.8, 0.05, 0.0, 0.0, 0.9], np.float32)  # index = closure (-1 last)

# Conduct given measure (order of CONDUCTS): hiding and moving assets dominate; violence is rare.
CONDUCT_MIX = np.array(
    [
        [0.30, 0.18, 0.25, 0.04, 0.18, 0.02, 0.03],
        [0.30, 0.20, 0.22, 0.06, 0.16, 0.03, 0.03],
        [0.26, 0.20, 0.18, 0.05, 0.22, 0.05, 0.04],
        [0.34, 0.36, 0.12, 0.04, 0.08, 0.04, 0.02],
        [0.38, 0.40, 0.12, 0.04, 0.04, 0.01, 0.01],
    ]
)
# P(serious consequence) by conduct and its split (self_harm, suicide, officer_injured).
SERIOUS_P = np.array([0.0005, 0.0005, 0.0003, 0.0003, 0.008, 0.06, 0.03])
SERIOUS_SPLIT = np.array(
    [
        [0.70, 0.30, 0.00],
        [0.70, 0.30, 0.00],
        [0.70, 0.30, 0.00],
        [0.70, 0.30, 0.00],
        [0.35, 0.05, 0.60],
        [0.25, 0.08, 0.67],
        [0.35, 0.07, 0.58],
    ]
)
# Multipliers on a province's own rate while a campaign runs, by focus and measure.
CAMPAIGN_BOOST = {
    "refusal_crimes": np.array([1.25, 1.3, 1.7, 1.9, 1.6]),
    "general_enforcement": np.array([1.2, 1.3, 1.6, 1.4, 1.2]),
    "small_claims": np.array([1.3, 1.2, 1.3, 1.0, 1.0]),
}
POST_DROP, POST_DECAY_MONTHS = 0.30, 24.0  # deterrence after a campaign: -30%, fading over two years
NATIONAL_BOOST = {DETENTION: 1.3, FINE: 1.2, WARNING: 1.15}  # Nov 2014 - Mar 2015 campaign months


def _month_days_fraction(start: dt.date, end: dt.date) -> np.ndarray:
    f = np.zeros(cal.N_MONTHS)
    s, e = max(cal.day(start), 0), min(cal.day(end), cal.N_DAYS - 1)
    if e < s:
        return f
    months = cal.MONTH_OF_DAY[s : e + 1]
    np.add.at(f, months, 1.0)
    lengths = np.diff(cal.MONTH_START)
    return f / lengths


def province_multipliers(rng: np.random.Generator) -> np.ndarray:
    """M[measure, province, month]: relative rate of each province, noise and campaigns included."""
    n_p = len(ref.PROVINCES)
    prop = rng.lognormal(0.0, 0.15, n_p)
    pm = rng.gamma(100.0, 1 / 100.0, (n_p, cal.N_MONTHS))
    M = prop[None, :, None] * pm[None, :, :] * rng.gamma(200.0, 1 / 200.0, (5, n_p, cal.N_MONTHS))
    months = np.arange(cal.N_MONTHS)
    for c in ref.CAMPAIGNS:
        if c.province_code is None:
            continue
        p = ref.PROVINCE_INDEX[c.province_code]
        frac = _month_days_fraction(c.start, c.end)
        boost = CAMPAIGN_BOOST[c.focus]
        M[:, p, :] *= 1.0 + frac[None, :] * (boost[:, None] - 1.0)
        if c.focus != "small_claims":
            end_m = cal.month_index(c.end)
            t = months - end_m
            post = np.where(t >= 1, 1.0 - POST_DROP * np.exp(-(t - 1) / POST_DECAY_MONTHS), 1.0)
            M[:, p, :] *= post[None, :]
    return M


def monthly_targets(scale: float, rng: np.random.Generator) -> np.ndarray:
    """T[measure, month], exact yearly totals; transfers also exact per quarter."""
    T = np.zeros((5, cal.N_MONTHS), np.int64)
    nat = _month_days_fraction(dt.date(2014, 11, 1), dt.date(2015, 3, 31))
    for meas, table in YEARLY.items():
        for y in cal.YEARS:
            b = (y - 2013) * 12
            w = cal.MONTH_ACTION * rng.gamma(80.0, 1 / 80.0, 12)
            w = w * (1.0 + nat[b : b + 12] * (NATIONAL_BOOST.get(meas, 1.0) - 1.0))
            if meas == PRIVATE and y == 2015:
                w[:7] = 0.0  # private prosecution possible from 2015-07-22
            total = round(table[y] * scale)
            if meas in (TRANSFERRED, PRIVATE):
                qs = QUARTER_SHARE.get(y, QUARTER_SHARE_DEFAULT)
                qn = _split(total, np.array(qs) * (w.reshape(4, 3).sum(1) > 0))
                for q in range(4):
                    wq = w[3 * q : 3 * q + 3]
                    if qn[q]:
                        T[meas, b + 3 * q : b + 3 * q + 3] = rng.multinomial(qn[q], wq / wq.sum())
            else:
                T[meas, b : b + 12] = rng.multinomial(total, w / w.sum())
    return T


def _split(total: int, shares: np.ndarray) -> np.ndarray:
    shares = np.asarray(shares, float)
    raw = total * shares / shares.sum()
    out = np.floor(raw).astype(np.int64)
    out[np.argsort(out - raw)[: total - out.sum()]] += 1
    return out


def generate(store: CaseStore, scale: float, seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng([seed, 4])
    M = province_multipliers(rng)
    T = monthly_targets(scale, rng)
    used = np.zeros(store.n, np.bool_)
    if store.tianshui_idx >= 0:
        used[store.tianshui_idx] = True
    # Candidate lists: cases that end performed or settled (the debtor complies) and the others;
    # cases performed voluntarily never see a coercive measure.
    performs = ((store.closure == PERFORMED) | (store.closure == SETTLED)) & ~store.voluntary
    pool_yes = np.flatnonzero(performs).astype(np.int32)
    pool_no = np.flatnonzero(~performs & ~store.voluntary).astype(np.int32)
    del performs
    samplers = (
        OpenCaseSampler(store.filed, store.closed, pool_yes, rng, max_age=400),
        OpenCaseSampler(store.filed, store.closed, pool_no, rng, max_age=400),
    )
    parts: dict[str, list] = {"case": [], "day": [], "measure": [], "complied": []}
    for m in range(cal.N_MONTHS):
        m0, m1 = int(cal.MONTH_START[m]), int(cal.MONTH_START[m + 1])
        for meas in (TRANSFERRED, PRIVATE, DETENTION, FINE, WARNING):
            k = int(T[meas, m])
            if k == 0:
                continue
            days = cal.days_in_range(m0, m1, k, rng, cal.ACTION_WEIGHT)
            rel = (M[meas, :, m] / M[meas, :, m].max()).astype(np.float32)
            yes = rng.random(k) < COMPLY_P[meas]

            def accept(cand, row, weighted):
                p = rel[COURT_PROV[store.court[cand]]]
                if weighted:
                    p = p * OTHER_WEIGHT[store.closure[cand]]
                return rng.random(len(cand), dtype=np.float32) < p

            for samp, rows, weighted in (
                (samplers[0], np.flatnonzero(yes), False),
                (samplers[1], np.flatnonzero(~yes), True),
            ):
                if not len(rows):
                    continue
                got = samp.draw(days[rows], rng, used, accept=lambda c, r: accept(c, r, weighted))
                keep = got >= 0  # at tiny scales a month may run out of open cases
                parts["case"].append(got[keep])
                parts["day"].append(days[rows][keep])
                parts["measure"].append(np.full(int(keep.sum()), meas, np.int8))
                parts["complied"].append(np.full(int(keep.sum()), not weighted))
    case = np.concatenate(parts["case"])
    day = np.concatenate(parts["day"]).astype(np.int16)
    measure = np.concatenate(parts["measure"])
    complied = np.concatenate(parts["complied"])
    n = len(case)

    closed = store.closed[case]
    dtype = store.dtype[case]
    conduct = _draw_rows(CONDUCT_MIX[measure], rng)
    serious = np.full(n, -1, np.int8)
    hit = rng.random(n) < SERIOUS_P[conduct]
    serious[hit] = _draw_rows(SERIOUS_SPLIT[conduct[hit]], rng)
    delay = np.rint(rng.exponential(COMPLY_DELAY[measure])).astype(np.int32)
    cday = np.minimum(day.astype(np.int32) + delay, closed.astype(np.int32))
    cday = np.where(complied, cday, cal.NULL_DAY).astype(np.int16)
    held = _persons_liable(day, measure, conduct, dtype, scale, rng)

    if store.tianshui_idx >= 0:  # the Tianshui incident
        ts = ref.TIANSHUI
        case = np.append(case, store.tianshui_idx)
        day = np.append(day, np.int16(cal.day(ts["action_date"])))
        measure = np.append(measure, np.int8(MEASURES.index(ts["measure"])))
        conduct = np.append(conduct, np.int8(CONDUCTS.index(ts["conduct"])))
        serious = np.append(serious, np.int8(-1))
        complied = np.append(complied, True)
        cday = np.append(cday, np.int16(cal.day(ts["complied_date"])))
        held = np.append(held, np.int16(0))

    order = rng.permutation(len(case))
    order = order[np.argsort(day[order], kind="stable")]
    res = {
        "case": case,
        "day": day,
        "measure": measure,
        "conduct": conduct,
        "serious": serious,
        "complied": complied,
        "complied_day": cday,
        "held": held,
    }
    res = {k: v[order] for k, v in res.items()}
    res["campaign"] = _campaign_codes(COURT_PROV[store.court[res["case"]]], res["day"])
    return res


def _draw_rows(P: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One category per row of a probability matrix."""
    c = np.cumsum(P, axis=1)
    u = rng.random(len(P))[:, None] * c[:, -1:]
    return (u >= c).sum(axis=1).astype(np.int8)


def _persons_liable(day, measure, conduct, dtype, scale, rng) -> np.ndarray:
    """Persons held criminally liable, exact per year and quarter of the transfer/prosecution."""
    held = np.zeros(len(day), np.int16)
    year = cal.YEAR_OF_DAY[day]
    quarter = (cal.MONTH_OF_DAY[day] % 12) // 3
    crim = (measure == TRANSFERRED) | (measure == PRIVATE)
    cw = np.array([1.0, 1.3, 1.0, 1.0, 1.1, 2.0, 1.8])
    for y in cal.YEARS:
        qs = QUARTER_SHARE.get(y, QUARTER_SHARE_DEFAULT)
        per_q = _split(round(PERSONS_LIABLE[y] * scale), np.array(qs))
        for q in range(4):
            cand = np.flatnonzero(crim & (year == y) & (quarter == q))
            persons = int(per_q[q])
            if persons == 0 or len(cand) == 0:
                continue
            k = min(len(cand), max(1, round(persons / 1.12)))
            w = np.where(measure[cand] == TRANSFERRED, 1.0, 0.5) * cw[conduct[cand]]
            chosen = rng.choice(cand, k, replace=False, p=w / w.sum())
            held[chosen] = 1
            extra = persons - k
            if extra > 0:  # co-defendants: legal representatives of companies, accomplices
                wc = np.where(dtype[chosen] == 0, 1.0, 4.0)
                add = rng.choice(len(chosen), extra, replace=True, p=wc / wc.sum())
                np.add.at(held, chosen[add], 1)
    return held


def _campaign_codes(prov: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Index into ref.CAMPAIGNS of the campaign an incident falls under, -1 for none. A provincial
    campaign wins over a national one; among overlapping provincial campaigns, the latest launched."""
    code = np.full(len(day), -1, np.int8)
    order = sorted(
        range(len(ref.CAMPAIGNS)), key=lambda i: (ref.CAMPAIGNS[i].province_code is not None, ref.CAMPAIGNS[i].start)
    )
    for i in order:
        c = ref.CAMPAIGNS[i]
        inside = (day >= cal.day(c.start)) & (day <= cal.day(c.end))
        if c.province_code is not None:
            inside &= prov == ref.PROVINCE_INDEX[c.province_code]
        code[inside] = i
    return code


def to_table(store: CaseStore, inc: dict[str, np.ndarray]) -> pa.Table:
    case = inc["case"]
    n = len(case)
    court = store.court[case]
    measure = inc["measure"]
    cday = inc["complied_day"]
    ids = [c.campaign_id for c in ref.CAMPAIGNS]
    return pa.table(
        {
            "incident_id": pa.array(np.arange(1, n + 1, dtype=np.int64) + store.shard.incidents_before),
            "case_id": pa.array(store.case_id(case)),
            "court_id": pa.array(court.astype(np.int32)),
            "province_code": dict_array(COURT_PROV[court], ref.PROVINCE_CODES),
            "action_date": date_array(inc["day"]),
            "conduct": dict_array(inc["conduct"], CONDUCTS),
            "debtor_type": dict_array(store.dtype[case], DEBTOR_TYPES),
            "case_type": dict_array(store.ctype[case], CASE_TYPES),
            "measure": dict_array(measure, MEASURES),
            "is_transferred": pa.array(measure == TRANSFERRED),
            "n_held_liable": pa.array(inc["held"].astype(np.int32)),
            "is_complied": pa.array(inc["complied"]),
            "complied_date": date_array(cday, cday == cal.NULL_DAY),
            "serious_consequence": dict_array(inc["serious"], SERIOUS_CONSEQUENCES, inc["serious"] < 0),
            "campaign_id": dict_array(inc["campaign"], ids, inc["campaign"] < 0),
        }
    )
