"""The backend seam: what answers queries. Everything above it (protocol, saved queries, caching,
UI, entity pages) calls ``run_query`` and works the same on the embedded store and on a remote
SPARQL 1.1 endpoint (Oxigraph server, QLever, Fuseki ...).

A backend runs one query with a dataset, bound terms and a time limit, returns a complete
QueryResult to stream, and reports a version for caching.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path

from cytokg.graph_build import store as store_mod
from cytokg.server import errors
from cytokg.server.results import QueryResult
from cytokg.server.service_policy import ServicePolicy, apply, service_calls
from cytokg.server.sparql_lexer import has_from
from cytokg.server.workers import Job, WorkerPool, parse_term


@dataclass(frozen=True)
class QueryRequest:
    query: str
    accept: str | None = None
    fmt: str | None = None
    substitutions: tuple[tuple[str, str], ...] = ()  # (variable name, N-Triples term)
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    timeout: float = 30.0


class EmbeddedBackend:
    """The published pyoxigraph store, queried in killable worker processes."""

    name = "embedded"

    def __init__(self, settings):
        self.settings = settings
        self.store = Path(settings.store)
        store_mod.current(self.store)  # fail now, naming the path, if there is no store
        self._published: tuple[str, str, str] | None = None  # (link target, directory, version)
        self.pool = WorkerPool(settings.workers)
        self.relay = None  # per-call SERVICE timeouts (server.service_relay), if SERVICE is allowed
        if settings.service_relay and (settings.service_allowlist or settings.service_map):
            from cytokg.server.service_relay import Relay

            # each worker makes one SERVICE call at a time: these threads never run short
            threads = 2 * max(1, settings.workers) + 2
            self.relay = Relay(settings.service_timeout, settings.service_max_bytes, threads)

    def _current(self) -> tuple[str, str]:
        """(directory, version) of the published store. A published store is a symlink whose
        target changes on every publish, so one readlink tells whether the cached pair still
        holds; a plain directory is resolved and read every time."""
        try:
            target = os.readlink(self.store)
        except OSError:
            return str(store_mod.current(self.store)), store_mod.version_id(self.store)
        cached = self._published
        if cached is None or cached[0] != target:
            cached = (target, str(store_mod.current(self.store)), store_mod.version_id(self.store))
            self._published = cached
        return cached[1], cached[2]

    def version(self) -> str:
        return self._current()[1]

    def job_for(self, req: QueryRequest) -> Job:
        """The worker job for a request, against the currently published store version."""
        return Job(
            store_dir=self._current()[0],
            query=req.query,
            accept=req.accept,
            fmt=req.fmt,
            substitutions=req.substitutions,
            default_graphs=req.default_graphs,
            named_graphs=req.named_graphs,
            union_default_graph=self.settings.union_default_graph,
            max_bytes=self.settings.max_result_bytes,
            out_path=self.pool.spool_path(),
        )

    def run(self, req: QueryRequest) -> QueryResult:
        return self.pool.run(self.job_for(req), req.timeout)

    def close(self) -> None:
        self.pool.close()
        if self.relay is not None:
            self.relay.close()


class RemoteBackend:
    """A SPARQL 1.1 endpoint over HTTP; bound terms become a VALUES block, never spliced text."""

    name = "remote"

    def __init__(self, settings):
        from cytokg.server.remote import RemoteClient

        self.settings = settings
        self.client = RemoteClient(settings.backend, settings.max_result_bytes)
        self._version: tuple[float, str, tuple[str, ...]] | None = None

    def _graphs(self) -> tuple[float, str, tuple[str, ...]]:
        """(fetched at, version, named graphs) of the remote, refreshed at most once a minute."""
        now = time.monotonic()
        if self._version and now - self._version[0] < 60:
            return self._version
        try:
            body = self.client.fetch_graph_list(timeout=min(10.0, self.settings.query_timeout))
        except errors.ApiError:
            body = b""
        try:
            rows = json.loads(body)["results"]["bindings"] if body else []
        except (ValueError, KeyError):
            rows = []
        graphs = tuple(row["g"]["value"] for row in rows if row.get("g", {}).get("type") == "uri")
        digest = hashlib.sha256(self.settings.backend.encode() + b"\n" + body).hexdigest()[:16]
        found = (now, f"remote-{digest}", graphs)
        if body:  # a failed fetch (remote down) is not remembered: the next request asks again
            self._version = found
        return found

    def version(self) -> str:
        """A fingerprint of the remote's named graphs (content changes inside them go unseen)."""
        return self._graphs()[1]

    def run(self, req: QueryRequest) -> QueryResult:
        """Union default graph: the engine's own (Settings.backend_union), else engine-independent,
        by naming every graph as default-graph-uri."""
        no_dataset = req.default_graphs is None and req.named_graphs is None
        listed = self.settings.union_default_graph and not self.settings.backend_union
        if listed and no_dataset and not has_from(req.query):
            graphs = self._graphs()[2]
            if graphs:
                req = replace(req, default_graphs=graphs, named_graphs=graphs)
        return self.client.run(req)

    def close(self) -> None:
        self.client.close()


def open_backend(settings):
    """The remote backend when Settings.backend is set, else the embedded store."""
    return RemoteBackend(settings) if settings.backend else EmbeddedBackend(settings)


def _nt(term) -> str:
    if isinstance(term, str):
        term = parse_term(term)  # validates and normalises the N-Triples text
    return str(term)


def run_query(
    target,
    query: str,
    *,
    accept: str | None = None,
    format: str | None = None,
    substitutions: dict | None = None,
    default_graphs=None,
    named_graphs=None,
    timeout: float | None = None,
) -> QueryResult:
    """Run a query the one way everything runs queries: size bound, SERVICE policy, time limit.

    target: the Flask app or its Runtime. substitutions: {variable name: pyoxigraph term or
    N-Triples text}, bound by the engine (SEP-0007) or, on a remote backend, as VALUES.
    timeout may only lower Settings.query_timeout. Raises errors.ApiError subclasses.
    """
    runtime = target.extensions["cytokg"] if hasattr(target, "extensions") else target
    settings = runtime.settings
    if len(query.encode("utf-8")) > settings.max_query_bytes:
        raise errors.ContentTooLarge(f"the query is longer than {settings.max_query_bytes} bytes")
    relay = getattr(runtime.backend, "relay", None)
    tokens: list[str] = []

    def via(iri: str, url: str) -> str:
        relay_url, token = relay.issue(iri, url)
        tokens.append(token)
        return relay_url

    # Only a query that spells SERVICE can call one (pyoxigraph does not unescape keywords).
    federated = "service" in query.lower()
    if federated:
        query = apply(runtime.policy, query, via if relay is not None else None)
    limit = settings.query_timeout
    if timeout is not None:
        limit = min(float(timeout), limit)
    if limit <= 0:
        raise errors.BadRequest(f"timeout must be a positive number of seconds, not {timeout!r}")
    # pyoxigraph's SERVICE client has no timeout. Through the relay each call has its own; without
    # it (remote backend, relay disabled) the killable worker bounds the whole query at
    # Settings.service_timeout per SERVICE call. Both keep the query limit as the backstop.
    calls = len(service_calls(query)) if federated else 0
    if calls and relay is None:
        limit = min(limit, settings.service_timeout * calls)
    subs = tuple((str(k).lstrip("?$"), _nt(v)) for k, v in (substitutions or {}).items())
    req = QueryRequest(
        query=query,
        accept=accept,
        fmt=format,
        substitutions=subs,
        default_graphs=tuple(default_graphs) if default_graphs else None,
        named_graphs=tuple(named_graphs) if named_graphs else None,
        timeout=limit,
    )
    try:
        return runtime.backend.run(req)
    except errors.ApiError as err:
        failures = relay.revoke(tokens) if tokens else []
        if failures:  # the query failed because a SERVICE call did: say which, 502 or 504
            first = failures[0]
            cls = errors.QueryTimeout if first.status == 504 else errors.BackendUnavailable
            raise cls(first.message) from None
        if not calls or not isinstance(err, errors.QueryTimeout):
            raise
        raise errors.QueryTimeout(
            f"{err} (the query calls SERVICE {calls} time(s), each allowed "
            f"{settings.service_timeout:g} s: a remote endpoint is slow or not answering)"
        ) from None
    finally:
        if tokens:
            relay.revoke(tokens)


@dataclass(frozen=True)
class Runtime:
    """What the app keeps in app.extensions['cytokg']."""

    settings: object
    backend: object
    policy: ServicePolicy
