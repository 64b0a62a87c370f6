"""SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graphs over real HTTP (waitress on 127.0.0.1, a
published store in tmp_path, requests and rdflib as clients): GET/HEAD with content negotiation,
404 for unknown graphs, and PUT/POST/DELETE through the token-guarded copy-and-publish path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import rdflib
import requests

from cytokg.terms import CY, RDF, graph

sys.path.insert(0, str(Path(__file__).parent))
from server_support import ANAKINRA, KAWASAKI, QUOTE_001, TOCILIZUMAB  # noqa: E402
from update_support import AUTH, T, ask, serve, version  # noqa: E402

GSP = "/rdf-graphs"
TURTLE = {"Content-Type": "text/turtle"}
EDITS = "urn:test:edits"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("gsp")) as (base, store):
        yield base, store


def test_get_a_graph_as_turtle_and_ntriples(server):
    base, _ = server
    g001 = graph("001", "assertion")
    r = requests.get(base + GSP, params={"graph": g001}, headers={"Accept": "text/turtle"},
                     timeout=T)  # fmt: skip
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    parsed = rdflib.Graph().parse(data=r.text, format="turtle")
    # 001 abstract: "Anakinra, an interleukin-1 receptor antagonist, ..." (a Kawasaki paper)
    fact = next(parsed.subjects(rdflib.URIRef(CY.drug), rdflib.URIRef(ANAKINRA)))
    assert (fact, rdflib.URIRef(CY.forDisease), rdflib.URIRef(KAWASAKI)) in parsed
    assert (fact, rdflib.URIRef(RDF + "type"), rdflib.URIRef(CY.TreatmentExposure)) in parsed
    assert not any(parsed.subjects(rdflib.URIRef(CY.drug), rdflib.URIRef(TOCILIZUMAB)))  # 004's
    nt = requests.get(base + GSP, params={"graph": graph("001", "provenance")},
                      headers={"Accept": "application/n-triples"}, timeout=T)  # fmt: skip
    assert nt.headers["Content-Type"].startswith("application/n-triples")
    assert f'"{QUOTE_001}"' in nt.text


def test_head_unknown_graph_and_bad_requests(server):
    base, _ = server
    head = requests.head(base + GSP, params={"graph": graph("004", "assertion")}, timeout=T)
    assert head.status_code == 200 and head.content == b"" and head.headers["ETag"]
    missing = requests.get(base + GSP, params={"graph": "urn:test:nothing"}, timeout=T)
    assert missing.status_code == 404 and "urn:test:nothing" in missing.text
    neither = requests.get(base + GSP, timeout=T)
    assert neither.status_code == 400 and "?default" in neither.text
    relative = requests.get(base + GSP, params={"graph": "not an iri"}, timeout=T)
    assert relative.status_code == 400
    unacceptable = requests.get(base + GSP, params={"graph": graph("004", "assertion")},
                                headers={"Accept": "image/png"}, timeout=T)  # fmt: skip
    assert unacceptable.status_code == 406


def test_writes_need_the_token(server):
    base, store = server
    before = version(store)
    anonymous = requests.put(base + GSP, params={"graph": EDITS}, data="<urn:a> <urn:b> 1 .",
                             headers=TURTLE, timeout=T)  # fmt: skip
    assert anonymous.status_code == 401 and anonymous.headers["WWW-Authenticate"].startswith(
        "Bearer"
    )
    deleting = requests.delete(base + GSP, params={"graph": graph("004", "assertion")}, timeout=T)
    assert deleting.status_code == 401
    assert version(store) == before


def test_put_post_get_delete_round_trip(server):
    base, store = server
    params = {"graph": EDITS}
    start = version(store)
    put = requests.put(base + GSP, params=params, data="<urn:s> <urn:p> 'one' .",
                       headers={**AUTH, **TURTLE}, timeout=T)  # fmt: skip
    assert put.status_code == 201, put.text
    after_put = version(store)
    assert after_put != start
    post = requests.post(base + GSP, params=params, data=b'<urn:s> <urn:p> "two" .\n',
                         headers={**AUTH, "Content-Type": "application/n-triples"}, timeout=T)
    assert post.status_code == 204, post.text
    got = requests.get(base + GSP, params=params, headers={"Accept": "application/n-triples"},
                       timeout=T)  # fmt: skip
    assert sorted(got.text.strip().splitlines()) == [
        '<urn:s> <urn:p> "one" .',
        '<urn:s> <urn:p> "two" .',
    ]
    assert ask(base, "ASK { <urn:s> <urn:p> 'two' }")  # the query endpoint sees it too
    replaced = requests.put(base + GSP, params=params, data="<urn:s> <urn:p> 'three' .",
                            headers={**AUTH, **TURTLE}, timeout=T)  # fmt: skip
    assert replaced.status_code == 204
    got = requests.get(base + GSP, params=params, headers={"Accept": "application/n-triples"},
                       timeout=T)  # fmt: skip
    assert got.text.strip() == '<urn:s> <urn:p> "three" .'
    deleted = requests.delete(base + GSP, params=params, headers=AUTH, timeout=T)
    assert deleted.status_code == 204
    assert requests.get(base + GSP, params=params, timeout=T).status_code == 404
    assert requests.delete(base + GSP, params=params, headers=AUTH, timeout=T).status_code == 404
    assert not ask(base, "ASK { <urn:s> <urn:p> ?o }")
    # 004 abstract: "... blocking interleukin (IL)-6 with TCZ in 7 consecutive patients with
    # refractory TA": other graphs are untouched by the round trip
    assert ask(base, f"ASK {{ ?f <{CY.drug}> <{TOCILIZUMAB}> }}")


def test_default_graph(server):
    base, _ = server
    params = {"default": ""}
    empty = requests.get(base + GSP, params=params, headers={"Accept": "application/n-triples"},
                         timeout=T)  # fmt: skip
    assert empty.status_code == 200 and empty.text.strip() == ""  # the seed data is in named graphs
    put = requests.put(base + GSP, params=params, data="<urn:d> <urn:p> 1 .",
                       headers={**AUTH, **TURTLE}, timeout=T)  # fmt: skip
    assert put.status_code == 204
    got = requests.get(base + GSP, params=params, headers={"Accept": "application/n-triples"},
                       timeout=T)  # fmt: skip
    assert got.text.strip() == '<urn:d> <urn:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'
    assert requests.delete(base + GSP, params=params, headers=AUTH, timeout=T).status_code == 204


def test_bad_uploads_publish_nothing(server):
    base, store = server
    before = version(store)
    wrong_type = requests.put(base + GSP, params={"graph": EDITS}, data="{}", timeout=T,
                              headers={**AUTH, "Content-Type": "application/json"})  # fmt: skip
    assert wrong_type.status_code == 415 and "text/turtle" in wrong_type.text
    broken = requests.put(base + GSP, params={"graph": EDITS}, data="<urn:a> <urn:b> .",
                          headers={**AUTH, **TURTLE}, timeout=T)  # fmt: skip
    assert broken.status_code == 400 and "line 1 column 17" in broken.text
    assert version(store) == before
