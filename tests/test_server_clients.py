"""Real clients against a real server: SPARQLWrapper (JSON, XML), rdflib's SPARQLStore, pyoxigraph
SERVICE from an in-memory store; `cytokg serve` (waitress) as a subprocess with --backend, and an
unreachable backend; `cytokg query` on the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib
import requests
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from server_support import (
    ANAKINRA,
    TAKAYASU,
    TOCILIZUMAB,
    free_port,
    make_store,
    oxigraph_server,
    wait_until_up,
    waitress_thread,
)
from SPARQLWrapper import JSON, XML, SPARQLWrapper

from cytokg.config import Settings
from cytokg.server.app import create_app
from cytokg.terms import CY

DRUGS = f"SELECT ?d WHERE {{ ?f <{CY.drug}> ?d }} ORDER BY ?d"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("clients"))


@pytest.fixture(scope="module")
def endpoint(store):
    app = create_app(Settings(store=store, workers=1))
    with waitress_thread(app) as base:
        yield base + "/sparql"
    app.extensions["cytokg"].backend.close()


def test_sparqlwrapper_json_and_xml(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(DRUGS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["d"]["value"] for r in rows] == [ANAKINRA, TOCILIZUMAB]
    client.setReturnFormat(XML)
    doc = client.query().convert()
    uris = [node.firstChild.data for node in doc.getElementsByTagName("uri")]
    assert uris == [ANAKINRA, TOCILIZUMAB]


def test_rdflib_sparqlstore(endpoint):
    graph = rdflib.Graph(SPARQLStore(endpoint, returnFormat="json"))
    diseases = {str(o) for o in graph.objects(None, rdflib.URIRef(CY.forDisease))}
    assert TAKAYASU in diseases


def test_pyoxigraph_service_into_endpoint(endpoint):
    local = ox.Store()
    rows = local.query(f"SELECT ?d WHERE {{ SERVICE <{endpoint}> {{ ?f <{CY.drug}> ?d }} }}")
    assert sorted(r["d"].value for r in rows) == [ANAKINRA, TOCILIZUMAB]


def _cli(*args, **kw):
    return [sys.executable, "-m", "cytokg", *args]


def test_cytokg_serve_with_remote_backend_and_unreachable(store):
    with oxigraph_server(store.resolve()) as upstream:
        port = free_port()
        proc = subprocess.Popen(
            _cli("serve", "--backend", upstream, "--port", str(port), "--timeout", "5"),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}/sparql"
            wait_until_up(base)
            r = requests.get(base, params={"query": DRUGS}, timeout=20)
            assert [b["d"]["value"] for b in r.json()["results"]["bindings"]] == [
                ANAKINRA, TOCILIZUMAB,
            ]  # fmt: skip
        finally:
            proc.terminate()
            proc.wait(10)
    dead = Settings(store=store, backend=f"http://127.0.0.1:{free_port()}/query")
    app = create_app(dead)
    with waitress_thread(app) as base:
        r = requests.get(base + "/sparql", params={"query": DRUGS}, timeout=20)
    assert r.status_code == 502 and "unreachable" in r.text


def test_cytokg_query_command(store):
    out = subprocess.run(
        _cli("query", "--store", str(store), "--format", "json", DRUGS),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["results"]["bindings"]
    assert [r["d"]["value"] for r in rows] == [ANAKINRA, TOCILIZUMAB]
    table = subprocess.run(
        _cli("query", "--store", str(store), DRUGS), capture_output=True, text=True, timeout=60
    )
    assert TOCILIZUMAB in table.stdout and "(2 rows)" in table.stdout
    bad = subprocess.run(
        _cli("query", "--store", str(store), "SELECT * WHERE { ?s }"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 1 and "line 1" in bad.stderr
