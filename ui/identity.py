"""Who is looking, for this session, and what they may see.

Three ways to know the user, chosen by configuration:

- **oidc**: sign-in with the court system's identity provider over OpenID Connect, through Streamlit's own
  `st.login` / `st.user` (an `[auth]` section in `.streamlit/secrets.toml`);
- **header**: an SSO proxy in front of the dashboard names the user in request headers
  (`server.trustedUserHeaders`); the proxy must strip those headers from clients;
- **local**: neither configured, the one user on this machine with every right, served on 127.0.0.1 only unless
  `DASHBOARD_OPEN_WITHOUT_SIGN_IN=1` says otherwise (with a warning on every page).

The policy file (`access.load`, path in DASHBOARD_POLICY) maps a signed-in user or their groups to a role and
scope; an unknown user, or any user when there is no policy, sees only whom to ask (deny by default). An admin may
look at the dashboard as another role and province would ("View as").
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import time
from pathlib import Path

import streamlit as st

import access
import queries
from i18n import tr
from ui import lang, t

VIEW_ROLE, VIEW_PROVINCES = "view_as_role", "view_as_provinces"
# Serving beyond this machine without sign-in is refused unless this is set to 1 (and then says so on every page).
OPEN_SETTING = "DASHBOARD_OPEN_WITHOUT_SIGN_IN"
LAST_SEEN = "_identity_last_seen"


def exposed(address: str | None) -> bool:
    """Whether the server listens beyond this machine: any address but a loopback one (no address: every
    interface)."""
    if not address:
        return True
    if address == "localhost":
        return False
    try:
        return not ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return True  # a host name: whatever it resolves to, it is not declared local


def open_allowed() -> bool:
    return os.environ.get(OPEN_SETTING) == "1"


def auth_configured() -> bool:
    """Whether sign-in with an identity provider is configured (an `[auth]` section in Streamlit's secrets)."""
    try:
        return bool(st.secrets.load_if_toml_exists() and "auth" in st.secrets)
    except Exception:  # noqa: BLE001 - unreadable secrets: Streamlit's own st.login reports them
        return False


def mode() -> str:
    if auth_configured():
        return "oidc"
    if st.get_option("server.trustedUserHeaders"):
        return "header"
    return "local"


@st.cache_resource(show_spinner=False, max_entries=4)
def _policy(path: str, mtime: float) -> access.Policy:
    return access.load(Path(path))


def policy() -> access.Policy | None:
    """The policy file, read again when it changes; None when none is configured. Raises access.PolicyError."""
    path = access.policy_path()
    if path is None:
        return None
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise access.PolicyError(f"{path}: {exc.strerror}") from exc
    return _policy(str(path), mtime)


@dataclasses.dataclass(frozen=True)
class Person:
    """The session's user as the identity provider or proxy names them, and the scope the policy grants."""

    user: str | None
    scope: access.Scope | None
    problem: str | None = None  # why no scope: "no_identity", "no_policy", "unknown" or the policy file's error


def person() -> Person:
    """Who is looking (cheap: the policy file is read again only when it changes)."""
    how = mode()
    return resolve(how, {} if how == "local" else st.user.to_dict())


def resolve(how: str, info: dict) -> Person:
    """The person `info` names (an ID token's claims, or the values of the trusted headers) and the scope the
    policy gives them; in the local mode, the local user with every right."""
    if how == "local":
        return Person("local", access.LOCAL)
    try:
        rules = policy()
    except access.PolicyError as exc:
        return Person(None, None, str(exc))
    claims = rules.claims if rules else access.CLAIMS
    user = info.get(claims["user"]) or (info.get("sub") if how == "oidc" else None)
    if not user:
        return Person(None, None, "no_identity")
    if rules is None:
        return Person(str(user), None, "no_policy")
    scope = rules.scope_for(str(user), access.names(info.get(claims["groups"])), info.get(claims["provinces"]))
    return Person(str(user), scope, None if scope else "unknown")


def user() -> str:
    return person().user or "anonymous"


def signed_in() -> access.Scope:
    """The scope the user has (local mode: every right; nobody known: nothing at all)."""
    return person().scope or access.Scope("province", ())


def scope() -> access.Scope:
    """The scope this run shows: the user's own, or the one an admin views the dashboard as."""
    own = signed_in()
    role = st.session_state.get(VIEW_ROLE)
    if not own.admin or role in (None, "own"):
        return own
    if role == "province":
        return access.Scope("province", tuple(st.session_state.get(VIEW_PROVINCES) or ()))
    return access.Scope(role)


def _idle_minutes() -> int:
    try:
        rules = policy()
    except access.PolicyError:
        rules = None
    return rules.idle_minutes if rules else 30


def _sign_out(how: str) -> None:
    from ui import trail

    trail.note("sign_out")
    _forget()
    if how == "oidc":
        st.logout()  # clears the identity cookie and leaves through the provider's end-session page


def _forget() -> None:
    """Drops everything the session holds but its language."""
    for key in list(st.session_state):
        if key != "lang":
            del st.session_state[key]


def _stop_page(title: str, body: str, how: str, icon: str) -> None:
    st.title(title)
    st.warning(body, icon=icon)
    if how == "oidc" and st.user.is_logged_in:
        st.button(t("id.sign_out"), icon=":material/logout:", on_click=_sign_out, args=(how,))
    st.stop()


def gate() -> None:
    """Before anything is shown: decides who is looking, and stops the run with a page of its own for a server
    open to others without sign-in, a visitor not signed in, an unknown user and a session idle too long."""
    from ui import trail

    how = mode()
    if how == "local":
        if exposed(st.get_option("server.address")) and not open_allowed():
            _stop_page(t("id.open.title"), t("id.open.refused", setting=OPEN_SETTING), how, ":material/lock:")
        return
    if how == "oidc" and not st.user.is_logged_in:
        st.title(t("id.sign_in.title"))
        st.write(t("id.sign_in.body"))
        if st.button(t("id.sign_in"), icon=":material/login:", type="primary"):
            st.login()
        st.stop()
    me = person()
    now, idle = time.time(), _idle_minutes()
    seen = st.session_state.get(LAST_SEEN)
    if seen is not None and now - seen > idle * 60:
        trail.note("session_idle", minutes=idle)
        _forget()
        if how == "oidc":
            st.logout()
        _stop_page(t("id.idle.title"), t("id.idle.body", minutes=idle), how, ":material/timer_off:")
    st.session_state[LAST_SEEN] = now
    if me.scope is None:
        if not st.session_state.get("_identity_denied_noted"):
            st.session_state["_identity_denied_noted"] = True
            trail.note("denied", reason=me.problem)
        contact = None
        try:
            contact = (policy() or access.Policy({}, {}, "")).contact
        except access.PolicyError:
            pass
        reason = t(f"id.denied.{me.problem}") if me.problem in ("no_identity", "no_policy", "unknown") else me.problem
        body = t("id.denied.body", user=me.user or "—", reason=reason, contact=contact or t("id.denied.no_contact"))
        _stop_page(t("id.denied.title"), body, how, ":material/block:")
    if not st.session_state.get("_identity_noted"):
        st.session_state["_identity_noted"] = True
        trail.note("sign_in", via=how)
    _idle_watch()


@st.fragment(run_every=60)
def _idle_watch() -> None:
    """Ends an unattended session on time: once a minute, a session idle past its limit reruns the page, which
    signs it out, rather than leaving its figures on the screen until the next click."""
    seen = st.session_state.get(LAST_SEEN)
    if seen is not None and time.time() - seen > _idle_minutes() * 60:
        st.rerun(scope="app")


def view_as_controls() -> None:
    """For an admin, in the sidebar: view the dashboard as a role (and provinces); each change is audited."""
    from ui import trail

    if not signed_in().admin:
        return
    lg = lang()
    with st.sidebar.expander(t("id.view_as"), icon=":material/visibility:"):
        st.selectbox(
            t("id.view_as.role"),
            ("own", "national", "province", "press"),
            key=VIEW_ROLE,
            format_func=lambda r: tr(f"id.role.{r}", lg),
        )
        if st.session_state.get(VIEW_ROLE) == "province":
            names = queries.province_names(lg)
            st.multiselect(
                t("id.view_as.provinces"),
                list(names),
                key=VIEW_PROVINCES,
                format_func=lambda c: names.get(c, c),
                placeholder=t("id.view_as.pick"),
            )
    shown = scope()
    if st.session_state.get("_view_as_noted") != shown:
        if shown != signed_in() or "_view_as_noted" in st.session_state:
            trail.note("view_as", as_role=shown.role, as_scope=shown.text())
        st.session_state["_view_as_noted"] = shown


def account() -> None:
    """In the sidebar: who is signed in, in which role, and (with an identity provider) the way out."""
    how = mode()
    if how == "local":
        return
    own = signed_in()
    where = "" if own.provinces is None else " · " + "、".join(_names(own.provinces))
    st.sidebar.caption(t("id.signed_in_as", user=user(), role=t(f"id.role.{own.role}")) + where)
    if how == "oidc":
        st.sidebar.button(t("id.sign_out"), icon=":material/logout:", on_click=_sign_out, args=(how,))


def _names(codes) -> list[str]:
    names = queries.province_names(lang())
    return [names.get(c, c) for c in codes]


def banners() -> None:
    """Says on every page in which mode the dashboard runs and, when viewing as another role, as whom."""
    shown = scope()
    if shown != signed_in():
        where = "" if shown.provinces is None else " · " + "、".join(_names(shown.provinces))
        st.info(t("id.viewing_as", role=t(f"id.role.{shown.role}")) + where, icon=":material/visibility:")
    if mode() != "local":
        return
    if exposed(st.get_option("server.address")):
        st.warning(t("id.open.warning", setting=OPEN_SETTING), icon=":material/warning:")
    else:
        st.caption(t("id.local_mode"))
