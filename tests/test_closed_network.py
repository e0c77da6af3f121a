"""A closed network: every request each page makes, in both languages, with every popover opened and a file
downloaded, stays on the machine (no CDN for plotly.js, fonts, tiles or anything else)."""

from __future__ import annotations

import urllib.parse

import pytest

from tests.test_browser import browser, open_app, server  # noqa: F401  (pytest fixtures)

pytestmark = pytest.mark.browser
PATHS = (
    "",
    "national",
    "case-lookup?case=(2020)甘05执1号",
    "refusal",
    "campaign-effects",
    "dishonest-list",
    "cross-enforcement-reform",
    "data-quality",
)


OPEN_EVERY_POPOVER = """
async () => {
  const pause = ms => new Promise(r => setTimeout(r, ms));
  let opened = 0;
  for (const button of document.querySelectorAll("[data-testid='stPopover'] button")) {
    const box = button.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    button.scrollIntoView({block: "center"});
    button.click();
    await pause(120);
    document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    document.body.click();
    await pause(30);
    opened += 1;
  }
  return opened;
}
"""


def local(url: str) -> bool:
    if url.startswith(("data:", "blob:", "about:")):
        return True
    return urllib.parse.urlparse(url).hostname in ("127.0.0.1", "localhost")


# Every page in Chinese; in English (the same assets, other words) the pages whose figures differ most.
PAGES_IN = {"zh": PATHS, "en": ("", "refusal", "dishonest-list")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_request_leaves_the_machine(browser, server, lang):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    seen: list[str] = []
    outside: list[str] = []

    def guard(route):
        if local(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    context.on("request", lambda r: seen.append(r.url))
    page = context.new_page()
    page.on("websocket", lambda ws: None if local(ws.url.replace("ws://", "http://", 1)) else outside.append(ws.url))
    popovers = 0
    for path in PAGES_IN[lang]:
        sep = "&" if "?" in path else "?"
        open_app(page, server, f"{path}{sep}lang={lang}")
        # Each visible popover opened in turn (and closed), in the page itself: a click through the browser
        # driver per popover would take most of this test's time without asking the server for anything more.
        popovers += page.evaluate(OPEN_EVERY_POPOVER)
        page.wait_for_load_state("networkidle")
        if path == "":
            with page.expect_download(timeout=60_000) as info:
                page.locator("[data-testid='stDownloadButton'] button").first.click()
            assert info.value.path().stat().st_size > 0
    context.close()
    assert popovers >= 20, "the pages' popovers were opened"
    assert any("/_stcore/" in u or "/static/" in u for u in seen), "requests were recorded"
    assert outside == [], outside


def test_the_image_renderer_loads_only_local_scripts():
    # kaleido draws exports in a page of its own, outside the browser sessions above: every script it loads is
    # a local file (its default would fetch MathJax from a CDN).
    import re

    from exports import render

    html = render.page().generate_index()
    sources = re.findall(r'<script src="([^"]+)"', html)
    assert sources and all(src.startswith("file://") for src in sources), sources
    assert all(urllib.parse.unquote(urllib.parse.urlparse(src).path).endswith(".js") for src in sources)
