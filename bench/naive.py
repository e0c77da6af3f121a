"""The naive way to each page's figures: pandas reads the raw parquet and groups it, with no rollups.

One function per page computes what that page shows with the default filters (the whole period, every
province), reading the tables it needs from the data directory each time, as a script without the
dashboard's rollups would. Each returns {query name: frame} with the query's column names, so the
benchmark can check that the naive figures are the same figures before it compares their times.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

START, END = pd.Timestamp(2013, 1, 1), pd.Timestamp(2025, 12, 31)


def _read(data: Path, table: str, columns: list[str]) -> pd.DataFrame:
    path = data / table if (data / table).is_dir() else data / f"{table}.parquet"
    df = pd.read_parquet(path, columns=columns)
    for c in columns:
        if c.endswith("_date"):
            df[c] = pd.to_datetime(df[c])
    return df


def _month(s: pd.Series) -> pd.Series:
    return s.dt.to_period("M").dt.start_time


def _in(s: pd.Series, start=START, end=END) -> pd.Series:
    return (s >= start) & (s <= end)


def _levels(data: Path) -> pd.Series:
    return _read(data, "courts", ["court_id", "level"]).set_index("court_id")["level"]


def _cases_by_month(cases: pd.DataFrame) -> pd.DataFrame:
    filed = cases.groupby(_month(cases["filed_date"])).size().rename("n_filed")
    closed = cases.dropna(subset=["closed_date"])
    g = closed.groupby(_month(closed["closed_date"]))
    out = pd.concat(
        [filed, g.size().rename("n_closed"), g["recovered_yuan"].sum(), g["is_voluntary"].sum().rename("n_voluntary")],
        axis=1,
    ).fillna(0)
    return out[_in(out.index.to_series())].reset_index(names="month")


def _nc_by_month(nc: pd.DataFrame) -> pd.DataFrame:
    nc = nc[_in(nc["action_date"])]
    g = nc.groupby(_month(nc["action_date"]))
    return pd.DataFrame(
        {
            "n_incidents": g.size(),
            "n_transferred": g["is_transferred"].sum(),
            "n_held_liable": g["n_held_liable"].sum(),
            "n_detention": g["measure"].apply(lambda m: (m == "detention").sum()),
            "n_fine": g["measure"].apply(lambda m: (m == "fine").sum()),
        }
    ).reset_index(names="month")


def _dl_by_month(dl: pd.DataFrame) -> pd.DataFrame:
    listed = dl.groupby(_month(dl["listed_date"])).size().rename("n_listed")
    removed = dl.dropna(subset=["removed_date"])
    removed = removed.groupby(_month(removed["removed_date"])).size().rename("n_removed")
    out = pd.concat([listed, removed], axis=1).fillna(0).sort_index()
    out["n_on_list"] = (out["n_listed"] - out["n_removed"]).cumsum()
    return out[_in(out.index.to_series())].reset_index(names="month")


def _ce_by_month(ce: pd.DataFrame) -> pd.DataFrame:
    assigned = ce.groupby(_month(ce["assigned_date"])).size().rename("n_assigned")
    res = ce.dropna(subset=["resolved_date"])
    g = res.groupby(_month(res["resolved_date"]))
    out = pd.concat([assigned, g.size().rename("n_resolved"), g["recovered_yuan"].sum()], axis=1).fillna(0)
    return out[_in(out.index.to_series())].reset_index(names="month")


def _ce_totals(ce: pd.DataFrame, start, end) -> pd.DataFrame:
    x = ce[_in(ce["assigned_date"], start, end)]
    done = x["resolved_date"] <= end
    return pd.DataFrame(
        {"n_assigned": [len(x)], "n_resolved": [done.sum()], "recovered_yuan": [x.loc[done, "recovered_yuan"].sum()]}
    )


def overview(data: Path) -> dict[str, pd.DataFrame]:
    cases = _read(data, "enforcement_cases", ["filed_date", "closed_date", "recovered_yuan", "is_voluntary"])
    nc = _read(data, "noncompliance", ["action_date", "is_transferred", "n_held_liable", "measure"])
    dl = _read(data, "dishonest_list", ["listed_date", "removed_date"])
    ce = _read(data, "cross_enforcement", ["assigned_date", "resolved_date", "recovered_yuan"])
    window = nc[_in(nc["action_date"], pd.Timestamp(2015, 4, 1), pd.Timestamp(2025, 3, 31))]
    return {
        "noncompliance_by_month": _nc_by_month(nc),
        "dishonest_by_month": _dl_by_month(dl),
        "cross_enforcement_by_month": _ce_by_month(ce),
        "cases_by_month": _cases_by_month(cases),
        "noncompliance_totals": pd.DataFrame(
            {
                "n_incidents": [len(window)],
                "n_transferred": [window["is_transferred"].sum()],
                "n_held_liable": [window["n_held_liable"].sum()],
            }
        ),
        "cross_enforcement_totals": _ce_totals(ce, pd.Timestamp(2024, 1, 1), pd.Timestamp(2025, 3, 31)),
    }


def refusal(data: Path) -> dict[str, pd.DataFrame]:
    cases = _read(
        data,
        "enforcement_cases",
        ["filed_date", "closed_date", "recovered_yuan", "is_voluntary", "debtor_type", "province_code"],
    )
    nc = _read(
        data,
        "noncompliance",
        [
            "action_date",
            "is_transferred",
            "n_held_liable",
            "measure",
            "conduct",
            "is_complied",
            "complied_date",
            "serious_consequence",
            "debtor_type",
            "province_code",
            "campaign_id",
        ],
    )
    campaigns = _read(data, "campaigns", ["campaign_id", "start_date"])
    out = {"noncompliance_by_month": _nc_by_month(nc), "cases_by_month": _cases_by_month(cases)}
    tagged = nc.dropna(subset=["campaign_id"]).groupby("campaign_id").size().rename("n_incidents")
    out["campaigns"] = campaigns.join(tagged, on="campaign_id").fillna({"n_incidents": 0})
    x = nc[_in(nc["action_date"])].assign(month=lambda d: _month(d["action_date"]))
    out["noncompliance_conduct_by_month"] = (
        x.groupby(["month", "conduct"], observed=True)
        .agg(
            n_incidents=("is_transferred", "size"),
            n_transferred=("is_transferred", "sum"),
            n_complied=("is_complied", "sum"),
        )
        .reset_index()
    )
    days = (x["complied_date"] - x["action_date"]).dt.days
    bucket = np.select(
        [~x["is_complied"].fillna(False) | x["complied_date"].isna(), days <= 7, days <= 30, days <= 90, days <= 180],
        ["not_complied", "d0_7", "d8_30", "d31_90", "d91_180"],
        "d181_plus",
    )
    ladder = x.assign(
        is_convicted=x["n_held_liable"].fillna(0) > 0,
        comply_bucket=bucket,
        days=days.where(x["is_complied"].fillna(False), 0),
    )
    out["noncompliance_ladder"] = (
        ladder.groupby(["measure", "is_convicted", "comply_bucket"], observed=True)
        .agg(
            n_incidents=("is_transferred", "size"),
            n_transferred=("is_transferred", "sum"),
            n_held_liable=("n_held_liable", "sum"),
            days_to_comply_sum=("days", "sum"),
        )
        .reset_index()
    )
    serious = x.assign(
        n_violent_resistance=x["conduct"] == "violent_resistance",
        n_besieging_officers=x["conduct"] == "besieging_officers",
        n_self_harm=x["serious_consequence"] == "self_harm",
        n_suicide=x["serious_consequence"] == "suicide",
        n_officer_injured=x["serious_consequence"] == "officer_injured",
    )
    out["noncompliance_serious_by_month"] = (
        serious.groupby("month")[
            ["n_violent_resistance", "n_besieging_officers", "n_self_harm", "n_suicide", "n_officer_injured"]
        ]
        .sum()
        .reset_index()
    )
    filed = cases[_in(cases["filed_date"])].assign(month=lambda d: _month(d["filed_date"]))
    by_debtor = x.groupby(["month", "debtor_type"], observed=True).agg(
        n_incidents=("is_transferred", "size"),
        n_transferred=("is_transferred", "sum"),
        n_held_liable=("n_held_liable", "sum"),
        n_complied=("is_complied", "sum"),
    )
    out["noncompliance_by_debtor_type"] = (
        by_debtor.join(filed.groupby(["month", "debtor_type"], observed=True).size().rename("n_filed"), how="outer")
        .fillna(0)
        .reset_index()
    )
    out["noncompliance_by_province"] = (
        x.groupby("province_code", observed=True)
        .agg(
            n_incidents=("is_transferred", "size"),
            n_transferred=("is_transferred", "sum"),
            n_held_liable=("n_held_liable", "sum"),
        )
        .join(filed.groupby("province_code", observed=True).size().rename("n_filed"), how="outer")
        .fillna(0)
        .reset_index()
    )
    return out


def campaigns(data: Path) -> dict[str, pd.DataFrame]:
    cases = _read(data, "enforcement_cases", ["filed_date", "province_code"])
    nc = _read(
        data, "noncompliance", ["action_date", "is_transferred", "n_held_liable", "province_code", "campaign_id"]
    )
    camps = _read(data, "campaigns", ["campaign_id", "start_date"])
    tagged = nc.dropna(subset=["campaign_id"]).groupby("campaign_id").size().rename("n_incidents")
    out = {"campaigns": camps.join(tagged, on="campaign_id").fillna({"n_incidents": 0})}
    for start, end in (
        (pd.Timestamp(2023, 3, 1), pd.Timestamp(2025, 8, 31)),
        (pd.Timestamp(2022, 3, 1), pd.Timestamp(2025, 12, 31)),
    ):
        x = nc[_in(nc["action_date"], start, end)]
        f = cases[_in(cases["filed_date"], start, end)]
        panel = (
            x.groupby(["province_code", _month(x["action_date"]).rename("month")], observed=True)
            .agg(
                n_incidents=("is_transferred", "size"),
                n_transferred=("is_transferred", "sum"),
                n_held_liable=("n_held_liable", "sum"),
            )
            .join(
                f.groupby(["province_code", _month(f["filed_date"]).rename("month")], observed=True)
                .size()
                .rename("n_filed"),
                how="outer",
            )
            .fillna(0)
        )
        out.setdefault("noncompliance_province_month", panel.reset_index())
    return out


def dishonest(data: Path) -> dict[str, pd.DataFrame]:
    dl = _read(
        data,
        "dishonest_list",
        ["listed_date", "removed_date", "removal_reason", "severity", "debtor_type", "province_code"],
    )
    provinces = _read(data, "provinces", ["province_code", "population_10k"])
    flows = _dl_by_month(dl[dl["listed_date"] <= END])
    reasons = dl.dropna(subset=["removed_date"])
    for reason in ("performed", "credit_restoration", "revoked", "expired"):
        r = reasons[reasons["removal_reason"] == reason]
        counts = r.groupby(_month(r["removed_date"])).size()
        flows[f"n_removed_{reason}"] = flows["month"].map(counts).fillna(0)
    x = dl[_in(dl["listed_date"])]
    severity = x.assign(severity=x["severity"].astype("string").fillna("ungraded"))
    by_sev = severity.groupby([_month(severity["listed_date"]).rename("month"), "severity"], observed=True).size()
    as_of = _month(dl["listed_date"]).max() + pd.offsets.MonthEnd(0)
    left = dl["removed_date"].fillna(as_of)
    months = (
        12 * (left.dt.year - dl["listed_date"].dt.year)
        + left.dt.month
        - dl["listed_date"].dt.month
        - (left.dt.day < dl["listed_date"].dt.day)
    )
    frm = np.where(
        months < 24, months, np.where(months < 60, 24 + (months - 24) // 3 * 3, 60 + (months - 60) // 12 * 12)
    )
    spells = pd.DataFrame(
        {
            "debtor_type": dl["debtor_type"],
            "severity": dl["severity"].astype("string").fillna("ungraded"),
            "months_from": frm,
            "is_listed": dl["removed_date"].isna(),
            "year": dl["listed_date"].dt.year,
        }
    )
    spells = spells[(spells["year"] >= START.year) & (spells["year"] <= END.year)]
    durations = spells.groupby(["debtor_type", "severity", "months_from", "is_listed"], observed=True).size()
    stock = dl[dl["listed_date"] <= END]
    on = stock["removed_date"].isna() | (stock["removed_date"] > END)
    by_prov = stock[on].groupby("province_code", observed=True).size().rename("n_on_list")
    provinces = provinces.join(by_prov, on="province_code").fillna({"n_on_list": 0})
    provinces["per_100k"] = provinces["n_on_list"] * 10.0 / provinces["population_10k"]
    return {
        "dishonest_flows_by_month": flows,
        "dishonest_listed_by_severity": by_sev.rename("n_listed").reset_index(),
        "dishonest_durations": durations.rename("n_entries").reset_index(),
        "dishonest_on_list_by_province": provinces,
    }


def cross(data: Path) -> dict[str, pd.DataFrame]:
    ce = _read(
        data,
        "cross_enforcement",
        [
            "case_id",
            "from_court_id",
            "to_court_id",
            "method",
            "assigned_date",
            "resolved_date",
            "claim_yuan",
            "recovered_yuan",
            "n_creditors",
        ],
    )
    courts = _read(data, "courts", ["court_id", "province_code", "level"]).set_index("court_id")
    cases = _read(
        data,
        "enforcement_cases",
        ["case_id", "filed_date", "closed_date", "claim_yuan", "recovered_yuan", "case_type", "court_id"],
    )
    out = {}
    res = ce.dropna(subset=["resolved_date"])
    assigned = (
        ce.groupby([_month(ce["assigned_date"]).rename("month"), "method"], observed=True).size().rename("n_assigned")
    )
    resolved = res.groupby([_month(res["resolved_date"]).rename("month"), "method"], observed=True).agg(
        n_resolved=("recovered_yuan", "size"), recovered_yuan=("recovered_yuan", "sum")
    )
    out["cross_enforcement_by_method"] = pd.concat([assigned, resolved], axis=1).fillna(0).reset_index()
    for start, end in (
        (pd.Timestamp(2023, 10, 1), pd.Timestamp(2024, 7, 3)),
        (pd.Timestamp(2024, 1, 1), pd.Timestamp(2024, 12, 31)),
        (pd.Timestamp(2024, 1, 1), pd.Timestamp(2025, 3, 31)),
    ):
        out.setdefault("cross_enforcement_totals", _ce_totals(ce, start, end))
    x = (
        ce[_in(ce["assigned_date"])]
        .join(courts.add_prefix("from_"), on="from_court_id")
        .join(courts.add_prefix("to_"), on="to_court_id")
    )
    out["cross_enforcement_flows"] = (
        x.groupby(["from_province_code", "to_province_code", "from_level", "to_level"], observed=True)
        .size()
        .rename("n_cases")
        .reset_index()
    )
    top = x.groupby("to_court_id").agg(
        n_received=("case_id", "size"),
        n_resolved=("resolved_date", "count"),
        recovered_yuan=("recovered_yuan", lambda v: v[x.loc[v.index, "resolved_date"].notna()].sum()),
    )
    out["cross_enforcement_top_receivers"] = top.sort_values("n_received", ascending=False).head(15).reset_index()
    as_of = pd.Timestamp(dt.date(2025, 12, 31))
    left = x["resolved_date"].fillna(as_of)
    x = x.assign(
        months=12 * (left.dt.year - x["assigned_date"].dt.year)
        + left.dt.month
        - x["assigned_date"].dt.month
        - (left.dt.day < x["assigned_date"].dt.day),
        n_cred=x["n_creditors"].clip(upper=5),
        is_resolved=x["resolved_date"].notna(),
    )
    out["cross_enforcement_by_creditors"] = (
        x.groupby(["n_cred", "months", "is_resolved"])
        .agg(n_cases=("case_id", "size"), claim_yuan=("claim_yuan", "sum"), recovered_yuan=("recovered_yuan", "sum"))
        .reset_index()
    )
    closed = cases.dropna(subset=["closed_date"])
    closed = closed[_in(closed["closed_date"])]
    closed = closed.assign(
        court_level=closed["court_id"].map(courts["level"]),
        year=closed["closed_date"].dt.year,
        days=(closed["closed_date"] - closed["filed_date"]).dt.days,
        moved=closed["case_id"].isin(ce["case_id"]),
    )
    base = (
        closed[~closed["moved"]]
        .groupby(["case_type", "court_level", "year"], observed=True)
        .agg(
            n_base=("days", "size"),
            base_days_sum=("days", "sum"),
            base_claim_yuan=("claim_yuan", "sum"),
            base_recovered_yuan=("recovered_yuan", "sum"),
        )
    )
    moved = res[_in(res["resolved_date"])].join(courts["level"].rename("court_level"), on="from_court_id")
    moved = moved.assign(
        case_type=moved["case_id"].map(cases.set_index("case_id")["case_type"]), year=moved["resolved_date"].dt.year
    )
    # One row per group with moved cases resolved in the period, beside the cases not moved.
    groups = moved.groupby(["case_type", "court_level", "year"], observed=True).size().rename("n_moved")
    out["cross_enforcement_vs_comparable"] = groups.to_frame().join(base).fillna(0).reset_index()
    return out


def case_file(data: Path) -> dict[str, pd.DataFrame]:
    # The article's case, found by reading the year's cases and the court's prefix, as a script would.
    courts = _read(data, "courts", ["court_id", "case_prefix"])
    ids = courts.loc[courts["case_prefix"] == "甘05", "court_id"].tolist()
    cases = pd.read_parquet(
        data / "enforcement_cases" / "year=2020", columns=["case_id", "case_seq", "court_id", "filed_date"]
    )
    case = cases[cases["court_id"].isin(ids) & (cases["case_seq"] == 1259)]
    case_ids = case["case_id"].tolist()
    events = pd.read_parquet(
        data / "case_events",
        columns=["case_id", "event_date", "event_type"],
        filters=[("case_id", "in", case_ids or [-1])],
    )
    listings = pd.read_parquet(
        data / "dishonest_list",
        columns=["case_id", "entry_id", "listed_date"],
        filters=[("case_id", "in", case_ids or [-1])],
    )
    incidents = pd.read_parquet(
        data / "noncompliance.parquet",
        columns=["case_id", "incident_id"],
        filters=[("case_id", "in", case_ids or [-1])],
    )
    return {
        "case_by_number": case,
        "case_events_for_case": events,
        "case_listings": listings,
        "case_incidents": incidents,
    }


# page in bench/cases.py -> the naive way to its figures
PAGES = {
    "overview": overview,
    "refusal": refusal,
    "campaigns": campaigns,
    "dishonest": dishonest,
    "cross": cross,
    "case file": case_file,
}
