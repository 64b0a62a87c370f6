"""SPARQL 1.1 Protocol behaviour, one suite run against two backends: the embedded store (query
workers) and a real `oxigraph serve-read-only` process behind `--backend`. Real waitress server on
127.0.0.1, real `requests` client.

Expected values come from the seed papers (see tests/server_support.py for the quoted sentences):
004 treats 7 patients with refractory Takayasu arteritis with tocilizumab; 001 gives anakinra in
Kawasaki disease.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
import rdflib
import requests
from server_support import (
    ANAKINRA,
    KAWASAKI,
    TAKAYASU,
    TOCILIZUMAB,
    make_store,
    oxigraph_server,
    waitress_thread,
)

from cytokg.config import Settings
from cytokg.server.app import create_app
from cytokg.terms import CY, graph

T = 20  # seconds: bound on every request in this file

DRUG_FOR = """PREFIX cy: <https://w3id.org/cytokg/>
SELECT ?drug ?disease WHERE { ?fact cy:drug ?drug ; cy:forDisease ?disease } ORDER BY ?drug"""


@pytest.fixture(scope="module", params=["embedded", "remote"])
def endpoint(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(request.param)
    store = make_store(root)
    settings = Settings(store=store, workers=2, query_timeout=10.0)
    if request.param == "embedded":
        app = create_app(settings)
        with waitress_thread(app) as base:
            yield base + "/sparql"
        app.extensions["cytokg"].backend.close()
    else:
        with oxigraph_server(store.resolve()) as url:
            app = create_app(replace(settings, backend=url))
            with waitress_thread(app) as base:
                yield base + "/sparql"
            app.extensions["cytokg"].backend.close()


def _rows(response) -> list[dict[str, str]]:
    data = response.json()
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_get_select_json(endpoint):
    r = requests.get(endpoint, params={"query": DRUG_FOR}, timeout=T)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    assert "Accept" in r.headers["Vary"]
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert _rows(r) == [
        {"drug": ANAKINRA, "disease": KAWASAKI},
        {"drug": TOCILIZUMAB, "disease": TAKAYASU},
    ]


def test_post_form_and_post_direct_agree(endpoint):
    form = requests.post(endpoint, data={"query": DRUG_FOR}, timeout=T)
    direct = requests.post(
        endpoint,
        data=DRUG_FOR.encode(),
        headers={"Content-Type": "application/sparql-query"},
        timeout=T,
    )
    assert form.status_code == direct.status_code == 200
    assert _rows(form) == _rows(direct) and len(_rows(form)) == 2


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
        ("text/*", "text/csv"),
    ],
)
def test_select_conneg(endpoint, accept, media):
    r = requests.get(endpoint, params={"query": DRUG_FOR}, headers={"Accept": accept}, timeout=T)
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == media


def test_csv_body(endpoint):
    r = requests.get(endpoint, params={"query": DRUG_FOR, "format": "csv"}, timeout=T)
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["drug"] for row in rows] == [ANAKINRA, TOCILIZUMAB]


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/n-quads", "nquads"),
        ("application/trig", "trig"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_construct_formats(endpoint, accept, fmt):
    query = (
        "PREFIX cy: <https://w3id.org/cytokg/> "
        "CONSTRUCT { ?f cy:drug ?d } WHERE { ?f cy:drug ?d }"
    )
    r = requests.get(endpoint, params={"query": query}, headers={"Accept": accept}, timeout=T)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == accept
    parsed = rdflib.Dataset() if fmt in ("nquads", "trig") else rdflib.Graph()
    parsed.parse(data=r.content, format=fmt)
    drugs = {str(o) for o in parsed.objects(None, rdflib.URIRef(CY.drug))}
    assert drugs == {TOCILIZUMAB, ANAKINRA}


def test_ask(endpoint):
    query = f"ASK {{ ?f <{CY.forDisease}> <{TAKAYASU}> }}"
    r = requests.get(endpoint, params={"query": query}, timeout=T)
    assert r.json()["boolean"] is True


def test_format_parameter_wins_over_accept(endpoint):
    r = requests.get(
        endpoint, params={"query": DRUG_FOR, "format": "tsv"},
        headers={"Accept": "application/sparql-results+json"}, timeout=T,
    )  # fmt: skip
    assert r.headers["Content-Type"].startswith("text/tab-separated-values")


def test_not_acceptable(endpoint):
    png = {"Accept": "image/png"}
    r = requests.get(endpoint, params={"query": DRUG_FOR}, headers=png, timeout=T)
    assert r.status_code == 406
    assert "image/png" not in r.text and "offer" in r.text
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_default_graph_uri_overrides_union_and_from(endpoint):
    query = f"SELECT ?drug FROM <{graph('001', 'assertion')}> WHERE {{ ?f <{CY.drug}> ?drug }}"
    plain = requests.get(endpoint, params={"query": query}, timeout=T)
    assert [row["drug"] for row in _rows(plain)] == [ANAKINRA]  # FROM honoured
    only_004 = requests.get(
        endpoint,
        params={"query": query, "default-graph-uri": graph("004", "assertion")},
        timeout=T,
    )
    assert [row["drug"] for row in _rows(only_004)] == [TOCILIZUMAB]  # protocol overrides FROM


def test_named_graph_uri(endpoint):
    query = f"SELECT ?g WHERE {{ GRAPH ?g {{ ?f <{CY.drug}> ?d }} }}"
    r = requests.get(
        endpoint, params={"query": query, "named-graph-uri": graph("004", "assertion")}, timeout=T
    )
    assert [row["g"] for row in _rows(r)] == [graph("004", "assertion")]


def test_union_default_graph(endpoint):
    # 004: "... with TCZ in 7 consecutive patients": the group size, found without a GRAPH clause.
    query = f"SELECT ?n WHERE {{ ?g <{CY.groupSize}> ?n }}"
    r = requests.get(endpoint, params={"query": query}, timeout=T)
    assert _rows(r) == [{"n": "7"}]


def test_syntax_error_has_position(endpoint):
    r = requests.get(
        endpoint, params={"query": "SELECT * WHERE { ?s ?p }"},
        headers={"Accept": "application/json"}, timeout=T,
    )  # fmt: skip
    assert r.status_code == 400
    body = r.json()
    assert body["line"] == 1 and body["column"] > 15
    assert "Traceback" not in r.text
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_two_query_params(endpoint):
    r = requests.get(endpoint + "?query=ASK%7B%7D&query=ASK%7B%7D", timeout=T)
    assert r.status_code == 400 and "2 'query' parameters" in r.text


def test_wrong_method_and_media_type(endpoint):
    put = requests.put(endpoint, data="x", timeout=T)
    assert put.status_code == 405 and "POST" in put.headers["Allow"]
    assert put.headers["Access-Control-Allow-Origin"] == "*"
    bad = requests.post(endpoint, data="ASK {}", headers={"Content-Type": "text/plain"}, timeout=T)
    assert bad.status_code == 415 and "application/sparql-query" in bad.text


def test_head_and_options(endpoint):
    head = requests.head(endpoint, params={"query": DRUG_FOR}, timeout=T)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["Content-Type"].startswith("application/sparql-results+json")
    options = requests.options(endpoint, timeout=T)
    assert options.status_code == 200
    assert "POST" in options.headers["Access-Control-Allow-Methods"]
    assert {"GET", "POST"} <= {m.strip() for m in options.headers["Allow"].split(",")}


def test_update_refused(endpoint):
    r = requests.post(endpoint, data={"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}, timeout=T)
    assert r.status_code == 403 and "disabled" in r.text


def test_query_too_large(endpoint):
    big = "ASK {} #" + "x" * 1_100_000
    r = requests.post(endpoint, data=big.encode(), timeout=T,
                      headers={"Content-Type": "application/sparql-query"})  # fmt: skip
    assert r.status_code == 413


def test_service_description_with_void(endpoint):
    r = requests.get(endpoint, headers={"Accept": "text/turtle"}, timeout=T)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    names = {str(n) for n in g.objects(None, sd.name)}
    assert graph("004", "assertion") in names and graph("004", "provenance") in names
    # 004 assertion graph: 5 triples about the exposure + the group size of 7.
    counts = {
        str(g.value(named, sd.name)): int(g.value(g.value(named, sd.graph), void.triples))
        for named in g.subjects(rdflib.RDF.type, sd.NamedGraph)
    }
    assert counts[graph("004", "assertion")] == 6
    partitions = {
        str(g.value(p, void["class"])): int(g.value(p, void.entities))
        for p in g.objects(None, void.classPartition)
    }
    assert partitions[CY.TreatmentExposure] == 2
    html = requests.get(endpoint, headers={"Accept": "text/html"}, timeout=T, allow_redirects=False)
    assert html.status_code in (200, 302, 303)
    jsonld = requests.get(endpoint, headers={"Accept": "application/ld+json"}, timeout=T)
    assert json.loads(jsonld.text)


def test_backend_union_sends_no_dataset(tmp_path):
    """--backend-union trusts the engine's own union default graph: against oxigraph with
    --union-default-graph the group size of 004 is found; against one without it nothing is,
    which shows no dataset was sent; an explicit named-graph-uri still goes through."""
    store = make_store(tmp_path)
    query = f"SELECT ?n WHERE {{ ?g <{CY.groupSize}> ?n }}"
    settings = Settings(store=store, workers=1, query_timeout=10.0, backend_union=True)
    for union, expected in ((True, [{"n": "7"}]), (False, [])):
        with oxigraph_server(store.resolve(), union=union) as url:
            app = create_app(replace(settings, backend=url))
            with waitress_thread(app) as base:
                r = requests.get(base + "/sparql", params={"query": query}, timeout=T)
                assert r.status_code == 200 and _rows(r) == expected
                named = requests.get(base + "/sparql", timeout=T, params={
                    "query": f"SELECT ?g WHERE {{ GRAPH ?g {{ ?f <{CY.drug}> ?d }} }}",
                    "named-graph-uri": graph("004", "assertion")})  # fmt: skip
                assert [row["g"] for row in _rows(named)] == [graph("004", "assertion")]
            app.extensions["cytokg"].backend.close()
