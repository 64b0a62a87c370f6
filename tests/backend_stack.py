"""Real processes for the two-backend behaviour suite: `cytokg serve --store` (embedded) and
`oxigraph serve-read-only` + `cytokg serve --backend` (remote), each started on a free 127.0.0.1
port, polled until it answers and stopped by its PID; plus a recording proxy between our server
and the remote engine, so tests can see the exact query text the engine received.

Run as a script, it measures embedded vs remote latency side by side (docs/scale-out.md):
``python tests/backend_stack.py STORE [--requests 200]``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import requests

from cytokg.server.processes import free_port, oxigraph_binary, running

BIN = Path(sys.executable).parent
ENGINE_TIMEOUT_S = 30  # `oxigraph --timeout-s`: the engine gives up on its own, too


@contextmanager
def process(args: list[str], ready_path: str, port: int) -> Iterator[str]:
    """Start args (listening on port), wait for ready_path to answer; stop it by PID after."""
    base = f"http://127.0.0.1:{port}"
    with running(args, base + ready_path, timeout=60.0):
        yield base


@contextmanager
def oxigraph_serve(location: Path, port: int | None = None) -> Iterator[str]:
    """`oxigraph serve-read-only` on a store version directory; yields its /query URL."""
    port = port or free_port()
    args = [oxigraph_binary(), "serve-read-only", "--location", str(location),
            "--bind", f"127.0.0.1:{port}", "--timeout-s", str(ENGINE_TIMEOUT_S)]  # fmt: skip
    with process(args, "/query", port) as base:
        yield base + "/query"


@contextmanager
def cytokg_serve(*options: str, timeout: float = 20.0) -> Iterator[str]:
    """`cytokg serve OPTIONS` on a free port; yields the base URL (no trailing slash)."""
    port = free_port()
    args = [sys.executable, "-m", "cytokg", "serve", "--port", str(port),
            "--timeout", str(timeout), "--workers", "2", *options]  # fmt: skip
    with process(args, "/api", port) as base:
        yield base


@dataclass
class RecordingProxy:
    """Forwards every request to upstream and keeps the form fields of each POST it forwarded."""

    upstream: str
    received: list[dict[str, list[str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def queries(self) -> list[str]:
        """The query texts received so far, without our graph-list probes."""
        with self.lock:
            found = [q for form in self.received for q in form.get("query", [])]
        return [q for q in found if "GRAPH ?g { }" not in q]


def _handler(proxy: RecordingProxy):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server API)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.headers.get("Content-Type", "").startswith("application/x-www-form"):
                with proxy.lock:
                    proxy.received.append(parse_qs(body.decode("utf-8")))
            headers = {k: self.headers[k] for k in ("Content-Type", "Accept") if self.headers[k]}
            try:
                answer = requests.post(proxy.upstream, data=body, headers=headers,
                                       timeout=ENGINE_TIMEOUT_S + 5)  # fmt: skip
            except requests.RequestException as err:
                self.send_error(502, f"proxy: {err}")
                return
            self.send_response(answer.status_code)
            self.send_header("Content-Type", answer.headers.get("Content-Type", "text/plain"))
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        def do_GET(self):  # noqa: N802 (readiness polls)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    return Handler


@contextmanager
def recording_proxy(upstream: str) -> Iterator[tuple[str, RecordingProxy]]:
    proxy = RecordingProxy(upstream)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(proxy))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/query", proxy
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@dataclass(frozen=True)
class Stack:
    kind: str  # "embedded" | "remote"
    base: str  # our server, http://127.0.0.1:PORT
    proxy: RecordingProxy | None = None  # remote only, when recording
    engine: str | None = None  # remote only: the engine's own query URL


@contextmanager
def serve(kind: str, store: Path, record: bool = True, timeout: float = 20.0) -> Iterator[Stack]:
    """Our server over store: embedded (--store) or in front of oxigraph (--backend)."""
    if kind == "embedded":
        with cytokg_serve("--store", str(store), timeout=timeout) as base:
            yield Stack(kind, base)
        return
    with ExitStack() as stack:
        engine = stack.enter_context(oxigraph_serve(store.resolve()))
        proxy = None
        backend = engine
        if record:
            backend, proxy = stack.enter_context(recording_proxy(engine))
        base = stack.enter_context(cytokg_serve("--backend", backend, timeout=timeout))
        yield Stack(kind, base, proxy, engine)


# --- side-by-side latency (docs/scale-out.md) -----------------------------------------------

BENCH = ("patients-per-disease", "mortality-with-without-drug", "blockers-by-disease",
         "markers-vs-imaging")  # fmt: skip


def measure(base: str, name: str, n: int, cached: bool = False) -> float:
    """Median seconds of n requests: the saved query's text on /sparql (never cached: each runs
    on the backend), or /api/<name> (cached: after the first, answered from the result cache)."""
    session = requests.Session()
    accept = {"Accept": "application/sparql-results+json"}
    times = []
    for _ in range(n):
        started = time.perf_counter()
        if cached:
            r = session.get(f"{base}/api/{name}", headers=accept, timeout=30)
        else:
            r = session.post(f"{base}/sparql", data={"query": _saved_text(name)}, headers=accept,
                             timeout=30)  # fmt: skip
        times.append(time.perf_counter() - started)
        r.raise_for_status()
    times.sort()
    return times[len(times) // 2]


def _saved_text(name: str) -> str:
    from cytokg.server.query_library import default_library

    return default_library()[name].query


def main(argv: list[str]) -> int:
    import argparse
    import platform

    parser = argparse.ArgumentParser(description="embedded vs remote backend latency")
    parser.add_argument("store", type=Path)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    print(f"machine: {platform.processor() or platform.machine()}, "
          f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}")
    with serve("embedded", args.store) as emb, serve("remote", args.store, record=False) as rem:
        print(f"{'query':28} {'embedded':>9} {'remote':>9} {'oxigraph':>9} "
              f"{'emb. /api':>9} {'rem. /api':>9}  (median ms of {args.requests})")
        for name in BENCH:
            figures = [
                measure(emb.base, name, args.requests),
                measure(rem.base, name, args.requests),
                _measure_engine(rem.engine, name, args.requests),
                measure(emb.base, name, args.requests, cached=True),
                measure(rem.base, name, args.requests, cached=True),
            ]
            print(f"{name:28} " + " ".join(f"{f * 1000:9.1f}" for f in figures))
    return 0


def _measure_engine(url: str, name: str, n: int) -> float:
    """The engine alone (union default graph by the same dataset our backend sends)."""
    session = requests.Session()
    graphs = session.post(url, data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    names = [b["g"]["value"] for b in graphs.json()["results"]["bindings"]]
    times = []
    for _ in range(n):
        started = time.perf_counter()
        r = session.post(url, data={"query": _saved_text(name), "default-graph-uri": names,
                                    "named-graph-uri": names},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
        times.append(time.perf_counter() - started)
        r.raise_for_status()
    times.sort()
    return times[len(times) // 2]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
