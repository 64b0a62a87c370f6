"""The lean GET /sparql path (server/fast_sparql.py) answers exactly as the Flask blueprint does.

Real waitress server on 127.0.0.1, real store, real `requests` client. Each request is sent twice:
as is (fast path) and with an extra `timeout` parameter the fast path does not take, so the Flask
blueprint answers it; status, body and the headers a client sees must be the same.
"""

from __future__ import annotations

import pytest
import requests
from server_support import TOCILIZUMAB, make_store, waitress_thread
from werkzeug.test import EnvironBuilder

from cytokg.config import Settings
from cytokg.server.app import create_app
from cytokg.server.fast_sparql import simple_query

T = 20  # seconds: bound on every request in this file
COMPARED = ("Content-Type", "Vary", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers")

CASES = [
    ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {}, None),
    (f"SELECT ?d WHERE {{ ?f ?p <{TOCILIZUMAB}> }} LIMIT 3", {"Accept": "text/csv"}, None),
    ("ASK { ?s ?p ?o }", {"Accept": "application/sparql-results+xml"}, None),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", {"Accept": "application/n-triples"}, None),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", {}, "tsv"),
    ("SELEC nonsense", {}, None),  # 400 with the parser's message
    ("SELEC nonsense", {"Accept": "application/json"}, None),  # the same as JSON
    ("SELECT * WHERE { ?s ?p ?o }", {"Accept": "image/png"}, None),  # 406
    ("SELECT * WHERE { SERVICE <http://example.org/x> { ?s ?p ?o } }", {}, None),  # 403
]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("fast"))
    app = create_app(Settings(store=store, workers=2, query_timeout=10.0))
    with waitress_thread(app) as url:
        yield url
    app.extensions["cytokg"].backend.close()


def _environ(method: str = "GET", path: str = "/sparql", **query) -> dict:
    return EnvironBuilder(method=method, path=path, query_string=query).get_environ()


def test_only_a_plain_get_query_takes_the_fast_path():
    assert simple_query(_environ(query="ASK {}")) == ("ASK {}", None)
    assert simple_query(_environ(query="ASK {}", format="json")) == ("ASK {}", "json")
    assert simple_query(_environ("POST", query="ASK {}")) is None
    assert simple_query(_environ(path="/api/studies", query="ASK {}")) is None
    assert simple_query(_environ(query="ASK {}", timeout="5")) is None
    assert simple_query(_environ(query="ASK {}", **{"default-graph-uri": "urn:x"})) is None
    assert simple_query(_environ(update="CLEAR ALL")) is None
    assert simple_query(_environ(query="  ")) is None
    assert simple_query(_environ()) is None
    environ = _environ()
    environ["QUERY_STRING"] = "query=ASK%20%7B%7D&query=ASK%20%7B%7D"  # two queries: Flask's 400
    assert simple_query(environ) is None


@pytest.mark.parametrize(("query", "headers", "fmt"), CASES)
def test_fast_path_answers_as_the_blueprint(base, query, headers, fmt):
    params = {"query": query, **({"format": fmt} if fmt else {})}
    fast = requests.get(base + "/sparql", params=params, headers=headers, timeout=T)
    slow = requests.get(base + "/sparql", params={**params, "timeout": "9"}, headers=headers,
                        timeout=T)  # fmt: skip
    assert fast.status_code == slow.status_code
    assert fast.content == slow.content
    for name in COMPARED:
        assert fast.headers.get(name) == slow.headers.get(name), name
    assert fast.headers["Content-Length"] == str(len(fast.content))
    if fast.status_code == 400:
        assert "1:1" in fast.text or "line 1" in fast.text  # the parser's position is kept


def test_fast_path_result_is_right(base):
    query = f"ASK {{ ?fact ?p <{TOCILIZUMAB}> }}"
    response = requests.get(base + "/sparql", params={"query": query},
                            headers={"Accept": "application/sparql-results+json"}, timeout=T)
    assert response.status_code == 200
    assert response.json()["boolean"] is True
