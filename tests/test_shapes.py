"""SHACL shapes: a correct small graph conforms; each broken case fails with a readable message."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from cytokg.cli import main
from cytokg.config import PAPERS_DIR
from cytokg.ontology.validate import validate_graph

FIXTURE = Path(__file__).parent / "fixtures" / "shapes" / "good.ttl"
CY = rdflib.Namespace("https://w3id.org/cytokg/")
R = rdflib.Namespace("https://w3id.org/cytokg/resource/002/")


@pytest.fixture()
def good() -> rdflib.Graph:
    return rdflib.Graph().parse(FIXTURE, format="turtle")


def test_fixture_quote_is_the_paper_text(good):
    text = (PAPERS_DIR / "002_1c1337d9b620ecd8.txt").read_text(encoding="utf-8")
    span = R["span/1711-1840"]
    assert text[1711:1840] == str(good.value(span, CY.quote))


def test_correct_graph_conforms(good):
    report = validate_graph(good)
    assert report.conforms, report.text()
    assert report.violations == ()


def only_errors(graph):
    report = validate_graph(graph)
    assert not report.conforms
    return [(v.focus, v.path, v.message) for v in report.errors], report.text()


def test_fact_without_provenance(good):
    good.remove((R["comparison/aneurysm"], CY.hasEvidence, None))
    errors, text = only_errors(good)
    assert errors == [("cyr:002/comparison/aneurysm", "cy:hasEvidence",
                       "fact has no cy:hasEvidence to a cy:Evidence node (no provenance)")]
    assert "cyr:002/comparison/aneurysm cy:hasEvidence" in text


def test_evidence_without_span(good):
    good.remove((R["evidence/aneurysm"], CY.derivedFrom, None))
    errors, _ = only_errors(good)
    assert [e[:2] for e in errors] == [("cyr:002/evidence/aneurysm", "cy:derivedFrom")]


def test_span_without_offsets_or_document(good):
    span = R["span/1711-1840"]
    good.remove((span, CY.endOffset, None))
    good.remove((span, CY.inDocument, None))
    errors, _ = only_errors(good)
    paths = sorted(e[1] for e in errors)
    assert paths == ["cy:endOffset", "cy:inDocument"]


def test_numeric_outcome_without_group_and_denominator(good):
    outcome = R["outcomemeasurement/aneurysm-resistant"]
    good.remove((outcome, CY.denominator, None))
    good.remove((outcome, CY.aboutGroup, None))
    errors, _ = only_errors(good)
    focus = "cyr:002/outcomemeasurement/aneurysm-resistant"
    messages = sorted(m for f, _, m in errors if f == focus)
    assert messages == [
        "numeric outcome with cy:eventCount has no cy:aboutGroup (counted in which group?)",
        "numeric outcome with cy:eventCount has no cy:denominator",
    ]


def test_text_mined_count_without_group_is_a_warning(good):
    outcome = R["outcomemeasurement/aneurysm-resistant"]
    good.remove((outcome, CY.aboutGroup, None))
    good.set((R["evidence/aneurysm"], CY.agentType, CY.TextMining))
    good.set((R["evidence/aneurysm"], CY.readingMethod, CY.RuleReading))
    report = validate_graph(good)
    assert report.conforms and report.errors == ()
    assert [(v.severity, v.path) for v in report.violations] == [("Warning", "cy:aboutGroup")]


def test_reading_method_is_text_minings_alone(good):
    """Text-mined evidence says how it was read (rules, rescored by a model, a model alone);
    curated evidence, read by a person, says none; the value is one of the three."""
    evidence = R["evidence/aneurysm"]
    good.set((evidence, CY.agentType, CY.TextMining))
    errors, _ = only_errors(good)
    assert errors == [("cyr:002/evidence/aneurysm", None, "text-mined evidence has no "
                       "cy:readingMethod (rules, rescored by a model, or a model alone?)")]
    good.set((evidence, CY.readingMethod, CY.ModelReading))
    assert validate_graph(good).conforms
    good.set((evidence, CY.readingMethod, CY.TextMining))
    errors, _ = only_errors(good)
    assert [e[1] for e in errors] == ["cy:readingMethod"]
    good.set((evidence, CY.agentType, CY.ManualCuration))
    good.set((evidence, CY.readingMethod, CY.RuleReading))
    errors, _ = only_errors(good)
    assert errors == [("cyr:002/evidence/aneurysm", None, "curated evidence has a "
                       "cy:readingMethod (a person read it, not rules or a model)")]


def test_count_above_denominator(good):
    outcome = R["outcomemeasurement/aneurysm-resistant"]
    good.set((outcome, CY.eventCount, rdflib.Literal(61)))
    errors, _ = only_errors(good)
    assert [e[1] for e in errors] == ["cy:eventCount"]


def test_drug_use_without_disease(good):
    good.remove((R["drugdiseaseuse/ivig-kd"], CY.forDisease, None))
    errors, _ = only_errors(good)
    assert errors == [("cyr:002/drugdiseaseuse/ivig-kd", "cy:forDisease",
                       "drug-disease use has no cy:forDisease (a drug use without a disease)")]


def test_treatment_exposure_without_disease(good):
    te = R["treatmentexposure/ivig"]
    good.add((te, rdflib.RDF.type, CY.TreatmentExposure))
    good.add((te, CY.drug, rdflib.URIRef("http://identifiers.org/drugbank/DB00028")))
    good.add((te, CY.hasEvidence, R["evidence/aneurysm"]))
    errors, _ = only_errors(good)  # typed only cy:TreatmentExposure: the ontology makes it a Fact
    assert [e[1] for e in errors] == ["cy:forDisease"]


def test_comparison_needs_two_outcomes_and_a_p_value_in_range(good):
    comparison = R["comparison/aneurysm"]
    good.remove((comparison, CY.compares, R["outcomemeasurement/aneurysm-responsive"]))
    good.set((comparison, CY.pValue, rdflib.Literal("1.5", datatype=rdflib.XSD.decimal)))
    errors, _ = only_errors(good)
    assert sorted(e[1] for e in errors) == ["cy:compares", "cy:pValue"]


def test_patient_sex_must_be_a_sex_individual(good):
    patient = R["patient/case-1"]
    good.add((patient, rdflib.RDF.type, CY.Patient))
    good.add((patient, CY.hasSex, CY.Improved))
    errors, _ = only_errors(good)
    assert [e[:2] for e in errors] == [("cyr:002/patient/case-1", "cy:hasSex")]


def test_cli_validates_files(tmp_path, good, capsys):
    good.remove((R["drugdiseaseuse/ivig-kd"], CY.forDisease, None))
    path = tmp_path / "broken.ttl"
    good.serialize(path, format="turtle")
    assert main(["validate", "--no-reasoner", str(path)]) == 1
    out = capsys.readouterr().out
    assert "cyr:002/drugdiseaseuse/ivig-kd cy:forDisease" in out
    assert main(["validate", "--no-reasoner", str(FIXTURE)]) == 0
    assert main(["validate", "--no-reasoner", str(tmp_path / "missing.ttl")]) == 2


def test_store_union_is_the_union_of_every_graph_term_for_term(tmp_path):
    """store_union converts terms directly; it must give what parsing the union as N-Triples
    gives: simple literals plain, typed and language literals kept, blank nodes shared."""
    import pyoxigraph as ox
    from rdflib.compare import isomorphic

    from cytokg.ontology.validate import store_union

    store = ox.Store(str(tmp_path / "store"))
    s, p, b = ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"), ox.BlankNode()
    xsd = "http://www.w3.org/2001/XMLSchema#"
    objects = [ox.Literal("plain"), ox.Literal("bonjour", language="fr"),
               ox.Literal("4", datatype=ox.NamedNode(xsd + "integer")), b]  # fmt: skip
    for i, o in enumerate(objects):
        store.add(ox.Quad(s, p, o, ox.NamedNode(f"https://e.org/g{i}")))
    store.add(ox.Quad(b, p, ox.Literal("in the default graph")))
    store.flush()
    del store
    union = store_union(tmp_path / "store")
    assert len(union) == 5
    assert (rdflib.URIRef("https://e.org/s"), rdflib.URIRef("https://e.org/p"),
            rdflib.Literal("plain")) in union  # fmt: skip
    assert rdflib.Literal("bonjour", lang="fr") in set(union.objects())
    assert rdflib.Literal("4", datatype=rdflib.XSD.integer) in set(union.objects())
    reread = ox.Store.read_only(str(tmp_path / "store"))
    text = reread.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION "
                        "{ GRAPH ?g { ?s ?p ?o } } }").serialize(format=ox.RdfFormat.N_TRIPLES)
    assert isomorphic(union, rdflib.Graph().parse(data=text, format="nt"))
