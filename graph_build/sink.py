"""Deterministic N-Quads: the same quads always give the same bytes, whatever their order.

Lines are sorted and de-duplicated; blank nodes (e.g. OWL restrictions of the imported ontology)
are renamed canonically first, since parsers label them at random.
"""

from __future__ import annotations

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
