"""One behaviour suite, two backends: the seed store served by `cytokg serve --store` (embedded)
and by `oxigraph serve-read-only` behind `cytokg serve --backend` (remote), all real processes on
127.0.0.1. The same expectations run on both: every saved query with its defaults (and the same
answer on both), bound parameters and injection payloads, ETag/304, pagination links, linked-data
pages, the service description, time limits, and an unreachable backend.

A recording proxy sits between our server and oxigraph, so the remote tests also check the query
text the engine received (bound values as one escaped term in a VALUES row).
"""

from __future__ import annotations

import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import requests
from rdflib.compare import isomorphic

sys.path.insert(0, str(Path(__file__).parent))
from backend_stack import cytokg_serve, free_port, oxigraph_serve, serve  # noqa: E402

from cytokg.config import PAPERS_DIR  # noqa: E402
from cytokg.graph_build import store as store_mod  # noqa: E402
from cytokg.identifiers import expand  # noqa: E402
from cytokg.server.query_library import default_library  # noqa: E402
from cytokg.terms import CY, SD, VOID  # noqa: E402

KINDS = ("embedded", "remote")
TCZ = expand("DRUGBANK:DB06273")  # identifiers.tsv: tocilizumab
ANAKINRA = expand("DRUGBANK:DB00026")  # identifiers.tsv: anakinra
KAWASAKI = expand("MONDO:0012727")  # identifiers.tsv: Kawasaki disease
TAKAYASU = expand("MONDO:0017991")  # identifiers.tsv: Takayasu arteritis
SEPTIC_SHOCK = expand("MESH:D012772")  # identifiers.tsv: septic shock
FACT_004 = "https://w3id.org/cytokg/resource/004/treatmentexposure/tcz"
ARGS = {"fact-provenance": {"fact": FACT_004}}  # its only required parameter without default
JSON = {"Accept": "application/sparql-results+json"}
T = 30  # seconds: bound on every request
LIBRARY = default_library()


@pytest.fixture(scope="module")
def stacks(built_store):
    with serve("embedded", built_store) as embedded, serve("remote", built_store) as remote:
        yield {"embedded": embedded, "remote": remote}


@pytest.fixture(scope="module", params=KINDS)
def stack(request, stacks):
    return stacks[request.param]


def get(stack, name: str, headers=JSON, **params) -> requests.Response:
    return requests.get(f"{stack.base}/api/{name}", params=params, headers=headers, timeout=T)


def rows(response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def engine_queries(stack) -> list[str]:
    return stack.proxy.queries() if stack.proxy else []


def normalised(name: str, response) -> object:
    """An answer compared across backends: SELECT rows as a sorted multiset (blank nodes and the
    undefined order inside GROUP_CONCAT values factored out), ASK as a boolean, graphs as rdflib."""
    assert response.status_code == 200, f"{name}: {response.status_code} {response.text[:300]}"
    if LIBRARY[name].query_type in {"construct", "describe"}:
        return rdflib.Graph().parse(data=response.text, format="turtle")
    body = response.json()
    if "boolean" in body:
        return body["boolean"]
    concat = set(re.findall(r"GROUP_CONCAT\(.*?\)\s+AS\s+\?(\w+)", LIBRARY[name].query, re.S))
    out = []
    for binding in body["results"]["bindings"]:
        cells = []
        for var, term in sorted(binding.items()):
            value = "_:b" if term["type"] == "bnode" else term["value"]
            if var in concat:
                value = ", ".join(sorted(value.split(", ")))
            extra = term.get("datatype") or term.get("xml:lang") or ""
            cells.append((var, term["type"], value, extra))
        out.append(tuple(cells))
    return sorted(out)


# --- every saved query: answers, and the same answer on both backends --------------------------


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_saved_query_with_defaults_same_on_both_backends(stacks, name):
    accept = {"Accept": "text/turtle"} if LIBRARY[name].query_type == "construct" else JSON
    answers = [normalised(name, get(stacks[k], name, accept, **ARGS.get(name, {}))) for k in KINDS]
    if isinstance(answers[0], rdflib.Graph):
        assert len(answers[0]) > 0 and isomorphic(*answers)
    else:
        assert answers[0] == answers[1]
        assert answers[0] not in ([], None), f"{name} answers nothing on the seed store"


def test_blockers_by_disease(stack):
    pairs = {(r["drug"], r["disease"]) for r in rows(get(stack, "blockers-by-disease"))}
    # 004: "We retrospectively assessed the outcome of blocking interleukin (IL)-6 with TCZ in 7"
    # 001: "successfully treated with Anakinra 3 months with 5 years of follow-up."
    assert {(TCZ, TAKAYASU), (ANAKINRA, KAWASAKI)} <= pairs
    il1 = rows(get(stack, "blockers-by-disease", pathway=str(CY.IL1PathwayBlocker)))
    assert {r["drug"] for r in il1} == {ANAKINRA}


def test_mortality_with_and_without_tocilizumab(stack):
    found = rows(get(stack, "mortality-with-without-drug"))
    # 003 Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    assert {(r["treated"], r["events"], r["denominator"]) for r in found} == {
        ("true", "6", "31"), ("false", "18", "33")}  # fmt: skip
    assert "0.004" in {r.get("pValue") for r in found}


def test_patients_per_disease(stack):
    found = {r["disease"]: r["patients"] for r in rows(get(stack, "patients-per-disease"))}
    # 004: "Seven female patients with TA treated with TCZ were included in our study."
    assert found[TAKAYASU] == "7"
    # 003: "tocilizumab (# =31) and control (z=33) groups"
    assert found[SEPTIC_SHOCK] == "64"


def test_takayasu_markers(stack):
    found = rows(get(stack, "markers-vs-imaging"))
    # 004: "median erythrocyte sedimentation rate (ESR) reduced from 34 mm/h (IQR 31–40) to 4.0
    # mm/h (IQR 2.0–15; p = 0.028)"
    esr = {(r["phase"], float(r["median"])) for r in found
           if r.get("markerLabel", "").startswith("ESR") and "median" in r}  # fmt: skip
    assert esr == {("before", 34.0), ("after", 4.0)}


def test_fact_provenance_quotes_match_the_paper(stack):
    found = rows(get(stack, "fact-provenance", fact=FACT_004))
    text = next(PAPERS_DIR.glob("004_*.txt")).read_text(encoding="utf-8")
    assert found and all(text[int(r["start"]) : int(r["end"])] == r["quote"] for r in found)
    # 004: "7 received TCZ (8 mg/kg monthly)"
    assert any("8 mg/kg" in r["quote"] for r in found)


def test_ask_true_and_false(stack):
    # 004 reports tocilizumab in Takayasu arteritis (the defaults)
    assert get(stack, "drug-used-for-disease").json()["boolean"] is True
    # no paper reports anakinra for septic shock (003 used tocilizumab)
    no = get(stack, "drug-used-for-disease", drug="DRUGBANK:DB00026", disease="MESH:D012772")
    assert no.json()["boolean"] is False


# --- bound parameters ------------------------------------------------------------------------


def test_typed_and_multi_valued_parameters(stack):
    before = len(engine_queries(stack))
    found = rows(get(stack, "outcome-comparisons", maxp="0.01"))
    # 003 Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    assert "0.004" in {r["pValue"] for r in found}
    assert all(float(r["pValue"]) <= 0.01 for r in found)
    both = rows(get(stack, "drugs-for-disease", disease=["MONDO:0012727", TAKAYASU]))
    assert {(TCZ, TAKAYASU), (ANAKINRA, KAWASAKI)} <= {(r["drug"], r["_disease_iri"]) for r in both}
    if stack.proxy:  # the typed value reached the engine as one typed literal in a VALUES row
        sent = engine_queries(stack)[before:]
        decimal = '"0.01"^^<http://www.w3.org/2001/XMLSchema#decimal>'
        assert any(f"VALUES (?__maxp_decimal) {{ ({decimal}) }}" in q for q in sent)


LITERAL_PAYLOADS = ['"> } ; DROP ALL ; #', "') } UNION { ?s ?p ?o } #",
                    '" . ?s ?p ?o . FILTER("1"="1', '\\"', "\\u0022 }"]  # fmt: skip


@pytest.mark.parametrize("payload", LITERAL_PAYLOADS)
def test_literal_injection_zero_rows_same_shape(stack, payload):
    before = len(engine_queries(stack))
    normal = get(stack, "facts", doc="004")
    evil = get(stack, "facts", doc=payload)
    assert evil.status_code == 200
    assert evil.json()["head"] == normal.json()["head"]
    assert rows(evil) == [] and len(rows(normal)) > 0
    if stack.proxy:
        term = str(ox.Literal(payload))
        sent = [q for q in engine_queries(stack)[before:] if term in q]
        assert sent, "the payload never reached the engine as an escaped literal"
        for query in sent:
            assert f"VALUES (?__doc) {{ ({term}) }}" in query
            result = ox.Store().query(query)  # still one well-formed query of the same shape
            assert [v.value for v in result.variables] == ["__doc", "doc", "fact", "kind", "label"]


@pytest.mark.parametrize("payload", ['"> } ; DROP ALL ; #', "<x> . ?s ?p ?o", "http://a b", ""])
def test_iri_injection_is_refused_before_the_engine(stack, payload):
    before = len(engine_queries(stack))
    r = get(stack, "fact-provenance", fact=payload)
    assert r.status_code == 400 and r.json()["parameter"] == "fact"
    assert len(engine_queries(stack)) == before


# --- caching and pagination ------------------------------------------------------------------


def test_etag_304_and_cache(stack):
    first = get(stack, "patients-per-disease")
    etag = first.headers["ETag"]
    sent = len(engine_queries(stack))
    again = get(stack, "patients-per-disease", headers={**JSON, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == etag
    repeat = get(stack, "patients-per-disease")
    assert repeat.content == first.content and repeat.headers["ETag"] == etag
    assert len(engine_queries(stack)) == sent  # neither the 304 nor the repeat reached the engine
    csv_headers = {"Accept": "text/csv", "If-None-Match": etag}
    as_csv = get(stack, "patients-per-disease", headers=csv_headers)
    assert as_csv.status_code == 200 and as_csv.headers["ETag"] != etag


def links(response) -> dict[str, str]:
    return {x["rel"]: x["url"] for x in requests.utils.parse_header_links(response.headers["Link"])}


def test_pagination_links(stack):
    first = get(stack, "facts")
    assert set(links(first)) == {"first", "next"} and len(rows(first)) == 25
    second = requests.get(links(first)["next"], headers=JSON, timeout=T)
    assert links(second)["prev"].endswith("page=1") and "next" in links(second)
    assert not {r["fact"] for r in rows(first)} & {r["fact"] for r in rows(second)}


# --- linked data and the service description -------------------------------------------------


def test_resource_pages(stack):
    path = f"{stack.base}/resource/004/treatmentexposure/tcz"
    html = requests.get(path, headers={"Accept": "text/html"}, timeout=T)
    assert html.status_code == 200 and "cy:TreatmentExposure" in html.text
    assert TAKAYASU in html.text and 'href="/resource/004/' in html.text
    ttl = requests.get(path, headers={"Accept": "text/turtle"}, timeout=T)
    assert ttl.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=ttl.text, format="turtle")
    fact = rdflib.URIRef(FACT_004)
    assert g.value(fact, rdflib.URIRef(CY.forDisease)) == rdflib.URIRef(TAKAYASU)
    assert g.value(fact, rdflib.URIRef(CY.drug)) == rdflib.URIRef(TCZ)
    missing = requests.get(f"{stack.base}/resource/999/nothing", headers={"Accept": "text/turtle"},
                           timeout=T)  # fmt: skip
    assert missing.status_code == 404 and "nothing is known" in missing.text


def test_resource_turtle_same_on_both(stacks):
    graphs = [
        rdflib.Graph().parse(data=requests.get(
            f"{stacks[k].base}/resource/004/treatmentexposure/tcz",
            headers={"Accept": "text/turtle"}, timeout=T).text, format="turtle")
        for k in KINDS
    ]  # fmt: skip
    assert len(graphs[0]) > 5 and isomorphic(*graphs)


def test_service_description_counts_the_store(stack, built_store):
    r = requests.get(f"{stack.base}/sparql", headers={"Accept": "text/turtle"}, timeout=T)
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd, void = rdflib.Namespace(SD), rdflib.Namespace(VOID)
    (service,) = g.subjects(rdflib.RDF.type, sd.Service)
    db = store_mod.open_read_only(built_store)
    names = {n.value for n in db.named_graphs()}
    assert {str(o) for o in g.objects(None, sd.name)} == names
    (dataset,) = g.objects(service, sd.defaultDataset)
    (default,) = g.objects(dataset, sd.defaultGraph)
    assert int(g.value(default, void.triples)) == len(db)  # every quad sits in a named graph


# --- time limits and failures ----------------------------------------------------------------

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(
    f"?s{i} ?p{i} ?o{i} ." for i in range(8)
) + " }"
SIMPLE = f"SELECT ?d WHERE {{ ?f <{CY.drug}> ?d }} LIMIT 5"


@pytest.mark.parametrize("kind", KINDS)
def test_runaway_query_times_out_while_others_answer(kind, built_store):
    with serve(kind, built_store, record=False, timeout=10) as own:
        sparql = own.base + "/sparql"
        with ThreadPoolExecutor(max_workers=2) as pool:
            started = time.monotonic()
            runaway = pool.submit(requests.get, sparql, params={"query": RUNAWAY, "timeout": "1"},
                                  headers=JSON, timeout=T)  # fmt: skip
            others, client = [], requests.Session()  # one keep-alive connection, as clients do
            while not runaway.done() and time.monotonic() - started < 15:
                others.append(client.get(sparql, params={"query": SIMPLE}, timeout=T))
                time.sleep(0.05)
            killed = runaway.result()
        assert killed.status_code == 504, killed.text
        # embedded: "exceeded the time limit of 1 s"; remote: "did not answer within 1 s"
        assert re.search(r"(time limit of|within) 1 s", killed.text), killed.text
        assert time.monotonic() - started < 10
        assert others and all(r.status_code == 200 for r in others)
        assert all(len(r.json()["results"]["bindings"]) == 5 for r in others)
        after = requests.get(sparql, params={"query": SIMPLE}, timeout=T)
        assert after.status_code == 200 and len(after.json()["results"]["bindings"]) > 0


def test_unreachable_backend_then_back(built_store):
    port = free_port()
    engine = f"http://127.0.0.1:{port}/query"
    with cytokg_serve("--backend", engine) as base:
        down = [
            requests.get(base + "/sparql", params={"query": SIMPLE}, headers=JSON, timeout=T),
            requests.get(base + "/api/patients-per-disease", headers=JSON, timeout=T),
            requests.get(base + "/resource/004/treatmentexposure/tcz", headers=JSON, timeout=T),
        ]
        for r in down:
            assert r.status_code == 502, r.text
            assert "unreachable" in r.text and engine in r.text  # plain text or JSON by Accept
        # The engine comes up: answers are whole again (no empty answer kept from the outage).
        with oxigraph_serve(built_store.resolve(), port=port):
            found = rows(requests.get(base + "/api/patients-per-disease", headers=JSON, timeout=T))
            # 004: "Seven female patients with TA treated with TCZ were included in our study."
            assert {r["disease"]: r["patients"] for r in found}[TAKAYASU] == "7"
