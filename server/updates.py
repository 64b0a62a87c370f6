"""The write side: SPARQL Update and Graph Store writes, off by default, behind a bearer token.

A write never touches the published store. It is applied to a copy (``store.copy_current``: a
RocksDB backup, hard-linked, so cheap on disk but still a full open and backup per write) in a
killable child process, then published as a new version with the same atomic symlink swap a build
uses. Readers keep the old version until their next query; query workers reopen when the version
directory changes; saved-query ETags and cache keys include the version, so they change too. A
failed write publishes nothing. Writes are serialised by a lock (threads) and a file lock (other
processes taking the same lock). This is for small operator edits, not bulk loading
(use ``cytokg load`` or a rebuild).
"""

from __future__ import annotations

import fcntl
import hmac
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, request

from cytokg.graph_build import store as store_mod
from cytokg.server import errors
from cytokg.server.service_policy import ServiceRefused, apply
from cytokg.server.sparql_lexer import keyword_targets
from cytokg.server.update_worker import Change, ChangeFailed, ChangeTimeout, run_change

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
LOCK_FILE = ".write.lock"


class Unauthorized(errors.ApiError):
    """No or a wrong bearer token (answered with WWW-Authenticate: Bearer)."""

    status = 401


class Conflict(errors.ApiError):
    """The store was republished (a build or load) while the write was being applied."""

    status = 409


def install(app: Flask) -> None:
    """Answer Unauthorized with the WWW-Authenticate challenge RFC 6750 asks for."""

    @app.errorhandler(Unauthorized)
    def _unauthorized(err: Unauthorized):
        response = errors.error_response(401, err.message)
        response.headers["WWW-Authenticate"] = 'Bearer realm="cytokg"'
        return response


def authorize(settings, what: str) -> None:
    """Raise unless writes are enabled and the request carries the configured bearer token."""
    if not settings.allow_updates:
        raise errors.Forbidden(f"{what} is disabled on this endpoint (read-only)")
    if settings.backend:
        raise errors.Forbidden(f"{what} is only available on the embedded store, not a remote one")
    supplied = request.headers.get("Authorization", "")
    if not supplied:
        raise Unauthorized(f"{what} needs a bearer token (Authorization: Bearer ...)")
    expected = f"Bearer {settings.update_token}" if settings.update_token else None
    if not expected or not hmac.compare_digest(supplied.encode(), expected.encode()):
        raise Unauthorized(f"{what} needs a valid bearer token")


def load_sources(update: str) -> list[tuple[str | None, str]]:
    """(IRI or None, token text) of the source of every LOAD in an update."""
    return [(iri, text) for _, _, iri, text in keyword_targets(update, "LOAD")]


def _origin(iri: str) -> tuple[str, str, int | None]:
    parts = urlsplit(iri)
    try:
        port = parts.port
    except ValueError:
        port = -1
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def check_policy(policy, update: str) -> str:
    """The update with SERVICE checked and mapped (as for queries), and every LOAD source on an
    allowlisted host (scheme, host and port of an allowlisted endpoint); else ServiceRefused."""
    update = apply(policy, update)
    allowed = {_origin(iri) for iri in policy.allowlist}
    for iri, text in load_sources(update):
        if iri is None:
            raise ServiceRefused(f"LOAD {text} is not allowed: the source must be an IRI")
        if iri not in policy.allowlist and _origin(iri) not in allowed:
            hosts = ", ".join(sorted({h for _, h, _ in allowed})) or "none configured"
            raise ServiceRefused(
                f"LOAD <{iri}> is refused: its host is not on the allowlist (allowed: {hosts})"
            )
    return update


def _thread_lock(store: Path) -> threading.Lock:
    key = str(Path(store).absolute())
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


@contextmanager
def write_lock(store: Path):
    """Serialise writers: in this process (a thread lock) and across processes (flock)."""
    with _thread_lock(store):
        lock_dir = store_mod.versions_dir(store)
        lock_dir.mkdir(parents=True, exist_ok=True)
        with open(lock_dir / LOCK_FILE, "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def commit(settings, change: Change, summary: str) -> str:
    """Apply change to a copy of the published store and publish it; returns the new version.

    Raises errors.ApiError subclasses; on any failure the copy is discarded, nothing published.
    """
    store = Path(settings.store)
    with write_lock(store):
        base = store_mod.current(store)
        previous = store_mod.build_info(store)
        target = store_mod.copy_current(store)
        try:
            try:
                run_change(str(target), change, settings.query_timeout)
            except ChangeTimeout as err:
                raise errors.QueryTimeout(str(err)) from None
            except ChangeFailed as err:
                raise _api_error(err) from None
            if store_mod.current(store) != base:
                raise Conflict("the store was republished during the write; nothing was changed")
            info = _info(previous, change, summary)
            store_mod.publish(target, store, info)
        except BaseException:
            store_mod.discard(target)
            raise
    return info["version"]


def _api_error(err: ChangeFailed) -> errors.ApiError:
    if err.code == "syntax":
        return errors.syntax_error(err.message)
    if err.code == "bad_request":
        return errors.BadRequest(err.message)
    return errors.ServerError(f"the write failed: {err.message}")


def _info(previous: dict, change: Change, summary: str) -> dict:
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    version = f"update-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:8]}"
    record = {"kind": change.kind, "graph": change.graph, "summary": summary[:500], "time": now}
    return {
        **previous,
        "kind": "update",
        "version": version,
        "parent_version": previous.get("version"),
        "updates": [*previous.get("updates", []), record],
    }
