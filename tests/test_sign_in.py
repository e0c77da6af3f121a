"""Sign-in in a real browser against a real OpenID Connect provider process (oidc-provider-mock, which issues
signed ID tokens through the authorization-code flow Streamlit's st.login speaks), and behind a trusted SSO
header: three users with three scopes, URL tampering, an unknown user, sign-out, and the audit lines they leave.
The expected rows come from plain SQL over the hand-built fixture."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import duckdb
import pytest

import audit
from tests.test_browser import browser  # noqa: F401  (pytest fixture)
from tests.test_identity import POLICY
from ui import serve

pytestmark = pytest.mark.browser
# The provider sends the browser back to the dashboard's root, in its default language.
SIGN_IN = re.compile("^(Sign in|登录)$")

USERS = [
    {"sub": "li.na@gs.example", "email": "li.na@gs.example"},
    {"sub": "reporter@press.example", "email": "reporter@press.example", "groups": ["press-office"]},
    {"sub": "zhang.wei@spc.example", "email": "zhang.wei@spc.example"},
    {"sub": "stranger@example.org", "email": "stranger@example.org"},
]
# The policy of tests/test_identity.py: Li Na sees Gansu, Zhang Wei everything, the press-office group is press.


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:3]} exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer")


@pytest.fixture(scope="module")
def provider():
    port = serve.free_port()
    claims = [a for u in USERS for a in ("--user-claims", json.dumps(u))]
    proc = subprocess.Popen(
        [sys.executable, "-m", "oidc_provider_mock", "--port", str(port), *claims],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/.well-known/openid-configuration", proc)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    where = tmp_path_factory.mktemp("sign-in")
    (where / "policy.toml").write_text(POLICY, encoding="utf-8")
    return where


@pytest.fixture(scope="module")
def dashboard(provider, settings, fixture_dir):
    port = serve.free_port()
    secrets = settings / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "test-cookie-secret-of-a-decent-length-0123456789"\n'
        'client_id = "court-dashboard"\nclient_secret = "test-client-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    env = {"DASHBOARD_POLICY": str(settings / "policy.toml"), "DASHBOARD_AUDIT_DIR": str(settings / "audit")}
    proc, url = serve.background(
        fixture_dir, settings / "cache", port=port, options=("--secrets.files", str(secrets)), env=env, wait=180
    )
    yield url
    proc.terminate()
    proc.wait(timeout=60)


def fixture_case(directory, province: str) -> str:
    """A case number of the province's, by plain SQL over the fixture."""
    con = duckdb.connect()
    (number,) = con.execute(
        f"""select '(' || year(e.filed_date) || ')' || c.case_prefix || '执' || e.case_seq || '号'
        from read_parquet('{directory}/enforcement_cases/**/*.parquet', hive_partitioning = false) e
        join read_parquet('{directory}/courts.parquet') c using (court_id)
        where e.province_code = ? order by e.case_id limit 1""",
        [province],
    ).fetchone()
    return number


def signed_in(browser, url: str, who: str):
    """A new browser context signed in as `who` through the provider's authorization page."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    page = context.new_page()
    page.goto(f"{url}/?lang=en")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/oauth2/authorize**")
    page.get_by_role("button", name=who).click()
    page.wait_for_url(f"{url}/**")
    page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
    show(page, url, "/?lang=en")  # the provider returns to the dashboard's root
    return page


def show(page, url: str, path: str, until: str | None = None) -> str:
    """The main area's text once the page at `path` has run (and drawn `until`, a selector, when given)."""
    page.goto(f"{url}{path}")
    page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
    if until:
        page.locator(until).first.wait_for(timeout=60_000)
    page.locator("[data-testid='stStatusWidgetRunningIcon']").first.wait_for(state="detached", timeout=60_000)
    page.wait_for_timeout(1500)
    return page.inner_text("[data-testid=stMain]")


TABLE = "[data-testid=stDataFrame]"
NOTICE = "text=outside what your role may see"


def nav(page) -> str:
    """The names of the pages in the navigation, every section's menu opened in turn."""
    names = []
    for section in page.locator("[data-testid=stTopNavSection]").all():
        section.click()
        links = page.locator("[data-testid=stTopNavDropdownLink]")
        links.first.wait_for()
        names += links.all_inner_texts()
        page.keyboard.press("Escape")
        links.first.wait_for(state="detached")
    return "\n".join(names)


def test_a_visitor_must_sign_in_first(browser, dashboard):
    page = browser.new_page()
    page.goto(f"{dashboard}/province?prov=620000&lang=en")
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    assert not page.locator(".js-plotly-plot").count() and not page.locator("[data-testid=stTopNav]").count()
    page.close()


def test_a_province_user_sees_their_courts_and_cases_and_no_others(browser, dashboard, fixture_dir):
    page = signed_in(browser, dashboard, "li.na@gs.example")
    sidebar = page.inner_text("[data-testid=stSidebar]")
    assert "li.na@gs.example" in sidebar and "Provincial court" in sidebar
    assert "Case file" in nav(page) and "Audit log" not in nav(page)
    own = show(page, dashboard, "/province?prov=620000&lang=en", until=TABLE)
    assert "outside what your role may see" not in own and page.locator("[data-testid=stDataFrame]").count()
    other = show(page, dashboard, "/province?prov=230000&court=9&lang=en", until=NOTICE)
    assert "The courts of Heilongjiang are outside what your role may see" in other
    # The province's own published figures stay; no court table is drawn.
    assert "Heilongjiang" in other and page.locator("[data-testid=stDataFrame]").count() == 0
    mine, theirs = fixture_case(fixture_dir, "620000"), fixture_case(fixture_dir, "230000")
    assert mine in show(page, dashboard, f"/case-lookup?lang=en&case={mine}")
    refused = show(page, dashboard, f"/case-lookup?lang=en&case={theirs}")
    missing = show(page, dashboard, "/case-lookup?lang=en&case=(2020)甘05执999号")
    # The notice for a case outside the scope is the one for a case that does not exist.
    assert f"No case numbered {theirs} among the cases your role may see" in refused
    assert refused.replace(theirs, "#") == missing.replace("(2020)甘05执999号", "#")
    page.context.close()


def test_press_sees_no_case_pages(browser, dashboard, fixture_dir):
    page = signed_in(browser, dashboard, "reporter@press.example")
    assert "Press" in page.inner_text("[data-testid=stSidebar]")
    assert "Case file" not in nav(page) and "Audit log" not in nav(page)
    case = fixture_case(fixture_dir, "620000")
    text = show(page, dashboard, f"/case-lookup?lang=en&case={case}")
    assert case not in text and "Case file" not in text
    # Court-level figures with small counts hidden, and no way through to the cases.
    courts = show(page, dashboard, "/province?prov=620000&lang=en", until=TABLE)
    assert page.locator("[data-testid=stDataFrame]").count() and "Cases of" not in courts
    page.context.close()


def test_a_national_user_sees_every_province_s_courts(browser, dashboard):
    page = signed_in(browser, dashboard, "zhang.wei@spc.example")
    text = show(page, dashboard, "/province?prov=230000&lang=en", until=TABLE)
    assert "outside what your role may see" not in text and page.locator("[data-testid=stDataFrame]").count()
    assert "Audit log" not in nav(page)
    page.context.close()


def test_an_unknown_user_sees_whom_to_ask_and_can_sign_out(browser, dashboard):
    page = signed_in(browser, dashboard, "stranger@example.org")
    text = page.inner_text("[data-testid=stMain]")
    assert "No access" in text and "it@example.court.gov.cn" in text
    assert not page.locator(".js-plotly-plot").count() and not page.locator("[data-testid=stTopNav]").count()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/end_session**")
    page.get_by_role("button", name="End session").click()  # the provider's own confirmation
    page.get_by_role("button", name=SIGN_IN).wait_for(timeout=60_000)
    page.context.close()


def test_sign_out_ends_the_session(browser, dashboard):
    page = signed_in(browser, dashboard, "li.na@gs.example")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/end_session**")
    page.get_by_role("button", name="End session").click()
    page.get_by_role("button", name=SIGN_IN).wait_for(timeout=60_000)
    page.goto(f"{dashboard}/province?prov=620000&lang=en")
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    assert not page.locator(".js-plotly-plot").count()
    page.context.close()


def test_the_audit_log_names_who_signed_in_was_refused_and_signed_out(browser, dashboard, settings):
    entries = audit.read(settings / "audit")
    assert audit.verify(settings / "audit")[1] is None
    seen = {(e["user"], e["action"]) for e in entries}
    assert {
        ("li.na@gs.example", "sign_in"),
        ("reporter@press.example", "sign_in"),
        ("zhang.wei@spc.example", "sign_in"),
        ("stranger@example.org", "denied"),
        ("li.na@gs.example", "sign_out"),
    } <= seen
    refused = [e for e in entries if e["action"] == "refused"]
    assert any(e["user"] == "li.na@gs.example" and e.get("prov") == "230000" for e in refused)
    looked_up = [e for e in entries if e["action"] == "case_lookup" and e["user"] == "li.na@gs.example"]
    assert len(looked_up) >= 3 and all(e["scope"] == "620000" for e in looked_up)


@pytest.fixture(scope="module")
def behind_proxy(settings, fixture_dir):
    headers = json.dumps({"X-Remote-User": "email", "X-Remote-Groups": "groups"})
    env = {"DASHBOARD_POLICY": str(settings / "policy.toml"), "DASHBOARD_AUDIT_DIR": str(settings / "audit")}
    proc, url = serve.background(
        fixture_dir, settings / "cache", options=("--server.trustedUserHeaders", headers), env=env, wait=180
    )
    yield url
    proc.terminate()
    proc.wait(timeout=60)


def test_behind_a_proxy_the_header_names_the_user(browser, behind_proxy, fixture_dir):
    context = browser.new_context(
        viewport={"width": 1400, "height": 1600},
        extra_http_headers={"X-Remote-User": "reporter@press.example", "X-Remote-Groups": "staff,press-office"},
    )
    page = context.new_page()
    show(page, behind_proxy, "/?lang=en")
    assert "reporter@press.example" in page.inner_text("[data-testid=stSidebar]")
    assert "Case file" not in nav(page)
    context.close()
    page = browser.new_page()  # no header: nobody
    text = show(page, behind_proxy, "/?lang=en")
    assert "No access" in text and "could not be established" in text
    page.close()


def api(url: str, headers: dict) -> tuple[int, dict | bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_behind_a_proxy_the_api_answers_within_the_scope(behind_proxy):
    gansu = {"X-Remote-User": "li.na@gs.example"}
    courts = f"{behind_proxy}/api/v1/figures/province-courts.csv?lang=en"
    status, body = api(f"{courts}&prov=620000", gansu)
    assert status == 200 and b"Court" in body
    status, body = api(f"{courts}&prov=230000", gansu)
    assert status == 403 and body["reason"] == "scope" and body["provinces"] == ["620000"]
    status, body = api(f"{behind_proxy}/api/v1/figures/nc-rank-courts.csv?lang=en", gansu)  # every province's
    assert status == 403
    status, _ = api(f"{behind_proxy}/api/v1/figures/dishonest-stock.csv?prov=230000", gansu)  # published
    assert status == 200
    status, body = api(courts + "&prov=620000", {})
    assert status == 401 and body["reason"] == "no_identity"
    status, body = api(courts + "&prov=620000", {"X-Remote-User": "stranger@example.org"})
    assert status == 403 and body["reason"] == "unknown"


def test_the_api_takes_the_sign_in_cookie(browser, dashboard):
    url = f"{dashboard}/api/v1/figures/province-courts.csv?lang=en&prov=230000"
    status, body = api(url, {})
    assert status == 401
    page = signed_in(browser, dashboard, "li.na@gs.example")
    assert page.request.get(url).status == 403
    assert page.request.get(url.replace("230000", "620000")).status == 200
    page.context.close()


def test_a_link_opened_before_signing_in_opens_after_it(browser, dashboard):
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    page = context.new_page()
    page.goto(f"{dashboard}/province?prov=620000&lang=en")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="li.na@gs.example").click()
    page.wait_for_url(f"{dashboard}/province?prov=620000&lang=en", timeout=60_000)
    page.get_by_role("heading", name="Gansu", exact=True).wait_for(timeout=60_000)
    context.close()


@pytest.mark.parametrize(
    ("referer", "expected"),
    [
        ("http://dash.example/province?prov=620000", "/province?prov=620000"),
        ("http://dash.example/", None),
        ("http://evil.example/province", None),
        ("http://dash.example//evil.example/x", None),
        ("http://dash.example/\\evil.example", None),
        (None, None),
    ],
)
def test_only_a_page_of_this_server_is_returned_to(referer, expected):
    from ui import returning

    assert returning.wanted(referer, "dash.example") == expected
    assert returning.safe("https://evil.example/") is None and returning.safe("//evil.example") is None
