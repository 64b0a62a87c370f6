"""Query benchmark: the same graph served by ours, `oxigraph serve-read-only` and rdflib-endpoint,
queried with the saved queries and a set of ad-hoc queries at 1 and 8 concurrent clients.

Saved queries go through ``/api/<name>`` on ours (defaults bound, result cache) and as the same
SPARQL text (defaults inlined, first page) on the peers; a required parameter without a default
gets a real value from the graph under test, picked by bench/pickers/<query>.<parameter>.rq.
Ad-hoc queries (bench/queries/*.rq) go to each SPARQL endpoint as text. All servers run at once
and the repeats are interleaved, so the ratios are taken side by side; each figure is the median
over repeats.
"""

from __future__ import annotations

import json
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median
from urllib.parse import quote, urlencode

from bench import servers
from bench.loadgen import Request, RunResult, run_load

ADHOC_DIR = Path(__file__).resolve().parent / "queries"
PICKERS_DIR = Path(__file__).resolve().parent / "pickers"
TABLE = "application/sparql-results+json"
GRAPH = "application/n-triples"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str  # SPARQL as sent to a plain endpoint
    accept: str
    args: tuple[tuple[str, str], ...] = ()  # API arguments on ours (picked values)


def pick_values(base: str, sparql_path: str, timeout: float = 60.0) -> dict[str, dict[str, str]]:
    """{saved query: {parameter: value}} for each picker file, asked of the SPARQL endpoint at
    base (a server on the graph under test). A picker with no answer is left out (the query then
    fails without its required value and is reported as left out, not silently dropped)."""
    picked: dict[str, dict[str, str]] = {}
    for path in sorted(PICKERS_DIR.glob("*.rq")):
        query_name, _, param = path.stem.rpartition(".")
        url = f"{base}{sparql_path}?{urlencode({'query': path.read_text(encoding='utf-8')})}"
        request = urllib.request.Request(url, headers={"Accept": TABLE})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            rows = json.load(response)["results"]["bindings"]
        if rows and "value" in rows[0]:
            picked.setdefault(query_name, {})[param] = rows[0]["value"]["value"]
    return picked


def saved_queries(picked: dict[str, dict[str, str]] | None = None) -> list[NamedQuery]:
    """Every saved query with its defaults (and picked values) inlined, first page if paginated."""
    from cytokg.server.query_library import default_library
    from cytokg.server.query_params import paginate, with_defaults_inlined

    out = []
    for name, saved in sorted(default_library().items()):
        values = (picked or {}).get(name, {})
        if values:  # a picked value is inlined exactly as a default would be
            params = tuple(replace(p, default=values.get(p.name, p.default))
                           for p in saved.parameters)  # fmt: skip
            saved = replace(saved, parameters=params)
        text = with_defaults_inlined(saved)
        if saved.pagination:
            text = paginate(text, 1, saved.pagination)
        accept = TABLE if saved.query_type in {"select", "ask"} else GRAPH
        out.append(NamedQuery(name, text, accept, tuple(sorted(values.items()))))
    return out


def adhoc_queries() -> list[NamedQuery]:
    files = sorted(ADHOC_DIR.glob("*.rq"))
    return [NamedQuery(p.stem, p.read_text(encoding="utf-8"), TABLE) for p in files]


def requests_for(server: servers.Server, kind: str, queries: list[NamedQuery]) -> list[Request]:
    """Saved queries by name on ours; otherwise the SPARQL text on the server's endpoint."""
    if kind == "saved" and server.name.startswith("cytokg"):
        return [
            Request(q.name, f"/api/{quote(q.name)}" + (f"?{urlencode(q.args)}" if q.args else ""),
                    q.accept)  # fmt: skip
            for q in queries
        ]
    return [
        Request(q.name, f"{server.sparql_path}?{urlencode({'query': q.text})}", q.accept)
        for q in queries
    ]


def warm_up(server: servers.Server, mix: list[Request], timeout: float) -> tuple[dict, int]:
    """Send each request once (fills caches, pages the store in) until one gets no answer within
    ``timeout``; returns the failures by name and how many requests were sent. The caller restarts
    a server after a timeout, since rdflib-endpoint runs a query on its event loop: a runaway
    query would block every later request."""
    failed = {}
    for sent, req in enumerate(mix, 1):
        result = run_load(server.base, [req], 1, 0.0, timeout)
        if result.errors or not result.latencies:
            failed[req.name] = result.first_error or "no answer"
            if "timed out" in failed[req.name] or "Timeout" in failed[req.name]:
                return failed, sent
    return failed, len(mix)


def _summary(runs: list[RunResult]) -> dict:
    return {
        "qps": median(r.qps for r in runs),
        "p50_ms": median(r.percentile(50) for r in runs) * 1000,
        "p95_ms": median(r.percentile(95) for r in runs) * 1000,
        "p99_ms": median(r.percentile(99) for r in runs) * 1000,
        "requests": sum(len(r.latencies) for r in runs),
        "errors": sum(r.errors for r in runs),
        "client_cpu_share": median(r.client_cpu / (r.seconds * r.clients) for r in runs),
        "qps_runs": [round(r.qps, 2) for r in runs],
        "per_query_p50_ms": {k: round(v * 1000, 2) for k, v in runs[-1].per_query},
        "first_error": next((r.first_error for r in runs if r.first_error), ""),
    }


def bench_graph(label: str, store: Path, nquads: Path, work: Path, *, clients: tuple[int, ...],
                seconds: float, repeats: int, with_rdflib: bool, rdflib_apart: dict | None = None,
                query_timeout: float = 10.0, with_remote: bool = True) -> dict:  # fmt: skip
    """Start the servers on one graph, warm them, and run every (kind, clients) in turn.

    A query that fails or takes longer than ``query_timeout`` on any server is left out of every
    mix (and reported). rdflib-endpoint cannot stop a runaway query, so if one timed out there it
    is restarted before measuring, lest the runaway thread eat a core during the runs.
    with_remote: also ours in front of that oxigraph (`--backend --backend-union`, rows
    ``cytokg-remote``). Without --backend-union every named graph is listed per query, and on the
    1.1M-quad graph 17 of 28 saved queries failed (run of 16:43), shrinking every server's mix.
    rdflib_apart ({"seed_ms": ..., "scale": ...}): instead of joining the main mixes,
    rdflib-endpoint is compared on its own subset afterwards (bench/rdflib_side.py)."""
    from cytokg.graph_build.store import current

    with ExitStack() as stack:
        running = [
            stack.enter_context(servers.ours(store, work / f"{label}-cytokg.log")),
            stack.enter_context(servers.oxigraph(current(store), work / f"{label}-oxigraph.log")),
        ]
        if with_remote:  # ours again, in front of that oxigraph (docs/scale-out.md)
            running.append(stack.enter_context(
                servers.ours(store, work / f"{label}-cytokg-remote.log", backend=running[1])))
        picked = pick_values(running[1].base, running[1].sparql_path)
        kinds = {"saved": saved_queries(picked), "adhoc": adhoc_queries()}
        rdflib_stack = stack.enter_context(ExitStack())
        if with_rdflib:
            log = work / f"{label}-rdflib.log"
            running.append(rdflib_stack.enter_context(servers.rdflib_endpoint(nquads, log)))
        # A query is measured only where every server answers it, so the mixes are the same.
        excluded: dict[str, dict[str, str]] = {}
        restarts = 0
        for kind, queries in kinds.items():
            for i, server in enumerate(running):
                mix = requests_for(server, kind, queries)
                while mix:
                    failed, sent = warm_up(running[i], mix, query_timeout)
                    for name, why in failed.items():
                        excluded.setdefault(f"{kind}:{name}", {})[server.name] = why
                    timed_out = sent < len(mix) or any("timed out" in w for w in failed.values())
                    mix = mix[sent:]
                    if timed_out and server.name == "rdflib-endpoint":
                        rdflib_stack.close()  # the runaway query still blocks it: restart
                        restarts += 1
                        log = work / f"{label}-rdflib-{restarts}.log"
                        running[i] = rdflib_stack.enter_context(
                            servers.rdflib_endpoint(nquads, log))
        rows = []
        for kind, queries in kinds.items():
            kept = [q for q in queries if f"{kind}:{q.name}" not in excluded]
            mixes = {s.name: requests_for(s, kind, kept) for s in running}
            for n in clients:
                runs: dict[str, list[RunResult]] = {s.name: [] for s in running}
                for _ in range(repeats):
                    for server in running:
                        runs[server.name].append(run_load(server.base, mixes[server.name], n,
                                                          seconds))  # fmt: skip
                for server in running:
                    row = {"graph": label, "server": server.name, "kind": kind, "clients": n,
                           "queries": len(kept), **_summary(runs[server.name])}  # fmt: skip
                    rows.append(row)
        startup = {s.name: round(s.startup_seconds, 2) for s in running}
        side = None
        if rdflib_apart is not None:
            from bench import rdflib_side

            peers = [s for s in running if s.name in ("cytokg", "oxigraph")]
            side = rdflib_side.compare(label, nquads, work, peers, kinds, excluded,
                                       rdflib_apart["seed_ms"], rdflib_apart["scale"],
                                       seconds=seconds, limit_s=query_timeout)  # fmt: skip
            rows += side.pop("rows")
    _add_ratios(rows)
    return {"rows": rows, "excluded": excluded, "startup_seconds": startup, "picked": picked,
            "rdflib_apart": side}  # fmt: skip


def seed_latencies(rows: list[dict], server: str = "rdflib-endpoint") -> dict[str, float]:
    """{"kind:query": median ms} of one server's 1-client runs (to predict its cost elsewhere)."""
    return {f"{r['kind']}:{name}": ms for r in rows if r["server"] == server and r["clients"] == 1
            for name, ms in r["per_query_p50_ms"].items()}  # fmt: skip


def _add_ratios(rows: list[dict]) -> None:
    """Each row's QPS divided by oxigraph's and rdflib-endpoint's on the same (graph, kind, n)."""
    index = {(r["graph"], r["kind"], r["clients"], r["server"]): r for r in rows}
    for r in rows:
        for peer in ("oxigraph", "rdflib-endpoint"):
            other = index.get((r["graph"], r["kind"], r["clients"], peer))
            if other and other["qps"] > 0:
                r[f"ratio_to_{peer}"] = r["qps"] / other["qps"]


def client_ceiling(store: Path, work: Path, clients: int, seconds: float) -> dict:
    """The load generator against the cheapest request there is (ASK {} on oxigraph): the rate it
    can drive, far above the measured rates if the client is not the bottleneck."""
    from cytokg.graph_build.store import current

    with servers.oxigraph(current(store), work / "ceiling-oxigraph.log") as server:
        mix = [Request("ask-empty", f"{server.sparql_path}?{urlencode({'query': 'ASK {}'})}")]
        run_load(server.base, mix, 1, 0.5)
        result = run_load(server.base, mix, clients, seconds)
    return {
        "clients": clients,
        "qps": result.qps,
        "p50_ms": result.percentile(50) * 1000,
        "client_cpu_share": result.client_cpu / (result.seconds * result.clients),
    }
