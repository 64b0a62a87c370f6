"""Errors as HTTP answers: each failure has a type and a status; clients get a short JSON or plain
text message (with line and column for a malformed query), never a stack trace.

Server bugs stay 500 with a log line, so they never look like client mistakes.
"""

from __future__ import annotations

import logging
import re

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException

from cytokg.server.conneg import NotAcceptable, parse_accept, quality
from cytokg.server.service_policy import ServiceRefused

log = logging.getLogger("cytokg.server")


class ApiError(Exception):
    """A failure with a definite HTTP status and a message meant for the client."""

    status = 500

    def __init__(self, message: str, **details):
        super().__init__(message)
        self.message = message
        self.details = details


class BadRequest(ApiError):
    status = 400


class QuerySyntaxError(BadRequest):
    """The query does not parse; details carry line and column when the parser gives them."""


class Forbidden(ApiError):
    status = 403


class NotFound(ApiError):
    status = 404


class MethodNotAllowed(ApiError):
    status = 405


class NotAcceptableError(ApiError):
    status = 406


class ContentTooLarge(ApiError):
    status = 413


class UnsupportedMediaType(ApiError):
    status = 415


class ServerError(ApiError):
    status = 500


class BackendUnavailable(ApiError):
    status = 502


class ServerBusy(ApiError):
    status = 503


class QueryTimeout(ApiError):
    status = 504


_POSITION = re.compile(r"at (\d+):(\d+)")


def syntax_error(message: str) -> QuerySyntaxError:
    """A QuerySyntaxError from a parser message such as 'error at 1:25: expected ...'."""
    found = _POSITION.search(message)
    if found:
        return QuerySyntaxError(message, line=int(found.group(1)), column=int(found.group(2)))
    return QuerySyntaxError(message)


def error_response(status: int, message: str, **details) -> Response:
    """JSON when the client prefers it over text, else text/plain."""
    ranges = parse_accept(request.headers.get("Accept") if request else None)
    as_json = quality(ranges, "application/json") > quality(ranges, "text/plain")
    if as_json:
        body = json.dumps({"error": message, "status": status, **details})
        return Response(body, status=status, content_type="application/json")
    where = ""
    if "line" in details:
        where = f" (line {details['line']}, column {details.get('column')})"
    return Response(f"{message}{where}\n", status=status, content_type="text/plain; charset=utf-8")


def register(app: Flask) -> None:
    """Install the handlers on the app (covers every blueprint)."""

    @app.errorhandler(ApiError)
    def _api_error(err: ApiError):
        if err.status >= 500:
            log.warning("%s %s -> %s: %s", request.method, request.path, err.status, err.message)
        return error_response(err.status, err.message, **err.details)

    @app.errorhandler(ServiceRefused)
    def _refused(err: ServiceRefused):
        return error_response(403, str(err))

    @app.errorhandler(NotAcceptable)
    def _not_acceptable(err: NotAcceptable):
        return error_response(406, str(err))

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException):
        response = error_response(err.code or 500, err.description or err.name)
        if err.code == 405 and getattr(err, "valid_methods", None):
            response.headers["Allow"] = ", ".join(err.valid_methods)
        return response

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):
        log.exception("unexpected error on %s %s", request.method, request.path)
        return error_response(500, "internal server error (logged on the server)")
