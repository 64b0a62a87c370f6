"""Per-call timeout for SERVICE: pyoxigraph's own SERVICE client has none, so a dead or slow remote
would hang the query worker. run_query rewrites each allowed SERVICE IRI to a one-query token on
this relay; the relay forwards the SPARQL protocol request to the real (or mapped) endpoint with
Settings.service_timeout for the whole call and a size cap, and records what went wrong so the
client gets 502/504 naming the endpoint (SERVICE SILENT: pyoxigraph turns the failure into empty).

The relay listens on its own 127.0.0.1 port with its own threads, not on the public server: a
relay call made by a worker never waits for an HTTP thread held by a request waiting for that
worker (no deadlock, whatever --threads), and no host:port plumbing is needed. It forwards only to
tokens issued by run_query for the query being run (never an open proxy) and only for local callers.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from dataclasses import dataclass

import requests
from flask import Blueprint, Flask, Response, current_app, request

log = logging.getLogger("cytokg.server")

bp = Blueprint("service_relay", __name__)
LOCAL = frozenset({"127.0.0.1", "::1"})
PASSED_HEADERS = ("Accept", "Content-Type")


@dataclass(frozen=True)
class Target:
    iri: str  # the SERVICE IRI as the query names it (shown to the client)
    url: str  # where the call goes: the IRI itself or its mapped stand-in


@dataclass(frozen=True)
class Failure:
    status: int  # 502 or 504, the status the client of the whole query gets
    message: str


class Relay:
    """The token book and the local listener; one per embedded backend."""

    def __init__(self, timeout: float, max_bytes: int, threads: int):
        from waitress.server import create_server

        self.timeout, self.max_bytes = timeout, max_bytes
        self._targets: dict[str, Target] = {}
        self._failures: dict[str, list[Failure]] = {}
        self._lock = threading.Lock()
        self.app = Flask(__name__)
        self.app.extensions["cytokg_relay"] = self
        self.app.register_blueprint(bp)
        self._server = create_server(self.app, host="127.0.0.1", port=0, threads=threads)
        self.base = f"http://127.0.0.1:{self._server.socket.getsockname()[1]}"
        self._thread = threading.Thread(target=self._server.run, daemon=True, name="relay")
        self._thread.start()
        log.info("SERVICE relay on %s: %g s and %d bytes per call", self.base, timeout, max_bytes)

    def issue(self, iri: str, url: str) -> tuple[str, str]:
        """(relay URL, token) for one SERVICE call of one query."""
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._targets[token] = Target(iri, url)
        return f"{self.base}/_service/{token}", token

    def target(self, token: str) -> Target | None:
        with self._lock:
            return self._targets.get(token)

    def record(self, token: str, failure: Failure) -> None:
        log.warning("SERVICE call failed: %s", failure.message)
        with self._lock:
            if token in self._targets:
                self._failures.setdefault(token, []).append(failure)

    def revoke(self, tokens: list[str]) -> list[Failure]:
        """Forget the tokens of a finished query; returns the failures their calls met."""
        found: list[Failure] = []
        with self._lock:
            for token in tokens:
                self._targets.pop(token, None)
                found += self._failures.pop(token, [])
        return found

    def open_calls(self) -> int:
        """Tokens issued and not yet revoked (zero between queries)."""
        with self._lock:
            return len(self._targets)

    def close(self) -> None:
        self._server.close()
        self._thread.join(5)


def _answer(status: int, message: str) -> Response:
    return Response(message + "\n", status=status, mimetype="text/plain")


def forward(relay: Relay, target: Target, method: str, body: bytes, headers: dict, params):
    """Make the call within relay.timeout; (status, content type, body) or Failure.

    Connecting, the wait for the answer and each read are bounded by relay.timeout and the body
    read stops at the deadline, so a call ends within about twice the timeout in the worst case.
    """
    deadline = time.monotonic() + relay.timeout
    limit = f"{relay.timeout:g} s"
    try:
        remote = requests.request(
            method, target.url, params=params, data=body or None, headers=headers, stream=True,
            timeout=(relay.timeout, relay.timeout), allow_redirects=False,
        )  # fmt: skip
        with remote:
            chunks, size = [], 0
            # read1 returns what one receive brings: a remote dripping bytes is stopped at the
            # deadline (plus at most one read timeout), not after 64 KiB have trickled in
            while chunk := remote.raw.read1(64 * 1024, decode_content=True):
                size += len(chunk)
                if size > relay.max_bytes:
                    return Failure(502, f"SERVICE <{target.iri}> answered more than "
                                        f"{relay.max_bytes} bytes; the call was stopped")
                if time.monotonic() > deadline:
                    raise requests.Timeout
                chunks.append(chunk)
    except requests.Timeout:
        return Failure(504, f"SERVICE <{target.iri}> did not answer within {limit} "
                            f"(the per-call SERVICE timeout; called at {target.url})")
    except requests.RequestException as err:
        return Failure(502, f"SERVICE <{target.iri}> could not be reached at {target.url} "
                            f"({type(err).__name__})")
    if remote.is_redirect:
        where = remote.headers.get("Location", "?")
        return Failure(502, f"SERVICE <{target.iri}> redirected to {where}; put the final "
                            "endpoint on the SERVICE allowlist instead")
    data = b"".join(chunks)
    if remote.status_code >= 400:
        text = data[:300].decode("utf-8", "replace").strip()
        return Failure(502, f"SERVICE <{target.iri}> answered HTTP {remote.status_code}: {text}")
    return remote.status_code, remote.headers.get("Content-Type"), data


@bp.route("/_service/<token>", methods=["GET", "POST"])
def relay_call(token: str) -> Response:
    relay: Relay = current_app.extensions["cytokg_relay"]
    if request.remote_addr not in LOCAL:
        caller = request.remote_addr
        return _answer(403, f"the SERVICE relay only serves this machine, not {caller}")
    target = relay.target(token)
    if target is None:
        return _answer(403, "unknown SERVICE relay id: the relay forwards only calls issued for "
                            "a running query")
    headers = {h: request.headers[h] for h in PASSED_HEADERS if h in request.headers}
    params = request.query_string or None
    outcome = forward(relay, target, request.method, request.get_data(), headers, params)
    if isinstance(outcome, Failure):
        relay.record(token, outcome)
        return _answer(outcome.status, outcome.message)
    status, media, data = outcome
    return Response(data, status=status, content_type=media or "application/octet-stream")
