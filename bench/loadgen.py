"""A closed-loop HTTP load generator: N client processes, each with one keep-alive connection.

Processes, not threads, so the client's own Python overhead is spread over cores like the
server's; each process records (query name, latency, status) and its own CPU time, so the report
can show the client was not the bottleneck. Only 127.0.0.1 is accepted.
"""

from __future__ import annotations

import http.client
import multiprocessing
import time
from dataclasses import dataclass
from statistics import median
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Request:
    """One request of the mix: a name for the report, the path (with query string), headers."""

    name: str
    path: str
    accept: str = "application/sparql-results+json"


@dataclass(frozen=True)
class RunResult:
    clients: int
    seconds: float
    latencies: tuple[float, ...]
    errors: int
    client_cpu: float
    per_query: tuple[tuple[str, float], ...]  # name -> median latency (s)
    first_error: str = ""

    @property
    def qps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _connect(base: str, timeout: float = 60.0) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(base)
    if parts.hostname != "127.0.0.1":
        raise ValueError(f"load generator only talks to 127.0.0.1, not {base!r}")
    return http.client.HTTPConnection("127.0.0.1", parts.port, timeout=timeout), parts.path


def _client(base: str, mix: list[Request], offset: int, seconds: float, timeout: float,
            out) -> None:  # fmt: skip
    conn, _ = _connect(base, timeout)
    records: list[tuple[str, float, int]] = []
    first_error = ""
    i = offset
    deadline = time.perf_counter() + seconds
    cpu0 = time.process_time()
    while not records or time.perf_counter() < deadline:  # at least one request
        req = mix[i % len(mix)]
        i += 1
        start = time.perf_counter()
        try:
            conn.request("GET", req.path, headers={"Accept": req.accept})
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as err:
            status = 0
            first_error = first_error or f"{req.name}: {type(err).__name__}: {err}"
            conn.close()
            conn, _ = _connect(base, timeout)
        if status != 200 and not first_error:
            first_error = f"{req.name}: HTTP {status}"
        records.append((req.name, time.perf_counter() - start, status))
    conn.close()
    out.put((records, time.process_time() - cpu0, first_error))


def run_load(base: str, mix: list[Request], clients: int, seconds: float,
             timeout: float = 60.0) -> RunResult:  # fmt: skip
    """Each of ``clients`` processes sends the mix in a loop (each from its own offset) until the
    time is up; a request started before the deadline is waited for and counted."""
    _connect(base)[0].close()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    procs = [
        context.Process(target=_client, args=(base, mix, k * 7, seconds, timeout, queue))
        for k in range(clients)
    ]
    started = time.perf_counter()
    for p in procs:
        p.start()
    outputs = [queue.get(timeout=seconds + timeout * 2 + 60) for _ in procs]
    elapsed = time.perf_counter() - started
    for p in procs:
        p.join(10)
    records = [r for out in outputs for r in out[0]]
    ok = [r for r in records if r[2] == 200]
    by_name: dict[str, list[float]] = {}
    for name, latency, _ in ok:
        by_name.setdefault(name, []).append(latency)
    return RunResult(
        clients=clients,
        seconds=elapsed,
        latencies=tuple(r[1] for r in ok),
        errors=len(records) - len(ok),
        client_cpu=sum(out[1] for out in outputs),
        per_query=tuple(sorted((k, median(v)) for k, v in by_name.items())),
        first_error=next((out[2] for out in outputs if out[2]), ""),
    )


def equal_mix(runs: list[RunResult]) -> RunResult:
    """Single-query runs at 1 client combined as one closed-loop mix that sends each query equally
    often: the first k answers of each (k = the fewest any query got), busy time = their sum.
    At one client that is what a round-robin mix of those queries would measure."""
    if not runs or any(r.clients != 1 or not r.latencies for r in runs):
        raise ValueError("equal_mix: needs answered single-client runs")
    k = min(len(r.latencies) for r in runs)
    latencies = tuple(x for r in runs for x in r.latencies[:k])
    return RunResult(
        clients=1,
        seconds=sum(latencies),
        latencies=latencies,
        errors=sum(r.errors for r in runs),
        client_cpu=sum(r.client_cpu * k / len(r.latencies) for r in runs),
        per_query=tuple(sorted(q for r in runs for q in r.per_query)),
        first_error=next((r.first_error for r in runs if r.first_error), ""),
    )
