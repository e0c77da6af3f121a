"""The press kit: one ZIP with, for each chosen figure and language, the stamped PNG, SVG and PDF, the data as
CSV and XLSX and a caption; the paste-ready summary; and a README in both languages that lists every file.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

import charts
import queries
from exports import (
    IMAGE_FORMATS,
    PNG_SCALE,
    Provenance,
    csv_bytes,
    file_for,
    images,
    labelled,
    notes,
    province_names,
    title,
    xlsx_bytes,
)
from exports.provenance import period_text, permalink, selection_text
from exports.summary import caption, press_text
from i18n import LANGS, tr
from shared_filters import Filters

README = "README.md"
WORKERS = 3  # threads making figures: one waits on Chromium, the others query and convert


def summary_name(sel: Filters, lang: str) -> str:
    from exports.provenance import file_name

    return file_name("summary", sel, province_names("en"), lang, "txt")


def build(
    sel: Filters,
    langs: Iterable[str],
    keys: Iterable[str],
    prov: Provenance,
    progress: Callable[[int, int, str], None] | None = None,
    scale: float = PNG_SCALE,
    options: dict | None = None,
) -> bytes:
    """The kit as ZIP bytes. `progress(k, n, key)` is called before each figure is built."""
    # The kit's languages in the order asked for: the first is the kit's own, and its README opens in it.
    langs = [lg for lg in dict.fromkeys(langs) if lg in LANGS]
    keys = list(keys)
    files: dict[str, bytes] = {}
    shown: list[tuple[str, dict[str, str]]] = []
    skipped: list[str] = []
    indicators: dict[str, None] = {}

    def figure(key: str, lg: str) -> tuple[str, list[str], dict[str, bytes]] | None:
        ex = charts.build(key, sel, lg, **(options or {}))
        if ex is None:
            return None
        made = {file_for(ex, fmt): data for fmt, data in images(ex, prov, IMAGE_FORMATS, scale).items()}
        table = labelled(ex.frame, lg, ex.indicators)
        made[file_for(ex, "csv")] = csv_bytes(table)
        made[file_for(ex, "xlsx")] = xlsx_bytes(table, notes(ex, prov), lg)
        made[file_for(ex, "txt").replace(".txt", "_caption.txt")] = caption(ex, prov).encode("utf-8")
        return title(ex), list(ex.indicators), made

    # Figures are made by a few threads (the queries and Typst's conversions of one figure run while Chromium
    # draws another); files are taken in the kit's order, so the ZIP is the same whatever finishes first.
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        pending = {(key, lg): pool.submit(queries.carried(figure), key, lg) for key in keys for lg in langs}
        for k, key in enumerate(keys, 1):
            if progress:
                progress(k, len(keys), key)
            titles = {}
            for lg in langs:
                result = pending[key, lg].result()
                if result is None:
                    break
                titles[lg], used, figure_files = result
                indicators.update(dict.fromkeys(used))
                files.update({f"{key}/{name}": data for name, data in figure_files.items()})
            if titles:
                shown.append((key, titles))
            else:
                skipped.append(key)
    for lg in langs:
        files[summary_name(sel, lg)] = press_text(sel, lg, prov, province_names(lg)).encode("utf-8")
    readme = readme_text(sel, langs, shown, skipped, list(indicators), prov, list(files))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(README, readme.encode("utf-8"))
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def readme_text(
    sel: Filters,
    langs: list[str],
    shown: list[tuple[str, dict[str, str]]],
    skipped: list[str],
    indicators: list[str],
    prov: Provenance,
    names: list[str],
) -> str:
    """The kit's README: the same facts in each of the kit's languages (its first language first), then every
    file in the kit."""
    parts = []
    for lg in langs:
        colon = "：" if lg == "zh" else ": "
        lines = [
            f"# {tr('ex.kit.title', lg)}",
            "",
            f"- {tr('ex.note.selection', lg)}{colon}{selection_text(sel, lg, province_names(lg), coverage=queries.coverage())}",
            f"- {tr('ex.kit.period', lg)}{colon}{period_text(sel.start, sel.end, lg)}",
            f"- {tr('ex.note.permalink', lg)}{colon}{permalink(prov.base_url, 'national', sel, lg)}",
            f"- {tr('ex.note.as_of', lg)}{colon}{prov.as_of.isoformat()}",
            f"- {tr('ex.note.fingerprint', lg)}{colon}{prov.fingerprint}",
            f"- {tr('ex.note.source', lg)}{colon}{tr('common.source_name', lg)}",
            f"- {tr('ex.kit.languages', lg)}{colon}{', '.join(tr(f'ex.lang.{x}', lg) for x in langs)}",
            "",
            f"## {tr('ex.kit.figures', lg)}",
            "",
        ]
        for key, titles in shown:
            lines.append(f"- `{key}`{colon}{titles.get(lg) or next(iter(titles.values()))}")
        if skipped:
            lines += ["", tr("ex.kit.skipped", lg, keys=", ".join(f"`{k}`" for k in skipped))]
        lines += ["", f"## {tr('ex.kit.definitions', lg)}", ""]
        for ind in indicators:
            lines.append(
                f"- **{tr(f'ind.{ind}.name', lg)}**（{tr(f'ind.{ind}.unit', lg)}）{colon}"
                f"{tr(f'ind.{ind}.def', lg)} {tr('def.source', lg)}{colon}{tr(f'ind.{ind}.src', lg)}"
                if lg == "zh"
                else f"- **{tr(f'ind.{ind}.name', lg)}** ({tr(f'ind.{ind}.unit', lg)}): "
                f"{tr(f'ind.{ind}.def', lg)} {tr('def.source', lg)}: {tr(f'ind.{ind}.src', lg)}"
            )
        lines += ["", tr("ex.kit.contents", lg), ""]
        parts.append("\n".join(lines))
    files = [f"## {' / '.join(tr('ex.kit.files', lg) for lg in langs)}", ""] + [f"- `{n}`" for n in names]
    return "\n\n".join(parts) + "\n\n" + "\n".join(files) + "\n"


def listed_files(readme: str) -> list[str]:
    """The files a kit's README lists (its last section)."""
    section = readme.rsplit("\n## ", 1)[-1]
    return [line[3:-1] for line in section.splitlines() if line.startswith("- `") and line.endswith("`")]
