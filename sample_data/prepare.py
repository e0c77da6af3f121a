"""Gets a data folder ready for the dashboard: `python -m sample_data.prepare DIR [--scale S] [--seed N]`.

The generator's own folders (the default sample-data folder, or one it made and marked) are generated
when absent or unfinished. Any other folder is the user's: it is validated, every problem is printed,
and it is never written, renamed or removed. A path that does not exist yet becomes a new sample set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from queries.check import validate
from sample_data.generate import generate, owns


def prepare(data: Path, scale: float, seed: int, progress: bool = True) -> list[str]:
    """Generates `data` if it is the generator's and unfinished; returns the contract problems of the folder."""
    data = Path(data)
    if not data.exists() or (owns(data) and not (data / "_SUCCESS").is_file()):
        print(f"Generating sample data (scale {scale}, seed {seed}) into {data} ...", file=sys.stderr, flush=True)
        generate(data, scale, seed, progress=progress)
        return validate(data)
    if owns(data):
        print(f"Sample data: {data}", file=sys.stderr)
        return validate(data)
    print(f"Your data: {data} (read only; nothing in it is generated, changed or removed).", file=sys.stderr)
    problems = validate(data)
    for line in problems:
        print(f"  {line}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {data}; the dashboard opens and lists them.", file=sys.stderr)
    else:
        print(f"{data}: valid.", file=sys.stderr)
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sample_data.prepare", description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    prepare(args.data, args.scale, args.seed)
    # Problems are reported, not fatal: `make run` goes on to open the dashboard, which shows them too.
    return 0


if __name__ == "__main__":
    sys.exit(main())
