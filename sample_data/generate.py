"""Command line and entry point of the synthetic data generator:
`python -m sample_data.generate --scale S --seed N --out DIR [--force] [--shards K]`.

Scales above 1.0 are drawn as ceil(S) independent shards of scale S/K each, one after the other, so the
memory needed is that of one shard whatever the scale.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from contract import CAMPAIGN_FOCUSES, COURT_LEVELS, TABLES
from sample_data import calendar as cal
from sample_data import cases, cross, dishonest, events, noncompliance
from sample_data import reference as ref
from sample_data.writer import BackgroundWriter, TableFile, write_table

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
    """Peak resident memory so far (Linux), to keep an eye on the 6 GB budget of a national-scale shard."""
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


def shard_count(scale: float) -> int:
    """How many shards a scale is drawn as: none larger than the country."""
    return max(1, math.ceil(scale))


def shard_seed(seed: int, index: int) -> int:
    """The seed of shard `index`: the seed itself for the first, so one shard is exactly the unsharded draw."""
    return seed if index == 0 else int(np.random.SeedSequence([seed, index]).generate_state(1, np.uint32)[0])


def generate(out: Path, scale: float, seed: int, progress: bool = True, shards: int | None = None) -> None:
    """Writes the full data set for (scale, seed) into `out`, atomically (temp folder + rename), as `shards`
    independent draws of scale/shards each (default `shard_count(scale)`)."""
    if not scale > 0:
        raise ValueError("scale must be positive")
    shards = shard_count(scale) if shards is None else shards
    if shards < 1:
        raise ValueError("shards must be at least 1")
    out = Path(out)
    check_writable(out, force=True)
    tmp = out.parent / f".tmp-{out.name}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    n_event_years = 14
    prog = Progress(3 + shards * (len(cal.YEARS) + 1 + len(cal.YEARS) + 2 + n_event_years) + 1, progress)
    try:
        _generate_into(tmp, scale, seed, shards, prog)
        (tmp / "_meta.json").write_text(
            json.dumps(
                {
                    "generated_by": GENERATED_BY,
                    "scale": scale,
                    "seed": seed,
                    "shards": shards,
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


def _generate_into(tmp: Path, scale: float, seed: int, shards: int, prog: Progress) -> None:
    for name, table in (
        ("provinces", _provinces_table()),
        ("courts", _courts_table()),
        ("campaigns", _campaigns_table()),
    ):
        _check_columns(name, table)
        write_table(table, tmp / f"{name}.parquet")
        prog.step(name)

    # The two unpartitioned fact tables get one part per shard, appended to one file each.
    files = {name: TableFile(tmp / f"{name}.parquet") for name in ("noncompliance", "cross_enforcement")}
    writer = BackgroundWriter(depth=1)
    try:
        shard = cases.Shard()
        for k in range(shards):
            shard = _fact_tables(tmp, scale / shards, shard_seed(seed, k), shard, shards, prog, writer, files)
    finally:
        writer.close()  # also on errors, so that no write lands in a folder being removed
        for f in files.values():
            f.close()


def _fact_tables(
    tmp: Path,
    scale: float,
    seed: int,
    shard: cases.Shard,
    shards: int,
    prog: Progress,
    writer: BackgroundWriter,
    files: dict[str, TableFile],
) -> cases.Shard:
    """Draws and writes one shard (its own part file in every year partition); returns the shard after it."""
    k = shard.index
    part = f"part-{k}.parquet"
    step = prog.step if shards == 1 else (lambda label: prog.step(f"shard {k + 1}/{shards}: {label}"))
    store = cases.CaseStore(cases.year_counts(scale, showcase=shard.showcase), shard)
    gen = cases.CaseGenerator(scale, seed, store)
    for y in cal.YEARS:
        table = gen.year(y)
        _check_columns("enforcement_cases", table)
        writer.submit(table, tmp / "enforcement_cases" / f"year={y}" / part)
        del table
        step(f"enforcement_cases {y}")

    listing = dishonest.generate(store, scale, seed)
    n_entries = len(listing[0])
    step("dishonest_list (draw)")
    for y in cal.YEARS:
        table = dishonest.to_tables(store, listing, y)
        if table.num_rows:
            _check_columns("dishonest_list", table)
            writer.submit(table, tmp / "dishonest_list" / f"year={y}" / part)
        step(f"dishonest_list {y}")
    del listing

    inc = noncompliance.generate(store, scale, seed)
    table = noncompliance.to_table(store, inc)
    _check_columns("noncompliance", table)
    writer.submit(table, files["noncompliance"])
    step("noncompliance")

    xe = cross.generate(store, scale, seed)
    n_transfers = len(xe["case"])
    table = cross.to_table(store, xe)
    _check_columns("cross_enforcement", table)
    writer.submit(table, files["cross_enforcement"])
    step("cross_enforcement")

    ev = events.generate(store, inc, scale, seed)
    n_incidents = len(inc["case"])
    del inc
    years = events.years_present(ev)
    prog.total += len(years) - 14
    for y in years:
        table = events.to_table(store, ev, y)
        if table.num_rows:
            _check_columns("case_events", table)
            writer.submit(table, tmp / "case_events" / f"year={y}" / part)
        step(f"case_events {y}")
    return shard.after(store, n_entries, n_incidents, n_transfers)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sample_data.generate", description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 = national scale (~100 million cases)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument(
        "--force", action="store_true", help="replace DIR if it holds data this generator made (never any other folder)"
    )
    ap.add_argument(
        "--shards",
        type=int,
        default=None,
        help="independent draws the scale is split into (default: ceil(S), so no shard is larger than the country)",
    )
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args(argv)
    if args.scale <= 0:
        print("error: --scale must be positive", file=sys.stderr)
        return 2
    if args.shards is not None and args.shards < 1:
        print("error: --shards must be at least 1", file=sys.stderr)
        return 2
    out: Path = args.out
    try:
        check_writable(out, args.force)
    except (NotOwned, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # A terminated run unwinds like an interrupted one, so the temporary folder is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    generate(out, args.scale, args.seed, progress=not args.quiet, shards=args.shards)
    return 0


if __name__ == "__main__":
    sys.exit(main())
