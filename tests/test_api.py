"""The saved-query REST API over real HTTP: create_app on the built store, waitress on a free
127.0.0.1 port, requests as the client. Answers cite the papers; injection changes nothing."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
import requests

from cytokg.config import Settings
from cytokg.identifiers import expand
from cytokg.server.app import create_app

sys.path.insert(0, str(Path(__file__).parent))
from saved_query_support import build_store  # noqa: E402
from server_support import waitress_thread  # noqa: E402

TCZ = expand("DRUGBANK:DB06273")  # identifiers.tsv: tocilizumab
TAKAYASU = expand("MONDO:0017991")  # identifiers.tsv: Takayasu arteritis
KAWASAKI = expand("MONDO:0012727")  # identifiers.tsv: Kawasaki disease
JSON = {"Accept": "application/sparql-results+json"}
T = 30  # seconds, per request


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("api"))
    app = create_app(Settings.from_env(store=store, workers=2, query_timeout=20.0))
    with waitress_thread(app) as url:
        yield url
    app.extensions["cytokg"].backend.close()


def rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def test_list(base):
    listing = requests.get(base + "/api", timeout=T).json()
    names = {q["name"] for q in listing}
    assert len(names) >= 20 and "mortality-with-without-drug" in names
    fact = next(q for q in listing if q["name"] == "fact-provenance")
    assert fact["parameters"][0] | {"enum": []} == {
        "name": "fact", "variable": "?_fact_iri", "type": "IRI", "required": True, "default": None,
        "enum": [], "multiple": True,
    }


def test_mortality_over_http_as_csv(base):
    r = requests.get(base + "/api/mortality-with-without-drug", headers={"Accept": "text/csv"},
                     timeout=T)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(r.text)))
    # 003 Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    assert {(t["treated"], t["events"], t["denominator"]) for t in table} == {
        ("true", "6", "31"), ("false", "18", "33")}
    assert "0.004" in {t["pValue"] for t in table}


def test_takayasu_markers_over_http(base):
    found = rows(requests.get(base + "/api/markers-vs-imaging", headers=JSON, timeout=T))
    # 004: "median erythrocyte sedimentation rate (ESR) reduced from 34 mm/h ... to 4.0 mm/h"
    esr = {(r["phase"], float(r["median"])) for r in found
           if r.get("markerLabel", "").startswith("ESR") and "median" in r}
    assert esr == {("before", 34.0), ("after", 4.0)}


def test_kobayashi_items_over_http(base):
    found = rows(requests.get(base + "/api/risk-score-items", params={"score": "Kobayashi"},
                              headers=JSON, timeout=T))
    # 002: "2 points for sodium <133 mmol/L"
    assert ("<133 mmol/L", "2") in {(r["threshold"], r["points"]) for r in found}
    assert len(found) == 7


def test_fact_provenance_over_http(base):
    fact = "https://w3id.org/cytokg/resource/004/treatmentexposure/tcz"
    found = rows(requests.get(base + "/api/fact-provenance", params={"fact": fact}, headers=JSON,
                              timeout=T))
    paper = next((Path(__file__).parents[1] / "cytokg/data/papers").glob("004_*.txt"))
    text = paper.read_text(encoding="utf-8")
    assert found and all(text[int(r["start"]):int(r["end"])] == r["quote"] for r in found)
    # 004: "7 received TCZ (8 mg/kg\nmonthly)" is one of the quotes behind the regimen
    assert any("8 mg/kg" in r["quote"] for r in found)


def test_multi_valued_parameter_over_http(base):
    found = rows(requests.get(base + "/api/drugs-for-disease",
                              params=[("disease", "MONDO:0012727"), ("disease", TAKAYASU)],
                              headers=JSON, timeout=T))
    assert {r["_disease_iri"] for r in found} == {KAWASAKI, TAKAYASU}


def test_construct_is_negotiated(base):
    r = requests.get(base + "/api/drug-disease-graph", headers={"Accept": "text/turtle"}, timeout=T)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    assert TCZ in r.text and r.headers["Vary"] == "Accept"
    r = requests.get(base + "/api/drug-disease-graph", params={"format": "jsonld"}, timeout=T)
    assert r.headers["Content-Type"].startswith("application/ld+json")
    r = requests.get(base + "/api/drug-disease-graph", headers={"Accept": "image/png"}, timeout=T)
    assert r.status_code == 406


@pytest.mark.parametrize(
    "payload",
    ['"> } ; DROP ALL ; #', "<x> . ?s ?p ?o", "x> } UNION { ?s ?p ?o", "javascript alert(1)",
     "http://a b", ""],
)
def test_iri_injection_is_a_400_naming_the_parameter(base, payload):
    r = requests.get(base + "/api/fact-provenance", params={"fact": payload}, timeout=T)
    assert r.status_code == 400
    assert r.json()["parameter"] == "fact"


@pytest.mark.parametrize(
    "payload",
    ['"> } ; DROP ALL ; #', "') } UNION { ?s ?p ?o } #", '" . ?s ?p ?o . FILTER("1"="1', "\\\""],
)
def test_literal_injection_gives_zero_rows_of_the_same_shape(base, payload):
    normal = requests.get(base + "/api/facts", params={"doc": "004"}, headers=JSON, timeout=T)
    evil = requests.get(base + "/api/facts", params={"doc": payload}, headers=JSON, timeout=T)
    assert evil.status_code == 200
    assert evil.json()["head"] == normal.json()["head"]  # same variables: same query shape
    assert rows(evil) == [] and len(rows(normal)) > 0


def test_typed_parameter_errors(base):
    r = requests.get(base + "/api/outcome-comparisons", params={"maxp": "1 || true"}, timeout=T)
    assert r.status_code == 400 and r.json()["parameter"] == "maxp"
    r = requests.get(base + "/api/studies", params={"page": "0"}, timeout=T)
    assert r.status_code == 400 and r.json()["parameter"] == "page"
    r = requests.get(base + "/api/studies", params={"nonsense": "1"}, timeout=T)
    assert r.status_code == 400 and r.json()["parameter"] == "nonsense"
    assert requests.get(base + "/api/no-such-query", timeout=T).status_code == 404


def test_pagination_links(base):
    first = requests.get(base + "/api/facts", headers=JSON, timeout=T)
    links = requests.utils.parse_header_links(first.headers["Link"])
    rels = {link["rel"]: link["url"] for link in links}
    assert set(rels) == {"first", "next"} and len(rows(first)) == 25
    second = requests.get(rels["next"], headers=JSON, timeout=T)
    rels2 = {link["rel"]: link["url"] for link in requests.utils.parse_header_links(
        second.headers["Link"])}
    assert rels2["prev"].endswith("page=1") and "next" in rels2
    assert not {r["fact"] for r in rows(first)} & {r["fact"] for r in rows(second)}
    # the last page has no next link and fewer than 25 rows
    page, last = 2, second
    while "next" in {x["rel"] for x in requests.utils.parse_header_links(last.headers["Link"])}:
        page += 1
        last = requests.get(base + "/api/facts", params={"page": page}, headers=JSON, timeout=T)
        assert page < 100
    assert 0 < len(rows(last)) <= 25


def test_etag_and_304(base):
    url = base + "/api/patients-per-disease"
    first = requests.get(url, headers=JSON, timeout=T)
    etag = first.headers["ETag"]
    again = requests.get(url, headers={**JSON, "If-None-Match": etag}, timeout=T)
    assert again.status_code == 304 and again.headers["ETag"] == etag and again.content == b""
    other_format = requests.get(url, headers={"Accept": "text/csv", "If-None-Match": etag},
                                timeout=T)
    assert other_format.status_code == 200 and other_format.headers["ETag"] != etag
    repeat = requests.get(url, headers=JSON, timeout=T)
    assert repeat.content == first.content and repeat.headers["ETag"] == etag


def test_openapi_and_docs(base):
    doc = requests.get(base + "/api/openapi.json", timeout=T).json()
    assert doc["openapi"].startswith("3.")
    op = doc["paths"]["/api/fact-provenance"]["get"]
    assert [p["name"] for p in op["parameters"]][0] == "fact"
    assert op["parameters"][0]["required"] is True
    assert "/api/studies" in doc["paths"]
    page = requests.get(base + "/api/docs", timeout=T)
    assert page.status_code == 200 and "openapi.json" in page.text
    assert "cdn" not in page.text.lower()


def test_ui_page_and_vendored_assets(base):
    page = requests.get(base + "/", timeout=T)
    assert page.status_code == 200 and "yasgui.min.js" in page.text
    assert "drug-doses" in page.text and "https://w3id.org/cytokg/" in page.text
    js = requests.get(base + "/static/yasgui/yasgui.min.js", timeout=T)
    assert js.status_code == 200 and len(js.content) > 500_000
    assert "cdn.jsdelivr" not in page.text and "unpkg.com" not in page.text
