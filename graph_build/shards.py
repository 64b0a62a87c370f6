"""``cytokg build --emit nquads DIR``: the build as N-Quads shards that bulk loaders take directly.

    DIR/documents/<doc>.nq   every quad one document produced: its head, assertion, provenance
                             and pubinfo graphs (the build activity it names included)
    DIR/ontology.nq          cyg:ontology
    DIR/imports/<name>.nq    the other graphs every build adds (mondo-slice, xrefs, inferred, ...)
    DIR/MANIFEST.tsv         file, quads, sha256 of every shard

A document's shard depends only on that paper (and on a paper its curation quotes), so a corpus
can be built on several machines and the shards concatenated. Concatenation would merge blank
nodes that two shards label alike, so each shard's blank nodes are labelled canonically and
prefixed with a digest of the shard's name and content: different shards never share a label,
identical shards always do. Lines are sorted and distinct: same quads, same bytes.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import BlankNode, Quad

from cytokg.graph_build.provenance import segment
from cytokg.graph_build.sink import canonical, has_blank_nodes, sorted_lines
from cytokg.terms import GRAPH

MANIFEST = "MANIFEST.tsv"
MANIFEST_HEADER = "file\tquads\tsha256\n"
ONTOLOGY_SHARD = "ontology.nq"
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~%-]*")


class ShardError(ValueError):
    """Shards cannot be written (target not ours to replace, unsafe name, shared blank node)."""


@dataclass(frozen=True)
class Shard:
    """One written shard: its path relative to the shard folder, distinct quads, sha256."""

    file: str
    quads: int
    sha256: str


def document_shard(doc_id: str) -> str:
    """documents/<doc id, percent-encoded as in IRIs>.nq"""
    name = segment(doc_id)
    if not _SAFE_NAME.fullmatch(name):
        raise ShardError(f"document id {doc_id!r} cannot name a shard file")
    return f"documents/{name}.nq"


def import_shard(graph_name: str) -> str:
    """ontology.nq for cyg:ontology, imports/<rest of the cyg: IRI, '/' -> '-'>.nq otherwise."""
    if graph_name == GRAPH + "ontology":
        return ONTOLOGY_SHARD
    if not graph_name.startswith(GRAPH):
        raise ShardError(f"imported graph <{graph_name}> is not a cyg: graph; no shard name for it")
    name = graph_name[len(GRAPH):].replace("/", "-")
    if not _SAFE_NAME.fullmatch(name):
        raise ShardError(f"imported graph <{graph_name}> cannot name a shard file")
    return f"imports/{name}.nq"


def check_target(directory: Path) -> None:
    """Fail before the build if ``directory`` holds anything but a previous shard set."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise ShardError(f"{directory} exists and is not a folder")
    if directory.is_dir() and any(directory.iterdir()) and not (directory / MANIFEST).is_file():
        raise ShardError(
            f"{directory} is not empty and holds no {MANIFEST}: not replacing it with shards"
        )


def plan(imports: Iterable[Quad], documents: Mapping[str, Iterable[Quad]]) -> dict[str, list]:
    """Shard file -> its quads: imports by graph, documents by who produced them."""
    shards: dict[str, list[Quad]] = defaultdict(list)
    for quad in imports:
        graph_name = quad.graph_name
        if not hasattr(graph_name, "value") or isinstance(graph_name, BlankNode):
            raise ShardError(f"imported quad outside a named graph: {quad}")
        shards[import_shard(graph_name.value)].append(quad)
    for doc_id, quads in documents.items():
        shards[document_shard(doc_id)].extend(quads)
    _check_blank_nodes(shards)
    return dict(shards)


def _check_blank_nodes(shards: Mapping[str, list[Quad]]) -> None:
    """A blank node used by two shards would be split in two by relabelling: refuse."""
    owner: dict[str, str] = {}
    for name, quads in shards.items():
        for quad in quads:
            for term in (quad.subject, quad.object, quad.graph_name):
                if isinstance(term, BlankNode):
                    first = owner.setdefault(term.value, name)
                    if first != name:
                        raise ShardError(f"blank node _:{term.value} is used in {first} and {name}")


def shard_lines(name: str, quads: Iterable[Quad]) -> list[bytes]:
    """Sorted, distinct N-Quads lines; blank nodes canonical, prefixed by name and content."""
    quads = canonical(quads)
    if any(has_blank_nodes(q) for q in quads):
        digest = hashlib.sha256(name.encode("utf-8") + b"\n" + b"".join(sorted_lines(quads)))
        prefix = f"b{digest.hexdigest()[:16]}_"
        quads = [_relabel(q, prefix) for q in quads]
    return sorted_lines(quads)


def _relabel(quad: Quad, prefix: str) -> Quad:
    def term(t):
        return BlankNode(prefix + t.value) if isinstance(t, BlankNode) else t

    return Quad(term(quad.subject), quad.predicate, term(quad.object), term(quad.graph_name))


def write_shard(directory: Path, name: str, quads: Iterable[Quad]) -> Shard:
    """One shard file ``directory/name`` (written whole or not at all); the build's workers call
    this for their document, so no process holds more than one document's quads."""
    lines = shard_lines(name, quads)
    data = b"".join(lines)
    path = Path(directory) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return Shard(name, len(lines), hashlib.sha256(data).hexdigest())


def write_imports(directory: Path, imports: Iterable[Quad]) -> tuple[Shard, ...]:
    """The shards of the graphs every build adds (ontology.nq, imports/*.nq)."""
    planned = plan(imports, {})
    return tuple(write_shard(directory, name, planned[name]) for name in sorted(planned))


def write_manifest(directory: Path, written: Iterable[Shard]) -> None:
    rows = "".join(f"{s.file}\t{s.quads}\t{s.sha256}\n" for s in sorted(written, key=_file))
    (Path(directory) / MANIFEST).write_text(MANIFEST_HEADER + rows, encoding="utf-8")


def _file(shard: Shard) -> str:
    return shard.file


def publish(built: Path, directory: Path) -> None:
    """Put a complete shard folder (MANIFEST written) in the place of ``directory``; a previous
    shard set there is replaced whole, so no stale document shard survives."""
    directory = Path(directory)
    check_target(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    beside = directory.with_name(f".{directory.name}.{os.getpid()}.new")
    shutil.rmtree(beside, ignore_errors=True)
    try:
        try:
            os.replace(built, beside)
        except OSError:  # another file system (e.g. the store's): copy beside the target first
            shutil.copytree(built, beside)
        _swap(beside, directory)
    finally:
        shutil.rmtree(beside, ignore_errors=True)


def write_shards(
    directory: Path, imports: Iterable[Quad], documents: Mapping[str, Iterable[Quad]]
) -> tuple[Shard, ...]:
    """Write every shard and MANIFEST.tsv into a fresh folder, then swap it in for ``directory``."""
    directory = Path(directory)
    check_target(directory)
    shards = plan(imports, documents)
    tmp = directory.with_name(f".{directory.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        written = tuple(write_shard(tmp, name, shards[name]) for name in sorted(shards))
        write_manifest(tmp, written)
        publish(tmp, directory)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written


def _swap(new: Path, directory: Path) -> None:
    old = directory.with_name(f".{directory.name}.{os.getpid()}.old")
    if directory.exists():
        os.replace(directory, old)
    os.replace(new, directory)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(directory: Path) -> tuple[Shard, ...]:
    """The shards MANIFEST.tsv lists, each checked against its file (count of lines, sha256)."""
    directory = Path(directory)
    manifest = directory / MANIFEST
    if not manifest.is_file():
        raise ShardError(f"{manifest} is missing")
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    if not lines or lines[0] != MANIFEST_HEADER:
        raise ShardError(f"{manifest}: first line is not {MANIFEST_HEADER.strip()!r}")
    shards = []
    for n, line in enumerate(lines[1:], start=2):
        try:
            file, quads, sha = line.rstrip("\n").split("\t")
            shard = Shard(file, int(quads), sha)
        except ValueError:
            raise ShardError(f"{manifest}:{n}: expected file, quads, sha256") from None
        path = directory / shard.file
        if not path.is_file():
            raise ShardError(f"{manifest}:{n}: {shard.file} is missing")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != shard.sha256 or data.count(b"\n") != shard.quads:
            raise ShardError(f"{manifest}:{n}: {shard.file} does not match its sha256 or count")
        shards.append(shard)
    return tuple(shards)
