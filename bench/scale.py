"""A large graph by replication: the built N-Quads copied k times with renamed documents.

Building a million triples from generated papers would take longer than the whole benchmark
budget on a small machine (about 1,600 triples per paper, about 0.5 s per paper), so the query
benchmark's large graph copies the built per-document graphs (nanopublication head, assertion,
provenance, pubinfo) with every document resource and graph IRI renamed (``gen000001`` ->
``gen000001x3``); the shared graphs (ontology, MONDO slice, xrefs, inferred) are kept once. The
copies are distinct resources with the same shape, so queries see k times the facts.
"""

from __future__ import annotations

import re
from pathlib import Path

_DOC_GRAPH = re.compile(rb"<https://w3id\.org/cytokg/graph/[^/>]+/[a-z]+> \.\n?$")
_DOC_IRI = re.compile(rb"(<https://w3id\.org/cytokg/(?:resource|graph)/)([A-Za-z0-9_.-]+)")


def replicate(source: Path, out: Path, target_quads: int) -> tuple[int, int]:
    """Write ``out`` with at least ``target_quads`` quads; returns (copies, quads written)."""
    shared: list[bytes] = []
    per_doc: list[bytes] = []
    with source.open("rb") as lines:
        for line in lines:
            if not line.strip():
                continue
            (per_doc if _DOC_GRAPH.search(line) else shared).append(line)
    if not per_doc:
        raise ValueError(f"{source}: no per-document graphs to replicate")
    copies = max(1, -(-(target_quads - len(shared)) // len(per_doc)))
    written = 0
    with out.open("wb") as sink:
        sink.writelines(shared)
        written += len(shared)
        for k in range(copies):
            if k == 0:
                sink.writelines(per_doc)
            else:
                suffix = b"x%d" % k
                sink.writelines(_DOC_IRI.sub(rb"\1\2" + suffix, line) for line in per_doc)
            written += len(per_doc)
    return copies, written
