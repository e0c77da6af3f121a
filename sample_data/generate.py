"""Command line and entry point of the synthetic data generator:
`python -m sample_data.generate --scale S --seed N --out DIR [--force]`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import pyarrow as pa

from contract import CAMPAIGN_FOCUSES, COURT_LEVELS, TABLES
from sample_data import calendar as cal
from sample_data import cases, cross, dishonest, events, noncompliance
from sample_data import reference as ref
from sample_data.writer import BackgroundWriter, write_table

DEFAULT_OUT = Path(__file__).resolve().parent / "national"
# Written into every data set the generator makes: the mark that the folder is the generator's to replace.
GENERATED_BY = "python -m sample_data.generate"


class NotOwned(Exception):
    """The output folder holds data the generator did not make; it is left exactly as it is."""


def is_generated(folder: Path) -> bool:
    """True when `folder` carries the generator's own mark (a `_meta.json` it wrote)."""
    try:
        meta = json.loads((Path(folder) / "_meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and meta.get("generated_by") == GENERATED_BY


def owns(folder: Path) -> bool:
    """The generator may replace `folder`: the default sample-data folder, or one it made and marked."""
    folder = Path(folder)
    return folder.resolve() == DEFAULT_OUT.resolve() or is_generated(folder)


def check_writable(out: Path, force: bool) -> None:
    """Raises NotOwned (or FileExistsError) unless writing `out` can lose nothing of anybody's."""
    out = Path(out)
    if not out.exists() and not out.is_symlink():
        return
    if not owns(out):
        raise NotOwned(
            f"{out} was not made by the sample-data generator (it has no generator mark in _meta.json), "
            "so it is left untouched, with or without --force. To open your own data, run `make run DATA="
            + str(out)
            + "`; "
            "to generate sample data, choose a folder that does not exist yet."
        )
    if not force:
        raise FileExistsError(f"{out} already holds generated data; use --force to replace it.")


class Progress:
    """A progress bar on stderr, one line per step: "[####......]  3/40 enforcement_cases 2015 ... 12.3s"."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled
        self.t0 = time.perf_counter()

    def step(self, label: str) -> None:
        self.done += 1
        if self.enabled:
            width = len(str(self.total))
            filled = round(30 * self.done / self.total)
            bar = "#" * filled + "." * (30 - filled)
            print(
                f"[{bar}] {self.done:>{width}}/{self.total} {label} ... {time.perf_counter() - self.t0:.1f}s"
                f"{_peak_memory()}",
                file=sys.stderr,
                flush=True,
            )


def _peak_memory() -> str:
    """Peak resident memory so far (Linux), to keep an eye on the 6 GB budget at national scale."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return f"  (peak {int(line.split()[1]) / 2**20:.1f} GB)"
    except OSError:
        pass
    return ""


def _provinces_table() -> pa.Table:
    return pa.table(
        {
            "province_code": [p[0] for p in ref.PROVINCES],
            "name_zh": [p[1] for p in ref.PROVINCES],
            "name_en": [p[2] for p in ref.PROVINCES],
            "abbr_zh": [p[3] for p in ref.PROVINCES],
            "population_10k": pa.array([p[4] for p in ref.PROVINCES], pa.float64()),
        }
    )


def _courts_table() -> pa.Table:
    cs = ref.COURTS
    assert all(c.level in COURT_LEVELS for c in cs)
    return pa.table(
        {
            "court_id": pa.array([c.court_id for c in cs], pa.int32()),
            "name_zh": [c.name_zh for c in cs],
            "name_en": [c.name_en for c in cs],
            "level": pa.array([c.level for c in cs]).dictionary_encode(),
            "province_code": [c.province_code for c in cs],
            "city_zh": [c.city_zh for c in cs],
            "city_en": [c.city_en for c in cs],
            "parent_court_id": pa.array([c.parent_court_id for c in cs], pa.int32()),
            "case_prefix": [c.case_prefix for c in cs],
        }
    )


def _campaigns_table() -> pa.Table:
    cs = sorted(ref.CAMPAIGNS, key=lambda c: (c.start, c.campaign_id))
    assert all(c.focus in CAMPAIGN_FOCUSES for c in cs)
    return pa.table(
        {
            "campaign_id": [c.campaign_id for c in cs],
            "province_code": pa.array([c.province_code for c in cs], pa.string()),
            "name_zh": [c.name_zh for c in cs],
            "name_en": [c.name_en for c in cs],
            "start_date": pa.array([c.start for c in cs], pa.date32()),
            "end_date": pa.array([c.end for c in cs], pa.date32()),
            "focus": [c.focus for c in cs],
        }
    )


def _check_columns(name: str, table: pa.Table) -> None:
    expected = list(TABLES[name][1])
    if table.column_names != expected:
        raise AssertionError(f"{name}: columns {table.column_names} != contract {expected}")


def generate(out: Path, scale: float, seed: int, progress: bool = True) -> None:
    """Writes the full data set for (scale, seed) into `out`, atomically (temp folder + rename)."""
    if not scale > 0:
        raise ValueError("scale must be positive")
    out = Path(out)
    check_writable(out, force=True)
    tmp = out.parent / f".tmp-{out.name}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    n_event_years = 14
    prog = Progress(3 + len(cal.YEARS) + 1 + len(cal.YEARS) + 2 + n_event_years + 1, progress)
    try:
        _generate_into(tmp, scale, seed, prog)
        (tmp / "_meta.json").write_text(
            json.dumps(
                {
                    "generated_by": GENERATED_BY,
                    "scale": scale,
                    "seed": seed,
                    "as_of": cal.AS_OF.isoformat(),
                    "tianshui_case_id": ref.TIANSHUI_CASE_ID,
                },
                indent=1,
            )
            + "\n"
        )
        (tmp / "_SUCCESS").touch()
        if out.exists():
            old = out.parent / f".tmp-old-{out.name}-{os.getpid()}"
            out.rename(old)
            tmp.rename(out)
            shutil.rmtree(old)
        else:
            tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    prog.total = prog.done + 1
    prog.step(f"done: {out}")


def _generate_into(tmp: Path, scale: float, seed: int, prog: Progress) -> None:
    for name, table in (
        ("provinces", _provinces_table()),
        ("courts", _courts_table()),
        ("campaigns", _campaigns_table()),
    ):
        _check_columns(name, table)
        write_table(table, tmp / f"{name}.parquet")
        prog.step(name)

    writer = BackgroundWriter(depth=1)
    try:
        _fact_tables(tmp, scale, seed, prog, writer)
    finally:
        writer.close()  # also on errors, so that no write lands in a folder being removed


def _fact_tables(tmp: Path, scale: float, seed: int, prog: Progress, writer: BackgroundWriter) -> None:
    store = cases.CaseStore(cases.year_counts(scale))
    gen = cases.CaseGenerator(scale, seed, store)
    for y in cal.YEARS:
        table = gen.year(y)
        _check_columns("enforcement_cases", table)
        writer.submit(table, tmp / "enforcement_cases" / f"year={y}" / "part-0.parquet")
        del table
        prog.step(f"enforcement_cases {y}")

    listing = dishonest.generate(store, scale, seed)
    prog.step("dishonest_list (draw)")
    for y in cal.YEARS:
        table = dishonest.to_tables(store, listing, y)
        if table.num_rows:
            _check_columns("dishonest_list", table)
            writer.submit(table, tmp / "dishonest_list" / f"year={y}" / "part-0.parquet")
        prog.step(f"dishonest_list {y}")
    del listing

    inc = noncompliance.generate(store, scale, seed)
    table = noncompliance.to_table(store, inc)
    _check_columns("noncompliance", table)
    writer.submit(table, tmp / "noncompliance.parquet")
    prog.step("noncompliance")

    xe = cross.generate(store, scale, seed)
    table = cross.to_table(store, xe)
    _check_columns("cross_enforcement", table)
    writer.submit(table, tmp / "cross_enforcement.parquet")
    prog.step("cross_enforcement")

    ev = events.generate(store, inc, scale, seed)
    del inc
    years = events.years_present(ev)
    prog.total += len(years) - 14
    for y in years:
        table = events.to_table(store, ev, y)
        if table.num_rows:
            _check_columns("case_events", table)
            writer.submit(table, tmp / "case_events" / f"year={y}" / "part-0.parquet")
        prog.step(f"case_events {y}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sample_data.generate", description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 = national scale (~100 million cases)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument(
        "--force", action="store_true", help="replace DIR if it holds data this generator made (never any other folder)"
    )
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args(argv)
    if args.scale <= 0:
        print("error: --scale must be positive", file=sys.stderr)
        return 2
    out: Path = args.out
    try:
        check_writable(out, args.force)
    except (NotOwned, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # A terminated run unwinds like an interrupted one, so the temporary folder is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    generate(out, args.scale, args.seed, progress=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
