"""The audit log: every line links to the one before it, and an altered, removed or inserted line is found where it
is, also across days and with several processes writing at once."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys

import audit
from tests.conftest import ROOT


def write(where, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        audit.record("case_lookup", f"user{i}", "province", "620000", where=where, case=f"(2020)甘05执{i}号")


def lines(where) -> tuple:
    (path,) = sorted(where.glob("audit-*.jsonl"))
    return path, path.read_text(encoding="utf-8").splitlines()


def test_an_untouched_log_verifies(tmp_path):
    write(tmp_path, 5)
    assert audit.verify(tmp_path) == (5, None)
    entries = audit.read(tmp_path)
    assert [e["user"] for e in entries] == [f"user{i}" for i in range(5)]
    assert entries[0]["prev"] == audit.GENESIS
    assert all(b["prev"] == a["hash"] for a, b in zip(entries, entries[1:]))


def altered(where, index: int, change) -> None:
    """Rewrites line `index` of the day's file after `change(entry)` has edited its entry in place."""
    path, text = lines(where)
    entry = json.loads(text[index])
    change(entry)
    text[index] = json.dumps(entry, ensure_ascii=False)
    path.write_text("\n".join(text) + "\n", encoding="utf-8")


def test_an_altered_line_is_found_at_its_place(tmp_path):
    write(tmp_path, 5)
    altered(tmp_path, 2, lambda e: e.update(user="someone-else"))
    checked, broken = audit.verify(tmp_path)
    assert (checked, broken.line) == (2, 3) and "altered" in broken.problem


def test_an_altered_line_with_its_hash_recomputed_breaks_the_next_link(tmp_path):
    write(tmp_path, 5)

    def forge(entry):
        entry["case"] = "(2020)甘05执9999号"
        entry["hash"] = audit.digest(entry)

    altered(tmp_path, 2, forge)
    checked, broken = audit.verify(tmp_path)
    assert (checked, broken.line) == (3, 4) and "does not follow" in broken.problem


def test_a_removed_or_an_inserted_line_is_found(tmp_path):
    write(tmp_path, 5)
    path, text = lines(tmp_path)
    path.write_text("\n".join(text[:1] + text[2:]) + "\n", encoding="utf-8")
    assert audit.verify(tmp_path)[1].line == 2
    forged = json.loads(text[1])
    forged["user"] = "forger"
    forged["hash"] = audit.digest(forged)
    path.write_text("\n".join(text[:2] + [json.dumps(forged)] + text[2:]) + "\n", encoding="utf-8")
    assert audit.verify(tmp_path)[1].line == 3


def test_the_chain_runs_across_days(tmp_path):
    write(tmp_path, 3)
    path, _ = lines(tmp_path)
    path.rename(tmp_path / "audit-2026-01-01.jsonl")
    write(tmp_path, 2, start=3)
    assert audit.verify(tmp_path) == (5, None)
    (tmp_path / "audit-2026-01-01.jsonl").unlink()
    checked, broken = audit.verify(tmp_path)
    assert checked == 0 and broken.line == 1


def _writer(where: str, k: int) -> None:
    for i in range(25):
        audit.record("export", f"p{k}", "national", "all", where=__import__("pathlib").Path(where), n=i)


def test_writers_in_several_processes_keep_one_chain(tmp_path):
    procs = [multiprocessing.get_context("spawn").Process(target=_writer, args=(str(tmp_path), k)) for k in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert audit.verify(tmp_path) == (100, None)


def test_the_command_says_intact_or_where_it_breaks(tmp_path):
    write(tmp_path, 3)
    run = [sys.executable, "-m", "audit", "verify", str(tmp_path)]
    ok = subprocess.run(run, cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0 and "intact (lines checked: 3)" in ok.stdout
    path, text = lines(tmp_path)
    path.write_text("\n".join(text[:1] + text[2:]) + "\n", encoding="utf-8")
    bad = subprocess.run(run, cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1 and f"{path.name}:2:" in bad.stdout


def entries_after(where, before: int) -> list[dict]:
    return audit.read(where)[before:]


def test_a_case_looked_up_and_a_search_are_noted_once_as_asked_not_as_found(on_fixture, monkeypatch, tmp_path):
    from tests.apptest import render

    monkeypatch.setenv("DASHBOARD_AUDIT_DIR", str(tmp_path))
    at = render("pages/case_file.py", lang="en", case="(2020)甘05执1号")
    at.run()  # a rerun of the same case is not a second look-up
    render("pages/case_file.py", lang="en", case="(2020)甘05执999999号")  # not found: the query is noted all the same
    search = render("pages/case_file.py", lang="en")
    search.text_input(key="case_q").input("甘05执").run()
    noted = [(e["action"], e.get("case") or e.get("query")) for e in audit.read(tmp_path)]
    assert noted == [
        ("case_lookup", "(2020)甘05执1号"),
        ("case_lookup", "(2020)甘05执999999号"),
        ("case_search", "甘05执"),
    ]
    assert all((e["user"], e["role"], e["scope"]) == ("local", "admin", "all") for e in audit.read(tmp_path))
    assert audit.verify(tmp_path) == (3, None)


def test_an_export_is_noted_with_the_hash_of_the_file_that_left(monkeypatch, tmp_path):
    import hashlib

    from ui import trail

    monkeypatch.setenv("DASHBOARD_AUDIT_DIR", str(tmp_path))
    made = trail.exported(lambda: b"a,b\n1,2\n", lambda: {"file": "x.csv", "selection": "Gansu", "permalink": "p"})
    assert not audit.read(tmp_path)  # nothing is noted until the file is made
    assert made() == b"a,b\n1,2\n"
    (entry,) = audit.read(tmp_path)
    assert (entry["action"], entry["file"], entry["sha256"]) == (
        "export",
        "x.csv",
        hashlib.sha256(b"a,b\n1,2\n").hexdigest(),
    )


def test_the_audit_page_lists_the_log_and_says_whether_the_chain_holds(on_fixture, monkeypatch, tmp_path):
    from tests.apptest import render

    monkeypatch.setenv("DASHBOARD_AUDIT_DIR", str(tmp_path))
    render("pages/case_file.py", lang="en", case="(2020)甘05执1号")
    at = render("pages/audit_log.py", lang="en")
    assert "The chain is intact (lines checked: 1)." in at.success[0].value
    table = at.dataframe[0].value
    assert list(table["action"]) == ["case_lookup"] and "case=(2020)甘05执1号" in table["details"][0]
    path, text = lines(tmp_path)
    entry = json.loads(text[0])
    entry["user"] = "someone-else"
    path.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    at = render("pages/audit_log.py", lang="en")
    assert "breaks at" in at.error[0].value and ":1:" in at.error[0].value


def test_a_long_day_of_chinese_entries_chains_on(tmp_path):
    # The last line is read from the file's end in blocks; a block may begin inside a three-byte character.
    for i in range(60):
        audit.record("case_lookup", "李娜", "province", "620000", where=tmp_path, case=f"(2024)甘05执{i}号" + "甘" * i)
    entries = audit.read(tmp_path)
    assert len(entries) == 60 and audit.verify(tmp_path) == (60, None)
    assert [e["prev"] for e in entries[1:]] == [e["hash"] for e in entries[:-1]]
