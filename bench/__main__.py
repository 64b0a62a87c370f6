"""``python -m bench``: build, load and query benchmarks in one bounded run; writes results.md,
results.json and throughput.png (default: bench/results/).

Default sizes fit in about ten minutes on a 2-core machine; --quick is the smoke-test size and
--full adds 1,000 and 10,000 papers (--jobs 2 only from BIG_FROM papers up; the build streams
per-document shards, so memory stays about 2 GB, but 10,000 papers take over half an hour).
Every server is started and stopped by PID on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Plan:
    sizes: tuple[int, ...]
    jobs: tuple[int, ...]
    target_quads: int
    clients: tuple[int, ...]
    seconds: float
    repeats: int
    load_repeats: int
    rdflib_on_large: bool

    def jobs_for(self, papers: int) -> tuple[int, ...]:
        """--jobs settings built at this size: from BIG_FROM papers up only the parallel one
        (a 1,000-paper build takes minutes on 2 cores, 10,000 over half an hour)."""
        return (max(self.jobs),) if papers >= BIG_FROM else self.jobs


BIG_FROM = 1000
PLANS = {
    "quick": Plan((2, 4), (1, 2), 20_000, (1, 2), 0.5, 1, 1, True),
    "default": Plan((10, 100), (1, 2), 1_000_000, (1, 8), 1.0, 3, 2, True),
    "full": Plan((10, 100, 1000, 10_000), (1, 2), 1_000_000, (1, 8), 3.0, 5, 3, True),
}


def configure() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="tiny sizes (the smoke test)")
    size.add_argument("--full", action="store_true", help="also 1,000 and 10,000 papers (--jobs 2)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="where results go")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temp dir, removed)")
    parser.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")),
                        help="paper counts, e.g. 10,100,1000")  # fmt: skip
    parser.add_argument("--target-quads", type=int, help="size of the replicated large graph")
    parser.add_argument("--seconds", type=float, help="seconds per load-generator run")
    parser.add_argument("--repeats", type=int, help="repeats of each query run (median taken)")
    parser.add_argument("--no-rdflib-large", action="store_true",
                        help="skip rdflib-endpoint on the large graph (slow to load)")  # fmt: skip
    return parser


def plan_from(args: argparse.Namespace) -> Plan:
    from dataclasses import replace

    plan = PLANS["quick" if args.quick else "full" if args.full else "default"]
    overrides = {"sizes": args.sizes, "target_quads": args.target_quads,
                 "seconds": args.seconds, "repeats": args.repeats}  # fmt: skip
    plan = replace(plan, **{k: v for k, v in overrides.items() if v is not None})
    if args.no_rdflib_large:
        plan = replace(plan, rdflib_on_large=False)
    if min(plan.sizes) < 1 or plan.target_quads < 1 or plan.seconds <= 0 or plan.repeats < 1:
        raise SystemExit("python -m bench: sizes, --target-quads, --seconds, --repeats must be > 0")
    return plan


def _say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def publish_nquads(nquads: Path, store: Path) -> int:
    """A published store (the layout `cytokg serve` reads) holding the N-Quads file."""
    from cytokg.graph_build import store as versions
    from cytokg.graph_build.pipeline import load_store

    quads = sum(1 for line in nquads.open("rb") if line.strip())
    target = versions.new_version_dir(store)
    load_store(target, nquads, quads)
    versions.publish(target, store, {"kind": "bench", "version": f"bench-{nquads.stem}"})
    return quads


def run(plan: Plan, mode: str, work: Path, out: Path) -> dict:
    from bench import build_bench, load_bench, query_bench, report, scale
    from bench.corpus import generate
    from bench.servers import QUERY_TIMEOUT_S
    from cytokg.config import PAPERS_DIR

    started, clock = time.strftime("%Y-%m-%dT%H:%M:%S%z"), time.perf_counter()
    results: dict = {"started": started, "mode": mode, "plan": plan.__dict__,
                     "machine": report.machine()}  # fmt: skip
    rows = []
    for n in plan.sizes:
        corpus = work / f"corpus-{n}"
        generate(n, corpus)
        for jobs in plan.jobs_for(n):
            _say(f"build {n} papers, --jobs {jobs}")
            nq = work / f"build-{n}-j{jobs}.nq"
            rows.append(build_bench.run_build(corpus, work / f"store-{n}-j{jobs}", jobs, nq, 3600))
    results["build"] = {"rows": rows, "growth_exponents": build_bench.growth_exponents(rows)}

    _say("build the seed graph (the five bundled papers)")
    seed = build_bench.run_build(PAPERS_DIR, work / "store-seed", 1, work / "seed.nq", 600)
    biggest = large_source(work, plan)
    large_nq = work / "large.nq"
    copies, quads = scale.replicate(biggest, large_nq, plan.target_quads)
    _say(f"large graph: {biggest.name} × {copies} = {quads} quads; loading")
    large_store = work / "store-large"
    publish_nquads(large_nq, large_store)

    _say("load benchmark")
    results["load"] = load_bench.bench_load(large_nq, work, plan.load_repeats)

    _say(f"query benchmark on the seed graph ({seed['triples']} quads)")
    graph = query_bench.bench_graph("seed", work / "store-seed", work / "seed.nq", work,
                                    clients=plan.clients, seconds=plan.seconds,
                                    repeats=plan.repeats, with_rdflib=True)  # fmt: skip
    graphs = [{"label": "seed", "triples": seed["triples"], **graph}]
    apart = None
    if plan.rdflib_on_large:
        seed_ms = query_bench.seed_latencies(graph["rows"])
        apart = {"seed_ms": seed_ms, "scale": quads / max(1, seed["triples"])}
    _say(f"query benchmark on the large graph ({quads} quads)")
    graph = query_bench.bench_graph("large", large_store, large_nq, work, clients=plan.clients,
                                    seconds=plan.seconds, repeats=plan.repeats,
                                    with_rdflib=False, rdflib_apart=apart)  # fmt: skip
    graphs.append({"label": "large", "triples": quads, **graph})
    ceiling = query_bench.client_ceiling(work / "store-seed", work, max(plan.clients),
                                         plan.seconds)  # fmt: skip
    method = (
        f"Load generator: bench/loadgen.py, {max(plan.clients)} or 1 client processes, each with "
        f"one keep-alive http.client connection, closed loop over the query mix, {plan.seconds} s "
        f"per run, median of {plan.repeats} interleaved repeats. Large graph: "
        f"{biggest.name} replicated {copies}× with renamed documents (bench/scale.py). "
        f"Servers: `cytokg serve` (waitress, 8 threads, 2 query workers), "
        f"`oxigraph serve-read-only --union-default-graph` on the same store files, "
        f"`rdflib-endpoint serve FILE.nq` (rdflib Dataset, default union); query time limit "
        f"{QUERY_TIMEOUT_S} s on ours and oxigraph (`--timeout-s`: oxigraph keeps a timer thread "
        f"per query for the whole limit); a query slower than 10 s in the warm-up is left out."
    )
    results["query"] = {"graphs": graphs, "client_ceiling": ceiling, "method": method,
                        "large_graph": {"source": biggest.name, "copies": copies,
                                        "quads": quads}}  # fmt: skip
    results["elapsed_seconds"] = time.perf_counter() - clock
    report.write(results, out)
    _say(f"wrote {out}/results.md, results.json, throughput.png")
    return results


def large_source(work: Path, plan: Plan) -> Path:
    """The built N-Quads to replicate into the large graph: the biggest build still smaller than
    the target (a 1,000-paper build is already bigger than a million quads), else the smallest."""
    built = sorted((n, work / f"build-{n}-j{jobs}.nq") for n in plan.sizes
                   for jobs in plan.jobs_for(n) if (work / f"build-{n}-j{jobs}.nq").exists())
    if not built:
        raise SystemExit(f"python -m bench: no built N-Quads in {work}")
    small = [p for _, p in built if _lines(p) < plan.target_quads]
    return small[-1] if small else built[0][1]


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def _stop(signum, frame) -> None:
    raise SystemExit(f"python -m bench: stopped by signal {signum}")  # servers stop in finally


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _stop)
    args = configure().parse_args(argv)
    plan = plan_from(args)
    mode = "quick" if args.quick else "full" if args.full else "default"
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        run(plan, mode, args.work, args.out)
        return 0
    work = Path(tempfile.mkdtemp(prefix="cytokg-bench-"))
    try:
        run(plan, mode, work, args.out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
