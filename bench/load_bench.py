"""Load benchmark: the project's load of the built N-Quads (``pipeline.load_store``: bulk load,
flush, per-graph counts, quad-count check) against a raw ``pyoxigraph.Store.bulk_load`` of the same
file into a fresh store, alternated in one run so machine noise hits both alike.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from statistics import median

import pyoxigraph


def _count_lines(nquads: Path) -> int:
    with nquads.open("rb") as lines:
        return sum(1 for line in lines if line.strip())


def _raw(nquads: Path, target: Path) -> float:
    started = time.perf_counter()
    store = pyoxigraph.Store(str(target))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    return time.perf_counter() - started


def _ours(nquads: Path, target: Path, quads: int) -> float:
    from cytokg.graph_build.pipeline import load_store

    started = time.perf_counter()
    load_store(target, nquads, quads)
    return time.perf_counter() - started


def bench_load(nquads: Path, work: Path, repeats: int = 3) -> dict:
    """Median seconds and quads/s of each load, and ours/raw throughput ratio (goal >= 0.8)."""
    quads = _count_lines(nquads)
    ours, raw = [], []
    for i in range(repeats):
        for kind in (("ours", "raw") if i % 2 == 0 else ("raw", "ours")):
            target = work / f"load-{kind}-{i}"
            shutil.rmtree(target, ignore_errors=True)
            if kind == "ours":
                ours.append(_ours(nquads, target, quads))
            else:
                raw.append(_raw(nquads, target))
            shutil.rmtree(target, ignore_errors=True)
    ours_s, raw_s = median(ours), median(raw)
    return {
        "file": nquads.name,
        "quads": quads,
        "repeats": repeats,
        "ours_seconds": ours_s,
        "raw_seconds": raw_s,
        "ours_quads_per_second": quads / ours_s,
        "raw_quads_per_second": quads / raw_s,
        "ratio": raw_s / ours_s,
        "goal": 0.8,
    }
