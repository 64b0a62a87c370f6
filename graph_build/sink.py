"""Deterministic N-Quads: the same quads always give the same bytes, whatever their order.

Lines are sorted and de-duplicated; blank nodes (e.g. OWL restrictions of the imported ontology)
are renamed canonically first, since parsers label them at random.
"""

from __future__ import annotations

import contextlib
import heapq
import os
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import BlankNode, CanonicalizationAlgorithm, Dataset, Quad, RdfFormat, serialize


def has_blank_nodes(quad: Quad) -> bool:
    return any(isinstance(t, BlankNode) for t in (quad.subject, quad.object, quad.graph_name))


def canonical(quads: Iterable[Quad]) -> list[Quad]:
    """The distinct quads, blank nodes labelled canonically when there are any."""
    quads = list(set(quads))
    if any(has_blank_nodes(q) for q in quads):
        dataset = Dataset(quads)
        dataset.canonicalize(CanonicalizationAlgorithm.UNSTABLE)
        quads = list(dataset)
    return quads


def sorted_lines(quads: Iterable[Quad]) -> list[bytes]:
    """The quads as sorted, distinct N-Quads lines (each ending in a newline), labels as given."""
    data = serialize(list(quads), format=RdfFormat.N_QUADS) or b""
    return sorted({line + b"\n" for line in data.split(b"\n") if line.strip()})


def nquads_lines(quads: Iterable[Quad]) -> list[bytes]:
    """Sorted, distinct N-Quads lines with canonical blank nodes: same quads, same bytes."""
    return sorted_lines(canonical(quads))


MERGE_FAN_IN = 256  # files open at once while merging; runs beyond that are merged in rounds


def merge_sorted(paths: list[Path], out: Path) -> int:
    """Merge files of sorted, distinct, newline-terminated N-Quads lines into ``out`` (sorted,
    distinct), atomically; returns the count. Only a few lines per file are in memory, so a
    corpus of any size merges in constant memory; more than MERGE_FAN_IN files are merged in
    rounds through temporary runs. The result is what ``nquads_lines`` gives for the union of
    the files' quads when each file's blank nodes are its own (shards.shard_lines labels so)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in paths]
    runs: list[Path] = []
    try:
        while len(paths) > MERGE_FAN_IN:
            run = out.with_name(f".{out.name}.{os.getpid()}.run{len(runs)}")
            _merge_into(paths[:MERGE_FAN_IN], run)
            runs.append(run)
            paths = [*paths[MERGE_FAN_IN:], run]
        tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        count = _merge_into(paths, tmp)
        os.replace(tmp, out)
        return count
    finally:
        for run in runs:
            run.unlink(missing_ok=True)


def _merge_into(paths: list[Path], target: Path) -> int:
    count, last = 0, None
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(path.open("rb")) for path in paths]
        with target.open("wb") as fh:
            for line in heapq.merge(*files):
                if line != last:
                    fh.write(line)
                    count += 1
                    last = line
    return count
