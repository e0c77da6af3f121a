"""Who is looking, under Streamlit's AppTest: the local mode and its address rule, a user named by a trusted proxy
header mapped through the policy file (users, groups, provinces from a claim), an unknown user, an idle session;
and the policy file's checks. The real identity provider and proxy headers in a browser: tests/test_sign_in.py."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from streamlit import config

import access
from tests.apptest import app
from tests.conftest import ROOT
from ui import identity

POLICY = """
contact = "it@example.court.gov.cn"
idle_minutes = 5
[users."li.na@gs.example"]
role = "province"
provinces = ["620000"]
[users."zhang.wei@spc.example"]
role = "national"
[groups."press-office"]
role = "press"
[groups."regional-courts"]
role = "province"
provinces = "claim"
"""


@pytest.fixture
def policy(tmp_path, monkeypatch):
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_POLICY", str(path))
    return path


@pytest.fixture
def option():
    """Sets Streamlit options for one test and puts them back after it."""
    saved = {}

    def set_option(name, value):
        saved.setdefault(name, config.get_option(name))
        config.set_option(name, value)

    yield set_option
    for name, value in saved.items():
        config.set_option(name, value)


@pytest.fixture
def proxy(option, policy):
    """The trusted-header mode: an SSO proxy names the user, their groups and provinces."""
    option("server.trustedUserHeaders", {"X-Remote-User": "email", "X-Remote-Groups": "groups", "X-Prov": "provinces"})


def run(user: dict | None = None, **query):
    at = app(**query)
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at) -> str:
    return " ".join(
        [e.value for e in at.caption]
        + [e.value for e in at.warning]
        + [e.value for e in at.info]
        + [e.value for e in at.title]
        + [str(e.value) for e in at.markdown]
    )


def test_the_local_mode_has_every_right_and_says_so(on_fixture, option):
    option("server.address", "127.0.0.1")
    at = run(lang="en")
    assert "Local single-user mode" in texts(at)
    assert identity.exposed("127.0.0.1") is False and identity.exposed("::1") is False


@pytest.mark.parametrize("address", ["0.0.0.0", "10.1.2.3", "", "dashboard.court.example"])
def test_serving_beyond_this_machine_without_sign_in_shows_nothing(on_fixture, option, monkeypatch, address):
    monkeypatch.delenv(identity.OPEN_SETTING, raising=False)
    option("server.address", address or None)
    at = run(lang="en")
    assert at.title[0].value == "Sign-in is not configured"
    assert not at.get("plotly_chart") and not at.metric
    monkeypatch.setenv(identity.OPEN_SETTING, "1")
    at = run(lang="en")
    assert "anyone who can reach this server sees everything" in texts(at)
    assert at.get("plotly_chart")


def test_the_server_refuses_to_start_open_without_sign_in(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "ui.serve", "--server.address", "0.0.0.0", "--server.port", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "Refusing to serve on 0.0.0.0 without sign-in" in done.stderr


@pytest.mark.parametrize(
    ("user", "role", "provinces"),
    [
        ({"email": "li.na@gs.example"}, "province", ("620000",)),
        ({"email": "zhang.wei@spc.example", "groups": "press-office"}, "national", None),  # own entry first
        ({"email": "reporter@press.example", "groups": "staff, press-office"}, "press", None),
        (
            {"email": "wang@nx.example", "groups": "regional-courts", "provinces": "640000,630000"},
            "province",
            ("640000", "630000"),
        ),
    ],
)
def test_a_proxy_named_user_gets_the_scope_the_policy_gives(on_fixture, proxy, user, role, provinces):
    at = run(user, lang="en")
    assert at.session_state["_identity_noted"]
    shown = identity_scope(at)
    assert (shown.role, shown.provinces) == (role, provinces)
    assert user["email"] in texts(at)


def identity_scope(at) -> access.Scope:
    """The scope the run pinned, read back from its audit line (what the session shows)."""
    import audit

    last = [e for e in audit.read(audit.folder()) if e["action"] == "sign_in"][-1]
    role, where = last["role"], last["scope"]
    provinces = None if where.startswith("all") else tuple(where.split(","))
    return access.Scope(role, provinces)


@pytest.mark.parametrize(
    ("user", "reason"),
    [
        ({"email": "stranger@example.org"}, "has not been given a role"),
        ({"email": "wang@nx.example", "groups": "regional-courts", "provinces": "gansu"}, "has not been given a role"),
        ({"groups": "press-office"}, "could not be established"),
    ],
)
def test_an_unknown_user_sees_only_whom_to_ask(on_fixture, proxy, user, reason):
    at = run(user, lang="en")
    assert at.title[0].value == "No access"
    assert reason in at.warning[0].value and "it@example.court.gov.cn" in at.warning[0].value
    assert not at.get("plotly_chart") and not at.metric and not at.sidebar.selectbox


def test_with_no_policy_file_every_signed_in_user_is_refused(on_fixture, option, monkeypatch):
    monkeypatch.delenv("DASHBOARD_POLICY", raising=False)
    option("server.trustedUserHeaders", {"X-Remote-User": "email"})
    at = run({"email": "zhang.wei@spc.example"}, lang="en")
    assert at.title[0].value == "No access" and "no access policy" in at.warning[0].value


def test_an_idle_session_ends(on_fixture, proxy):
    at = run({"email": "li.na@gs.example"}, lang="en")
    at.session_state[identity.LAST_SEEN] = time.time() - 4 * 60  # within the policy's five minutes
    at.run()
    assert at.get("plotly_chart")
    at.session_state[identity.LAST_SEEN] = time.time() - 6 * 60
    at.run()
    assert at.title[0].value == "Session ended" and "5 minutes" in at.warning[0].value
    assert not at.get("plotly_chart")


def test_press_has_no_case_pages_and_only_an_admin_the_audit_log(on_fixture, proxy):
    press = run({"email": "reporter@press.example", "groups": "press-office"}, lang="en")
    for page in ("pages/case_file.py", "pages/audit_log.py"):
        with pytest.raises(ValueError, match="Known pages"):
            press.switch_page(page)
    province = run({"email": "li.na@gs.example"}, lang="en")
    province.switch_page("pages/case_file.py")
    with pytest.raises(ValueError, match="Known pages"):
        province.switch_page("pages/audit_log.py")


def test_policy_files_are_checked(tmp_path):
    def load(text):
        path = tmp_path / "p.toml"
        path.write_text(text, encoding="utf-8")
        return access.load(path)

    with pytest.raises(access.PolicyError, match="provinces"):
        load('[users.a]\nrole = "province"\n')
    with pytest.raises(access.PolicyError, match="idle_minutes"):
        load("idle_minutes = 0\n")
    with pytest.raises(access.PolicyError, match=r"\[claims\]"):
        load('[claims]\nrole = "x"\n')
    rules = load('[claims]\nuser = "preferred_username"\n[groups.r]\nrole = "province"\nprovinces = "claim"\n')
    assert rules.claims["user"] == "preferred_username" and rules.claims["groups"] == "groups"
    assert rules.scope_for("x", ["r"], ["620000", "62", "620000", "x"]) == access.Scope("province", ("620000",))
    assert rules.scope_for("x", "r", "") is None
    assert rules.scope_for("x", ["other"]) is None
