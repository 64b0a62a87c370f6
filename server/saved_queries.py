"""The saved-query REST API: ``GET /api`` lists the library, ``GET /api/<name>?param=…`` runs one.

Values are validated by type and bound as terms (see query_params), results come in the
negotiated format (conneg), pages carry RFC 8288 ``Link`` headers, and since the store only
changes on rebuild, results are cached by (store version, query, parameters, format, page)
with a strong ETag: a matching ``If-None-Match`` is answered 304 without running anything.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request, url_for

from cytokg.server import conneg
from cytokg.server.backends import run_query as run_on_backend
from cytokg.server.openapi import openapi_document
from cytokg.server.query_library import SavedQuery, default_library
from cytokg.server.query_params import ParameterError, bind, paginate, unknown_arguments
from cytokg.server.result_cache import ResultCache

bp = Blueprint("saved_queries", __name__)

RESERVED = frozenset({"page", "format", "timeout"})
KIND = {"select": "results", "ask": "results", "construct": "graph", "describe": "graph"}


def library() -> dict[str, SavedQuery]:
    return current_app.extensions.get("cytokg.library") or default_library()


def _cache() -> ResultCache:
    return current_app.extensions.setdefault("cytokg.saved_cache", ResultCache())


def _error(status: int, message: str, **extra) -> Response:
    body = json.dumps({"error": message, **extra}, ensure_ascii=False)
    return Response(body, status=status, mimetype="application/json")


def describe(saved: SavedQuery) -> dict:
    """The JSON listing entry of one saved query."""
    return {
        "name": saved.name,
        "summary": saved.summary,
        "description": saved.description,
        "tags": list(saved.tags),
        "type": saved.query_type,
        "method": saved.method,
        "pagination": saved.pagination,
        "url": url_for("saved_queries.run_query", name=saved.name, _external=False),
        "parameters": [
            {
                "name": p.name,
                "variable": "?" + p.variable,
                "type": p.type_label,
                "required": p.required,
                "default": p.default,
                "enum": list(p.enum),
                "multiple": saved.query_type in {"select", "ask"},
            }
            for p in saved.parameters
        ],
    }


@bp.get("/api")
def list_queries() -> Response:
    items = [describe(q) for q in library().values()]
    return Response(json.dumps(items, indent=1, ensure_ascii=False), mimetype="application/json")


def _page(saved: SavedQuery) -> int | None:
    if not saved.pagination:
        return None
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1 or int(raw) > 1_000_000:
        raise ParameterError("page", f"{raw!r} is not a positive integer")
    return int(raw)


def _link_header(saved: SavedQuery, page: int, has_next: bool) -> str:
    """RFC 8288 links to the first, previous and next pages, keeping every other argument."""
    base = url_for("saved_queries.run_query", name=saved.name, _external=True)
    args = [(k, v) for k, vs in request.args.lists() if k != "page" for v in vs]

    def link(number: int, rel: str) -> str:
        return f'<{base}?{urlencode([*args, ("page", str(number))])}>; rel="{rel}"'

    links = [link(1, "first")]
    if page > 1:
        links.append(link(page - 1, "prev"))
    if has_next:
        links.append(link(page + 1, "next"))
    return ", ".join(links)


def _etag(version: str, saved: SavedQuery, values: dict, media: str, page: int | None) -> str:
    """Strong ETag of a response: the same inputs on the same store version give the same bytes."""
    args = sorted((k, v) for k, vs in values.items() if k not in {"format", "timeout"} for v in vs)
    key = json.dumps([version, saved.name, saved.query, args, media, page], ensure_ascii=False)
    return '"' + hashlib.sha256(key.encode("utf-8")).hexdigest()[:40] + '"'


def _if_none_match(etag: str) -> bool:
    header = request.headers.get("If-None-Match", "")
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return "*" in tags or etag in tags


@bp.route("/api/<name>", methods=["GET", "HEAD", "POST"])
def run_query(name: str) -> Response:
    saved = library().get(name)
    if saved is None:
        return _error(404, f"no saved query named {name!r}; GET /api lists them")
    args = request.values if request.method == "POST" else request.args
    values = {k: args.getlist(k) for k in args}
    stray = unknown_arguments(saved, values, RESERVED)
    if stray:
        known = [p.name for p in saved.parameters]
        return _error(400, f"unknown parameter(s) {stray} for {name}; it takes {known}",
                      parameter=stray[0])
    kind = KIND[saved.query_type]
    try:
        media, fmt = conneg.choose(request.headers.get("Accept"), args.get("format"), kind)
    except conneg.NotAcceptable as exc:
        return _error(406, str(exc))
    try:
        page = _page(saved)
        timeout = _timeout(args.get("timeout"))
        bound = bind(saved, values)
    except ParameterError as exc:
        return _error(400, str(exc), parameter=exc.parameter)

    version = current_app.extensions["cytokg"].backend.version()
    etag = _etag(version, saved, values, media, page)
    headers = {"ETag": etag, "Vary": "Accept", "Cache-Control": "no-cache"}
    if _if_none_match(etag):  # same store version, query, arguments and format: same bytes
        return Response(status=304, headers=headers)
    cached = _cache().get(etag)
    if cached is None:
        cached = _run(saved, bound, media, page, timeout)
        _cache().put(etag, *cached)
    body, extra = cached
    response = Response(body, status=200, headers={**headers, **extra})
    response.headers["Content-Type"] = conneg.content_type_header(media)
    return response


def _timeout(raw: str | None) -> float | None:
    """The optional `timeout` argument (seconds); it can only lower the server's limit."""
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value != value:
        raise ParameterError("timeout", f"{raw!r} is not a positive number of seconds")
    return value


def _execute(query: str, bound, media: str, timeout: float | None) -> bytes:
    """The one place a saved query runs: the shared backend (worker processes, time limit)."""
    result = run_on_backend(current_app, query, format=media,
                            substitutions=bound.substitution_map(), timeout=timeout)
    return result.read()


def _run(saved: SavedQuery, bound, media: str, page: int | None,
         timeout: float | None) -> tuple[bytes, dict]:
    """Execute (one page of) a bound query; returns the body and extra headers (Link)."""
    if page is None:
        return _execute(bound.query, bound, media, timeout), {}
    size = saved.pagination
    body = _execute(paginate(bound.query, page, size), bound, media, timeout)
    probe = _execute(paginate(bound.query, page * size + 1, 1), bound,
                     "application/sparql-results+json", timeout)
    has_next = bool(json.loads(probe)["results"]["bindings"])
    return body, {"Link": _link_header(saved, page, has_next)}


@bp.get("/api/openapi.json")
def openapi_json() -> Response:
    doc = openapi_document(library(), request.url_root.rstrip("/"))
    return Response(json.dumps(doc, indent=1, ensure_ascii=False), mimetype="application/json")


@bp.get("/api/docs")
def api_docs() -> Response:
    """A small self-contained page that renders openapi.json as forms (no CDN)."""
    html = render_template("api_docs.html")
    return Response(html, content_type="text/html; charset=utf-8")
