"""`make mutate`: mutation testing of the pure modules with mutmut, as configured in setup.cfg's [mutmut] section.

Runs mutmut afresh on the functions that section names, prints the score (mutants killed, a time-out counting as
killed) per module and overall, lists the mutants that survived, and writes all of it, with each survivor's diff, to
a report file. Exits non-zero when the score is below the target.
"""

from __future__ import annotations

import argparse
import configparser
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]
KILLED = {"killed", "timeout"}
# The fixtures' data and rollups, written once for the run rather than once per mutant (see tests/conftest.py).
KEEP = ROOT / "mutants" / "test-data"


def globs() -> list[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    return [g for g in config["mutmut"]["mutants"].split() if g]


def results(patterns: list[str]) -> dict[str, str]:
    """mutant name -> status, for the mutants the patterns select."""
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and any(fnmatch.fnmatch(name, p) for p in patterns):
            found[name] = status
    return found


def module_of(name: str) -> str:
    # analysis.frames.x_trailing__mutmut_3 -> analysis.frames; class methods read xǁClassǁmethod.
    return re.split(r"\.x[_ǁ]", name, maxsplit=1)[0]


def score(counts: Counter) -> float:
    total = sum(counts.values())
    return sum(counts[s] for s in KILLED) / total if total else 1.0


def diff(name: str) -> str:
    done = subprocess.run([*MUTMUT, "show", name], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--report", type=Path, default=ROOT / "bench" / "results" / "mutation.txt")
    parser.add_argument("--target", type=float, default=0.85, help="the least share of mutants killed that passes")
    parser.add_argument("--keep", action="store_true", help="reuse the results of the last run (mutants/)")
    parser.add_argument(
        "--sample",
        metavar="DIGITS",
        default="",
        help="only the mutants whose number ends in one of these digits (e.g. 7: about a tenth)",
    )
    args = parser.parse_args()

    patterns = globs()
    if args.sample:
        # Mutant names end in their number, so a last digit picks a spread sample of every function.
        patterns = [g + d for g in patterns for d in args.sample]
    if not args.keep:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    started = time.perf_counter()
    run = subprocess.run(
        [*MUTMUT, "run", "--max-children", str(args.jobs), *patterns],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "HYPOTHESIS_PROFILE": "mutation", "TESTS_KEEP_DIR": str(KEEP)},
    )
    seconds = time.perf_counter() - started
    status = results(patterns)
    if run.returncode != 0 or not status:
        print(f"mutmut run failed (exit {run.returncode}); see `{' '.join(MUTMUT[1:])} run` for its output")
        return 1

    by_module: dict[str, Counter] = defaultdict(Counter)
    for name, s in status.items():
        by_module[module_of(name)][s] += 1
    overall = sum(by_module.values(), Counter())
    survivors = sorted(n for n, s in status.items() if s not in KILLED)

    sample = f" (the sample ending in {args.sample})" if args.sample else ""
    lines = [
        f"Mutation score: {score(overall):.1%} of {sum(overall.values())} mutants killed{sample} "
        f"(target {args.target:.0%}); {seconds / 60:.1f} minutes with {args.jobs} at once.",
        "Statuses: " + ", ".join(f"{s} {n}" for s, n in overall.most_common()),
        "",
        f"{'module':<28} {'mutants':>8} {'killed':>8} {'score':>7}",
    ]
    for module in sorted(by_module):
        c = by_module[module]
        lines.append(f"{module:<28} {sum(c.values()):>8} {sum(c[s] for s in KILLED):>8} {score(c):>7.1%}")
    lines += ["", f"Not killed ({len(survivors)}):"] + [f"  {n}: {status[n]}" for n in survivors]
    print("\n".join(lines))
    details = [diff(n) for n in survivors]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines) + "\n\n" + "\n\n".join(details) + "\n", encoding="utf-8")
    print(
        f"\nReport with each survivor's diff: {args.report.relative_to(ROOT) if args.report.is_relative_to(ROOT) else args.report}"
    )
    return 0 if score(overall) >= args.target else 2


if __name__ == "__main__":
    sys.exit(main())
