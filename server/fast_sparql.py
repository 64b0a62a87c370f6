"""A lean WSGI path for the commonest request, ``GET /sparql?query=…[&format=…]``.

Flask's routing, request and response objects cost ≈0.3–0.45 ms per request, as much as a small
query on the engine (bench/README.md, "Where an ad-hoc request's time goes"). This path answers
that one request shape with the same functions the blueprint uses (``run_query``, conneg) and the
same headers; every other request — other methods, paths or parameters, a missing or empty query —
goes to the Flask app untouched. A failure is rendered by the app's own error handlers, so the
status and message are exactly the blueprint's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from urllib.parse import parse_qs

from cytokg.server import conneg
from cytokg.server.backends import run_query
from cytokg.server.results import QueryResult
from cytokg.server.sparql_lexer import result_kind

PATH = "/sparql"
# Parameters this path understands; any other (update, dataset, timeout, …) goes to Flask.
SIMPLE_PARAMS = frozenset({"query", "format"})


class _Body:
    """The answer's chunks as a WSGI iterable whose close() releases the result."""

    def __init__(self, result: QueryResult):
        self._result = result

    def __iter__(self) -> Iterator[bytes]:
        return self._result.chunks()

    def close(self) -> None:
        self._result.close()


def simple_query(environ: dict) -> tuple[str, str | None] | None:
    """(query, format) when the request is a plain GET query this path serves, else None."""
    if environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") != PATH:
        return None
    params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True, errors="replace")
    if not params.keys() <= SIMPLE_PARAMS or any(len(v) != 1 for v in params.values()):
        return None
    query = params.get("query", [""])[0]
    if not query.strip():
        return None
    return query, params.get("format", [""])[0] or None


def wrap(app, headers: dict[str, str]) -> Callable:
    """The WSGI callable to install as ``app.wsgi_app``; headers: those every answer carries."""
    flask_wsgi = app.wsgi_app
    runtime = app.extensions["cytokg"]
    fixed = [(name, value) for name, value in headers.items()]

    def wsgi(environ: dict, start_response: Callable) -> Iterable[bytes]:
        found = simple_query(environ)
        if found is None:
            return flask_wsgi(environ, start_response)
        query, fmt = found
        accept = environ.get("HTTP_ACCEPT")
        try:
            if not fmt:
                conneg.choose(accept, None, result_kind(query))  # 406 early, as the blueprint
            result = run_query(runtime, query, accept=accept, format=fmt)
        except Exception as err:  # noqa: BLE001 - rendered by the app's own handlers
            return _error(app, environ, start_response, err)
        response_headers = [("Content-Type", result.content_type), ("Vary", "Accept"), *fixed]
        if result.size is not None:
            response_headers.append(("Content-Length", str(result.size)))
        start_response("200 OK", response_headers)
        return _Body(result)

    return wsgi


def _error(app, environ: dict, start_response: Callable, err: Exception) -> Iterable[bytes]:
    """The response Flask gives for err raised in the /sparql view (handlers, after_request)."""
    with app.request_context(environ):
        try:
            response = app.make_response(app.handle_user_exception(err))
        except Exception as unhandled:  # noqa: BLE001 - no handler: the 500 handler's answer
            response = app.make_response(app.handle_exception(unhandled))
        response = app.process_response(response)
    return response(environ, start_response)
