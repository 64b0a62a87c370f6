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


def _has_blank_nodes(quads: list[Quad]) -> bool:
    return any(
        isinstance(q.subject, BlankNode)
        or isinstance(q.object, BlankNode)
        or isinstance(q.graph_name, BlankNode)
        for q in quads
    )


def nquads_lines(quads: Iterable[Quad]) -> list[bytes]:
    """Sorted, distinct N-Quads lines (each ending in a newline)."""
    quads = list(quads)
    if _has_blank_nodes(quads):
        dataset = Dataset(quads)
        dataset.canonicalize(CanonicalizationAlgorithm.UNSTABLE)
        quads = list(dataset)
    data = serialize(quads, format=RdfFormat.N_QUADS) or b""
    return sorted({line + b"\n" for line in data.split(b"\n") if line.strip()})


def write_nquads(quads: Iterable[Quad], path: Path) -> int:
    """Write the quads to ``path`` atomically (temporary file, then rename); returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = nquads_lines(quads)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.writelines(lines)
    os.replace(tmp, path)
    return len(lines)


MERGE_FAN_IN = 256  # files open at once while merging; runs beyond that are merged in rounds


def merge_sorted(paths: list[Path], out: Path) -> int:
    """Merge files of sorted, distinct, newline-terminated N-Quads lines into ``out`` (sorted,
    distinct), atomically; returns the count. Only a few lines per file are in memory, so a
    corpus of any size merges in constant memory; more than MERGE_FAN_IN files are merged in
    rounds through temporary runs. The result is what ``write_nquads`` gives for the union of
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
