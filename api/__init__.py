"""The data behind every figure at a URL, served beside the dashboard (Starlette routes of Streamlit's `st.App`):

    GET /api/v1/figures                          every figure: key, page, options and their valid values, titles
    GET /api/v1/figures/<key>.csv|.xlsx|.json    the data the figure draws, for the page's URL parameters
    GET /api/v1/figures/<key>.metadata.json      title, selection in words, unit, definitions, source, as-of date,
                                                 data fingerprint, permalink
    GET /api/v1/reports/<prov>.pdf|.pptx         the province report (<prov>: a province code, or "national")

Parameters are the page URL's (`prov`, `from`, `to`, `level`, `type`, `debtor`, `lang`) and the figure's options
by name. The same catalogue, builders and file makers as the downloads, so the three cannot disagree. CSV, XLSX and
JSON hold one table, the figure's data as its readers see it in `lang` (`exports.labelled`): headings and category
values (court levels, case types, conducts, phases, ...) in the words of the figure's legend and axes, not the
data's codes. The JSON is that table as records (its keys are the XLSX's headings), not a format of codes; a program
reading it asks for one `lang` and keeps to it.

Who is asking is worked out as for a page (`ui.identity.resolve`): the local mode's user, the trusted proxy headers,
or the signed cookie Streamlit's sign-in sets; the same policy gives the scope, the same query door applies it,
and every file served is noted in the audit log. Refusals and bad parameters answer in JSON, never a traceback.
"""

from __future__ import annotations

import asyncio
import hashlib
import re

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "metadata.json": "application/json",
}
REPORTS = {
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
# Figures that draw court-level rows: a province-scoped user may ask for them only for their own provinces.
COURT_LEVEL = ("province-courts", "nc-rank-courts")
FIGURE = re.compile(r"^(?P<key>[a-z0-9_-]+)\.(?P<fmt>csv|xlsx|json|metadata\.json)$")


class Refused(Exception):
    def __init__(self, status: int, body: dict):
        super().__init__(body.get("error"))
        self.status, self.body = status, body


def _error(status: int, message: str, **more) -> Refused:
    return Refused(status, {"error": message, **more})


def _info(request: Request, how: str) -> dict:
    """What names the user: the trusted headers' values, or the claims in Streamlit's signed sign-in cookie."""
    if how == "header":
        from streamlit import config

        mapping = config.get_option("server.trustedUserHeaders") or {}
        return {key: request.headers.get(header) for header, key in mapping.items()}
    if how == "oidc":
        # Streamlit's own reading of its cookie (signature, chunks, origin); tests/test_sign_in.py fails if it moves.
        from streamlit.auth_util import get_origin_from_redirect_uri
        from streamlit.web.server.starlette.starlette_server_config import USER_COOKIE_NAME as USER_COOKIE
        from streamlit.web.server.starlette.starlette_websocket import (
            _get_signed_cookie_with_chunks,
            _parse_decoded_user_cookie,
        )

        raw = _get_signed_cookie_with_chunks(dict(request.cookies), USER_COOKIE)
        info = _parse_decoded_user_cookie(raw, get_origin_from_redirect_uri() or "") if raw else {}
        return info if info.get("is_logged_in") else {}
    return {}


def who(request: Request):
    """The person asking and their scope; refuses a request that names nobody the policy knows."""
    from ui import identity

    how = identity.mode()
    person = identity.resolve(how, _info(request, how))
    if person.scope is None:
        status = 401 if person.problem == "no_identity" else 403
        raise _error(status, "sign in first" if status == 401 else "no access", reason=person.problem)
    return person


def _selection(params: dict):
    """The filter set and language from the page's URL parameters, checked against the data."""
    import argparse

    from exports.__main__ import selection
    from shared_filters import LIST_FILTERS

    known = {"lang", "from", "to", *(s.url for s in LIST_FILTERS)}
    lang = params.get("lang", "zh")
    args = argparse.Namespace(
        lang=lang,
        start=params.get("from"),
        end=params.get("to"),
        figures="",
        **{s.field: params.get(s.url, "") for s in LIST_FILTERS},
    )
    sel, langs, _ = selection(args)
    if len(langs) != 1:
        raise _error(400, "lang: one language", parameter="lang", valid=["zh", "en"])
    return sel, langs[0], known


def _options(key: str, params: dict) -> dict:
    import charts
    from charts import campaigns

    out = {}
    for name in charts.REGISTRY[key].options:
        if name not in params:
            continue
        default, valid = charts.OPTIONS[name]
        if name == "cp_campaign":
            valid = tuple(campaigns.rows())
        if valid is None:
            raise _error(400, f"{name}: not offered here", parameter=name, valid=[])
        chosen = next((v for v in valid if str(v) == params[name]), None)
        if chosen is None:
            raise _error(
                400, f"{name}: {params[name][:40]} is not valid", parameter=name, valid=[str(v) for v in valid]
            )
        out[name] = chosen
    return out


def _checked(params: dict, allowed: set[str]) -> None:
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise _error(400, f"{unknown[0][:40]}: unknown parameter", parameter=unknown[0][:40], valid=sorted(allowed))


def _in_scope(key: str, sel, scope) -> None:
    if key in COURT_LEVEL and scope.provinces is not None:
        outside = [c for c in sel.provinces if c not in scope.provinces] if sel.provinces else ["all"]
        if outside:
            raise _error(
                403,
                "court-level data outside your scope",
                reason="scope",
                provinces=list(scope.provinces),
                asked=list(outside),
            )


def figure_file(key: str, fmt: str, params: dict, person, base_url: str) -> tuple[bytes, str]:
    """The file for a figure, under the person's scope: (bytes, file name)."""
    import charts
    import exports
    import queries
    from exports.__main__ import Usage

    if key not in charts.REGISTRY or not charts.REGISTRY[key].press:
        raise _error(404, f"no figure {key[:60]}", valid=charts.keys(press=True))
    try:
        sel, lang, known = _selection(params)
    except Usage as exc:
        raise _error(400, str(exc).lstrip("-"), parameter=exc.option, valid=exc.valid) from exc
    _checked(params, known | set(charts.REGISTRY[key].options))
    options = _options(key, params)
    _in_scope(key, sel, person.scope)
    with queries.within_scope(person.scope):
        ex = charts.build(key, sel, lang, **options)
        if ex is None:
            raise _error(404, "nothing to show for this selection", reason="empty")
        prov = exports.provenance(base_url)
        labelled = exports.labelled(ex.frame, ex.lang, ex.indicators)
        if fmt == "csv":
            data = exports.csv_bytes(labelled)
        elif fmt == "xlsx":
            data = exports.xlsx_bytes(labelled, exports.notes(ex, prov), ex.lang)
        elif fmt == "json":
            data = exports.safe_text(labelled).write_json().encode("utf-8")
        else:
            import json

            data = json.dumps(metadata(ex, prov), ensure_ascii=False, indent=2).encode("utf-8")
    name = exports.file_for(ex, "metadata.json" if fmt == "metadata.json" else fmt)
    return data, name


def metadata(ex, prov) -> dict:
    import exports
    from i18n import tr

    return {
        "key": ex.key,
        "title": exports.title(ex),
        "selection": exports.selection_line(ex),
        "period": ex.period,
        "unit": exports.unit_line(ex),
        "definitions": [{"name": n, "definition": d} for n, d in exports.definitions(ex)],
        "source": tr("common.source_name", ex.lang),
        "as_of": prov.as_of.isoformat(),
        "fingerprint": prov.fingerprint,
        "permalink": exports.link(ex, prov),
        "parameters": ex.selection.query(ex.lang),
    }


def report_file(prov_code: str, fmt: str, params: dict, person, base_url: str) -> tuple[bytes, str]:
    import dataclasses

    import exports
    import queries
    from exports import report
    from exports.__main__ import Usage

    codes = queries.run("provinces")["province_code"].to_list()
    if prov_code != "national" and prov_code not in codes:
        raise _error(404, f"no province {prov_code[:20]}", valid=["national", *codes])
    try:
        sel, lang, known = _selection({k: v for k, v in params.items() if k != "prov"})
    except Usage as exc:
        raise _error(400, str(exc).lstrip("-"), parameter=exc.option, valid=exc.valid) from exc
    _checked(params, known - {"prov"})
    sel = dataclasses.replace(sel, provinces=() if prov_code == "national" else (prov_code,))
    with queries.within_scope(person.scope):
        built = report.build(sel, lang, exports.provenance(base_url))
        data = report.pdf(built) if fmt == "pdf" else report.pptx(built)
    return data, report.report_file(sel, lang, fmt)


def _serve(make, request: Request, content_type: str) -> Response:
    import audit

    try:
        person = who(request)
        data, name = make(person)
    except Refused as exc:
        return JSONResponse(exc.body, status_code=exc.status)
    except Exception as exc:  # noqa: BLE001 - a failure answers in JSON; the server's log keeps the details
        import traceback

        traceback.print_exc()
        return JSONResponse({"error": "the file could not be made", "reason": type(exc).__name__}, status_code=500)
    scope = person.scope
    audit.record(
        "api",
        person.user or "anonymous",
        scope.role,
        scope.text(),
        path=request.url.path,
        query=str(request.url.query)[:500],
        file=name,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return Response(data, media_type=content_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _base(request: Request) -> str:
    return str(request.base_url)


async def figures(request: Request) -> Response:
    def listing():
        import charts
        import exports
        from i18n import tr

        sel = charts.default_selection()
        out = []
        for key in charts.keys(press=True):
            spec = charts.REGISTRY[key]
            titles = {}
            for lang in ("zh", "en"):
                ex = charts.build(key, sel, lang)
                titles[lang] = None if ex is None else exports.title(ex)
            out.append(
                {
                    "key": key,
                    "page": spec.page,
                    "page_title": {lg: tr(charts.PAGES[spec.page], lg) for lg in ("zh", "en")},
                    "title": titles,
                    "options": {
                        name: {
                            "default": charts.OPTIONS[name][0],
                            "valid": None if charts.OPTIONS[name][1] is None else list(charts.OPTIONS[name][1]),
                        }
                        for name in spec.options
                    },
                    "formats": list(FORMATS),
                }
            )
        return out

    try:
        who(request)
    except Refused as exc:
        return JSONResponse(exc.body, status_code=exc.status)
    return JSONResponse({"figures": await asyncio.to_thread(listing)})


async def figure(request: Request) -> Response:
    found = FIGURE.match(request.path_params["name"])
    if not found:
        return JSONResponse({"error": "unknown format", "valid": list(FORMATS)}, status_code=404)
    key, fmt = found["key"], found["fmt"]
    params = dict(request.query_params)
    base = _base(request)
    return await asyncio.to_thread(
        _serve, lambda person: figure_file(key, fmt, params, person, base), request, FORMATS[fmt]
    )


async def province_report(request: Request) -> Response:
    prov, fmt = request.path_params["prov"], request.path_params["fmt"]
    from exports.report import MIME

    if fmt not in MIME:
        return JSONResponse({"error": "unknown format", "valid": list(MIME)}, status_code=404)
    params = dict(request.query_params)
    base = _base(request)
    return await asyncio.to_thread(
        _serve, lambda person: report_file(prov, fmt, params, person, base), request, MIME[fmt]
    )


def routes() -> list[Route]:
    return [
        Route("/api/v1/figures", figures),
        Route("/api/v1/figures/{name}", figure),
        Route("/api/v1/reports/{prov}.{fmt}", province_report),
    ]
