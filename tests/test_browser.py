"""The real dashboard in headless Chromium: what only a browser shows (URL, downloads, layout, console errors)."""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
import zipfile

import pytest
from playwright.sync_api import expect

from ui import serve

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Chromium's own background look-ups fail on a closed network; they are not the page's errors.
NOISE = ("net::ERR_NAME_NOT_RESOLVED", "net::ERR_INTERNET_DISCONNECTED", "net::ERR_CONNECTION_REFUSED")


def start_server(data, cache):
    """Starts the dashboard the way `make run` does; returns (process, base url)."""
    try:
        return serve.background(data, cache, wait=180)
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def server(fixture_dir, tmp_path_factory):
    proc, url = start_server(fixture_dir, tmp_path_factory.mktemp("srv-cache"))
    yield url
    proc.terminate()
    proc.wait(timeout=60)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.errors = []
    # Failed loads are judged by their responses below, where the URL is known.
    pg.on(
        "console",
        lambda m: (
            pg.errors.append(m.text)
            if m.type == "error" and "Failed to load resource" not in m.text and not any(n in m.text for n in NOISE)
            else None
        ),
    )
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on(
        "response", lambda r: pg.errors.append(f"{r.status} {r.url}") if r.status >= 400 and not probe(r.url) else None
    )
    yield pg
    context.close()


def probe(url: str) -> bool:
    # On a deep link Streamlit's client first asks for /<page>/_stcore/... and falls back to the root.
    path = urllib.parse.urlparse(url).path
    return path.count("/") > 2 and path.endswith(("/_stcore/health", "/_stcore/host-config"))


def settle(page) -> None:
    """Waits until the script run has finished (Streamlit's running indicator is gone)."""
    page.wait_for_timeout(500)
    page.locator(
        "[data-testid='stStatusWidgetRunningIcon'], [data-testid='stStatusWidgetRunningManIcon']"
    ).first.wait_for(state="detached", timeout=60_000)
    # A fast script run can end before the browser has drawn what it sent: wait for the charts too.
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].every(e => e.querySelector('.main-svg'))",
        timeout=60_000,
    )
    page.wait_for_timeout(500)


def open_app(page, url: str, query: str = "") -> None:
    page.goto(f"{url}/{query}")
    page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
    settle(page)


def test_overview_loads_without_console_errors(page, server):
    open_app(page, server)
    assert page.get_by_role("heading", level=1).first.inner_text() == "全国法院执行概览"
    assert "lang=zh" in page.url
    assert page.errors == []


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("", "National overview of court enforcement"),  # the default page lives at the root
        ("case-lookup", "Case file"),
        ("refusal", None),
        ("campaign-effects", None),
        ("dishonest-list", None),
        ("cross-enforcement-reform", None),
        ("province", "A province against the country and its peers"),
        ("press-room", "Press room"),
    ],
)
def test_every_page_loads_in_a_browser_without_errors(page, server, path, heading):
    open_app(page, server, f"{path}?lang=en")
    if heading:
        assert page.get_by_role("heading", level=1).first.inner_text() == heading
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.errors == []


def test_a_province_and_one_of_its_courts_from_a_link(page, server):
    open_app(page, server, "province?prov=620000&court=2&lang=en")
    page.get_by_role("heading", name="Tianshui Intermediate People's Court", exact=True).wait_for(timeout=60_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert "court=2" in page.url
    assert page.errors == []


def test_layout_has_no_horizontal_overflow(page, server):
    open_app(page, server)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_switching_language_updates_the_url_and_the_page(page, server):
    open_app(page, server)
    # The document declares the page's language (a screen reader reads by it).
    page.wait_for_function("document.documentElement.lang === 'zh-CN'", timeout=30_000)
    page.get_by_text("English", exact=True).click()
    page.get_by_role("heading", name="National overview of court enforcement").wait_for(timeout=30_000)
    assert "lang=en" in page.url
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=30_000)


def test_a_copied_link_reproduces_the_view(page, server):
    open_app(page, server, "?lang=en&prov=230000&from=2020-01&to=2024-06")  # inside the fixture's months
    sidebar = page.locator("section[data-testid='stSidebar']")
    expect(sidebar).to_contain_text("Heilongjiang", timeout=30_000)
    assert "prov=230000" in page.url and "from=2020-01" in page.url and "to=2024-06" in page.url


def test_a_bad_link_value_shows_a_notice(page, server):
    open_app(page, server, "?lang=en&prov=123456")
    assert page.get_by_text("prov=123456").count() >= 1
    assert page.errors == []


def test_csv_download_is_the_chart_data(page, server):
    open_app(page, server, "?lang=en")
    # The overview's two charts, the refusal trend first: wait for both, so "first" is the first on the page.
    buttons = page.get_by_role("button", name="Download CSV")
    expect(buttons).to_have_count(2, timeout=30_000)
    with page.expect_download(timeout=30_000) as info:
        buttons.first.click()
    path = info.value.path()
    text = open(path, encoding="utf-8-sig").read()
    header = text.splitlines()[0]
    # Publishable as it is: readable headings in the page's language.
    assert header == "Period,Transferred to police (cases),Held criminally liable (persons)"
    # Fixture: 2023 has incidents 2 and 4 transferred (2 + 1 persons held liable).
    assert any(line.startswith("2023,2,3") for line in text.splitlines())


def test_png_download_is_a_png(page, server):
    open_app(page, server, "?lang=en")
    with page.expect_download(timeout=90_000) as info:
        page.get_by_role("button", name="Download PNG").first.click()
    data = open(info.value.path(), "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000


def test_svg_download_is_stamped_with_the_selection(page, server):
    open_app(page, server, "dishonest-list?lang=en&prov=620000")
    page.get_by_role("button", name="More formats").first.click()
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name="SVG vector").first.click()
    assert info.value.suggested_filename.startswith("dishonest-stock_gansu_")
    assert info.value.suggested_filename.endswith("_en.svg")
    svg = open(info.value.path(), encoding="utf-8").read()
    assert "Gansu" in svg and "prov=620000" in svg and "Data as of" in svg
    assert page.errors == []


def test_press_room_builds_a_kit_without_resetting_the_page(page, server):
    open_app(page, server, "press-room?lang=en&prov=620000")
    assert "Gansu" in page.locator("[data-testid='stCode']").first.inner_text()
    # Segmented controls are buttons without an accessible name of their own: find them by their text.
    page.locator("button", has_text="Everything on a page").click()
    settle(page)
    page.locator("button", has_text=re.compile("^English$")).last.click()
    settle(page)
    page.get_by_role("button", name="Build the press kit").click()
    page.get_by_role("button", name=re.compile("Download the press kit")).wait_for(timeout=300_000)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=re.compile("Download the press kit")).click()
    names = zipfile.ZipFile(info.value.path()).namelist()
    assert "README.md" in names and any(n.endswith("_en.pdf") for n in names)
    assert not any(n.endswith("_zh.png") for n in names)
    # The choices made before the build are still in force.
    assert "prov=620000" in page.url
    assert page.errors == []


def test_a_deep_link_as_the_first_request_opens_its_page(browser, fixture_dir, tmp_path):
    proc, url = start_server(fixture_dir, tmp_path)
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        pg.goto(f"{url}/case-lookup?lang=en")
        pg.get_by_role("heading", name="Case file").first.wait_for(timeout=60_000)
        pg.wait_for_timeout(1000)
        assert pg.get_by_text("Page not found").count() == 0
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def test_clicking_a_province_on_the_tile_map_sets_the_filter(page, server):
    open_app(page, server, "refusal?lang=en&section=provinces")
    # The map by its chart's key: charts on the page draw (and redraw) in any order.
    tile_map = page.locator(".st-key-chart-nc-map .js-plotly-plot")
    # The last trace holds the 31 provinces in the grid's order; the first is Heilongjiang (230000).
    tiles = tile_map.locator(".scatterlayer .trace").last.locator(".points path")
    tiles.first.wait_for(timeout=60_000)
    assert tiles.count() == 31
    tile_map.scroll_into_view_if_needed()
    tiles.first.click(force=True, timeout=60_000)
    page.wait_for_url("**prov=230000**", timeout=30_000)
    settle(page)
    assert "Heilongjiang" in page.locator("section[data-testid='stSidebar']").inner_text()
    # Resetting the filters afterwards is not undone by the map's remembered click.
    page.get_by_role("button", name="Reset filters").click()
    settle(page)
    assert "prov=" not in page.url


def test_the_overview_opens_by_its_own_path(page, server):
    # Shared links and exported files name the overview /national; it opens without "Page not found".
    open_app(page, server, "national?lang=en&prov=230000")
    # A province chosen: the title names it (the overview of the whole country is for no province chosen).
    page.get_by_role("heading", name="Heilongjiang: overview of court enforcement").wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    assert page.get_by_text("Page not found").count() == 0
    assert "prov=230000" in page.url
    assert page.errors == []


def test_the_csv_at_a_url_is_the_download_byte_for_byte(page, server):
    query = "?lang=en&prov=620000&from=2019-01&to=2024-06"
    open_app(page, server, query)
    buttons = page.get_by_role("button", name="Download CSV")
    expect(buttons).to_have_count(2, timeout=30_000)
    with page.expect_download(timeout=30_000) as info:
        buttons.first.click()
    downloaded = info.value.path().read_bytes()
    served = urllib.request.urlopen(f"{server}/api/v1/figures/overview-noncompliance.csv{query}", timeout=60).read()
    assert served == downloaded and len(served) > 40
