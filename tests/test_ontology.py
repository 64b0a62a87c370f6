"""The OWL ontology: loads in rdflib and owlready2, defines every term, maps only to verified ids,
and regenerates byte-identically."""

from __future__ import annotations

import owlready2
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from cytokg.cli import main
from cytokg.ontology import vocab
from cytokg.ontology.build import OWL_FILE, TTL_FILE
from cytokg.terms import CY, ONTOLOGY_IRI

DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")


@pytest.fixture(scope="module")
def ttl() -> rdflib.Graph:
    return rdflib.Graph().parse(TTL_FILE, format="turtle")


def test_regeneration_is_byte_identical(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        out.mkdir()
        assert main(["ontology", "--out", str(out)]) == 0
    for name in ("cytokg.owl", "cytokg.ttl", "docs/index.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # The committed files are what the command produces from the committed vocabulary.
    assert (first / "cytokg.ttl").read_bytes() == TTL_FILE.read_bytes()
    assert (first / "cytokg.owl").read_bytes() == OWL_FILE.read_bytes()


def test_header_metadata(ttl):
    onto = rdflib.URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ttl
    assert ttl.value(onto, OWL.versionIRI) == rdflib.URIRef(ONTOLOGY_IRI + "/0.1.0")
    assert ttl.value(onto, DCTERMS.license) == rdflib.URIRef(
        "https://creativecommons.org/licenses/by/4.0/")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.creator, RDFS.label):
        assert ttl.value(onto, prop), prop


def test_loads_in_owlready2():
    world = owlready2.World()
    try:
        onto = world.get_ontology(OWL_FILE.as_uri()).load()
        drug = world[CY.Drug]
        assert drug is not None
        assert world[CY.MonoclonalAntibody] in list(drug.subclasses())
        assert world[CY.hasTarget].domain == [drug]
        assert len(list(onto.classes())) >= len(vocabulary_names("class"))
    finally:
        world.close()


def vocabulary_names(kind: str) -> list[str]:
    return [t.name for t in vocab.terms() if t.kind == kind]


def test_every_term_is_declared_labelled_and_defined(ttl):
    declared = {"class": OWL.Class, "object": OWL.ObjectProperty, "data": OWL.DatatypeProperty,
                "annotation": OWL.AnnotationProperty, "individual": OWL.NamedIndividual}
    for term in vocab.terms():
        iri = rdflib.URIRef(CY[term.name])
        assert (iri, RDF.type, declared[term.kind]) in ttl, term.name
        assert ttl.value(iri, RDFS.label), term.name
        definition = ttl.value(iri, SKOS.definition)
        assert definition and len(str(definition)) > 20, term.name


def test_every_mapping_is_a_verified_reference_row(ttl):
    from cytokg.identifiers import expand, reference_rows

    allowed = {expand(r.curie) for r in reference_rows() if r.category in vocab.MAPPABLE_CATEGORIES}
    w3c = ("http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#", "http://purl.org/dc/terms/")
    mapping_predicates = [SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch,
                          SKOS.relatedMatch, OWL.equivalentProperty]
    seen = 0
    for predicate in mapping_predicates:
        for _, target in ttl.subject_objects(predicate):
            seen += 1
            assert str(target) in allowed or str(target).startswith(w3c), target
    assert seen > 40
    # The alignments the issue names.
    ro = "http://purl.obolibrary.org/obo/RO_"
    assert (rdflib.URIRef(CY.isAntagonistOf), OWL.equivalentProperty,
            rdflib.URIRef(ro + "0018029")) in ttl
    assert (rdflib.URIRef(CY.molecularlyInteractsWith), OWL.equivalentProperty,
            rdflib.URIRef(ro + "0002436")) in ttl
    assert (rdflib.URIRef(CY.hasEvidence), OWL.equivalentProperty,
            rdflib.URIRef(ro + "0002558")) in ttl


def test_unverified_mapping_is_refused():
    with pytest.raises(vocab.VocabularyError, match="RO:9999999"):
        vocab.mapping_iri("RO:9999999", "test")
    with pytest.raises(vocab.VocabularyError, match="prov:Bogus"):
        vocab.mapping_iri("prov:Bogus", "test")
    # An entity id (not a vocabulary row) is not a valid alignment target either.
    with pytest.raises(vocab.VocabularyError):
        vocab.mapping_iri("MONDO:0012727", "test")


def test_defined_classes_use_the_reference_targets(ttl):
    uniprot = "http://purl.uniprot.org/uniprot/"
    query = """
        SELECT ?target WHERE {
          ?cls owl:equivalentClass/owl:intersectionOf/rdf:rest*/rdf:first ?r .
          ?r owl:onProperty cy:hasTarget ;
             owl:someValuesFrom/owl:oneOf/rdf:rest*/rdf:first ?target .
        }"""
    def targets(name):
        rows = ttl.query(query, initNs={"owl": OWL, "rdf": RDF, "cy": CY.base},
                         initBindings={"cls": rdflib.URIRef(CY[name])})
        return {str(r.target).removeprefix(uniprot) for r in rows}
    assert targets("IL6PathwayBlocker") == {"P05231", "P08887"}
    assert targets("IL1PathwayBlocker") == {"P01583", "P01584", "P14778"}
    assert targets("TNFBlocker") == {"P01375"}


def test_docs_render_every_term():
    from cytokg.ontology.docs import render_html

    html = render_html()
    for term in vocab.terms():
        assert f'id="{term.name}"' in html, term.name
    assert "RO:0018029" in html and "creativecommons.org/licenses/by/4.0" in html


def test_the_reading_methods_text_mining_writes_are_the_vocabularys():
    """Fact.reading_method writes these names as cy: IRIs; SHACL lists them too (test_shapes)."""
    from cytokg.graph_build import records

    written = {records.RULE_READING, records.MODEL_RESCORED_READING, records.MODEL_READING}
    declared = {t.name for t in vocab.terms() if t.individual_of == "ReadingMethod"}
    assert written == declared and len(declared) == 3
