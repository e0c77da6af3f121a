"""Sessions that speak to the server as a browser does but draw nothing: Streamlit's own websocket protocol,
with the message classes the streamlit package ships (`BackMsg` up, `ForwardMsg` down).

A session connects to `/_stcore/stream`, asks for a page by the page's script hash (as the browser does after
a click in the navigation, the hashes coming from the server's `navigation` message), and changes the shared
province filter by sending the widget's new value with the widget states of the last run (as the browser
does when an option is picked). Each action is timed from the message sent until the server says the script
run finished; that is the server's whole part of a click (queueing behind other sessions included), without
the browser's drawing. A run that ends with an exception shown on the page, an error or a lost connection is
counted as an error.
"""

from __future__ import annotations

import asyncio
import random
import time
import urllib.parse

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

PROVINCE_WIDGET = "f_prov"  # the shared province filter's session-state key (shared_filters.SPECS)
TIMEOUT_S = 120.0  # many sessions share a core: an action is slow, not failed, until this


class ProtocolSession:
    """One user over the websocket: opens a page, moves between pages, picks provinces, reads in between."""

    def __init__(self, n: int, base: str, pages: tuple[str, ...], deadline: float, think: float, report: dict):
        self.n, self.base, self.pages, self.deadline, self.report = n, base, pages, deadline, report
        self.think_s = think
        self.rng = random.Random(1000 + n)
        self.hashes: dict[str, str] = {}  # url path -> page script hash
        self.widgets: dict[str, WidgetState] = {}  # widget id -> its last value, sent back with each run
        self.province: tuple[str, list[str]] | None = None  # the filter's widget id and its options
        self.url_query = "lang=en"  # the page's URL query as the server last set it (the filters write it)
        self.step = "starting"

    def error(self, what: str) -> None:
        self.report["errors"].append(f"protocol session {self.n}: {what}"[:300])

    async def think(self) -> None:
        await asyncio.sleep(self.think_s * self.rng.uniform(0.5, 1.5))

    def _seen(self, msg: ForwardMsg) -> str | None:
        """Notes what the browser would remember from `msg`; returns an error shown on the page, if any."""
        kind = msg.WhichOneof("type")
        if kind == "page_info_changed":
            self.url_query = msg.page_info_changed.query_string
        elif kind == "navigation":
            self.hashes = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            which = element.WhichOneof("type")
            if which == "exception":
                return f"{element.exception.type}: {element.exception.message}"[:200]
            if which == "multiselect" and element.multiselect.id.endswith(PROVINCE_WIDGET):
                self.province = (element.multiselect.id, list(element.multiselect.options))
        return None

    def connect(self):
        """The session's websocket, as the browser opens it."""
        import websockets

        host = urllib.parse.urlparse(self.base).netloc
        return websockets.connect(
            f"ws://{host}/_stcore/stream", subprotocols=["streamlit"], max_size=None, open_timeout=TIMEOUT_S
        )

    async def run_script(self, ws, path: str, widgets: list[WidgetState]) -> float:
        """Asks for one script run of the page at `path` with the URL query the page last had (as the browser
        sends its address); seconds until the server says the run finished."""
        back = BackMsg()
        state = back.rerun_script
        state.query_string = self.url_query
        state.page_script_hash = self.hashes.get(path, "")
        state.page_name = path
        state.widget_states.widgets.extend(widgets)
        state.context_info.timezone = "Asia/Shanghai"
        state.context_info.locale = "en-US"
        state.context_info.url = f"{self.base}/{path}?{state.query_string}"
        t0 = time.perf_counter()
        await ws.send(back.SerializeToString())
        shown = None
        async with asyncio.timeout(TIMEOUT_S):
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await ws.recv())
                self.report["bytes_down"] += msg.ByteSize()
                shown = shown or self._seen(msg)
                if msg.WhichOneof("type") == "script_finished":
                    # Streamlit's ScriptFinishedStatus: 0 finished, 1 compile error, 2 rerun asked, 3 fragment.
                    if msg.script_finished not in (0, 3):
                        raise RuntimeError(f"script run on /{path} ended with status {msg.script_finished}")
                    break
        if shown:
            raise RuntimeError(f"exception shown on /{path}: {shown}")
        return time.perf_counter() - t0

    async def run(self) -> None:
        try:
            self.step = "connecting"
            async with self.connect() as ws:
                here = self.rng.choice(self.pages)
                self.step = f"opening /{here}"
                self.report["first_load_s"].append(await self.run_script(ws, here, []))
                cycles = 0
                while cycles == 0 or time.monotonic() < self.deadline:
                    cycles += 1
                    await self.think()
                    here = self.rng.choice([p for p in self.pages if p != here])
                    self.step = f"going to /{here}"
                    self.report["page_open_s"].append(await self.run_script(ws, here, []))
                    for i in range(self.rng.randint(1, 3)):
                        if i and time.monotonic() >= self.deadline:
                            break
                        await self.think()
                        await self.change_filter(ws, here)
        except Exception as exc:  # noqa: BLE001 - any failure is reported as an error, never hidden
            self.error(f"{self.step}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")

    async def visit_all(self) -> None:
        """Opens each page once, untimed (a server warming up)."""
        try:
            async with self.connect() as ws:
                for page in self.pages:
                    self.step = f"opening /{page}"
                    await self.run_script(ws, page, [])
        except Exception as exc:  # noqa: BLE001 - reported, never hidden
            self.error(f"{self.step}: {type(exc).__name__}: {exc}")

    async def change_filter(self, ws, here: str) -> None:
        """Picks a province, or clears the choice when one is picked (as the sidebar's filter does)."""
        if self.province is None:
            raise RuntimeError(f"no province filter on /{here}")
        widget_id, options = self.province
        chosen = self.widgets.get(widget_id)
        state = WidgetState(id=widget_id)
        if chosen is not None and chosen.string_array_value.data:
            state.string_array_value.SetInParent()  # an empty choice: the oneof set, with no value in it
        else:
            state.string_array_value.data[:] = [self.rng.choice(options)]
        self.widgets[widget_id] = state
        self.step = f"changing the province filter on /{here}"
        self.report["filter_change_s"].append(await self.run_script(ws, here, list(self.widgets.values())))
        # The run read the new value: the filters write the province into the page's URL, or take it out.
        if ("prov=" in self.url_query) != bool(state.string_array_value.data):
            raise RuntimeError(f"the province choice was not taken on /{here} (URL query: {self.url_query})")
