"""The naive way to the same figures: pandas reads the parquet and groups, with no rollups."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def _read(data: Path, table: str, columns: list[str]) -> pd.DataFrame:
    path = data / table if (data / table).is_dir() else data / f"{table}.parquet"
    return pd.read_parquet(path, columns=columns)


def cases_by_month(data: Path) -> pd.DataFrame:
    df = _read(data, "enforcement_cases", ["filed_date", "closed_date", "recovered_yuan"])
    filed = df.groupby(pd.to_datetime(df["filed_date"]).dt.to_period("M")).size()
    closed = df.dropna(subset=["closed_date"])
    rec = closed.groupby(pd.to_datetime(closed["closed_date"]).dt.to_period("M"))["recovered_yuan"].agg(["size", "sum"])
    return pd.concat([filed.rename("n_filed"), rec], axis=1)


def dishonest_by_month(data: Path) -> pd.DataFrame:
    df = _read(data, "dishonest_list", ["listed_date", "removed_date"])
    listed = df.groupby(pd.to_datetime(df["listed_date"]).dt.to_period("M")).size().rename("n_listed")
    removed = df.dropna(subset=["removed_date"])
    removed = removed.groupby(pd.to_datetime(removed["removed_date"]).dt.to_period("M")).size().rename("n_removed")
    out = pd.concat([listed, removed], axis=1).fillna(0).sort_index()
    out["n_on_list"] = (out["n_listed"] - out["n_removed"]).cumsum()
    return out


def noncompliance_by_month(data: Path) -> pd.DataFrame:
    df = _read(data, "noncompliance", ["action_date", "is_transferred", "n_held_liable"])
    return df.groupby(pd.to_datetime(df["action_date"]).dt.to_period("M")).agg(
        n_transferred=("is_transferred", "sum"), n_held_liable=("n_held_liable", "sum"))


NAIVE = {
    "cases_by_month": cases_by_month,
    "dishonest_by_month": dishonest_by_month,
    "noncompliance_by_month": noncompliance_by_month,
}
