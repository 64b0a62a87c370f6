"""Build benchmark: papers per second, peak memory and seconds per stage, at growing N and jobs.

Each build runs in a fresh interpreter (``python -m bench.build_bench CORPUS STORE JOBS``) so peak
memory (ru_maxrss of the build process and of its worker processes) belongs to that build alone
and no import or cache is shared between sizes. The stage timings are the pipeline's own report
(``BuildReport.stage_seconds``); with --jobs 2 the per-paper stages are summed over workers.
"""

from __future__ import annotations

import json
import math
import resource
import subprocess
import sys
import time
from pathlib import Path

# The stages that make the graph (parse + extract + RDF); write/load/validate are reported apart.
GRAPH_STAGES = ("read", "parse", "mentions", "paper_codes", "curation", "extract", "rdf")


def _child(corpus: Path, store: Path, jobs: int, nquads: Path) -> None:
    from cytokg.config import Settings
    from cytokg.graph_build.pipeline import build

    settings = Settings.from_env(store=store, build_time="2026-01-01T00:00:00Z")
    started = time.perf_counter()
    report = build(settings, corpus, store, jobs, quiet=True, emit_nquads=nquads)
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({
        "wall_seconds": wall,
        "papers": len(report.documents),
        "problems": len(report.problems),
        "triples": report.total_triples,
        "stage_seconds": dict(report.stage_seconds),
        "peak_rss_mb": round(own / 1024, 1),
        "peak_worker_rss_mb": round(kids / 1024, 1),
    }))  # fmt: skip


def run_build(corpus: Path, store: Path, jobs: int, nquads: Path, timeout: float) -> dict:
    """One build in a fresh process; returns its measurements (raises with stderr on failure)."""
    argv = [sys.executable, "-m", "bench.build_bench", str(corpus), str(store), str(jobs),
            str(nquads)]  # fmt: skip
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"build of {corpus} (jobs {jobs}) failed: {done.stderr[-1500:]}")
    row = json.loads(done.stdout.strip().splitlines()[-1])
    stages = row["stage_seconds"]
    graph_seconds = sum(stages.get(s, 0.0) for s in GRAPH_STAGES)
    row.update(
        jobs=jobs,
        papers_per_second=row["papers"] / row["wall_seconds"],
        graph_seconds=graph_seconds,
    )
    return row


def growth_exponents(rows: list[dict]) -> list[dict]:
    """log-log slope of wall time against N between consecutive sizes, per jobs setting
    (1.0 = linear; above 1 = superlinear)."""
    slopes = []
    for jobs in sorted({r["jobs"] for r in rows}):
        series = sorted((r["papers"], r["wall_seconds"]) for r in rows if r["jobs"] == jobs)
        for (n1, t1), (n2, t2) in zip(series, series[1:], strict=False):
            if n2 > n1 and t1 > 0 and t2 > 0:
                slope = math.log(t2 / t1) / math.log(n2 / n1)
                slopes.append({"jobs": jobs, "from": n1, "to": n2, "exponent": round(slope, 3)})
    return slopes


if __name__ == "__main__":
    corpus_arg, store_arg, jobs_arg, nquads_arg = sys.argv[1:5]
    _child(Path(corpus_arg), Path(store_arg), int(jobs_arg), Path(nquads_arg))
