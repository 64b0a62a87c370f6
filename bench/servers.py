"""The SPARQL servers compared, each started as a subprocess on a free 127.0.0.1 port and stopped
by its PID: ours (`cytokg serve`; also in front of oxigraph with `--backend`),
`oxigraph serve-read-only`, and `rdflib-endpoint`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cytokg.server.processes import free_port, stop

BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Server:
    name: str
    base: str  # http://127.0.0.1:PORT
    sparql_path: str  # path of the SPARQL query endpoint
    pid: int
    startup_seconds: float


class ServerError(RuntimeError):
    """A server did not come up (its log tail is in the message)."""


def _binary(name: str) -> str:
    local = BIN / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise ServerError(f"{name} is not installed (pip install -e '.[bench]')")
    return found


def _wait(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"{url}: server exited ({proc.returncode}): {_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                response.read()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise ServerError(f"{url} did not come up within {timeout:.0f} s: {_tail(log)}")


def _tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-800:] if log.exists() else ""


@contextmanager
def _process(name: str, argv: list[str], sparql_path: str, port: int, log: Path,
             timeout: float) -> Iterator[Server]:  # fmt: skip
    started = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        probe = base + sparql_path + "?query=ASK%7B%7D"
        _wait(probe, proc, log, timeout)
        yield Server(name, base, sparql_path, proc.pid, time.perf_counter() - started)
    finally:
        stop(proc, 15)


# Both servers stop a query after this many seconds. oxigraph serve keeps one timer thread per
# query alive for the whole limit, so at ~2,000 queries/s a 30 s limit holds ~60,000 threads and
# thread creation fails (vm.max_map_count); 10 s stays clear of that and matches the warm-up limit.
QUERY_TIMEOUT_S = 10


@contextmanager
def ours(store: Path, log: Path, workers: int = 2, threads: int = 8,
         backend: Server | None = None) -> Iterator[Server]:
    """`cytokg serve` (waitress, query worker processes, saved-query result cache); with
    ``backend``, the same server in front of that running engine (`--backend`), named
    ``cytokg-remote``."""
    port = free_port()
    argv = [_binary("cytokg"), "serve", "--store", str(store), "--port", str(port),
            "--workers", str(workers), "--threads", str(threads),
            "--timeout", str(QUERY_TIMEOUT_S)]  # fmt: skip
    name = "cytokg"
    if backend is not None:
        # bench oxigraph serves the union default graph itself (--union-default-graph)
        argv += ["--backend", backend.base + backend.sparql_path, "--backend-union"]
        name = "cytokg-remote"
    with _process(name, argv, "/sparql", port, log, 120) as server:
        yield server


@contextmanager
def oxigraph(location: Path, log: Path) -> Iterator[Server]:
    """`oxigraph serve-read-only` (the Rust server of the store we embed) on the same files."""
    port = free_port()
    argv = [_binary("oxigraph"), "serve-read-only", "--location", str(location),
            "--bind", f"127.0.0.1:{port}", "--union-default-graph",
            "--timeout-s", str(QUERY_TIMEOUT_S)]  # fmt: skip
    with _process("oxigraph", argv, "/query", port, log, 60) as server:
        yield server


@contextmanager
def rdflib_endpoint(nquads: Path, log: Path, timeout: float = 600) -> Iterator[Server]:
    """`rdflib-endpoint serve FILE`: the N-Quads parsed into an rdflib Dataset (default union)."""
    port = free_port()
    argv = [_binary("rdflib-endpoint"), "serve", str(nquads), "--host", "127.0.0.1",
            "--port", str(port)]  # fmt: skip
    with _process("rdflib-endpoint", argv, "/", port, log, timeout) as server:
        yield server
