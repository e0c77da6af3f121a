"""KPI cards never cut their text: at 1280 x 800 and 1440 x 900, in both languages, every card's label, value and
change fit inside the card (measured on the elements, not the picture), with the page's own values and with the
widest values national data give ("1,358.3亿元", "2.14万亿元", "¥135.83bn")."""

from __future__ import annotations

import pytest

from tests.test_browser import browser, open_app, server  # noqa: F401  (pytest fixtures)

pytestmark = pytest.mark.browser

PAGES = ["?", "refusal?", "province?prov=620000&"]
WIDE = {"zh": "1,358.3亿元", "en": "¥135.83bn"}

# For each card: does any of its text run past the card's box, or is any of it cut (scrollWidth > clientWidth)?
MEASURE = """
(wide) => {
  const bad = [];
  for (const card of document.querySelectorAll('[data-testid="stMetric"]')) {
    if (wide) for (const p of card.querySelectorAll('[data-testid="stMetricValue"] p')) p.textContent = wide;
    const box = card.getBoundingClientRect();
    for (const el of card.querySelectorAll('[data-testid="stMetricValue"] *, [data-testid="stMetricLabel"] *, [data-testid="stMetricDelta"] *')) {
      const r = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1 || r.right > box.right + 1 || r.left < box.left - 1) {
        bad.push(el.textContent.trim().slice(0, 40));
      }
    }
  }
  return [document.querySelectorAll('[data-testid="stMetric"]').length, [...new Set(bad)]];
}
"""


@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)], ids=["1280", "1440"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_card_cuts_its_text(browser, server, lang, size):  # noqa: F811
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    try:
        for path in PAGES:
            open_app(page, server, f"{path}lang={lang}")
            page.locator("[data-testid='stMetric']").nth(3).wait_for(timeout=60_000)
            n, cut = page.evaluate(MEASURE, None)
            assert n >= 4, (path, n)
            assert cut == [], (path, cut)
            n, cut = page.evaluate(MEASURE, WIDE[lang])
            assert cut == [], (path, "wide values", cut)
    finally:
        context.close()


# Sections with charts side by side, a segmented control in a column, long court names and survival curves.
NARROW_PAGES = [
    "refusal?",
    "refusal?section=provinces&",
    "dishonest-list?section=durations&",
    "cross-enforcement-reform?section=flows&",
]
# Every chart's text inside its drawing, and every segmented control's options inside the control.
NARROW = """
() => {
  const bad = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const svg = plot.querySelector('.main-svg');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    for (const text of plot.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) bad.push(text.textContent.slice(0, 40));
    }
  }
  for (const group of document.querySelectorAll('[data-testid="stButtonGroup"]')) {
    const box = group.getBoundingClientRect();
    for (const button of group.querySelectorAll('button')) {
      const r = button.getBoundingClientRect();
      if (r.right > box.right + 1 || button.scrollWidth > button.clientWidth + 1) bad.push(button.textContent.slice(0, 40));
    }
  }
  return [document.querySelectorAll('.js-plotly-plot').length, [...new Set(bad)]];
}
"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_cut_on_a_1024_px_screen_with_the_filters_open(browser, server, lang):  # noqa: F811
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    try:
        for path in NARROW_PAGES:
            open_app(page, server, f"{path}lang={lang}")
            page.locator(".js-plotly-plot .main-svg").nth(1).wait_for(timeout=60_000)
            page.wait_for_timeout(500)  # the last charts' layout
            n, cut = page.evaluate(NARROW)
            assert n >= 2, (path, n)
            assert cut == [], (path, cut)
    finally:
        context.close()
