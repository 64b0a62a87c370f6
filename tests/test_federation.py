"""Federation, both directions, with real servers on 127.0.0.1: our endpoint calling SERVICE into
`oxigraph serve-read-only` stand-ins of Ubergraph, UniProt and Wikidata, and pyoxigraph, rdflib and
an `oxigraph serve` instance calling SERVICE into our endpoint. Expected rows come from the
reference tables the slices are built from and from the seed store itself."""

from __future__ import annotations

import csv
import socket
import threading
import time

import pyoxigraph as ox
import pytest
import requests
from server_support import free_port, oxigraph_server, waitress_thread

from cytokg.config import REFERENCE_DIR, Settings
from cytokg.graph_build.store import current
from cytokg.identifiers import expand
from cytokg.server import federation_demo as demo
from cytokg.server.app import create_app
from cytokg.server.federation_slices import FEDERATION_DIR, SLICES, TARGETS, render

WIKIDATA = "https://query.wikidata.org/sparql"
KAWASAKI, VASCULITIS = expand("MONDO:0012727"), expand("MONDO:0018882")


def _mondo_edges() -> dict[str, set[str]]:
    parents: dict[str, set[str]] = {}
    with open(REFERENCE_DIR / "mondo_slice.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            parents.setdefault(expand(row["child_curie"]), set()).add(expand(row["parent_curie"]))
    return parents


def _facts_per_disease(store_path) -> dict[str, int]:
    store = ox.Store.read_only(str(current(store_path)))
    q = "SELECT ?d (COUNT(?f) AS ?n) { ?f <https://w3id.org/cytokg/forDisease> ?d } GROUP BY ?d"
    rows = store.query(q, use_default_graph_as_union=True)
    return {r["d"].value: int(r["n"].value) for r in rows}


@pytest.fixture(scope="module")
def tables(built_store, tmp_path_factory):
    """The offline demo end to end: stand-ins, our endpoint, every federated query; all stopped."""
    with demo.federation(built_store, tmp_path_factory.mktemp("fed"), online=False) as (url, m):
        assert set(m) == set(demo.PUBLIC_ENDPOINTS)
        result = {t.name: t for t in demo.run_all(url)}
    return result


def _rows(table) -> list[dict]:
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def test_slices_are_current_and_in_the_services_schemas():
    for name in SLICES:
        assert (FEDERATION_DIR / name).read_bytes() == render(name), f"{name}: regenerate it"
    text = (FEDERATION_DIR / "wikidata.nt").read_text()
    assert "wikidata.org/entity/Q" not in text  # no unverified Q-ids
    assert '<http://www.wikidata.org/prop/direct/P715> "DB06273"' in text


def test_every_federated_query_ran(tables):
    assert set(tables) == set(demo.federated_queries())
    assert all(t.rows for t in tables.values()), [n for n, t in tables.items() if not t.rows]


def test_mondo_rollup_matches_the_reference_hierarchy(tables, built_store):
    parents, facts = _mondo_edges(), _facts_per_disease(built_store)
    ours = [d for d in facts if d.startswith("http://purl.obolibrary.org/obo/MONDO_")]
    under = [d for d in ours if VASCULITIS in demo_closure(d, parents)]
    (row,) = [r for r in _rows(tables["mondo-ancestors"]) if r["ancestor"] == VASCULITIS]
    assert row["ancestorLabel"] == "vasculitis"
    assert int(row["diseases"]) == len(under) >= 2  # Kawasaki disease, Takayasu arteritis
    assert int(row["facts"]) == sum(facts[d] for d in under)


def demo_closure(node: str, parents: dict[str, set[str]]) -> set[str]:
    seen, todo = set(), list(parents.get(node, ()))
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo.extend(parents.get(p, ()))
    return seen


def test_kawasaki_siblings_without_evidence(tables, built_store):
    parents, facts = _mondo_edges(), _facts_per_disease(built_store)
    expected = {(p, c) for c, ps in parents.items() for p in ps & parents[KAWASAKI]
                if c != KAWASAKI and c not in facts}
    got = {(r["parent"], r["sibling"]) for r in _rows(tables["mondo-siblings-without-evidence"])}
    assert got == expected and (VASCULITIS, expand("MONDO:0003346")) in got


def test_uniprot_names_of_the_blockers_targets(tables):
    # identifiers.tsv: DrugBank targets DB06273/DB11767 -> P08887 (IL6R), DB00026 -> P14778 (IL1R1),
    # DB06168 -> P01584 (IL1B), DB09036 -> P05231 (IL6, DrugMechDB).
    got = {(r["drugLabel"].lower(), r["protein"].rsplit("/", 1)[1], r["gene"], r["fullName"])
           for r in _rows(tables["uniprot-target-names"])}
    assert got == {
        ("tocilizumab", "P08887", "IL6R", ""), ("sarilumab", "P08887", "IL6R", ""),
        ("anakinra", "P14778", "IL1R1", "Interleukin-1 receptor type 1"),
        ("canakinumab", "P01584", "IL1B", ""), ("siltuximab", "P05231", "IL6", "Interleukin-6"),
    }


def test_targets_by_disease_includes_il6r_in_takayasu(tables):
    # 004 abstract: "blocking interleukin (IL)-6 with TCZ in 7 consecutive patients with
    # refractory TA"
    rows = _rows(tables["uniprot-targets-by-disease"])
    assert any(r["disease"] == expand("MONDO:0017991") and r["gene"] == "IL6R"
               and "tocilizumab" in r["drugs"] for r in rows)


def test_wikidata_drug_labels_and_target_genes(tables):
    labels = {r["drugbankId"]: r["wikidataLabel"] for r in _rows(tables["wikidata-drug-labels"])}
    assert labels == {"DB06273": "tocilizumab", "DB11767": "sarilumab", "DB09036": "siltuximab",
                      "DB00026": "anakinra", "DB06168": "canakinumab"}
    genes = _rows(tables["wikidata-target-genes"])
    assert {r["symbol"] for r in genes} == {s for _, s, _ in TARGETS.values()}
    assert all(r["agrees"] == "true" for r in genes)


def test_into_cytokg_from_pyoxigraph(tables):
    # 004 abstract: "blocking interleukin (IL)-6 with TCZ in 7 consecutive patients with
    # refractory TA"
    labels = {r["drugLabel"].lower() for r in _rows(tables["into-cytokg"])}
    assert "tocilizumab" in labels


# --- policy: allowlist, dead and slow remotes -------------------------------------------------


@pytest.fixture(scope="module")
def guarded(built_store):
    """Our endpoint: Wikidata mapped to a dead port, UniProt to a server that never answers."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    slow = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql"
    settings = Settings(store=built_store, workers=1, service_timeout=1.5, service_map=(
        (WIKIDATA, f"http://127.0.0.1:{free_port()}/query"),
        ("https://sparql.uniprot.org/sparql", slow)))
    app = create_app(settings)
    try:
        with waitress_thread(app) as base:
            yield base + "/sparql"
    finally:
        app.extensions["cytokg"].backend.close()
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        silent.close()


@pytest.mark.parametrize("target", ["http://127.0.0.2:9/sparql", "http://example.org/sparql"])
def test_allowlist_refuses_other_hosts(guarded, target):
    query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
    r = requests.post(guarded, data={"query": query}, timeout=20)
    assert r.status_code == 403 and target in r.text and "allowlist" in r.text


def test_dead_remote_is_a_clear_error_and_silent_gives_empty(guarded):
    query = f"SELECT ?s WHERE {{ SERVICE <{WIKIDATA}> {{ ?s ?p ?o }} }}"
    r = requests.post(guarded, data={"query": query}, timeout=20)
    # the per-call SERVICE relay names the endpoint as the query wrote it (server.service_relay)
    assert r.status_code == 502 and f"SERVICE <{WIKIDATA}> could not be reached" in r.text
    silent = query.replace("SERVICE", "SERVICE SILENT")
    r = requests.post(guarded, data={"query": silent}, timeout=20,
                      headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert all(not b for b in r.json()["results"]["bindings"])


def test_slow_remote_times_out_per_service_call(guarded):
    query = "SELECT ?s WHERE { SERVICE <https://sparql.uniprot.org/sparql> { ?s ?p ?o } }"
    started = time.monotonic()
    r = requests.post(guarded, data={"query": query}, timeout=30)
    assert r.status_code == 504 and "SERVICE" in r.text and "1.5 s" in r.text
    assert time.monotonic() - started < 10
    # the endpoint keeps answering afterwards
    ok = requests.post(guarded, data={"query": "ASK { ?s ?p ?o }"}, timeout=20,
                       headers={"Accept": "application/sparql-results+json"})
    assert ok.json()["boolean"] is True


# --- the other direction: external engines calling SERVICE into our endpoint ------------------


@pytest.fixture(scope="module")
def into_query(built_store):
    app = create_app(Settings(store=built_store, workers=1))
    try:
        with waitress_thread(app) as base:
            text = demo.federated_queries()[demo.INTO_QUERY].query
            yield text.replace(demo.OUR_DEFAULT_ENDPOINT, base + "/sparql")
    finally:
        app.extensions["cytokg"].backend.close()


def test_rdflib_federates_into_us(into_query):
    import rdflib

    rows = rdflib.Graph().query(into_query)
    assert "Tocilizumab" in {str(r.drugLabel) for r in rows}


def test_oxigraph_serve_federates_into_us(into_query, tmp_path):
    empty = ox.Store(str(tmp_path / "empty"))
    empty.flush()
    del empty
    with oxigraph_server(tmp_path / "empty") as url:
        r = requests.post(url, data={"query": into_query}, timeout=30,
                          headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    assert "Tocilizumab" in {b["drugLabel"]["value"] for b in r.json()["results"]["bindings"]}
