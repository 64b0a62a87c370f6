"""Author the cytokg OWL ontology with owlready2 from the vocabulary, and write it reproducibly.

Every call builds in its own ``owlready2.World()``, so nothing leaks between builds or into the
reasoner's world. The RDF/XML comes from owlready2; the Turtle is the same triples re-serialised
by rdflib (sorted), so both files are byte-identical for the same inputs.
"""

from __future__ import annotations

import io
import types
from dataclasses import dataclass
from pathlib import Path

import owlready2
import rdflib

from cytokg.config import ONTOLOGY_DIR
from cytokg.identifiers import converter, expand, reference_rows
from cytokg.ontology.vocab import Term, metadata, terms, w3c_iri
from cytokg.terms import BASE, DCTERMS, OWL, PREFIXES, RDFS, SKOS

TTL_FILE = ONTOLOGY_DIR / "cytokg.ttl"
OWL_FILE = ONTOLOGY_DIR / "cytokg.owl"

_MAPPING_PROPERTY = {
    "subClassOf": RDFS + "subClassOf",
    "subPropertyOf": RDFS + "subPropertyOf",
    "equivalentProperty": OWL + "equivalentProperty",
}
_BASES = {
    "object": owlready2.ObjectProperty,
    "data": owlready2.DataProperty,
    "annotation": owlready2.AnnotationProperty,
}
# Prefixes bound in the Turtle (only those used are written).
_TTL_PREFIXES = ("biolink", "MESH", "OBI", "IAO", "RO", "ECO", "SIO", "STATO", "UniProtKB")


@dataclass
class Built:
    """An ontology inside its own owlready2 world."""

    world: owlready2.World
    ontology: owlready2.Ontology
    entities: dict[str, object]  # term name -> owlready2 entity


def _triple_iri(onto, s: int, p_iri: str, o_iri: str) -> None:
    world = onto.world
    onto._add_obj_triple_spo(s, world._abbreviate(p_iri), world._abbreviate(o_iri))


def _triple_literal(onto, s: int, p_iri: str, value) -> None:
    o, d = onto.world._to_rdf(value)
    onto._add_data_triple_spod(s, onto.world._abbreviate(p_iri), o, d)


def _annotation_property(onto, iri: str):
    base, _, name = iri.rpartition("#") if "#" in iri else iri.rpartition("/")
    sep = "#" if "#" in iri else "/"
    with onto.get_namespace(base + sep):
        return types.new_class(name, (owlready2.AnnotationProperty,))


def target_label(curie: str) -> str:
    """Label of a protein from its reference row, e.g. 'IL6 (interleukin 6)'."""
    for row in reference_rows():
        if row.curie == curie and row.category == "protein":
            return row.label
    raise KeyError(f"{curie} is not a protein row of identifiers.tsv")


def build_ontology() -> Built:
    """The ontology, authored in a fresh owlready2 world."""
    world = owlready2.World()
    meta = metadata()
    onto = world.get_ontology(PREFIXES["cy"] + "ontology")
    cy = onto.get_namespace(BASE)
    by_name = {t.name: t for t in terms()}
    entities: dict[str, object] = {}
    definition = _annotation_property(onto, SKOS + "definition")

    def make_class(name: str):
        if name in entities:
            return entities[name]
        term = by_name.get(name)
        if term is None or term.kind != "class":
            raise ValueError(f"vocabulary.yaml: {name!r} is used as a class but is not one")
        parent = make_class(term.parent) if term.parent else owlready2.Thing
        with cy:
            entities[name] = types.new_class(name, (parent,))
        return entities[name]

    def make_property(term: Term):
        if term.name in entities:
            return entities[term.name]
        bases = [_BASES[term.kind]]
        if term.parent:
            bases = [make_property(by_name[term.parent])]
        if term.functional:
            bases.append(owlready2.FunctionalProperty)
        with cy:
            entities[term.name] = types.new_class(term.name, tuple(bases))
        return entities[term.name]

    for term in terms():
        if term.kind == "class":
            make_class(term.name)
        elif term.kind in _BASES:
            make_property(term)
    for term in terms():
        if term.kind == "individual":
            with cy:
                entities[term.name] = make_class(term.individual_of)(term.name)
    _domains_and_ranges(onto, entities)
    _defined_classes(onto, entities, meta.defined_classes)
    for term in terms():
        entity = entities[term.name]
        entity.label = [owlready2.locstr(term.label, "en")]
        definition[entity].append(owlready2.locstr(term.definition, "en"))
        for mapping in term.mappings:
            predicate = _MAPPING_PROPERTY.get(mapping.predicate, SKOS + mapping.predicate)
            _triple_iri(onto, entity.storid, predicate, mapping.iri)
    _header(onto, meta)
    return Built(world, onto, entities)


def _domains_and_ranges(onto, entities) -> None:
    for term in terms():
        if term.kind not in ("object", "data"):
            continue
        prop = entities[term.name]
        if term.domain:
            prop.domain = [entities[term.domain]]
        if term.range and term.kind == "object":
            prop.range = [entities[term.range]]
        elif term.range:
            _triple_iri(onto, prop.storid, RDFS + "range", w3c_iri(term.range))


def _defined_classes(onto, entities, defined: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    """X ≡ Drug and (hasTarget some {targets}): what HermiT uses to classify the drugs."""
    drug, has_target = entities["Drug"], entities["hasTarget"]
    gene_product = entities["GeneProduct"]
    for name, curies in defined:
        targets = []
        for curie in curies:
            iri = expand(curie)
            base, local = iri[: iri.rindex("/") + 1], iri[iri.rindex("/") + 1 :]
            individual = onto.world[iri] or gene_product(local, namespace=onto.get_namespace(base))
            individual.label = [owlready2.locstr(target_label(curie), "en")]
            targets.append(individual)
        entities[name].equivalent_to.append(drug & has_target.some(owlready2.OneOf(targets)))


def _header(onto, meta) -> None:
    s = onto.storid
    _triple_iri(onto, s, OWL + "versionIRI", f"{PREFIXES['cy']}ontology/{meta.version}")
    _triple_literal(onto, s, OWL + "versionInfo", meta.version)
    _triple_literal(onto, s, DCTERMS + "title", owlready2.locstr(meta.title, "en"))
    description = " ".join(meta.description.split())
    _triple_literal(onto, s, DCTERMS + "description", owlready2.locstr(description, "en"))
    _triple_literal(onto, s, RDFS + "label", owlready2.locstr(meta.title, "en"))
    _triple_literal(onto, s, DCTERMS + "creator", meta.creator)
    _triple_iri(onto, s, DCTERMS + "license", meta.license)
    for iri in (DCTERMS + "title", DCTERMS + "description", DCTERMS + "creator",
                DCTERMS + "license"):
        _triple_iri(onto, onto.world._abbreviate(iri), PREFIXES["rdf"] + "type",
                    OWL + "AnnotationProperty")


def rdfxml_bytes(built: Built) -> bytes:
    buf = io.BytesIO()
    built.ontology.save(buf, format="rdfxml")
    return buf.getvalue()


def to_rdflib(built: Built) -> rdflib.Graph:
    buf = io.BytesIO()
    built.ontology.save(buf, format="ntriples")
    graph = rdflib.Graph()
    graph.parse(data=buf.getvalue().decode("utf-8"), format="nt")
    return graph


def turtle_bytes(graph: rdflib.Graph) -> bytes:
    """Sorted, deterministic Turtle (rdflib orders subjects and predicates)."""
    out = rdflib.Graph()
    for name in ("cy", "owl", "rdf", "rdfs", "xsd", "skos", "dcterms", "prov", "oa"):
        out.bind(name, PREFIXES[name])
    for prefix in _TTL_PREFIXES:
        out.bind(prefix.lower() if prefix != "UniProtKB" else "uniprot",
                 converter().prefix_map[prefix])
    for triple in graph:
        out.add(triple)
    return out.serialize(format="turtle").encode("utf-8")


def write_ontology(directory: Path = ONTOLOGY_DIR) -> tuple[Path, Path]:
    """Build and write cytokg.owl and cytokg.ttl; returns their paths."""
    built = build_ontology()
    owl_path, ttl_path = directory / OWL_FILE.name, directory / TTL_FILE.name
    owl_path.write_bytes(rdfxml_bytes(built))
    ttl_path.write_bytes(turtle_bytes(to_rdflib(built)))
    built.world.close()
    return owl_path, ttl_path
