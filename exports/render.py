"""Static images (PNG, SVG, PDF) from Plotly figures through one kaleido renderer kept alive for the process.

Kaleido 1.x drives Chromium; starting it costs seconds, so one sync server is started on first use and
reused. Its request queue answers one caller at a time, so concurrent sessions take turns behind a lock.
Its page loads plotly.js from the installed plotly package and no MathJax (kaleido's default fetches MathJax
from a CDN; no figure here uses LaTeX), so exporting asks nothing of the network.
"""

from __future__ import annotations

import threading

import plotly.graph_objects as go

FORMATS = ("png", "svg", "pdf")
MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}

_lock = threading.Lock()
_started = False


class RenderError(RuntimeError):
    """The image could not be drawn (no Chromium, or it failed); the message says why."""


def page():
    """The page kaleido draws in: local scripts only."""
    from pathlib import Path

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


def image(fig: go.Figure | dict, fmt: str, width: int, height: int, scale: float = 1.0) -> bytes:
    """The figure drawn as `fmt` at `width` x `height` layout pixels (PNG at `scale` times that)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; one of {', '.join(FORMATS)}")
    spec = fig if isinstance(fig, dict) else fig.to_dict()
    opts = {"format": fmt, "width": int(width), "height": int(height), "scale": scale if fmt == "png" else 1}
    import kaleido
    from kaleido.errors import ChromeNotFoundError

    with _lock:
        try:
            _ensure_server()
            return kaleido.calc_fig_sync(spec, opts=opts)
        except ChromeNotFoundError as exc:
            raise RenderError("Chromium was not found (install Debian's chromium package)") from exc


def stop() -> None:
    """Stops the renderer (it starts again on the next image)."""
    global _started
    with _lock:
        if _started:
            import kaleido

            kaleido.stop_sync_server(silence_warnings=True)
            _started = False
