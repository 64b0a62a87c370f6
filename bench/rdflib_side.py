"""rdflib-endpoint on the large graph: a bounded side comparison on the queries it can answer.

rdflib-endpoint takes about a minute and 2 GB to load a million quads, runs one query at a time
on its event loop and cannot stop a runaway one (only a restart, another minute, frees it). So on
the large graph it is not allowed to shrink the main mixes: it gets its own subset, the queries
it answers within the time limit, and ours and oxigraph are measured again on that same subset,
side by side, for the "× rdflib-endpoint" column. Bounds: queries predicted (from their seed-graph
latency scaled by graph size) to exceed the limit are not tried; the rest are tried cheapest first
within a warm-up budget (a timeout costs a restart, which counts against it); runs are at 1
client (rdflib-endpoint serialises queries, so more clients only queue).
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

from bench import servers
from bench.loadgen import RunResult, run_load


def predicted_order(kinds: dict, excluded: dict, seed_ms: dict[str, float], scale: float,
                    limit_s: float) -> tuple[list[tuple[str, object]], dict[str, str]]:  # fmt: skip
    """(kind, query) pairs to try, cheapest predicted first, and the skipped ones with why.
    A query without a seed figure is tried last (its cost is unknown)."""
    todo, skipped = [], {}
    for kind, queries in kinds.items():
        for q in queries:
            key = f"{kind}:{q.name}"
            if key in excluded:
                continue
            ms = seed_ms.get(key)
            guess = ms * scale / 1000 if ms is not None else float("inf")
            if ms is not None and guess > limit_s:
                skipped[key] = f"not tried: {ms:.0f} ms on seed × {scale:.0f} > {limit_s:g} s"
                continue
            todo.append((guess, kind, q))
    todo.sort(key=lambda t: (t[0], t[1], t[2].name))
    return [(kind, q) for _, kind, q in todo], skipped


def compare(label: str, nquads: Path, work: Path, peers: list, kinds: dict, excluded: dict,
            seed_ms: dict[str, float], scale: float, *, seconds: float, limit_s: float = 10.0,
            budget_s: float = 150.0) -> dict:  # fmt: skip
    """Rows for ours, oxigraph (``peers``, running) and rdflib-endpoint on the subset of each kind
    rdflib-endpoint answered; kind is reported as e.g. ``saved∩rdflib``."""
    from bench.query_bench import _summary, requests_for

    todo, failed = predicted_order(kinds, excluded, seed_ms, scale, limit_s)
    answered: dict[str, list] = {kind: [] for kind in kinds}
    with ExitStack() as stack:
        rdf = stack.enter_context(servers.rdflib_endpoint(nquads, work / f"{label}-rdflib.log"))
        load_s = rdf.startup_seconds
        deadline = time.monotonic() + budget_s
        restarts = 0
        for kind, q in todo:
            key = f"{kind}:{q.name}"
            if time.monotonic() > deadline:
                failed[key] = f"not tried: warm-up budget of {budget_s:g} s spent"
                continue
            (req,) = requests_for(rdf, kind, [q])
            result = run_load(rdf.base, [req], 1, 0.0, limit_s)
            if not result.errors and result.latencies:
                answered[kind].append(q)
                continue
            failed[key] = result.first_error or "no answer"
            if "timed out" in failed[key] or "Timeout" in failed[key]:
                restarts += 1  # the runaway query still blocks it: restart, then go on if in budget
                stack.close()
                log = work / f"{label}-rdflib-restart{restarts}.log"
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
