"""The data behind every figure at a URL, from a running dashboard (local mode, the hand-built fixture): the
catalogue, each format, the metadata, the report; bad parameters, unknown keys and formats answered in JSON; the
CSV the same bytes as the page's download (tests/test_browser.py) and its numbers those of plain SQL; the audit line.
Scope and sign-in for the API: tests/test_sign_in.py."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request

import duckdb
import pytest
from openpyxl import load_workbook

import audit
from ui import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(fixture_dir, tmp_path_factory):
    where = tmp_path_factory.mktemp("api")
    proc, url = serve.background(fixture_dir, where / "cache", env={"DASHBOARD_AUDIT_DIR": str(where / "audit")})
    yield url, where / "audit"
    proc.terminate()
    proc.wait(timeout=60)


def get(url: str, headers: dict | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


def test_the_catalogue_lists_every_published_figure_in_both_languages(server):
    import charts

    status, kind, body = get(f"{server[0]}/api/v1/figures")
    assert status == 200 and kind.startswith("application/json")
    listed = json.loads(body)["figures"]
    assert [f["key"] for f in listed] == charts.keys(press=True)
    grain = next(f for f in listed if f["key"] == "dishonest-stock")
    assert grain["options"]["dl_grain"] == {"default": "quarter", "valid": ["month", "quarter", "year"]}
    assert grain["title"]["en"] == "On the dishonest list at the end of each period" and grain["title"]["zh"]


def test_the_csv_holds_the_data_s_numbers(server, fixture_dir):
    status, kind, body = get(f"{server[0]}/api/v1/figures/overview-noncompliance.csv?lang=en&prov=620000")
    assert status == 200 and kind.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    heading, data = rows[0], rows[1:]
    transferred = {r[0]: int(r[heading.index(next(h for h in heading if "police" in h.lower()))]) for r in data}
    expected = dict(
        duckdb.sql(
            f"""select cast(year(action_date) as varchar), count(*)
            from read_parquet('{fixture_dir}/noncompliance.parquet')
            where province_code = '620000' and is_transferred group by 1"""
        ).fetchall()
    )
    assert {y: n for y, n in transferred.items() if n} == expected


def test_json_xlsx_and_metadata_say_the_same(server):
    base = f"{server[0]}/api/v1/figures/dishonest-stock"
    query = "?lang=en&prov=620000&dl_grain=year"
    rows = json.loads(get(base + ".json" + query)[2])
    sheet = load_workbook(io.BytesIO(get(base + ".xlsx" + query)[2])).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == list(rows[0]) and len(values) == len(rows) + 1
    meta = json.loads(get(base + ".metadata.json" + query)[2])
    assert meta["title"] == "On the dishonest list at the end of each period"
    assert meta["selection"].startswith("Gansu · ") and meta["as_of"] and len(meta["fingerprint"]) >= 8
    assert "/dishonest-list?lang=en&prov=620000&from=" in meta["permalink"]
    assert meta["definitions"][0]["name"] == "On the dishonest list"


@pytest.mark.parametrize(
    ("path", "status", "parameter"),
    [
        ("figures/dishonest-stock.csv?prov=999999", 400, "prov"),
        ("figures/dishonest-stock.csv?from=2031-01", 400, "from"),
        ("figures/dishonest-stock.csv?dl_grain=week", 400, "dl_grain"),
        ("figures/dishonest-stock.csv?lang=fr", 400, "lang"),
        ("figures/dishonest-stock.csv?foo=%3Cscript%3E", 400, "foo"),
        ("figures/no-such-figure.csv", 404, None),
        ("figures/case-timeline.csv", 404, None),
        ("figures/dishonest-stock.exe", 404, None),
        ("reports/999999.pdf", 404, None),
        ("reports/620000.docx", 404, None),
    ],
)
def test_bad_requests_are_answered_in_json(server, path, status, parameter):
    code, kind, body = get(f"{server[0]}/api/v1/{path}")
    assert code == status and kind.startswith("application/json")
    answer = json.loads(body)
    assert answer["error"] and "Traceback" not in body.decode()
    if parameter:
        assert answer["parameter"] == parameter


def test_the_report_at_a_url_and_its_audit_line(server):
    url, folder = server
    code, kind, body = get(f"{url}/api/v1/reports/620000.pdf?lang=en&from=2020-01&to=2024-09")
    assert code == 200 and kind == "application/pdf" and body.startswith(b"%PDF")
    import hashlib

    last = audit.read(folder)[-1]
    assert last["action"] == "api" and last["path"] == "/api/v1/reports/620000.pdf"
    assert last["sha256"] == hashlib.sha256(body).hexdigest() and last["user"] == "local"
