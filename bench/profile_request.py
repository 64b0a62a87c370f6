"""Where the time of one ad-hoc SPARQL request goes: ``python -m bench.profile_request STORE``.

Peels the request in layers, each timed as the median of many runs at 1 client, so the difference
between two layers is the cost of the one in between:

  engine       store.query + serialise to memory, in this process (the floor: pyoxigraph's work)
  execute      the worker's own step (dataset options, query, serialise to the result hand-off)
  pipe trip    an empty job through a worker pipe and back (the process hand-off alone)
  pool         WorkerPool.run: the worker round trip with a real job (hand-off + execute)
  run_query    + size check, SERVICE policy, time limit, backend job (store version on disk)
  flask        + Flask routing, protocol parameters, conneg, response (Flask test client)
  http ours    + waitress, HTTP parsing and the socket (`cytokg serve`, one keep-alive client)
  http oxigraph  `oxigraph serve-read-only` on the same store files, same client

Also times the small per-request steps on their own (lexer passes, store version lookup), and,
under load (the ad-hoc mix at 1 and 8 clients), the CPU time each server spends per request,
split for ours between the web process (waitress + Flask) and the query worker processes: on a
2-core machine throughput at 8 clients is bounded by that CPU, not by latency.
Prints tables and writes JSON with --json.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from urllib.parse import urlencode, urlsplit

from bench import servers
from bench.loadgen import run_load
from bench.query_bench import adhoc_queries, requests_for


def _timed(fn, n: int) -> float:
    """Median seconds of n calls of fn (after two warm-up calls)."""
    fn()
    fn()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return median(times)


def _http(base: str, path: str, accept: str, n: int) -> float:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=30)

    def once() -> None:
        conn.request("GET", path, headers={"Accept": accept})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path[:60]}: HTTP {response.status}")

    try:
        return _timed(once, n)
    finally:
        conn.close()


def _cpu_seconds(pid: int) -> float:
    """utime + stime of one process, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *_descendants(int(child))]
    return found


def cpu_per_request(server, mix: list, clients: int, seconds: float) -> dict:
    """ms of CPU per answered request: the server process itself and its child processes."""
    kids = _descendants(server.pid)
    before = (_cpu_seconds(server.pid), sum(_cpu_seconds(k) for k in kids))
    result = run_load(server.base, mix, clients, seconds)
    after = (_cpu_seconds(server.pid), sum(_cpu_seconds(k) for k in kids))
    done = max(1, len(result.latencies))
    return {
        "qps": result.qps,
        "errors": result.errors,
        "server_process_ms": (after[0] - before[0]) / done * 1000,
        "child_processes_ms": (after[1] - before[1]) / done * 1000,
        "client_ms": result.client_cpu / done * 1000,
    }


def profile(store: Path, n: int, work: Path) -> dict:
    """Per ad-hoc query, the median seconds of each layer (see the module docstring)."""
    import pyoxigraph as ox

    from cytokg.config import Settings
    from cytokg.graph_build import store as store_mod
    from cytokg.server import sparql_lexer
    from cytokg.server.app import create_app
    from cytokg.server.backends import run_query
    from cytokg.server.service_policy import apply
    from cytokg.server.workers import execute

    settings = Settings.from_env(store=store, workers=1)
    app = create_app(settings)
    runtime = app.extensions["cytokg"]
    backend = runtime.backend
    client = app.test_client()
    local = ox.Store.read_only(str(store_mod.current(store)))
    accept = "application/sparql-results+json"
    layers: dict[str, dict[str, float]] = {}
    steps: dict[str, float] = {}
    ours_server = servers.ours(store, work / "profile-cytokg.log")
    oxigraph_server = servers.oxigraph(store_mod.current(store), work / "profile-oxigraph.log")
    with ours_server as ours, oxigraph_server as oxi:
        for q in adhoc_queries():
            def engine(text=q.text) -> None:
                buf = io.BytesIO()
                local.query(text, use_default_graph_as_union=True).serialize(
                    buf, ox.QueryResultsFormat.JSON)

            def in_process(text=q.text) -> None:
                job = backend.job_for(_request(text, accept))
                reply = execute(local, job)
                Path(job.out_path).unlink(missing_ok=True)
                if reply[0] != "ok":
                    raise RuntimeError(reply)

            def pool(text=q.text) -> None:
                backend.pool.run(backend.job_for(_request(text, accept)), 30).read()

            def through_run_query(text=q.text) -> None:
                run_query(runtime, text, accept=accept).read()

            def flask(text=q.text) -> None:
                r = client.get("/sparql", query_string={"query": text},
                               headers={"Accept": accept})  # fmt: skip
                r.get_data()
                r.close()
                if r.status_code != 200:
                    raise RuntimeError(f"{text[:60]}: HTTP {r.status_code}")

            path = "/sparql?" + urlencode({"query": q.text})
            layers[q.name] = {
                "engine": _timed(engine, n),
                "execute": _timed(in_process, n),
                "pool": _timed(pool, n),
                "run_query": _timed(through_run_query, n),
                "flask": _timed(flask, n),
                "http ours": _http(ours.base, path, accept, n),
                "http oxigraph": _http(oxi.base, "/query?" + urlencode({"query": q.text}),
                                       accept, n),  # fmt: skip
            }
        text = adhoc_queries()[0].text
        steps["pipe trip (empty job)"] = _timed(lambda: backend.pool.ping(30), n)
        steps["lexer: tokens"] = _timed(lambda: sparql_lexer.tokens(text), n)
        steps["lexer: result_kind"] = _timed(lambda: sparql_lexer.result_kind(text), n)
        steps["SERVICE policy apply"] = _timed(lambda: apply(runtime.policy, text), n)
        steps["store version (disk)"] = _timed(lambda: store_mod.version_id(store), n)
        steps["store current (resolve)"] = _timed(lambda: store_mod.current(store), n)
        steps["backend.version"] = _timed(backend.version, n)
        cpu = {}
        for server in (ours, oxi):
            mix = requests_for(server, "adhoc", adhoc_queries())
            for clients in (1, 8):
                cpu[f"{server.name} {clients}"] = cpu_per_request(server, mix, clients, 3.0)
    backend.close()
    return {"layers_seconds": layers, "steps_seconds": steps, "runs_per_figure": n,
            "cpu_per_request": cpu}  # fmt: skip


def _request(text: str, accept: str):
    from cytokg.server.backends import QueryRequest

    return QueryRequest(query=text, accept=accept)


def table(result: dict) -> str:
    layers = result["layers_seconds"]
    names = list(next(iter(layers.values())))
    out = ["| query | " + " | ".join(names) + " |", "|---" + "|---:" * len(names) + "|"]
    for query, row in layers.items():
        out.append(f"| {query} | " + " | ".join(f"{row[k] * 1000:.2f}" for k in names) + " |")
    med = {k: median(row[k] for row in layers.values()) for k in names}
    out.append("| **median** | " + " | ".join(f"**{med[k] * 1000:.2f}**" for k in names) + " |")
    out += ["", "| step | µs |", "|---|---:|"]
    out += [f"| {k} | {v * 1e6:.1f} |" for k, v in result["steps_seconds"].items()]
    out += ["", "CPU ms per answered request, ad-hoc mix, 3 s runs:", "",
            "| server, clients | QPS | server process | its child processes | client |",
            "|---|---:|---:|---:|---:|"]  # fmt: skip
    out += [f"| {k} | {v['qps']:.0f} | {v['server_process_ms']:.2f} | "
            f"{v['child_processes_ms']:.2f} | {v['client_ms']:.2f} |"
            for k, v in result["cpu_per_request"].items()]  # fmt: skip
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_request",
                                     description=__doc__.split("\n")[0])  # fmt: skip
    parser.add_argument("store", type=Path, help="a published store (e.g. a bench --work store)")
    parser.add_argument("-n", type=int, default=200, help="runs per figure (median taken)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not args.store.exists():
        raise SystemExit(f"python -m bench.profile_request: no store at {args.store}")
    with tempfile.TemporaryDirectory(prefix="cytokg-profile-") as work:
        result = profile(args.store, args.n, Path(work))
    print("Median ms per request at 1 client (each layer includes the ones left of it):\n")
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
