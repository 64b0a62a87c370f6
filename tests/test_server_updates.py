"""SPARQL Update over real HTTP: refused by default, 401 without the token, and with it applied to a
copy of the store that is published as a new version; failed updates publish nothing; LOAD and
SERVICE obey the allowlist; saved-query ETags and cached results change with the version."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from SPARQLWrapper import POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import Unauthorized

from cytokg.graph_build import store as store_mod
from cytokg.terms import CY, graph

sys.path.insert(0, str(Path(__file__).parent))
from server_support import TAKAYASU, TOCILIZUMAB  # noqa: E402
from update_support import AUTH, TOKEN, T, ask, serve, version  # noqa: E402

JSON = {"Accept": "application/json"}
# 004 abstract: "We retrospectively assessed the outcome of blocking interleukin (IL)-6 with TCZ
# in 7 consecutive patients with refractory TA": the test store has that exposure (fact_quads).
TCZ_EXPOSURE = f"ASK {{ ?f <{CY.drug}> <{TOCILIZUMAB}> ; <{CY.forDisease}> <{TAKAYASU}> }}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("writable")) as (base, store):
        yield base, store


def unpublished(store: Path) -> list[str]:
    """Copies left behind by writes (a failed write must discard its copy)."""
    names = [p.name for p in store_mod.versions_dir(store).iterdir()]
    return [name for name in names if name.startswith("building-")]


def update(base: str, text: str, headers: dict | None = None) -> requests.Response:
    return requests.post(base + "/sparql", data={"update": text}, headers=headers, timeout=T)


def test_refused_by_default(tmp_path):
    with serve(tmp_path, allow_updates=False, update_token=None) as (base, store):
        before = version(store)
        r = update(base, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", AUTH)
        assert r.status_code == 403 and "disabled" in r.text
        gsp = requests.put(base + "/rdf-graphs", params={"graph": "urn:g"},
                           data="<urn:a> <urn:b> 1 .", timeout=T,
                           headers={**AUTH, "Content-Type": "text/turtle"})  # fmt: skip
        assert gsp.status_code == 403
        assert version(store) == before


def test_401_without_token_and_with_a_wrong_one(server):
    base, store = server
    before = version(store)
    client = SPARQLWrapper(base + "/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:anon> <urn:b> <urn:c> }")
    with pytest.raises(Unauthorized):
        client.query()
    bare = update(base, "INSERT DATA { <urn:anon> <urn:b> <urn:c> }")
    assert bare.status_code == 401 and bare.headers["WWW-Authenticate"].startswith("Bearer")
    wrong_token = {"Authorization": "Bearer x"}
    wrong = update(base, "INSERT DATA { <urn:anon> <urn:b> <urn:c> }", wrong_token)
    assert wrong.status_code == 401
    assert version(store) == before and not ask(base, "ASK { <urn:anon> ?p ?o }")


def test_update_with_token_is_published_and_visible(server):
    base, store = server
    before = version(store)
    old_dir = store_mod.current(store)
    reader = ox.Store.read_only(str(old_dir))  # a reader holding the old version
    client = SPARQLWrapper(base + "/sparql")
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    reviewed = "<urn:test:reviewed>"  # a test-only predicate, not in our vocabulary
    # updates see the stored default graph (no union, unlike queries): name the graphs
    client.setQuery(f"INSERT {{ GRAPH <urn:test:review> {{ ?f {reviewed} true }} }} "
                    f"WHERE {{ GRAPH ?g {{ ?f <{CY.drug}> <{TOCILIZUMAB}> }} }}")
    result = client.query()
    assert result.response.status == 200
    assert version(store) != before and store_mod.current(store) != old_dir
    # the next query sees the change: exactly the one tocilizumab exposure of the 004 abstract
    r = requests.get(base + "/sparql", timeout=T,
                     params={"query": f"SELECT ?f WHERE {{ ?f {reviewed} true }}"})  # fmt: skip
    rows = r.json()["results"]["bindings"]
    assert len(rows) == 1 and rows[0]["f"]["value"].endswith("/004/treatmentexposure/tcz")
    # the old version is untouched and still answers its reader
    assert not reader.query(f"ASK {{ GRAPH ?g {{ ?f {reviewed} true }} }}")
    assert reader.query(f"ASK {{ GRAPH ?g {{ ?f <{CY.drug}> <{TOCILIZUMAB}> }} }}")
    del reader


def test_update_as_sparql_update_body(server):
    base, _ = server
    r = requests.post(base + "/sparql", data=b"INSERT DATA { <urn:body> <urn:b> <urn:c> }",
                      headers={**AUTH, "Content-Type": "application/sparql-update"}, timeout=T)
    assert r.status_code == 200, r.text
    assert ask(base, "ASK { <urn:body> <urn:b> <urn:c> }")


def test_failed_update_publishes_nothing(server):
    base, store = server
    before, before_dir = version(store), store_mod.current(store)
    bad = update(base, "INSERT DATA { <urn:x> <urn:y> }", {**AUTH, **JSON})
    assert bad.status_code == 400
    body = bad.json()
    assert (body["line"], body["column"]) == (1, 31) and "expected" in body["error"]
    assert version(store) == before and store_mod.current(store) == before_dir
    assert not unpublished(store)
    assert ask(base, TCZ_EXPOSURE)  # the old version still answers


def test_load_and_service_obey_the_allowlist(server):
    base, store = server
    before = version(store)
    load = update(base, "LOAD <http://169.254.169.254/latest/meta-data> INTO GRAPH <urn:x>", AUTH)
    assert load.status_code == 403 and "169.254.169.254" in load.text
    prefixed = update(base, "PREFIX e: <http://evil.example/> LOAD SILENT e:data", AUTH)
    assert prefixed.status_code == 403 and "evil.example" in prefixed.text
    service = update(base, "INSERT { ?s ?p ?o } WHERE { SERVICE <http://evil.example/sparql> "
                           "{ ?s ?p ?o } }", AUTH)  # fmt: skip
    assert service.status_code == 403 and "evil.example" in service.text
    assert version(store) == before


def test_load_from_an_allowlisted_host(server):
    base, _ = server
    source = graph("004", "assertion")
    url = f"{base}/rdf-graphs?graph={requests.utils.quote(source, safe='')}"
    r = update(base, f"LOAD <{url}> INTO GRAPH <urn:loaded>", AUTH)
    assert r.status_code == 200, r.text
    assert ask(base, f"ASK {{ GRAPH <urn:loaded> {{ ?f <{CY.drug}> <{TOCILIZUMAB}> }} }}")


def test_concurrent_updates_are_serialised(server):
    base, _ = server
    answers = []

    def insert(i: int) -> None:
        answers.append(update(base, f"INSERT DATA {{ <urn:c{i}> <urn:n> {i} }}", AUTH).status_code)

    threads = [threading.Thread(target=insert, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(3 * T)
    assert answers == [200, 200, 200]
    # no update was lost to another working on a stale copy
    assert ask(base, "ASK { <urn:c0> <urn:n> 0 . <urn:c1> <urn:n> 1 . <urn:c2> <urn:n> 2 }")


def test_saved_query_etag_and_cache_follow_the_version(server):
    base, _ = server
    url = base + "/api/patients-per-disease"
    accept = {"Accept": "application/sparql-results+json"}
    first = requests.get(url, headers=accept, timeout=T)
    etag = first.headers["ETag"]
    cached = requests.get(url, headers={**accept, "If-None-Match": etag}, timeout=T)
    assert cached.status_code == 304
    assert first.json()["results"]["bindings"] == []  # the test store has no cy:Study yet
    # 004 abstract: "... with TCZ in 7 consecutive patients with refractory TA"
    study = f"""INSERT DATA {{ GRAPH <urn:test:studies> {{
        <https://w3id.org/cytokg/resource/004/study/test> a <{CY.Study}> ;
          <{CY.studiedDisease}> <{TAKAYASU}> ; <{CY.numberOfPatients}> 7 }} }}"""
    assert update(base, study, AUTH).status_code == 200
    after = requests.get(url, headers={**accept, "If-None-Match": etag}, timeout=T)
    assert after.status_code == 200 and after.headers["ETag"] != etag
    (row,) = after.json()["results"]["bindings"]
    assert row["disease"]["value"] == TAKAYASU and row["patients"]["value"] == "7"


def test_runaway_update_is_killed_and_publishes_nothing(tmp_path):
    with serve(tmp_path, query_timeout=3.0) as (base, store):
        before = version(store)
        # the test store's 12 filler comments, joined 7 ways: 12**7 rows, far past 3 s
        joins = " ".join(f"?s{i} <http://www.w3.org/2000/01/rdf-schema#comment> ?o{i} ."
                         for i in range(7))  # fmt: skip
        slow = f"INSERT {{ GRAPH <urn:test:slow> {{ <urn:x> <urn:y> ?o0 }} }} " \
               f"WHERE {{ GRAPH ?g {{ {joins} }} }}"  # fmt: skip
        r = update(base, slow, {**AUTH, **JSON})
        assert r.status_code == 504 and "3 s" in r.json()["error"]
        assert version(store) == before
        assert not unpublished(store)
        assert ask(base, TCZ_EXPOSURE)
