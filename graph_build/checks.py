"""Checks of a build before it is published: the build publishes only when none fails.

Store checks run on the loaded, not yet published store; SHACL runs on each document's graphs in
the build's workers. A check returns findings: a string fails the build; a Problem is reported
with the build. SHACL violations fail it, except on text-mined facts: automatic extraction from a
new paper is often incomplete (an outcome without its group), and that must not block every other
paper; such violations are reported by document instead. SHACL warnings are reported too.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph
import rdflib

from cytokg.graph_build.provenance import segment
from cytokg.graph_build.records import Document, Problem
from cytokg.terms import CY, PREFIXES, RESOURCE, resource

Finding = str | Problem
QUERY = Path(__file__).resolve().parent / "data" / "queries" / "unsupported_facts.rq"
Validator = Callable[[Path], list[Finding]]


def default_validators() -> list[Validator]:
    """Checks of the whole store; SHACL runs per document (check_document_shapes)."""
    validators: list[Validator] = [check_document_graphs]
    if importlib.util.find_spec("cytokg.ontology.validate") is not None:
        validators += [check_reasoner]
    return validators


def check_reasoner(store_path: Path) -> list[Finding]:
    """HermiT (cached by input digest): the ontology with the reference entities is consistent and
    has no unsatisfiable class; its inferences are what the store's inferred graph holds."""
    from cytokg.ontology import validate

    report = validate.check_reasoner()
    if report.ok:
        return []
    found = [f"reasoner: unsatisfiable class {iri}" for iri in report.unsatisfiable]
    if not report.consistent:
        found.insert(0, f"reasoner: ontology is inconsistent: {report.message}")
    return found


def check_document_graphs(store_path: Path) -> list[Finding]:
    """Every document has a head and a pubinfo graph; every fact has evidence with a span in its
    provenance graph and a publication pinned by digest (graph_build/data/queries)."""
    store = pyoxigraph.Store.read_only(str(store_path))
    try:
        graphs = {g.value for g in store.named_graphs()}
        rows = list(store.query(QUERY.read_text(encoding="utf-8")))
    finally:
        del store
    findings: list[Finding] = []
    for head in sorted(g for g in graphs if g.endswith("/head")):
        if head[: -len("head")] + "pubinfo" not in graphs:
            findings.append(f"graph {head[: -len('head')]}pubinfo is missing")
    findings += [f"{row['fact'].value}: {row['why'].value}" for row in rows]
    return findings


def check_document_shapes(
    name: str, quads: list[pyoxigraph.Quad], documents: Mapping[str, Document]
) -> list[Finding]:
    """SHACL (ontology/shapes.ttl) over one document's graphs, with the ontology; run by the
    build's workers on each document as it is made, so no process holds the whole graph.

    Every shape targets nodes of one document (facts, evidence, spans, groups ...), so this finds
    what validating the union finds; the one link out of a document, a span quoting another paper
    of the build, gets that paper's cy:Document node and digest as context. Violations of
    text-mined facts are reported for ``name`` (a warning); of anything else, they fail the build.
    """
    from cytokg.ontology import validate

    graph = validate.rdflib_graph(quads)
    graph += _quoted_documents(graph, documents)
    report = validate.validate_graph(graph, owned=True)
    findings: list[Finding] = []
    for v in report.violations:
        if v.severity == "Violation" and not _mined(graph, _iri(v.focus)):
            findings.append(f"SHACL {name}: {v.line()}")
        else:
            level = "text-mined fact" if v.severity == "Violation" else v.severity
            message = f"SHACL ({level}): {v.focus} {v.path or ''}: {v.message}"
            findings.append(Problem(name, "warning", message))
    return findings


def _quoted_documents(graph: rdflib.Graph, documents: Mapping[str, Document]) -> rdflib.Graph:
    """cy:Document and cy:sha256 of the build's papers that ``graph`` points to with cy:inDocument
    (as those papers' own pubinfo graphs say in the store)."""
    context = rdflib.Graph()
    for iri in set(graph.objects(None, rdflib.URIRef(CY.inDocument))):
        doc_id = unquote(str(iri)[len(RESOURCE):]) if str(iri).startswith(RESOURCE) else None
        document = documents.get(doc_id) if doc_id is not None else None
        if document is not None and str(iri) == resource(segment(doc_id)):
            context.add((iri, rdflib.RDF.type, rdflib.URIRef(CY.Document)))
            context.add((iri, rdflib.URIRef(CY.sha256), rdflib.Literal(document.sha256)))
    return context


def _iri(short: str) -> str | None:
    """cyr:000/x -> full IRI (the validator prints focus nodes shortened by PREFIXES)."""
    for prefix, base in PREFIXES.items():
        if short.startswith(prefix + ":"):
            return base + short[len(prefix) + 1 :]
    return short[1:-1] if short.startswith("<") and short.endswith(">") else None


def _mined(graph: rdflib.Graph, iri: str | None) -> bool:
    if not iri:
        return False
    agent, mining = rdflib.URIRef(CY.agentType), rdflib.URIRef(CY.TextMining)
    evidence = graph.objects(rdflib.URIRef(iri), rdflib.URIRef(CY.hasEvidence))
    return any((ev, agent, mining) in graph for ev in evidence)
