"""A record of who saw and exported what: an append-only, tamper-evident log.

Each action is one JSON line in a daily file (`audit-YYYY-MM-DD.jsonl`) under the audit folder, which lies
outside the data folder and the repository (`DASHBOARD_AUDIT_DIR`; by default `~/.local/state/court-dashboard/
audit`). Every line carries the SHA-256 of the line before it (the first line of a day, that of the last line of
the day before), and the hash of its own content, so a line altered, removed or inserted breaks the chain where it happened (a
removal of the very last lines leaves no trace inside the log: keep a copy of the latest hash elsewhere): `python -m audit
verify` says whether the chain is intact and where it breaks. Nothing is ever rewritten.

Writers in several processes (dashboard processes behind a load balancer) append under an exclusive file lock,
so each new line links to the line really before it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import os
import threading
from pathlib import Path

GENESIS = "0" * 64
PREFIX = "audit-"
_lock = threading.Lock()


def folder() -> Path:
    """The audit folder (made on first use)."""
    default = Path.home() / ".local" / "state" / "court-dashboard" / "audit"
    return Path(os.environ.get("DASHBOARD_AUDIT_DIR", default)).expanduser()


def digest(entry: dict) -> str:
    """The SHA-256 of an entry's content (everything but its own hash), written canonically."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _files(where: Path) -> list[Path]:
    return sorted(where.glob(f"{PREFIX}*.jsonl"))


def _last_line(path: Path) -> str | None:
    """The last line of a file, read from its end (a day's file can be long)."""
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        block, data = 4096, b""
        while size > 0 and data.count(b"\n") < 2:
            step = min(block, size)
            size -= step
            f.seek(size)
            data = f.read(step) + data
    # Split before decoding: the block read may begin inside a character, never inside the last line.
    lines = [ln for ln in data.split(b"\n") if ln]
    return lines[-1].decode("utf-8") if lines else None


def _previous(where: Path, today: Path) -> str:
    """The hash the next line links to: the last line of today's file, else of the latest earlier day's."""
    for path in reversed([p for p in _files(where) if p.name <= today.name]):
        last = _last_line(path)
        if last is not None:
            return json.loads(last)["hash"]
    return GENESIS


def record(action: str, user: str, role: str, scope: str, where: Path | None = None, **details) -> dict:
    """Appends one action to the log and returns the entry written. `details` are JSON values (a search's query,
    an export's file name, selection, permalink and sha256); never the results a user saw."""
    where = where or folder()
    where.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    path = where / f"{PREFIX}{now:%Y-%m-%d}.jsonl"
    with _lock, path.open("a", encoding="utf-8") as f:
        # One writer at a time across processes: the link is read and the line written under the same lock.
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            entry = {
                "time": now.isoformat(timespec="milliseconds"),
                "user": user,
                "role": role,
                "scope": scope,
                "action": action,
                **details,
                "prev": _previous(where, path),
            }
            entry = json.loads(json.dumps(entry, ensure_ascii=False, default=str))
            entry["hash"] = digest(entry)
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
    return entry


@dataclasses.dataclass(frozen=True)
class Break:
    """Where the chain breaks: the file, the line number (from 1) and what is wrong there."""

    file: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem}"


def verify(where: Path | None = None) -> tuple[int, Break | None]:
    """Walks every line of every day in order: (lines checked, the first break or None when the chain holds)."""
    where = where or folder()
    expected, checked = GENESIS, 0
    for path in _files(where):
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    return checked, Break(path.name, number, "not a JSON line")
                if entry.get("hash") != digest(entry):
                    return checked, Break(path.name, number, "altered: its content does not match its hash")
                if entry.get("prev") != expected:
                    return checked, Break(
                        path.name, number, "does not follow the line before it (a line removed or inserted before it)"
                    )
                expected = entry["hash"]
                checked += 1
    return checked, None


def read(where: Path | None = None) -> list[dict]:
    """Every entry, oldest first (for the admin page's list)."""
    where = where or folder()
    out = []
    for path in _files(where):
        with path.open(encoding="utf-8") as f:
            out += [json.loads(line) for line in f if line.strip()]
    return out
