"""rdflib-endpoint on the large graph: a bounded side comparison on the queries it can answer.

rdflib-endpoint takes about a minute and 2 GB to load a million quads, runs one query at a time
on its event loop and cannot stop a runaway one (only a restart, another minute, frees it). So on
the large graph it is not allowed to shrink the main mixes: it gets its own subset, the queries
it answers within the time limit, and ours and oxigraph are measured again on that same subset,
side by side, for the "× rdflib-endpoint" column. Bounds: queries are tried cheapest first
(seed-graph latency), those predicted to take over half the limit are not tried, the first timeout
or a spent warm-up budget ends the trying; runs are at 1 client (rdflib-endpoint serialises
queries, so more clients only queue).
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

from bench import servers
from bench.loadgen import RunResult, run_load


def cheapest_first(kinds: dict, excluded: dict, seed_ms: dict[str, float]) -> list[tuple]:
    """(seed ms or None, kind, query) for every query not already excluded, cheapest on the seed
    graph first; a query without a seed figure comes last (its cost is unknown)."""
    todo = [(seed_ms.get(f"{kind}:{q.name}"), kind, q) for kind, queries in kinds.items()
            for q in queries if f"{kind}:{q.name}" not in excluded]  # fmt: skip
    return sorted(todo, key=lambda t: (t[0] is None, t[0] or 0.0, t[1], t[2].name))


def compare(label: str, nquads: Path, work: Path, peers: list, kinds: dict, excluded: dict,
            seed_ms: dict[str, float], scale: float, *, seconds: float, limit_s: float = 10.0,
            budget_s: float = 60.0, margin: float = 2.0) -> dict:  # fmt: skip
    """Rows for ours, oxigraph (``peers``, running) and rdflib-endpoint on the subset of each kind
    rdflib-endpoint answered; kind is reported as e.g. ``saved∩rdflib``.

    A query is tried only if its seed latency × the slowdown (graph size ratio, or the worst
    observed so far if larger) stays under limit_s / margin; the first timeout ends the warm-up
    (one restart to unblock it), and so does the budget."""
    from bench.query_bench import _summary, requests_for

    failed: dict[str, str] = {}
    answered: dict[str, list] = {kind: [] for kind in kinds}
    slowdown, stop = scale, ""
    with ExitStack() as stack:
        rdf = stack.enter_context(servers.rdflib_endpoint(nquads, work / f"{label}-rdflib.log"))
        load_s = rdf.startup_seconds
        deadline = time.monotonic() + budget_s
        restarts = 0
        for ms, kind, q in cheapest_first(kinds, excluded, seed_ms):
            key = f"{kind}:{q.name}"
            if not stop and time.monotonic() > deadline:
                stop = f"not tried: warm-up budget of {budget_s:g} s spent"
            if stop:
                failed[key] = stop
                continue
            if ms is not None and ms * slowdown / 1000 > limit_s / margin:
                failed[key] = (f"not tried: {ms:.0f} ms on seed × {slowdown:.0f} > "
                               f"{limit_s / margin:g} s")  # fmt: skip
                continue
            (req,) = requests_for(rdf, kind, [q])
            result = run_load(rdf.base, [req], 1, 0.0, limit_s)
            if not result.errors and result.latencies:
                answered[kind].append(q)
                if ms:
                    slowdown = max(slowdown, result.latencies[0] * 1000 / ms)
                continue
            failed[key] = result.first_error or "no answer"
            if "timed out" in failed[key] or "Timeout" in failed[key]:
                stop = "not tried: after a timeout (each costs a full reload)"
                restarts += 1  # the runaway query still blocks it: restart once, to measure
                stack.close()
                log = work / f"{label}-rdflib-restart.log"
                rdf = stack.enter_context(servers.rdflib_endpoint(nquads, log))
        rows = []
        for kind, kept in answered.items():
            if not kept:
                continue
            for server in [*peers, rdf]:
                mix = requests_for(server, kind, kept)
                if server is not rdf:  # ours and oxigraph warm on the subset too
                    run_load(server.base, mix, 1, 0.0, limit_s)
                run: RunResult = run_load(server.base, mix, 1, seconds, limit_s)
                rows.append({"graph": label, "server": server.name, "kind": f"{kind}∩rdflib",
                             "clients": 1, "queries": len(kept), **_summary([run])})  # fmt: skip
    return {"rows": rows, "failed": failed, "load_seconds": round(load_s, 1), "restarts": restarts,
            "answered": {k: [q.name for q in v] for k, v in answered.items()}}  # fmt: skip
