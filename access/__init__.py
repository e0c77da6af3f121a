"""Who may see what: the roles, their scope, and the policy file that maps users and groups to them.

- **national** (the SPC): everything.
- **province** (a regional court): every published aggregate, and court- and case-level rows of its provinces only.
- **press**: every published aggregate and court-level figures (small counts hidden, as for everyone), no case-level
  data at all.
- **admin**: national, plus the audit log.

The scope is enforced at the query door (`queries.use_scope`), never by hiding a page: every query that reads
court- or case-level rows takes `$scope`, and a restricted session calling one that does not is refused.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path

ROLES = ("national", "province", "press", "admin")


@dataclasses.dataclass(frozen=True)
class Scope:
    """A session's rights: its role and, for a province role, the provinces whose courts and cases it may see."""

    role: str
    provinces: tuple[str, ...] | None = None  # None: every province

    @property
    def cases(self) -> bool:
        """Whether case-level rows may be seen at all (in the provinces of the scope)."""
        return self.role != "press"

    @property
    def unrestricted(self) -> bool:
        return self.provinces is None and self.cases

    def sees(self, province: str) -> bool:
        """Whether the court-level rows of `province` are within the scope."""
        return self.provinces is None or province in self.provinces

    @property
    def admin(self) -> bool:
        return self.role == "admin"

    def bound(self) -> dict:
        """The scope as the `$scope` STRUCT the SQL's `in_scope` / `case_in_scope` macros read."""
        return {"all": self.provinces is None, "provinces": list(self.provinces or ()), "cases": self.cases}

    def text(self) -> str:
        """The scope in a few words for the audit log: 'all', the province codes or 'none', and ', no cases' for a
        role that sees no case-level data."""
        where = "all" if self.provinces is None else ",".join(self.provinces) or "none"
        return where if self.cases else f"{where}, no cases"


# The local single-user mode (no sign-in configured): the one user on this machine, with every right.
LOCAL = Scope("admin")


class PolicyError(Exception):
    """The policy file cannot be used; the message names the file and the problem."""


# Which ID-token claims (or header values, see ui/identity.py) name the user, their groups and, for a province
# role given no provinces in the policy, the provinces the identity provider assigns them.
CLAIMS = {"user": "email", "groups": "groups", "provinces": "provinces"}


def _codes(value) -> tuple[str, ...]:
    """Province codes from a claim or header: a list, or one string separated by commas or spaces; anything that is
    not a six-digit code is dropped (a malformed claim grants nothing)."""
    items = value if isinstance(value, (list, tuple)) else str(value or "").replace(",", " ").split()
    return tuple(dict.fromkeys(str(v) for v in items if str(v).isdigit() and len(str(v)) == 6))


def names(value) -> tuple[str, ...]:
    """Group names from a claim or header: a list, or one comma-separated string."""
    items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    return tuple(v for v in (str(i).strip() for i in items) if v)


@dataclasses.dataclass(frozen=True)
class Policy:
    users: dict[str, Scope]
    groups: dict[str, Scope]
    contact: str
    claims: dict[str, str] = dataclasses.field(default_factory=lambda: dict(CLAIMS))
    idle_minutes: int = 30

    def scope_for(self, user: str | None, groups=(), provinces=()) -> Scope | None:
        """The user's scope: their own entry, else the first of their groups that has one; None for an unknown
        user, who sees nothing but whom to ask (deny by default). A province role the policy gives no provinces
        takes them from the identity provider's claim (`provinces`); with none valid there, the user is refused."""
        entry = self.users.get(user) if user else None
        for group in names(groups):
            entry = entry or self.groups.get(group)
        if entry is None or entry.role != "province" or entry.provinces:
            return entry
        claimed = _codes(provinces)
        return Scope("province", claimed) if claimed else None


def _scope(where: str, entry: dict) -> Scope:
    role = entry.get("role")
    if role not in ROLES:
        raise PolicyError(f"{where}: role {role!r} is not one of {', '.join(ROLES)}")
    provinces = entry.get("provinces")
    if role == "province":
        if provinces == "claim":  # the provinces come with the user's identity (CLAIMS["provinces"])
            return Scope(role, ())
        if not provinces or not all(isinstance(p, str) and p.isdigit() and len(p) == 6 for p in provinces):
            raise PolicyError(f'{where}: a province role needs provinces = [six-digit codes] or "claim"')
        return Scope(role, tuple(provinces))
    if provinces:
        raise PolicyError(f"{where}: only a province role takes provinces")
    return Scope(role)


def load(path: Path) -> Policy:
    """The policy file (TOML): `[users."name"]` and `[groups."name"]` tables with `role` and, for a province
    role, `provinces`; `contact` says whom an unknown user should ask; `[claims]` which claims name the user, their
    groups and provinces; `idle_minutes` after how long without a click a session ends."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{path}: {exc}") from exc
    users = {name: _scope(f"{path}: users.{name}", e) for name, e in data.get("users", {}).items()}
    groups = {name: _scope(f"{path}: groups.{name}", e) for name, e in data.get("groups", {}).items()}
    claims = data.get("claims", {})
    unknown = set(claims) - set(CLAIMS)
    if unknown or not all(isinstance(v, str) and v for v in claims.values()):
        raise PolicyError(f"{path}: [claims] takes names for {', '.join(CLAIMS)} only, each a claim or header key")
    idle = data.get("idle_minutes", 30)
    if not isinstance(idle, int) or isinstance(idle, bool) or not 1 <= idle <= 24 * 60:
        raise PolicyError(f"{path}: idle_minutes must be a whole number of minutes from 1 to 1440")
    return Policy(users, groups, str(data.get("contact", "")), {**CLAIMS, **claims}, idle)


def policy_path() -> Path | None:
    value = os.environ.get("DASHBOARD_POLICY")
    return Path(value).expanduser() if value else None
