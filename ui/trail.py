"""What the session does, into the audit log (`audit`): case look-ups and searches, exports and kits.

Who is looking comes from `ui.identity`: the user, and the role and scope the session shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import audit


def who() -> tuple[str, str, str]:
    """(user, role, scope) of the session: the user, and the role and scope the session shows."""
    from ui import identity

    shown = identity.scope()
    return identity.user(), shown.role, shown.text()


def note(action: str, **details) -> None:
    user, role, scope = who()
    audit.record(action, user, role, scope, **details)


def exported(make: Callable[[], bytes], details: Callable[[], dict]) -> Callable[[], bytes]:
    """A download's bytes, made when the user asks for them, with the export noted: `details()` (its file name,
    what it shows, its permalink) and the SHA-256 of the file that left."""

    def made() -> bytes:
        data = make()
        note("export", **details(), sha256=hashlib.sha256(data).hexdigest())
        return data

    return made
