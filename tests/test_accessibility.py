"""Accessibility in a real browser: axe-core on every page in both languages, the pages used with the keyboard
alone, every chart's text for a screen reader; and the palette and text colours, measured."""

from __future__ import annotations

import os
import re
import tomllib
from itertools import combinations

import pytest
from axe_playwright_python.sync_playwright import Axe
from coloraide import Color
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from figures.common import INK, MUTED, SERIES
from tests.conftest import ROOT
from tests.test_browser import browser, open_app, server  # noqa: F401  (pytest fixtures)

PAGES = (
    "",
    "case-lookup",
    "province?prov=620000",
    "refusal",
    "campaign-effects",
    "dishonest-list",
    "cross-enforcement-reform",
    "press-room",
    "data-quality",
    "audit-log",
)
CJK = re.compile(r"[\u4e00-\u9fff]")
# Streamlit marks what a rerun is about to replace as stale and fades it; axe would measure the fading.
SETTLED = "() => !document.querySelector('[data-stale=true]')"


@pytest.fixture(scope="module")
def site(request) -> str:
    """The dashboard under test: the fixture's own, or a running one at DASHBOARD_TEST_URL (national data, say)."""
    return os.environ.get("DASHBOARD_TEST_URL") or request.getfixturevalue("server")


@pytest.fixture
def page(browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


def opened(page, site: str, path: str, lang: str):
    open_app(page, site, f"{path}{'&' if '?' in path else '?'}lang={lang}")
    page.wait_for_function(SETTLED, timeout=60_000)
    return page


def ready_for_keys(page, site: str) -> None:
    """The refusal page with its filters and controls usable (Streamlit disables widgets until the session is
    connected, and a disabled control is skipped by Tab)."""
    opened(page, site, "refusal", "en")
    page.locator("[data-testid=stSidebar] input[role=combobox]:not([disabled])").first.wait_for(timeout=60_000)
    page.locator("[data-testid=stButtonGroup] button:not([disabled])").first.wait_for(timeout=60_000)
    page.mouse.move(0, 0)


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_serious_and_every_chart_has_its_text(page, site, path, lang):
    opened(page, site, path, lang)
    found = Axe().run(page).response["violations"]
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])}× e.g. {v['nodes'][0]['html'][:160]}"
        for v in found
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    # The sidebar's script declares the language once its element is drawn, which on a loaded machine can come
    # after the page's run indicator has gone: wait for it (up to 10 s) rather than read it once.
    declared = {"zh": "zh-CN", "en": "en"}[lang]
    try:
        page.wait_for_function(f"document.documentElement.lang === '{declared}'", timeout=10_000)
    except PlaywrightTimeout:
        pass
    assert page.evaluate("document.documentElement.lang") == declared
    # Each chart's container is a figure named by the chart in words, in the page's language.
    names = page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(c => "
        "(c.closest('[role=figure][aria-label]') || {getAttribute: () => ''}).getAttribute('aria-label'))"
    )
    assert all(len(n) > (20 if lang == "zh" else 40) for n in names), names
    assert all(bool(CJK.search(n)) == (lang == "zh") for n in names), names


# What the focused element looks like against the same element unfocused: a focus indicator changes pixels.
BOX = """() => { const e = document.activeElement; if (!e || e === document.body) return null;
  let t = e, testid = '';
  while (t && !testid) { testid = (t.getAttribute && t.getAttribute('data-testid')) || ''; t = t.parentElement; }
  const r = (e.closest('[data-baseweb=select]') || e).getBoundingClientRect();
  return {testid, tag: e.tagName, role: e.getAttribute('role') || '',
          name: (e.getAttribute('aria-label') || e.innerText || '').trim().split('\\n').pop().slice(0, 40),
          x: r.x + scrollX - 4, y: r.y + scrollY - 4, width: r.width + 8, height: r.height + 8}; }"""
CONTROLS = ("BUTTON", "A", "INPUT", "SUMMARY")


def focused(page) -> dict | None:
    return page.evaluate(BOX)


def looks(page, box: dict) -> bytes:
    return page.screenshot(clip={k: box[k] for k in ("x", "y", "width", "height")}, full_page=True)


@pytest.mark.browser
def test_every_control_is_reached_by_tab_and_shows_its_focus(page, site):
    ready_for_keys(page, site)
    reached, before = [], None
    for _ in range(40):
        page.keyboard.press("Tab")
        page.wait_for_timeout(100)  # focus rings fade in
        if before:
            # The control left behind, now unfocused, looks different from when it had the focus.
            box, focused_look = before
            assert looks(page, box) != focused_look, f"no visible focus on {box}"
        box = focused(page)
        before = None
        if box and (box["tag"] in CONTROLS or box["role"] in ("tab", "radio")):
            before = (box, looks(page, box))
            reached.append((box["testid"], box["name"]))
    kinds = {testid for testid, _ in reached}
    names = {name for _, name in reached}
    # The filters, the navigation, the page's own controls, the tabs and the downloads.
    assert {"stMultiSelectTagsContainer", "stSelectbox", "stTopNavSection", "stButtonGroup", "stTab"} <= kinds
    assert {"Provinces", "From", "Refusal to comply", "Month", "Download CSV"} <= names


@pytest.mark.browser
def test_the_keyboard_alone_changes_a_control_and_opens_a_page(page, site):
    ready_for_keys(page, site)

    def tab_to(name: str, key: str = "Tab") -> None:
        seen = []
        for _ in range(40):
            page.keyboard.press(key)
            box = focused(page)
            if box and box["name"] == name:
                return
            seen.append(box and box["name"])
        pytest.fail(f"{key} never reached {name!r}: {seen}")

    # A page's own control: the grain's segmented buttons, chosen with Enter.
    tab_to("Month")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"grain=month"), timeout=30_000)
    # The navigation: a section's menu opened with Enter, a page chosen with the arrow keys and Enter.
    tab_to("Overview", "Shift+Tab")
    page.keyboard.press("Enter")
    for _ in range(2):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/province\b"), timeout=30_000)
    page.get_by_role("heading", name="A province against the country and its peers").wait_for(timeout=60_000)


def test_text_colours_reach_4_5_to_1_on_white():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    text = Color(theme["textColor"])
    # Streamlit draws captions at 60% opacity: the text colour over white, 60 to 40.
    caption = text.mix("white", 0.4, space="srgb")
    for name, colour in {
        "text": text,
        "caption": caption,
        "primary": Color(theme["primaryColor"]),
        "chart ink": Color(INK),
        "chart secondary text": Color(MUTED),
    }.items():
        assert colour.contrast("white", method="wcag21") >= 4.5, name


@pytest.mark.parametrize("deficiency", [None, "protan", "deutan", "tritan"])
def test_the_first_five_series_colours_stay_apart_under_colour_vision_deficiencies(deficiency):
    """Simulated (Brettel/Viénot via ColorAide) for the full deficiency; every pair at least 7 ΔE2000 apart,
    clearly told apart side by side. Okabe–Ito's closest pair (reddish purple, orange, tritanopia) is 7.9; the
    previous palette's blue and violet were 4.9 for a protanope."""
    colours = [Color(c) if deficiency is None else Color(c).filter(deficiency) for c in SERIES[:5]]
    closest = min(a.delta_e(b, method="2000") for a, b in combinations(colours, 2))
    assert closest >= 7
