"""The library as SIB-style sparql-examples RDF: loaded into a real pyoxigraph store, it lists every
saved query, and each sh:select text read back from the store parses and runs."""

from __future__ import annotations

import pyoxigraph as ox

from cytokg.server.examples_graph import EXAMPLES_GRAPH, examples_quads
from cytokg.server.query_library import default_library

ENDPOINT = "http://127.0.0.1:8000/sparql"


def test_examples_graph_lists_every_query(tmp_path):
    store = ox.Store(str(tmp_path / "examples"))
    store.extend(examples_quads(ENDPOINT))
    rows = list(store.query(
        """PREFIX sh: <http://www.w3.org/ns/shacl#>
           PREFIX schema: <https://schema.org/>
           PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
           SELECT ?g ?ex ?name ?text ?comment ?target WHERE {
             GRAPH ?g { ?ex a sh:SPARQLExecutable ; rdfs:label ?name ; rdfs:comment ?comment ;
                            schema:target ?target .
                        OPTIONAL { ?ex sh:select ?s } OPTIONAL { ?ex sh:ask ?a }
                        OPTIONAL { ?ex sh:construct ?c }
                        BIND(COALESCE(?s, ?a, ?c) AS ?text) } }""",
        substitutions={ox.Variable("g"): ox.NamedNode(EXAMPLES_GRAPH)},
    ))
    library = default_library()
    assert {r["name"].value for r in rows} == set(library)
    assert {r["target"].value for r in rows} == {ENDPOINT}
    for r in rows:
        assert r["text"].value == library[r["name"].value].query
        assert r["comment"].language == "en"
    keywords = list(store.query(
        'PREFIX schema: <https://schema.org/> SELECT ?k WHERE { GRAPH ?g { '
        '<https://w3id.org/cytokg/resource/examples/risk-score-items> schema:keywords ?k } }'))
    assert {k["k"].value for k in keywords} == {"risk", "kawasaki"}


def test_example_texts_run_from_the_graph(tmp_path):
    store = ox.Store()
    store.extend(examples_quads(ENDPOINT))
    texts = [r["t"].value for r in store.query(
        "PREFIX sh: <http://www.w3.org/ns/shacl#> "
        "SELECT ?t WHERE { GRAPH ?g { ?e sh:select ?t } }")]
    assert len(texts) >= 20
    empty = ox.Store()
    for text in texts:  # unbound parameters act as wildcards: each still parses and runs
        list(empty.query(text))
