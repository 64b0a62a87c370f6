"""The imported named graphs the build loads beside the documents' graphs.

cyg:ontology (ontology/cytokg.ttl), cyg:mondo-slice (MONDO subClassOf edges and labels),
cyg:xrefs (ontology/xrefs.py) and cyg:inferred (reference drugs and targets, plus what HermiT
infers about them). ``import_quads()`` is what graph_build/pipeline.py calls; it is deterministic
(sorted quads, canonical blank nodes) and fast, because the reasoner's result is cached.
"""

from __future__ import annotations

import csv

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad
from rdflib.compare import to_canonical_graph

from cytokg.config import REFERENCE_DIR
from cytokg.identifiers import expand
from cytokg.ontology import entities, reasoning
from cytokg.ontology.build import TTL_FILE
from cytokg.ontology.graph_meta import graph_metadata, sources_matching
from cytokg.ontology.xrefs import xref_quads
from cytokg.terms import CY, ONTOLOGY_IRI, PROV, RDF, RDFS, graph

ONTOLOGY_GRAPH = graph("ontology")
MONDO_GRAPH = graph("mondo-slice")
INFERRED_GRAPH = graph("inferred")
XREFS_GRAPH = graph("xrefs")
MONDO_SLICE = REFERENCE_DIR / "mondo_slice.tsv"


def _term(node):
    if isinstance(node, rdflib.URIRef):
        return NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return BlankNode(str(node))
    lang, datatype = node.language, node.datatype
    if lang:
        return Literal(str(node), language=lang)
    return Literal(str(node), datatype=NamedNode(str(datatype)) if datatype else None)


def ontology_quads() -> list[Quad]:
    """cytokg.ttl in cyg:ontology, blank nodes labelled canonically so the order is stable."""
    if not TTL_FILE.exists():
        raise FileNotFoundError(f"{TTL_FILE} is missing: run `cytokg ontology`")
    parsed = rdflib.Graph().parse(TTL_FILE, format="turtle")
    g = NamedNode(ONTOLOGY_GRAPH)
    quads = {Quad(_term(s), _term(p), _term(o), g) for s, p, o in to_canonical_graph(parsed)}
    quads.add(Quad(g, NamedNode(PROV + "wasDerivedFrom"), NamedNode(ONTOLOGY_IRI), g))
    return sorted(quads, key=str)


def mondo_slice_quads() -> list[Quad]:
    """MONDO rdfs:subClassOf edges and labels of mondo_slice.tsv, with source and licence."""
    g = NamedNode(MONDO_GRAPH)
    quads: set[Quad] = set()
    with MONDO_SLICE.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
            try:
                child, parent = expand(row["child_curie"]), expand(row["parent_curie"])
            except (KeyError, ValueError) as err:
                raise ValueError(f"{MONDO_SLICE.name}:{n}: bad row ({err})") from None
            quads.add(Quad(NamedNode(child), NamedNode(RDFS + "subClassOf"), NamedNode(parent), g))
            for iri, label in ((child, row["child_label"]), (parent, row["parent_label"])):
                quads.add(Quad(NamedNode(iri), NamedNode(RDFS + "label"), Literal(label), g))
                quads.add(Quad(NamedNode(iri), NamedNode(RDF + "type"), NamedNode(CY.Disease), g))
    meta = graph_metadata(
        MONDO_GRAPH, "MONDO slice",
        "rdfs:subClassOf edges (full ancestor closure up to MONDO:0000001 'disease') and labels of "
        "the MONDO classes of the seed diseases, from cytokg/data/reference/mondo_slice.tsv.",
        sources_matching("MONDO"),
    )
    return sorted(quads | set(meta), key=str)


def inferred_quads(report: reasoning.ReasonerReport | None = None) -> list[Quad]:
    """Reference drugs (types, labels, targets) and targets, plus HermiT's class assertions."""
    report = report or reasoning.reason()
    if not report.ok:
        raise RuntimeError(f"the ontology does not reason cleanly: {report.message} "
                           f"unsatisfiable={list(report.unsatisfiable)}")
    g = NamedNode(INFERRED_GRAPH)
    quads: set[Quad] = set()

    def add(s: str, p: str, o) -> None:
        obj = NamedNode(o) if isinstance(o, str) else o
        quads.add(Quad(NamedNode(s), NamedNode(p), obj, g))

    # Labels live in cyg:xrefs only (one rdfs:label per entity, the source's own spelling).
    for drug in entities.drugs():
        for cls in drug.classes:
            add(drug.iri, RDF + "type", CY[cls])
        for target in drug.targets:
            add(drug.iri, CY.hasTarget, expand(target))
        for target in drug.antagonist_of:  # and its super-property, which Oxigraph cannot infer
            add(drug.iri, CY.isAntagonistOf, expand(target))
            add(drug.iri, CY.molecularlyInteractsWith, expand(target))
    for target in entities.targets():
        add(target.iri, RDF + "type", CY.GeneProduct)
        if target.gene:
            add(target.iri, CY.geneProductOf, expand(target.gene))
            add(expand(target.gene), RDF + "type", CY.Gene)
    for individual, cls in report.inferred:
        add(individual, RDF + "type", cls)
    meta = graph_metadata(
        INFERRED_GRAPH, "cytokg inferred",
        "The reference drugs with their DrugBank targets, and the class assertions HermiT infers "
        "for them from the cytokg ontology (e.g. tocilizumab a cy:IL6PathwayBlocker); Oxigraph "
        "does not reason, so they are materialised here.",
        sources_matching("DrugBank", "DrugMechDB", "HGNC"),
    )
    return sorted(quads | set(meta), key=str)


def import_quads() -> list[Quad]:
    """All imported graphs: ontology, MONDO slice, xrefs, inferred."""
    return ontology_quads() + mondo_slice_quads() + xref_quads() + inferred_quads()
