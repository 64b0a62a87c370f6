"""SERVICE allowlist (no server-side request forgery), endpoint mapping, and the update token."""

from __future__ import annotations

import pytest
import requests
from server_support import ANAKINRA, make_store, waitress_thread

from cytokg.config import Settings
from cytokg.server.app import create_app
from cytokg.server.service_policy import ServicePolicy, ServiceRefused, apply, service_calls
from cytokg.terms import CY

POLICY = ServicePolicy(
    frozenset({"https://query.wikidata.org/sparql"}),
    (("https://query.wikidata.org/sparql", "http://127.0.0.1:9/stand-in"),),
)


def test_service_iris_found_past_comments_strings_and_prefixes():
    query = """PREFIX ex: <http://evil.example/>
    # SERVICE <http://in-a-comment.example/>
    SELECT * WHERE { ?s ?p "SERVICE <http://in-a-string.example/>" .
      SERVICE SILENT ex:sparql { ?a ?b ?c } }"""
    assert [iri for _, _, iri, _ in service_calls(query)] == ["http://evil.example/sparql"]
    with pytest.raises(ServiceRefused, match="evil.example"):
        apply(POLICY, query)


def test_variable_service_refused_and_mapping_applied():
    with pytest.raises(ServiceRefused, match=r"\?endpoint"):
        apply(POLICY, "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }")
    mapped = apply(POLICY, "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }")
    assert "<http://127.0.0.1:9/stand-in>" in mapped and "wikidata" not in mapped


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Our endpoint twice: 'upstream' with the data, and 'front' allowed to federate into it."""
    upstream_app = create_app(Settings(store=make_store(tmp_path_factory.mktemp("up")), workers=1))
    with waitress_thread(upstream_app) as upstream:
        settings = Settings(
            store=make_store(tmp_path_factory.mktemp("front")),
            workers=1,
            service_allowlist=(upstream + "/sparql",),
            allow_updates=True,
            update_token="s3cret",
        )
        front_app = create_app(settings)
        with waitress_thread(front_app) as front:
            yield upstream + "/sparql", front + "/sparql"
        front_app.extensions["cytokg"].backend.close()
    upstream_app.extensions["cytokg"].backend.close()


def test_forbidden_service_is_403(servers):
    _, front = servers
    query = "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/> { ?s ?p ?o } }"
    r = requests.get(front, params={"query": query}, timeout=20)
    assert r.status_code == 403 and "169.254.169.254" in r.text
    assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_allowed_service_federates(servers):
    upstream, front = servers
    query = f"SELECT ?d WHERE {{ SERVICE <{upstream}> {{ ?f <{CY.drug}> ?d }} }} ORDER BY ?d"
    r = requests.get(front, params={"query": query}, timeout=20)
    assert r.status_code == 200, r.text
    assert r.json()["results"]["bindings"][0]["d"]["value"] == ANAKINRA


def test_update_needs_token_and_is_applied_with_it(servers):
    _, front = servers
    update = {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}
    anonymous = requests.post(front, data=update, timeout=20)
    assert anonymous.status_code == 401 and "Bearer" in anonymous.headers["WWW-Authenticate"]
    wrong = requests.post(front, data=update, headers={"Authorization": "Bearer nope"}, timeout=20)
    assert wrong.status_code == 401
    ask = requests.get(front, params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}, timeout=20)
    assert ask.json()["boolean"] is False
    token = {"Authorization": "Bearer s3cret"}
    right = requests.post(front, data=update, headers=token, timeout=60)
    assert right.status_code == 200 and "store version" in right.text  # tests/test_server_updates
    ask = requests.get(front, params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}, timeout=20)
    assert ask.json()["boolean"] is True
