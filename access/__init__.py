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


@dataclasses.dataclass(frozen=True)
class Policy:
    users: dict[str, Scope]
    groups: dict[str, Scope]
    contact: str

    def scope_for(self, user: str | None, groups: tuple[str, ...] = ()) -> Scope | None:
        """The user's scope: their own entry, else the first of their groups that has one; None for an unknown
        user, who sees nothing but whom to ask (deny by default)."""
        if user and user in self.users:
            return self.users[user]
        for group in groups:
            if group in self.groups:
                return self.groups[group]
        return None


def _scope(where: str, entry: dict) -> Scope:
    role = entry.get("role")
    if role not in ROLES:
        raise PolicyError(f"{where}: role {role!r} is not one of {', '.join(ROLES)}")
    provinces = entry.get("provinces")
    if role == "province":
        if not provinces or not all(isinstance(p, str) and p.isdigit() and len(p) == 6 for p in provinces):
            raise PolicyError(f"{where}: a province role needs provinces = [six-digit codes]")
        return Scope(role, tuple(provinces))
    if provinces:
        raise PolicyError(f"{where}: only a province role takes provinces")
    return Scope(role)


def load(path: Path) -> Policy:
    """The policy file (TOML): `[users."name"]` and `[groups."name"]` tables with `role` and, for a province
    role, `provinces`; `contact` says whom an unknown user should ask."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{path}: {exc}") from exc
    users = {name: _scope(f"{path}: users.{name}", e) for name, e in data.get("users", {}).items()}
    groups = {name: _scope(f"{path}: groups.{name}", e) for name, e in data.get("groups", {}).items()}
    return Policy(users, groups, str(data.get("contact", "")))


def policy_path() -> Path | None:
    value = os.environ.get("DASHBOARD_POLICY")
    return Path(value).expanduser() if value else None
