"""Every URL parameter is checked: page-local ones against what the page offers, unknown ones dropped, and any
value echoed in a notice cut to a readable length."""

from __future__ import annotations

from tests.apptest import app
from ui.links import ECHO_LIMIT, clip

LONG = "x" * 300


def render(page: str, **query):
    """Opens `page` with these URL parameters, as a shared link does (the front door runs first)."""
    at = app(lang="en")
    at.run()
    at.switch_page(page)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def warnings(at) -> list[str]:
    return [w.value for w in at.warning]


def test_clip():
    assert clip("abc") == "abc"
    assert clip("a\nb\tc") == "a b c"
    assert clip(LONG) == "x" * (ECHO_LIMIT - 1) + "…"


def test_dishonest_grain_outside_its_choices_is_dropped_with_a_notice(on_fixture):
    at = render("pages/dishonest.py", grain="decade")
    assert any("grain=decade" in w for w in warnings(at)), warnings(at)
    assert at.session_state["dl_grain"] == "quarter"
    assert at.query_params["grain"] == "quarter"


def test_dishonest_grain_from_the_link_is_used(on_fixture):
    at = render("pages/dishonest.py", grain="year")
    assert at.session_state["dl_grain"] == "year"
    assert not any("grain" in w for w in warnings(at))


def test_a_parameter_no_page_uses_is_dropped_with_a_notice(on_fixture):
    at = app(lang="en", utm_source="mail", page="2")
    at.run()
    notice = next(w for w in warnings(at) if "not used by this dashboard" in w)
    assert "utm_source=mail" in notice and "page=2" in notice
    assert "utm_source" not in at.query_params and "page" not in at.query_params


def test_values_echoed_in_notices_are_cut(on_fixture):
    at = app(lang="en", prov=LONG, junk=LONG)
    at.run()
    shown = " ".join(warnings(at))
    assert "x" * ECHO_LIMIT not in shown
    assert "prov=" + "x" * 30 in shown and "…" in shown
    at = render("pages/noncompliance.py", grain=LONG)
    assert any(w.endswith("…") or "…" in w for w in warnings(at) if "grain=" in w)
    assert "x" * ECHO_LIMIT not in " ".join(warnings(at))
