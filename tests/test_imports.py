"""The imported named graphs: deterministic quads, only verified external IRIs, and a MONDO slice
that rolls Kawasaki disease up to vasculitis by SPARQL over a real pyoxigraph store."""

from __future__ import annotations

import csv

import pyoxigraph
import pytest

from cytokg.identifiers import expand, reference_rows
from cytokg.ontology import imports
from cytokg.terms import BASE, CY, PREFIXES


@pytest.fixture(scope="module")
def quads():
    return imports.import_quads()


@pytest.fixture(scope="module")
def store(tmp_path_factory, quads):
    path = tmp_path_factory.mktemp("store")
    st = pyoxigraph.Store(str(path))
    st.extend(quads)
    st.flush()
    yield st
    del st


def ask(store, query: str) -> bool:
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    return bool(store.query(prefixes + query, use_default_graph_as_union=True))


def test_deterministic(quads):
    assert imports.import_quads() == quads
    assert quads == sorted(quads, key=str) or len({q.graph_name for q in quads}) == 4


def test_four_graphs(quads):
    graphs = {q.graph_name.value for q in quads}
    assert graphs == {imports.ONTOLOGY_GRAPH, imports.MONDO_GRAPH, imports.XREFS_GRAPH,
                      imports.INFERRED_GRAPH}


def test_every_external_iri_is_a_reference_curie(quads):
    allowed = {expand(r.curie) for r in reference_rows() if r.curie}
    with imports.MONDO_SLICE.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    allowed |= {expand(r[c]) for r in rows for c in ("child_curie", "parent_curie")}
    own = (BASE, PREFIXES["rdf"], PREFIXES["rdfs"], PREFIXES["owl"], PREFIXES["xsd"],
           PREFIXES["skos"], PREFIXES["dcterms"], PREFIXES["prov"], PREFIXES["oa"],
           PREFIXES["void"], "https://creativecommons.org/")
    external = {
        term.value for q in quads for term in (q.subject, q.predicate, q.object)
        if isinstance(term, pyoxigraph.NamedNode) and not term.value.startswith(own)
    }
    assert external, "no external IRIs at all?"
    assert external - allowed == set()
    # MONDO classes of the slice are reference rows too (e.g. Kawasaki disease, vasculitis).
    assert expand("MONDO:0012727") in external and expand("MONDO:0018882") in external


def test_kawasaki_and_takayasu_roll_up_to_vasculitis(store):
    # README (reference): "Kawasaki disease sits directly under vasculitis and lymphadenitis".
    assert ask(store, """ASK { GRAPH cyg:mondo-slice {
        obo:MONDO_0012727 rdfs:subClassOf* obo:MONDO_0018882 } }""")
    assert ask(store, "ASK { obo:MONDO_0017991 rdfs:subClassOf* obo:MONDO_0018882 }")
    # ... and up to MONDO:0000001 'disease'.
    assert ask(store, "ASK { obo:MONDO_0012727 rdfs:subClassOf+ obo:MONDO_0000001 }")
    # Takayasu arteritis: via arteritis (MONDO:0043494).
    assert ask(store, "ASK { obo:MONDO_0017991 rdfs:subClassOf obo:MONDO_0043494 }")
    # Myocarditis is not a vasculitis.
    assert not ask(store, "ASK { obo:MONDO_0004496 rdfs:subClassOf* obo:MONDO_0018882 }")


def test_mondo_slice_has_source_version_and_licence(store):
    assert ask(store, """ASK { GRAPH cyg:mondo-slice {
        cyg:mondo-slice prov:wasDerivedFrom ?src .
        ?src owl:versionInfo ?v ; dcterms:license <https://creativecommons.org/licenses/by/4.0/> .
        FILTER(CONTAINS(?v, "2d171de")) } }""")


def test_inferred_graph_has_the_reasoners_classes(store):
    assert ask(store, f"""ASK {{ GRAPH cyg:inferred {{
        <{expand('DRUGBANK:DB06273')}> a cy:IL6PathwayBlocker, cy:MonoclonalAntibody ;
            cy:hasTarget <{expand('UniProtKB:P08887')}> .
        <{expand('UniProtKB:P08887')}> cy:geneProductOf <{expand('HGNC:6019')}> .
        <{expand('DRUGBANK:DB00026')}> a cy:IL1PathwayBlocker ;
            cy:isAntagonistOf <{expand('UniProtKB:P14778')}> . }} }}""")
    assert not ask(store, f"ASK {{ <{expand('DRUGBANK:DB00563')}> a cy:IL6PathwayBlocker }}")


def test_xrefs_primary_ids_and_notes(store):
    kd = expand("MONDO:0012727")
    assert ask(store, f"""ASK {{ GRAPH cyg:xrefs {{ <{kd}> a cy:Disease ; rdfs:label ?l ;
        skos:exactMatch <{expand('MESH:D009080')}>, <{expand('DOID:13378')}> }} }}""")
    # Septic shock has no MONDO class: the MeSH id is primary and a note says so.
    shock = expand("MESH:D012772")
    rows = list(store.query(f"""SELECT ?note WHERE {{ GRAPH <{imports.XREFS_GRAPH}> {{
        <{shock}> a <{CY.Disease}> ; <{CY.referenceNote}> ?note }} }}"""))
    assert any("No MONDO class for 'septic shock'" in r["note"].value for r in rows)
    # Vasoplegia too (MeSH only).
    assert ask(store, f"""ASK {{ <{expand('MESH:D056987')}> cy:referenceNote ?n .
        FILTER(CONTAINS(?n, "No HPO term or MONDO class for 'vasoplegia'")) }}""")
    # The seed's wrong code for coronary dilation carries the reference's warning.
    assert ask(store, f"""ASK {{ <{expand('MESH:D002311')}> cy:referenceNote ?n .
        FILTER(CONTAINS(?n, "WRONG")) }}""")
    # Drugs: DrugBank primary with MeSH and ChEMBL as exact matches.
    assert ask(store, f"""ASK {{ <{expand('DRUGBANK:DB06273')}> a cy:Drug ;
        skos:exactMatch <{expand('MESH:C502936')}> }}""")


def test_ontology_graph_is_the_turtle(store):
    assert ask(store, f"""ASK {{ GRAPH cyg:ontology {{
        <{CY.IL6PathwayBlocker}> owl:equivalentClass ?x .
        <{CY.Drug}> skos:definition ?d }} }}""")
