"""Case events: the step-by-step history (judgment, filing, searches, measures, prosecution,
performance, closing) of every case that has a noncompliance incident, with short template
sentences in Chinese and English.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa

from contract import CASE_TYPES, CLOSURES, CONDUCTS, EVENT_TYPES
from sample_data import calendar as cal
from sample_data import reference as ref
from sample_data.cases import PERFORMED, CaseStore, recovered_amount
from sample_data.noncompliance import DETENTION, FINE, PRIVATE, TRANSFERRED, WARNING

E = {name: i for i, name in enumerate(EVENT_TYPES)}

_JUDGMENT = {
    "financial_loan": ("法院判决被执行人归还借款本息", "Court orders the debtor to repay the loan with interest"),
    "private_lending": (
        "法院判决被执行人偿还民间借贷本息",
        "Court orders the debtor to repay a private loan with interest",
    ),
    "sales_contract": ("法院判决被执行人支付货款及违约金", "Court orders the debtor to pay for goods and a penalty"),
    "property_housing": (
        "法院判决被执行人腾退房屋并支付占用费",
        "Court orders the debtor to vacate the property and pay occupation fees",
    ),
    "labour_remuneration": ("法院判决被执行人支付拖欠的劳动报酬", "Court orders the debtor to pay wages in arrears"),
    "criminal_financial": ("刑事判决判处被执行人退赔及罚金", "Criminal judgment orders restitution and a fine"),
    "traffic_injury": (
        "法院判决被执行人赔偿交通事故损失",
        "Court orders the debtor to compensate for a traffic accident",
    ),
    "construction_contract": ("法院判决被执行人支付工程款", "Court orders the debtor to pay for construction work"),
    "family_support": ("法院判决被执行人支付抚养费或赡养费", "Court orders the debtor to pay child or elder support"),
    "administrative": ("行政机关申请强制执行行政决定", "Administrative agency applies to enforce its decision"),
    "other": ("法院作出生效法律文书", "Court issues an effective legal instrument"),
}
_CONDUCT = {
    "concealing_assets": ("隐匿财产", "concealing assets"),
    "transferring_assets": ("转移财产", "transferring assets"),
    "false_asset_report": ("虚假申报财产", "a false asset report"),
    "destroying_evidence": ("毁损证据", "destroying evidence"),
    "obstructing_officers": ("阻碍执行人员执行公务", "obstructing enforcement officers"),
    "violent_resistance": ("暴力抗拒执行", "violent resistance to enforcement"),
    "besieging_officers": ("聚众围堵执行人员", "gathering a crowd around enforcement officers"),
}
_CLOSED = {
    "performed": ("执行完毕，结案", "Fully enforced; case closed"),
    "settled": ("当事人达成执行和解并履行，结案", "Parties settle and perform; case closed"),
    "terminated_round": (
        "未发现可供执行财产，终结本次执行程序",
        "No assets found; this round of enforcement terminated",
    ),
    "terminated": ("终结执行", "Enforcement terminated"),
    "rejected": ("驳回执行申请", "Enforcement application rejected"),
}
_FIXED = {
    "enforcement_filed": ("申请执行人申请强制执行，法院立案执行", "Creditor applies for enforcement; case filed"),
    "asset_search": (
        "通过网络执行查控系统查询被执行人财产",
        "Debtor's assets searched through the online inquiry system",
    ),
    "assets_frozen": ("冻结、查封被执行人名下财产", "Debtor's accounts frozen and property sealed"),
    "listed_dishonest": ("将被执行人纳入失信被执行人名单", "Debtor placed on the dishonest judgment debtors list"),
    "consumption_restricted": ("对被执行人采取限制高消费措施", "High-consumption restriction order issued"),
    "warning": (
        "法院训诫并警告被执行人，拒不履行将被追究刑事责任",
        "Court admonishes the debtor: continued refusal may be prosecuted as a crime",
    ),
    "transferred_to_police": (
        "以涉嫌拒不执行判决、裁定罪移送公安机关",
        "Referred to the police as suspected refusal to comply with a judgment (Criminal Law Art. 313)",
    ),
    "prosecuted": (
        "检察机关以拒不执行判决、裁定罪提起公诉",
        "Procuratorate prosecutes for refusal to comply with a judgment",
    ),
    "private_prosecution": (
        "申请执行人以拒不执行判决、裁定罪提起自诉",
        "Creditor files a private prosecution for refusal to comply",
    ),
    "convicted": (
        "被告人犯拒不执行判决、裁定罪，被判处刑罚",
        "Convicted of refusal to comply with a judgment and sentenced",
    ),
    "performed": ("被执行人履行了义务", "Debtor performs the obligation"),
}
DETENTION_DAYS = (5, 10, 15)


def _templates():
    zh, en, key = [], [], {}

    def add(k, pair):
        key[k] = len(zh)
        zh.append(pair[0])
        en.append(pair[1])

    for t in CASE_TYPES:
        add(("judgment", t), _JUDGMENT[t])
    for k, pair in _FIXED.items():
        add((k,), pair)
    for c in CONDUCTS:
        czh, cen = _CONDUCT[c]
        add(("fine", c), (f"因{czh}，对被执行人处以罚款", f"Debtor fined for {cen}"))
        for d in DETENTION_DAYS:
            add(
                ("detention", c, d),
                (f"因{czh}，对被执行人司法拘留{d}日", f"Debtor placed in judicial detention for {d} days for {cen}"),
            )
    for c in CLOSURES:
        add(("closed", c), _CLOSED[c])
    for i, (_, _, _, tzh, ten) in enumerate(ref.TIANSHUI_EVENTS):
        add(("tianshui", i), (tzh, ten))
    return zh, en, key


TEMPLATES_ZH, TEMPLATES_EN, TEMPLATE = _templates()


def generate(store: CaseStore, inc: dict[str, np.ndarray], scale: float, seed: int):
    rng = np.random.default_rng([seed, 6])
    is_ts = inc["case"] == store.tianshui_idx
    sel = ~is_ts
    case = inc["case"][sel]
    act = inc["day"][sel].astype(np.int32)
    meas = inc["measure"][sel]
    cond = inc["conduct"][sel]
    held = inc["held"][sel]
    complied = inc["complied"][sel]
    cday = inc["complied_day"][sel].astype(np.int32)
    n = len(case)
    filed = store.filed[case].astype(np.int32)
    closed = store.closed[case].astype(np.int32)
    closure = store.closure[case]
    ctype = store.ctype[case]
    dtype = store.dtype[case]
    court = store.court[case]
    gap = act - filed

    out_case, out_day, out_type, out_tpl, out_amt = [], [], [], [], []

    def emit(mask, day, etype, tpl, amount=None):
        m = np.flatnonzero(mask)
        out_case.append(m)
        out_day.append(np.asarray(day)[m] if np.ndim(day) else np.full(len(m), day))
        out_type.append(np.full(len(m), E[etype], np.int8))
        out_tpl.append(np.asarray(tpl)[m].astype(np.int16) if np.ndim(tpl) else np.full(len(m), tpl, np.int16))
        out_amt.append(np.asarray(amount)[m] if amount is not None else np.full(len(m), -1, np.int64))

    allm = np.ones(n, bool)
    judg_tpl = np.array([TEMPLATE[("judgment", t)] for t in CASE_TYPES])[ctype]
    emit(allm, filed - rng.integers(20, 120, n), "judgment", judg_tpl)
    emit(allm, filed, "enforcement_filed", TEMPLATE[("enforcement_filed",)])
    # Preparatory steps fall in fixed slices of the time between filing and the measure, so their
    # order is always search -> freeze -> restrictions -> warning -> measure.
    u = rng.random((5, n))
    emit(u[0] < 0.6, filed + (gap * (0.02 + 0.12 * u[1])).astype(np.int32), "asset_search", TEMPLATE[("asset_search",)])
    emit(
        u[2] < 0.3, filed + (gap * (0.18 + 0.15 * u[3])).astype(np.int32), "assets_frozen", TEMPLATE[("assets_frozen",)]
    )
    v = rng.random((6, n))
    emit(
        v[0] < 0.2,
        filed + (gap * (0.38 + 0.1 * v[1])).astype(np.int32),
        "consumption_restricted",
        TEMPLATE[("consumption_restricted",)],
    )
    emit(
        v[2] < 0.12,
        filed + (gap * (0.52 + 0.1 * v[3])).astype(np.int32),
        "listed_dishonest",
        TEMPLATE[("listed_dishonest",)],
    )
    pre_warn = (meas != WARNING) & (meas != PRIVATE) & (v[4] < 0.15)
    emit(pre_warn, filed + (gap * (0.7 + 0.2 * v[5])).astype(np.int32), "warning", TEMPLATE[("warning",)])

    # The measure itself.
    emit(meas == WARNING, act, "warning", TEMPLATE[("warning",)])
    fine_tpl = np.array([TEMPLATE[("fine", c)] for c in CONDUCTS])[cond]
    org = dtype != 0
    fine_amt = np.where(
        org,
        np.rint(np.exp(rng.uniform(np.log(5e4), np.log(1e6), n)) / 1000) * 1000,
        np.rint(np.minimum(np.exp(rng.normal(np.log(1e4), 0.8, n)), 99_000) / 100) * 100,
    )
    emit(meas == FINE, act, "fine", fine_tpl, fine_amt.astype(np.int64))
    ddays = rng.choice(len(DETENTION_DAYS), n, p=[0.25, 0.35, 0.40])
    det_tpl = np.array([[TEMPLATE[("detention", c, d)] for d in DETENTION_DAYS] for c in CONDUCTS])[cond, ddays]
    emit(meas == DETENTION, act, "detention", det_tpl)
    emit(meas == TRANSFERRED, act, "transferred_to_police", TEMPLATE[("transferred_to_police",)])
    emit(meas == PRIVATE, act, "prosecuted", TEMPLATE[("private_prosecution",)])
    # Criminal route: prosecution and conviction where persons were held liable.
    pros = act + rng.integers(45, 150, n)
    conv = np.where(meas == PRIVATE, act, pros) + rng.integers(60, 180, n)
    last = cal.N_DAYS - 1
    emit((meas == TRANSFERRED) & (held > 0) & (pros <= last), pros, "prosecuted", TEMPLATE[("prosecuted",)])
    emit((held > 0) & (conv <= last), conv, "convicted", TEMPLATE[("convicted",)])

    amount = recovered_amount(store, case, seed)
    emit(complied, cday, "performed", TEMPLATE[("performed",)], amount)
    has_closed = closed != cal.NULL_DAY
    closed_tpl = np.array([TEMPLATE[("closed", c)] for c in CLOSURES])[np.maximum(closure, 0)]
    emit(has_closed, closed, "closed", closed_tpl, np.where(closure == PERFORMED, amount, -1))

    # Assemble one column at a time, dropping the pieces, to keep the peak memory low.
    rows = np.concatenate(out_case).astype(np.int32)
    out_case.clear()
    day = np.concatenate(out_day).astype(np.int32)
    out_day.clear()
    etype = np.concatenate(out_type)
    out_type.clear()
    # Date order; within a day, the natural order of steps.
    order = np.argsort(day * 16 + etype, kind="stable")
    res = {"day": day[order], "type": etype[order]}
    del day, etype
    rows = rows[order]
    res["case"] = case[rows]
    res["court"] = court[rows]
    del rows
    res["tpl"] = np.concatenate(out_tpl)[order]
    out_tpl.clear()
    res["amount"] = np.concatenate(out_amt).astype(np.int64)[order]
    out_amt.clear()
    del order

    if store.tianshui_idx < 0:
        return res
    # The Tianshui story, verbatim, merged at its dates.
    ts_days = np.array([cal.day(d) for d, *_ in ref.TIANSHUI_EVENTS], np.int32)
    ts = {
        "day": ts_days,
        "type": np.array([E[t] for _, t, *_ in ref.TIANSHUI_EVENTS], np.int8),
        "tpl": np.array([TEMPLATE[("tianshui", i)] for i in range(len(ref.TIANSHUI_EVENTS))], np.int16),
        "amount": np.array([a if a is not None else -1 for _, _, a, *_ in ref.TIANSHUI_EVENTS], np.int64),
        "case": np.full(len(ts_days), store.tianshui_idx, np.int64),
        "court": np.full(len(ts_days), ref.TIANSHUI_COURT_ID, np.int16),
    }
    at = np.searchsorted(res["day"], ts_days, side="right")
    return {k: np.insert(v, at, ts[k]) for k, v in res.items()}


def to_table(store: CaseStore, ev: dict[str, np.ndarray], year: int) -> pa.Table:
    y0 = (dt.date(year, 1, 1) - cal.DAY0).days
    y1 = (dt.date(year + 1, 1, 1) - cal.DAY0).days
    lo, hi = np.searchsorted(ev["day"], [y0, y1])
    sl = slice(int(lo), int(hi))
    amt = ev["amount"][sl]
    tpl = ev["tpl"][sl]
    zh = pa.array(TEMPLATES_ZH, pa.string())
    en = pa.array(TEMPLATES_EN, pa.string())
    return pa.table(
        {
            "case_id": pa.array(store.case_id(ev["case"][sl])),
            "event_date": pa.array(ev["day"][sl] + cal.EPOCH_OFFSET, pa.int32()).view(pa.date32()),
            "event_type": pa.DictionaryArray.from_arrays(
                pa.array(ev["type"][sl].astype(np.int16)), pa.array(list(EVENT_TYPES), pa.string())
            ),
            "court_id": pa.array(ev["court"][sl].astype(np.int32)),
            "amount_yuan": pa.array(amt, pa.int64(), mask=amt < 0),
            "detail_zh": pa.DictionaryArray.from_arrays(pa.array(tpl), zh),
            "detail_en": pa.DictionaryArray.from_arrays(pa.array(tpl), en),
        }
    )


def years_present(ev: dict[str, np.ndarray]) -> list[int]:
    first = cal.date_of(int(ev["day"].min())).year
    last = cal.date_of(int(ev["day"].max())).year
    return list(range(first, last + 1))
