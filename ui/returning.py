"""After signing in, back to the page that was asked for.

Streamlit's sign-in (`st.login`) always returns to the app's root, so a shared link opened before signing in would
be lost. This ASGI middleware remembers the page the sign-in started from (the `Referer` of `/auth/login`, same host
only) in a short-lived cookie, and turns the callback's redirect to the root into a redirect to that page. Only a
path on this server is ever followed (no scheme, no other host): it cannot be used to send anyone elsewhere.
"""

from __future__ import annotations

import re
import urllib.parse

COOKIE = "dashboard_return_to"
MAX_AGE = 600
# A path on this server with its query: starts with one slash, no backslash, no control characters or spaces.
SAFE = re.compile(r"^/(?![/\\])[^\s\\\x00-\x1f]{0,2000}$")


def safe(target: str | None) -> str | None:
    """`target` if it is a path on this server worth returning to, else None."""
    if not target or not SAFE.match(target) or urllib.parse.urlsplit(target).netloc:
        return None
    return None if target == "/" else target


def wanted(referer: str | None, host: str | None) -> str | None:
    """The page a sign-in started from: the referring URL's path and query, when it is on this host."""
    if not referer or not host:
        return None
    parts = urllib.parse.urlsplit(referer)
    if parts.netloc != host:
        return None
    return safe(parts.path + (f"?{parts.query}" if parts.query else ""))


def _header(scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


def _cookie(scope) -> str | None:
    for part in (_header(scope, b"cookie") or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == COOKIE:
            return safe(urllib.parse.unquote(value))
    return None


class ReturnAfterSignIn:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path.endswith("/auth/login"):
            target = wanted(_header(scope, b"referer"), _header(scope, b"host"))
            if target:
                send = self._adding(send, f"{COOKIE}={urllib.parse.quote(target, safe='')}; Max-Age={MAX_AGE}")
        elif path.endswith("/oauth2callback"):
            target = _cookie(scope)
            if target:
                send = self._redirecting(send, target)
        return await self.app(scope, receive, send)

    @staticmethod
    def _adding(send, cookie: str):
        async def wrapped(message):
            if message["type"] == "http.response.start":
                extra = f"{cookie}; Path=/; HttpOnly; SameSite=Lax".encode("latin-1")
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", extra)]}
            await send(message)

        return wrapped

    @staticmethod
    def _redirecting(send, target: str):
        async def wrapped(message):
            if message["type"] == "http.response.start" and message.get("status") in (302, 303, 307):
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"location"]
                location = next((v for k, v in message.get("headers", []) if k == b"location"), b"")
                if urllib.parse.urlsplit(location.decode("latin-1")).path.rstrip("/") == "":
                    headers.append((b"location", target.encode("latin-1")))
                    headers.append((b"set-cookie", f"{COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax".encode()))
                    message = {**message, "headers": headers}
            await send(message)

        return wrapped
