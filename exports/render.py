"""Static images (PNG, SVG, PDF) from Plotly figures: kaleido draws the SVG, Typst makes the PNG and PDF from it.

Kaleido 1.x drives Chromium; starting it costs seconds, so one sync server is started on first use and
reused. Its request queue answers one caller at a time, so concurrent sessions take turns behind a lock.
Its page loads plotly.js from the installed plotly package and no MathJax (kaleido's default fetches MathJax
from a CDN; no figure here uses LaTeX), so exporting asks nothing of the network.

Chromium's own PDF of a figure draws pattern fills (the legend bars' hatching) as images: one figure with
hatched stacked bars became a 16 MB PDF taking 18 s. Typst, which also sets the province report, turns the
one SVG into a PDF of vectors with the fonts embedded and the text selectable, and into a PNG, in well under a
tenth of a second once its fonts are loaded, and its compiler releases the interpreter lock, so the press kit
converts one figure while Chromium draws the next. The three files of a figure are one drawing.
"""

from __future__ import annotations

import threading
from pathlib import Path

import plotly.graph_objects as go

FORMATS = ("png", "svg", "pdf")
MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
FONT_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype")
# One page the size of the figure's layout (1 layout pixel = 0.75 pt, as in a browser), the SVG filling it.
PAGE = b"""#set page(width: float(sys.inputs.width) * 0.75pt, height: float(sys.inputs.height) * 0.75pt, margin: 0pt)
#image(bytes(sys.inputs.svg), format: "svg", width: 100%, height: 100%)
"""

_lock = threading.Lock()
_started = False
_local = threading.local()


class RenderError(RuntimeError):
    """The image could not be drawn (no Chromium, or it failed); the message says why."""


def page():
    """The page kaleido draws in: local scripts only."""
    import plotly
    from kaleido import PageGenerator

    local = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return PageGenerator(plotly=(local.as_uri(), "utf-8"), mathjax=False)


def _ensure_server() -> None:
    global _started
    if not _started:
        import kaleido

        kaleido.start_sync_server(n=1, timeout=90, silence_warnings=True, page_generator=page())
        _started = True


def compiler():
    """This thread's Typst compiler: loading the fonts takes a tenth of a second, so each thread keeps one (a
    compiler serves one caller at a time)."""
    if getattr(_local, "compiler", None) is None:
        import typst

        _local.compiler = typst.Compiler(font_paths=[d for d in FONT_DIRS if Path(d).is_dir()])
    return _local.compiler


def typeset(source: bytes, fmt: str, inputs: dict[str, str], ppi: float | None = None) -> bytes:
    """A Typst document as PDF or PNG (its first page) through this thread's compiler."""
    out = compiler().compile(input=source, format=fmt, ppi=ppi, sys_inputs=inputs)
    return out[0] if isinstance(out, list) else out


def svg(fig: go.Figure | dict, width: int, height: int) -> bytes:
    """The figure drawn by Plotly as SVG at `width` x `height` layout pixels."""
    spec = fig if isinstance(fig, dict) else fig.to_dict()
    import kaleido
    from kaleido.errors import ChromeNotFoundError

    with _lock:
        try:
            _ensure_server()
            return kaleido.calc_fig_sync(spec, opts={"format": "svg", "width": int(width), "height": int(height)})
        except ChromeNotFoundError as exc:
            raise RenderError("Chromium was not found (install Debian's chromium package)") from exc


def converted(drawing: bytes, fmt: str, width: int, height: int, scale: float = 1.0) -> bytes:
    """An SVG drawing of `width` x `height` layout pixels as SVG, PDF, or PNG at `scale` times that size."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "svg":
        return drawing
    inputs = {"svg": drawing.decode("utf-8"), "width": str(int(width)), "height": str(int(height))}
    return typeset(PAGE, fmt, inputs, ppi=96 * scale if fmt == "png" else None)


def image(fig: go.Figure | dict, fmt: str, width: int, height: int, scale: float = 1.0) -> bytes:
    """The figure drawn as `fmt` at `width` x `height` layout pixels (PNG at `scale` times that)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; one of {', '.join(FORMATS)}")
    return converted(svg(fig, width, height), fmt, width, height, scale)


def stop() -> None:
    """Stops the renderer (it starts again on the next image)."""
    global _started
    with _lock:
        if _started:
            import kaleido

            kaleido.stop_sync_server(silence_warnings=True)
            _started = False
