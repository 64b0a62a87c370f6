"""rdflib-endpoint on the large graph: a bounded side comparison on the queries it can answer.

rdflib-endpoint takes about a minute and 2 GB to load a million quads, runs one query at a time
on its event loop and cannot stop a runaway one (only a restart, another minute or two, frees it).
So on the large graph it is not allowed to shrink the main mixes: it gets its own subset, the
queries it answers within the time limit. Each is measured alone right after it first answers, so
the first timeout ends the trying without a restart and loses nothing measured; ours and oxigraph
are measured the same way on the same queries, and each server's runs are combined as one mix
with equal weight per query (loadgen.equal_mix), for the "× rdflib-endpoint" column. Bounds:
queries are tried cheapest first (seed-graph latency), those predicted to take over half the limit
are not tried, the first timeout or a spent warm-up budget ends the trying; runs are at 1 client
(rdflib-endpoint serialises queries, so more clients only queue).
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

from bench import servers
from bench.loadgen import RunResult, equal_mix, run_load


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
    observed so far if larger) stays under limit_s / margin; the first timeout ends the trying
    (the runaway query keeps rdflib-endpoint busy, but everything it answered is measured), and
    so does the budget. Each answered query is run alone for ``seconds`` on every server."""
    from bench.query_bench import _summary, requests_for

    failed: dict[str, str] = {}
    answered: dict[str, list] = {kind: [] for kind in kinds}
    runs: dict[tuple[str, str], list[RunResult]] = {}  # (server name, kind) -> one run per query
    slowdown, stop = scale, ""
    with ExitStack() as stack:
        rdf = stack.enter_context(servers.rdflib_endpoint(nquads, work / f"{label}-rdflib.log"))
        load_s = rdf.startup_seconds
        deadline = time.monotonic() + budget_s
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
                runs.setdefault((rdf.name, kind), []).append(
                    run_load(rdf.base, [req], 1, seconds, limit_s))
                continue
            failed[key] = result.first_error or "no answer"
            if "timed out" in failed[key] or "Timeout" in failed[key]:
                stop = "not tried: after a timeout (rdflib-endpoint cannot stop the runaway query)"
        stack.close()  # stop rdflib-endpoint (it may still be running a runaway query)
        for kind, kept in answered.items():
            for server in peers:
                for q in kept:
                    (req,) = requests_for(server, kind, [q])
                    run_load(server.base, [req], 1, 0.0, limit_s)  # warm on the subset too
                    runs.setdefault((server.name, kind), []).append(
                        run_load(server.base, [req], 1, seconds, limit_s))
        rows = []
        for kind, kept in answered.items():
            if not kept:
                continue
            for server in [*(p.name for p in peers), rdf.name]:
                mix = equal_mix(runs[(server, kind)])
                rows.append({"graph": label, "server": server, "kind": f"{kind}∩rdflib",
                             "clients": 1, "queries": len(kept), **_summary([mix])})  # fmt: skip
    return {"rows": rows, "failed": failed, "load_seconds": round(load_s, 1),
            "answered": {k: [q.name for q in v] for k, v in answered.items()}}  # fmt: skip
