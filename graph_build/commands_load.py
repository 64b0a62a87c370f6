"""``cytokg load FILE``: add an RDF file to the store, in a named graph, as a new published version.

The published store is copied (hard-linked snapshot), the file added to the copy, and the copy
published with the same atomic swap as a build: readers never see a half-loaded store.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pyoxigraph
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat

from cytokg.config import Settings
from cytokg.graph_build import store as versions
from cytokg.graph_build.provenance import normalise_time, segment
from cytokg.terms import graph


class LoadError(Exception):
    """A file that cannot be loaded; the message names it."""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="RDF file, format by extension (.ttl, .nt ...)")
    parser.add_argument("--graph", help="named graph IRI (default: cyg:loaded/<file stem>)")
    parser.add_argument("--store", type=Path, help="store path (a symlink to its current version)")


def default_graph(path: Path) -> str:
    return graph("loaded", segment(path.stem))


def read_quads(path: Path, graph_iri: str) -> list[Quad]:
    """The file's statements; triples and default-graph quads go to ``graph_iri``."""
    path = Path(path)
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    fmt = RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise LoadError(f"{path.name}: unknown RDF format for extension {path.suffix!r}")
    target = NamedNode(graph_iri)
    try:
        return [
            Quad(q.subject, q.predicate, q.object, target)
            if isinstance(q.graph_name, DefaultGraph)
            else q
            for q in pyoxigraph.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        ]
    except SyntaxError as err:
        raise LoadError(f"{path.name}: {fmt.name} syntax error: {err.msg}") from err
    except (OSError, ValueError) as err:
        raise LoadError(f"{path.name}: cannot be read as {fmt.name}: {err}") from err


def load(path: Path, store: Path, graph_iri: str | None = None) -> dict:
    """Add ``path`` to a copy of ``store`` and publish the copy; returns the new build info."""
    path = Path(path)
    graph_iri = graph_iri or default_graph(path)
    try:
        NamedNode(graph_iri)
    except ValueError as err:
        raise LoadError(f"--graph {graph_iri!r} is not an IRI") from err
    quads = read_quads(path, graph_iri)
    previous = versions.build_info(store) if Path(store).exists() else {}
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    basis = f"{previous.get('version', '')}\n{graph_iri}\n{digest}".encode()
    info = {
        **previous,
        "kind": "load",
        "version": "load-" + hashlib.sha256(basis).hexdigest()[:16],
        "loaded": [
            *previous.get("loaded", []),
            {"file": path.name, "sha256": digest, "graph": graph_iri, "quads": len(quads),
             "time": normalise_time(None)},
        ],
    }
    target = versions.copy_current(store)
    try:
        db = pyoxigraph.Store(str(target))
        try:
            db.bulk_extend(quads)
            db.flush()
        finally:
            del db
        versions.publish(target, store, info)
    except BaseException:
        versions.discard(target)
        raise
    return info


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = args.store or settings.store
    try:
        info = load(args.file, store, args.graph)
    except LoadError as err:
        print(f"cytokg load: {err}", file=sys.stderr)
        return 1
    entry = info["loaded"][-1]
    print(f"loaded {entry['quads']} statements from {entry['file']} into <{entry['graph']}>")
    print(f"store {store} is now version {info['version']}")
    return 0
