"""The SPARQL 1.1 Protocol at /sparql: query by GET, POST form and POST sparql-query; dataset
parameters; content negotiation; updates refused unless enabled with a bearer token; without a
query, the Service Description (or, for a browser, the web UI).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, redirect, render_template, request, url_for

from cytokg.server import conneg, description, errors, updates
from cytokg.server.backends import run_query
from cytokg.server.sparql_lexer import result_kind
from cytokg.server.update_worker import Change

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


def _runtime():
    return current_app.extensions["cytokg"]


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise errors.BadRequest(f"the request has {len(values)} '{name}' parameters; send one")
    return values[0] if values else None


def _params() -> tuple[dict[str, list[str]], str | None, str | None]:
    """All protocol parameters as lists, plus the query text and update text (one at most each)."""
    params: dict[str, list[str]] = {k: request.args.getlist(k) for k in request.args}
    if request.method != "POST":
        return params, *_query_update(params)
    media = (request.mimetype or "").lower()
    limit = _runtime().settings.max_query_bytes
    if request.content_length is not None and request.content_length > limit + 64 * 1024:
        raise errors.ContentTooLarge(f"the request body is larger than {limit} bytes")
    if media == FORM:
        for key in request.form:
            params.setdefault(key, []).extend(request.form.getlist(key))
        return params, *_query_update(params)
    if media == QUERY_TYPE:
        if "query" in params:
            raise errors.BadRequest("a POSTed query body must not come with a 'query' parameter")
        return params, request.get_data(as_text=True), None
    if media == UPDATE_TYPE:
        return params, None, request.get_data(as_text=True)
    raise errors.UnsupportedMediaType(
        f"POST content type {media or '(none)'!r} is not supported; use {FORM}, {QUERY_TYPE} "
        f"or {UPDATE_TYPE}"
    )


def _query_update(params: dict) -> tuple[str | None, str | None]:
    return _one(params.get("query", []), "query"), _one(params.get("update", []), "update")


def _iris(params: dict, name: str) -> list[str] | None:
    values = params.get(name)
    if not values:
        return None
    for value in values:
        if ":" not in value or any(c in value for c in ' <>"{}|\\^`'):
            raise errors.BadRequest(f"{name} {value!r} is not an absolute IRI")
    return values


def _timeout(params: dict) -> float | None:
    raw = _one(params.get("timeout", []), "timeout")
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        raise errors.BadRequest(f"timeout {raw!r} is not a number of seconds") from None
    if value <= 0:
        raise errors.BadRequest(f"timeout must be positive, not {raw!r}")
    return value


def _update(update: str) -> Response:
    """Off by default; when enabled, needs the bearer token, then runs on a copy that is
    published as a new store version (server/updates.py)."""
    settings = _runtime().settings
    updates.authorize(settings, "SPARQL Update")
    if request.method != "POST":
        raise errors.MethodNotAllowed("SPARQL Update must be sent with POST")
    if not update.strip():
        raise errors.BadRequest("the 'update' parameter is empty")
    if len(update.encode("utf-8")) > settings.max_query_bytes:
        raise errors.ContentTooLarge(f"the update is longer than {settings.max_query_bytes} bytes")
    checked = updates.check_policy(_runtime().policy, update)
    version = updates.commit(settings, Change("update", text=checked), update)
    return Response(
        f"update applied; store version {version}\n", content_type="text/plain; charset=utf-8"
    )


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    params, query, update = _params()
    if query is not None and update is not None:
        raise errors.BadRequest("send either 'query' or 'update', not both")
    if update is not None:
        return _update(update)
    fmt = _one(params.get("format", []), "format")
    accept = request.headers.get("Accept")
    if query is None:
        if request.method == "POST":
            raise errors.BadRequest("no 'query' parameter in the request")
        return _no_query(accept, fmt)
    if not query.strip():
        raise errors.BadRequest("the 'query' parameter is empty")
    if not fmt:
        conneg.choose(accept, None, result_kind(query))  # 406 early when nothing could fit
    result = run_query(
        _runtime(),
        query,
        accept=accept,
        format=fmt,
        default_graphs=_iris(params, "default-graph-uri"),
        named_graphs=_iris(params, "named-graph-uri"),
        timeout=_timeout(params),
    )
    response = Response(result.chunks(), content_type=result.content_type)
    response.content_length = result.size
    response.call_on_close(result.close)
    return response


def _no_query(accept: str | None, fmt: str | None) -> Response:
    if not fmt and conneg.wants_html(accept):
        if "ui" in current_app.blueprints:
            has_index = "ui.index" in current_app.view_functions
            return redirect(url_for("ui.index") if has_index else "/")
        page = render_template("sparql_page.html")
        return Response(page, content_type="text/html; charset=utf-8")
    media, fmt_name = conneg.choose(accept, fmt, "graph")
    body = description.serialise(_runtime(), request.base_url, fmt_name)
    return Response(body, content_type=conneg.content_type_header(media))


@bp.after_request
def _vary(response: Response) -> Response:
    response.vary.add("Accept")
    return response
