"""Dereferencing our IRIs (/resource/...) as HTML, Turtle and JSON-LD; /ontology by conneg; and the
Accept parser on its own (q-values, wildcards, specificity)."""

from __future__ import annotations

import pytest
import rdflib
from server_support import QUOTE_004, TAKAYASU, TOCILIZUMAB, make_store

from cytokg.config import Settings
from cytokg.server import conneg
from cytokg.server.app import create_app
from cytokg.terms import CY, resource


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(Settings(store=make_store(tmp_path_factory.mktemp("ld")), workers=1))
    yield app.test_client()
    app.extensions["cytokg"].backend.close()


def test_resource_html_has_types_links_and_quote(client):
    r = client.get("/resource/004/treatmentexposure/tcz", headers={"Accept": "text/html"})
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "cy:TreatmentExposure" in page
    assert TOCILIZUMAB in page  # link out to the drug
    # 004: "... blocking interleukin (IL)-6 with TCZ in 7 consecutive patients with refractory TA"
    assert QUOTE_004.split("\n")[0] in page
    assert 'href="/resource/004/evidence/tcz"' in page


def test_resource_turtle_and_jsonld(client):
    iri = rdflib.URIRef(resource("004", "treatmentexposure", "tcz"))
    ttl = client.get("/resource/004/treatmentexposure/tcz", headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=ttl.get_data(as_text=True), format="turtle")
    assert g.value(iri, rdflib.URIRef(CY.forDisease)) == rdflib.URIRef(TAKAYASU)
    path = "/resource/004/treatmentexposure/tcz"
    js = client.get(path, headers={"Accept": "application/ld+json"})
    g2 = rdflib.Graph().parse(data=js.get_data(as_text=True), format="json-ld")
    assert g2.value(iri, rdflib.URIRef(CY.drug)) == rdflib.URIRef(TOCILIZUMAB)
    assert "Accept" in js.headers["Vary"]


def test_unknown_resource_404(client):
    r = client.get("/resource/999/nothing", headers={"Accept": "text/turtle"})
    assert r.status_code == 404 and "nothing is known" in r.get_data(as_text=True)


def test_ontology_html_and_missing_files_explained(client):
    html = client.get("/ontology", headers={"Accept": "text/html"})
    assert html.status_code == 200 and "TreatmentExposure" in html.get_data(as_text=True)
    ttl = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert ttl.status_code in (200, 404)
    if ttl.status_code == 404:
        assert "cytokg ontology" in ttl.get_data(as_text=True)
    else:
        g = rdflib.Graph().parse(data=ttl.get_data(as_text=True), format="turtle")
        assert (rdflib.URIRef(CY.TreatmentExposure), None, None) in g


@pytest.mark.parametrize(
    ("accept", "kind", "expected"),
    [
        (None, "results", "application/sparql-results+json"),
        ("text/csv;q=0.2, */*;q=0.1", "results", "text/csv"),
        ("text/*;q=0.9, text/tab-separated-values", "results", "text/tab-separated-values"),
        ("application/*, text/turtle;q=0.1", "graph", "application/n-triples"),
        ("application/ld+json;q=1, text/turtle;q=1", "graph", "application/ld+json"),
        ("*/*, text/turtle;q=0", "graph", "application/n-triples"),
    ],
)
def test_negotiate(accept, kind, expected):
    assert conneg.negotiate(conneg.parse_accept(accept), kind)[0] == expected


def test_nothing_fits_and_browsers():
    with pytest.raises(conneg.NotAcceptable):
        conneg.negotiate(conneg.parse_accept("image/png, text/*;q=0"), "graph")
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert conneg.wants_html(browser)
    assert not conneg.wants_html("application/sparql-results+json, text/html;q=0.5")
