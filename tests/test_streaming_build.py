"""The streaming build: each worker validates one document's graphs (SHACL) and writes its sorted
shard; the main process merges the shards on disk and never holds the corpus's quads.

Real builds of bundled papers into pyoxigraph stores on disk; a broken fact is made by dropping
quads from what the real RDF stage produced (jobs 1, so the change reaches the worker code).
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from seed_support import BUILD_TIME

from cytokg.config import PAPERS_DIR, Settings
from cytokg.graph_build import pipeline, sink
from cytokg.graph_build import store as versions
from cytokg.graph_build.checks import check_document_shapes
from cytokg.graph_build.pipeline import BuildError, build, read_all
from cytokg.graph_build.store import current
from cytokg.ontology.validate import SHAPES_FILE, ontology_graph
from cytokg.terms import CY, GRAPH

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


# --- merging shards on disk ---------------------------------------------------------------------


def test_merge_in_rounds_equals_sorting_the_union(tmp_path: Path, monkeypatch):
    """Three rounds of merging (fan-in 2, five files) give exactly the sorted distinct union, and
    leave no temporary run behind."""
    rng = random.Random(7)
    pool = [f"<urn:s{i}> <urn:p> \"{i}\" <urn:g{i % 3}> .\n".encode() for i in range(300)]
    files, union = [], set()
    for n in range(5):
        lines = sorted(set(rng.sample(pool, 80)))  # the files overlap: duplicates must go
        union.update(lines)
        path = tmp_path / f"shard{n}.nq"
        path.write_bytes(b"".join(lines))
        files.append(path)
    monkeypatch.setattr(sink, "MERGE_FAN_IN", 2)
    out = tmp_path / "out" / "graph.nq"
    assert sink.merge_sorted(files, out) == len(union)
    assert out.read_bytes() == b"".join(sorted(union))
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.nq"]
    pyoxigraph.parse(out.read_bytes(), format=pyoxigraph.RdfFormat.N_QUADS)  # valid N-Quads


# --- SHACL per document -------------------------------------------------------------------------


def _document_of(graph_iri: str) -> str | None:
    """'003' for <.../graph/003/assertion>; None for the imported graphs (ontology, slices)."""
    rest = graph_iri[len(GRAPH):] if graph_iri.startswith(GRAPH) else ""
    return rest.split("/")[0] if "/" in rest else None


def test_every_shape_target_lives_in_one_document(built_store: Path):
    """Why validating each document alone finds what validating the union finds: every node a
    shape targets has its triples in the graphs of one document of the seed build, or (a span of
    one paper quoted by another, named by paper and offsets) the very same triples in each."""
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    targets = {str(c) for c in shapes.objects(None, SH.targetClass)}
    ontology = ontology_graph()
    closure = set(targets)
    for target in targets:
        closure.update(str(c) for c in ontology.transitive_subjects(
            rdflib.RDFS.subClassOf, rdflib.URIRef(target)))
    db = pyoxigraph.Store.read_only(str(current(built_store)))
    try:
        typed = {q.subject for q in db.quads_for_pattern(None, pyoxigraph.NamedNode(
            str(rdflib.RDF.type)), None) if q.object.value in closure}
        said: dict = {}  # node -> document -> its (predicate, object) pairs there
        for quad in db:
            if quad.subject in typed:
                by_doc = said.setdefault(quad.subject, {})
                by_doc.setdefault(_document_of(quad.graph_name.value), set()).add(
                    (quad.predicate, quad.object))
    finally:
        del db
    assert len(typed) > 500  # facts, evidence, spans, groups ... of five papers
    assert not [s for s, by_doc in said.items() if None in by_doc]  # none in the imports
    shared = {s: by_doc for s, by_doc in said.items() if len(by_doc) > 1}
    assert shared, "001 quotes 002: that span should be described by both"
    for node, by_doc in shared.items():
        assert "/span/" in node.value
        first, *others = by_doc.values()
        assert all(other == first for other in others), node


def _document_quads(built_store: Path, doc: str) -> list[pyoxigraph.Quad]:
    db = pyoxigraph.Store.read_only(str(current(built_store)))
    try:
        return [q for q in db if _document_of(q.graph_name.value) == doc]
    finally:
        del db


def test_a_span_in_another_paper_is_validated_with_that_paper(built_store: Path):
    """001's curation quotes 002 (conflictsWithDocument): alone, that span points to a node no
    graph of 001 types as cy:Document, so the check fails; with the build's papers as context it
    conforms, as the union does."""
    quads = _document_quads(built_store, "001")
    assert len(quads) > 1000
    documents, problems = read_all(sorted(PAPERS_DIR.glob("*.txt")), Settings())
    assert problems == [] and "002" in documents
    alone = [f for f in check_document_shapes("001.txt", quads, {}) if isinstance(f, str)]
    assert alone and all("cy:inDocument" in f for f in alone), alone
    assert [f for f in check_document_shapes("001.txt", quads, documents)
            if isinstance(f, str)] == []


def _papers(root: Path, prefix: str) -> Path:
    folder = root / "papers"
    folder.mkdir()
    (path,) = PAPERS_DIR.glob(f"{prefix}_*.txt")
    (folder / path.name).symlink_to(path)  # resolves into the bundle: id 004, its curation
    return folder


def _dropping(monkeypatch, drop) -> None:
    """The RDF stage of the build, minus the quads ``drop(quads)`` names."""
    original = pipeline.document_quads

    def broken(result, activity, others):
        quads = original(result, activity, others)
        gone = drop(quads)
        assert gone, "the test found nothing to break"
        return [q for q in quads if q not in gone]

    monkeypatch.setattr(pipeline, "document_quads", broken)


def _evidence_agent(quads: list, fact) -> str | None:
    evidence = {q.object for q in quads
                if q.subject == fact and q.predicate.value == CY.hasEvidence}  # fmt: skip
    for q in quads:
        if q.subject in evidence and q.predicate.value == CY.agentType:
            return q.object.value
    return None


def test_a_curated_fact_without_evidence_fails_the_build_by_name(tmp_path: Path, monkeypatch):
    folder = _papers(tmp_path, "004")
    store = tmp_path / "store"
    settings = replace(Settings(), build_time=BUILD_TIME)

    def evidence_of_one_curated_fact(quads):
        facts = sorted({q.subject for q in quads if q.predicate.value == CY.hasEvidence
                        and _evidence_agent(quads, q.subject) == CY.ManualCuration},
                       key=str)  # fmt: skip
        return {q for q in quads if q.subject == facts[0] and q.predicate.value == CY.hasEvidence}

    _dropping(monkeypatch, evidence_of_one_curated_fact)
    with pytest.raises(BuildError, match=r"(?s)validation failed.*SHACL 004_\w+\.txt: .*"
                                         r"has no cy:hasEvidence"):
        build(settings, folder, store, 1, quiet=True)
    assert not store.exists()
    assert [p.name for p in versions.versions_dir(store).iterdir()] == []  # no shard, no store


def test_a_text_mined_use_without_disease_is_a_warning_and_builds(tmp_path: Path, monkeypatch):
    folder = _papers(tmp_path, "004")
    store = tmp_path / "store"
    settings = replace(Settings(), build_time=BUILD_TIME)
    dropped = []

    def disease_of_mined_uses(quads):
        uses = {q.subject for q in quads if q.object == pyoxigraph.NamedNode(CY.DrugDiseaseUse)
                and _evidence_agent(quads, q.subject) == CY.TextMining}  # fmt: skip
        gone = {q for q in quads if q.subject in uses and q.predicate.value == CY.forDisease}
        dropped.extend(gone)
        return gone

    _dropping(monkeypatch, disease_of_mined_uses)
    report = build(settings, folder, store, 1, quiet=True)
    warned = [p for p in report.problems if "SHACL (text-mined fact)" in p.message
              and "cy:forDisease" in p.message]  # fmt: skip
    assert len(warned) == len({q.subject for q in dropped}) > 0
    assert {p.doc for p in warned} == {next(folder.iterdir()).name}
    db = versions.open_read_only(store)
    try:
        assert not any(db.quads_for_pattern(dropped[0].subject, dropped[0].predicate, None))
        assert len(db) == report.total_triples
    finally:
        del db
