"""The press kit and the province report from the command line, the same files as the pages build:

    python -m exports kit --lang zh,en --prov 620000 --from 2024-01 --to 2025-12 --out kit.zip
    python -m exports report --lang zh --prov 620000 --from 2024-01 --to 2025-12 --out gansu.pdf

The report is a PDF or a PowerPoint deck (by --out's extension: .pdf or .pptx) for one province, up to three
compared (--prov 620000,630000,640000), or the whole country (no --prov).

Every shared filter is an option named like its URL parameter (--prov, --from, --to, --level, --type,
--debtor); --figures takes figure keys, a page's URL path (all its figures) or a ready set ('article').
A bad value gets one line naming the option and the valid values, and exit status 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from i18n import LANGS
from shared_filters import LIST_FILTERS

SETS_HELP = "figure keys, page URL paths (all the page's figures) or a ready set, comma-separated; default all"


class Usage(Exception):
    """A bad option value; the message is the one line the user sees. `option` names it (as on the command line
    and, without the dashes, in a URL) and `valid` lists its valid values when they are few enough to list."""

    def __init__(self, message: str, option: str | None = None, valid: list | None = None):
        super().__init__(message)
        self.option, self.valid = option, valid


def _list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _check(option: str, given: list[str], valid: list[str]) -> list[str]:
    bad = [v for v in given if v not in valid]
    if bad:
        shown = ", ".join(valid) if len(valid) <= 40 else ", ".join(valid[:40]) + ", ..."
        raise Usage(f"--{option}: {', '.join(bad)} is not valid; valid values: {shown}", option, valid)
    return given


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m exports", description="Stamped figures and press kits.")
    sub = parser.add_subparsers(dest="command", required=True)
    k = sub.add_parser("kit", help="build a press kit (ZIP)")
    k.add_argument("--lang", default="zh,en", help="zh, en or zh,en (default zh,en)")
    _filter_options(k)
    k.add_argument("--figures", default="", help=SETS_HELP)
    k.add_argument(
        "--scale", type=float, default=2.0, help="PNG resolution as a multiple of the layout size (default 2)"
    )
    k.add_argument("--base-url", default=None, help="the dashboard's address for permalinks")
    k.add_argument("--out", required=True, type=Path, help="the ZIP file to write")
    k.add_argument("--quiet", action="store_true", help="no progress bar")
    r = sub.add_parser("report", help="build a province report (PDF or PowerPoint)")
    r.add_argument("--lang", default="zh", help="zh or en (default zh)")
    _filter_options(r)
    r.add_argument("--base-url", default=None, help="the dashboard's address for permalinks")
    r.add_argument("--out", required=True, type=Path, help="the file to write: .pdf or .pptx")
    r.set_defaults(figures="", quiet=True)
    return parser.parse_args(argv)


def _filter_options(k: argparse.ArgumentParser) -> None:
    # Every list filter of the shared specification, named like its URL parameter.
    for spec in LIST_FILTERS:
        what = "province codes" if spec.kind is None else spec.kind.replace("_", " ") + "s"
        k.add_argument(
            f"--{spec.url}",
            dest=spec.field,
            metavar="VALUES",
            default="",
            help=f"{what}, comma-separated (default all)",
        )
    k.add_argument("--from", dest="start", default=None, help="first month, YYYY-MM (default the data's first)")
    k.add_argument("--to", dest="end", default=None, help="last month, YYYY-MM (default the data's last)")


def selection(args) -> tuple:
    """Checks every option against the data; returns (Filters, langs, figure keys)."""
    import charts
    import queries
    from shared_filters import Filters

    facts = queries.run("data_facts").row(0, named=True)
    # The months the period filter offers on the pages: from the data's earliest record to its as-of month.
    first, last = f"{facts['period_first_month']:%Y-%m}", f"{facts['last_month']:%Y-%m}"
    langs = _check("lang", _list(args.lang), list(LANGS))
    if not langs:
        raise Usage("--lang: nothing given; valid values: zh, en", "lang", list(LANGS))
    chosen = {}
    for spec in LIST_FILTERS:
        # Provinces from the data's reference table; the other values as the data hold them, in the spec's order.
        if spec.kind is None:
            valid = queries.run("provinces")["province_code"].to_list()
        else:
            valid = [v for v in spec.vocabulary if v in (facts[f"{spec.kind}s"] or ())]
        chosen[spec.field] = tuple(_check(spec.url, _list(getattr(args, spec.field)), valid))
    start, end = args.start or first, args.end or last
    for option, value in (("from", start), ("to", end)):
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value) or not first <= value <= last:
            raise Usage(
                f"--{option}: {value} is not valid; valid values: months YYYY-MM from {first} to {last}",
                option,
                [first, last],
            )
    if start > end:
        raise Usage(f"--from: {start} is after --to {end}; valid values: a first month no later than the last", "from")
    wanted = _list(args.figures)
    keys: list[str] = []
    valid = [*charts.SETS, *charts.PAGES, *charts.keys()]
    for item in _check("figures", wanted, valid) or charts.keys(press=True):
        group = charts.SETS.get(item) or (charts.keys(item, press=True) if item in charts.PAGES else [item])
        keys += [k for k in group if k not in keys]
    sel = Filters(start=start, end=end, **chosen)
    return sel, langs, keys


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    import queries

    try:
        queries.database()
        sel, langs, keys = selection(args)
        if args.command == "report":
            return report(args, sel, langs)
    except Usage as exc:
        print(f"python -m exports {args.command}: {exc}", file=sys.stderr)
        return 2
    except queries.DataError as exc:
        print(f"python -m exports {args.command}: the data cannot be used: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    from tqdm import tqdm

    import exports
    from exports import kit, render

    bar = tqdm(total=len(keys), unit="figure", disable=args.quiet, file=sys.stderr)

    def step(k: int, n: int, key: str) -> None:
        bar.update(k - 1 - bar.n)
        bar.set_description(key)

    prov = exports.provenance(args.base_url)
    try:
        data = kit.build(sel, langs, keys, prov, progress=step, scale=args.scale)
    except render.RenderError as exc:
        bar.close()
        print(f"python -m exports kit: {exc}", file=sys.stderr)
        return 1
    bar.update(len(keys) - bar.n)
    bar.close()
    args.out.write_bytes(data)
    from exports.provenance import permalink

    link = permalink(prov.base_url, "national", sel, langs[0])
    _noted("kit", args.out, data, link, figures=keys, languages=langs)
    print(f"{args.out}: {len(keys)} figures, {', '.join(langs)}, {len(data) / 1e6:.1f} MB", file=sys.stderr)
    return 0


def report(args, sel, langs: list[str]) -> int:
    """Writes the report for the selection in the one language asked for, as --out's extension says."""
    import exports
    from exports import render
    from exports import report as reports

    kind = args.out.suffix.lower().lstrip(".")
    if kind not in reports.MIME:
        raise Usage(f"--out: {args.out} is not valid; valid values: a file name ending in .pdf or .pptx")
    if len(langs) != 1:
        raise Usage(f"--lang: {','.join(langs)} is not valid; valid values: zh or en (one report, one language)")
    if len(sel.provinces) > 3:
        raise Usage("--prov: more than three provinces; valid values: up to three province codes")
    prov = exports.provenance(args.base_url)
    try:
        built = reports.build(sel, langs[0], prov)
        data = reports.pdf(built) if kind == "pdf" else reports.pptx(built)
    except render.RenderError as exc:
        print(f"python -m exports report: {exc}", file=sys.stderr)
        return 1
    args.out.write_bytes(data)
    _noted("report", args.out, data, built.link)
    print(f"{args.out}: {built.title}, {len(data) / 1e6:.1f} MB", file=sys.stderr)
    return 0


def _noted(action: str, out: Path, data: bytes, link: str, **details) -> None:
    """The file that left, into the audit log (user: the account running the command)."""
    import getpass
    import hashlib

    import audit

    sha = hashlib.sha256(data).hexdigest()
    audit.record(action, getpass.getuser(), "command line", "all", file=str(out), **details, permalink=link, sha256=sha)


def run() -> int:
    """`main`, then the database closed before the interpreter winds down: a DuckDB connection torn down with
    the interpreter once aborted the process after its answer was printed (status -6 where 2 was due)."""
    try:
        return main()
    finally:
        import queries

        queries.reset()


if __name__ == "__main__":
    sys.exit(run())
