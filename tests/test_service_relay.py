"""Per-call SERVICE timeouts through the relay (issue 5 item 4), with real servers on 127.0.0.1:
our endpoint (waitress, as few HTTP threads as query workers), an `oxigraph serve-read-only`
stand-in that answers, a stand-in that stalls, errs or floods, and a port nobody listens on.

Expected rows come from the seed facts in server_support (quotes of papers 001 and 004).
"""

from __future__ import annotations

import http.server
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from server_support import (
    ANAKINRA,
    TOCILIZUMAB,
    free_port,
    make_store,
    oxigraph_server,
    stop_waitress,
    wait_until_up,
)

from cytokg.config import Settings
from cytokg.graph_build.store import current
from cytokg.server.app import create_app
from cytokg.server.service_policy import ServicePolicy, ServiceRefused, apply

TIMEOUT = 1.0  # Settings.service_timeout of the endpoint under test
MARGIN = 3.0  # start-up of a fresh worker, HTTP round trips on a loaded 2-core machine
GOOD, SLOW, BAD, BIG, DRIP = (
    f"https://{n}.example.org/sparql" for n in ("good", "slow", "bad", "big", "drip"))
DEAD = "https://dead.example.org/sparql"
JSON = {"Accept": "application/sparql-results+json"}


class _StandIn(http.server.BaseHTTPRequestHandler):
    """/slow stalls past the timeout, /bad answers 400, /big answers more than the size cap."""

    release = threading.Event()
    agents: list[str] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            self.release.wait(10 * TIMEOUT)
        if self.path == "/drip":  # one byte of a 2,000-byte answer every 0.2 s
            self.send_response(200)
            self.send_header("Content-Length", "2000")
            self.end_headers()
            for _ in range(2000):
                if self.release.wait(0.2):
                    return
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return  # the relay gave up on this call
            return
        status, body = {"/bad": (400, b"no such graph here"), "/big": (200, b" " * 20_000)}.get(
            self.path, (200, b'{"head":{"vars":[]},"results":{"bindings":[]}}'))
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the relay gave up on this call already

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """(our /sparql URL, the relay) with SERVICE IRIs mapped to the stand-ins; all stopped after."""
    from waitress.server import create_server

    root = tmp_path_factory.mktemp("relay")
    store = make_store(root)
    stand_in = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _StandIn)
    stand_in.daemon_threads = True
    threading.Thread(target=stand_in.serve_forever, daemon=True).start()
    local = f"http://127.0.0.1:{stand_in.server_address[1]}"
    try:
        with oxigraph_server(current(store)) as good:
            settings = Settings(
                store=store, workers=2, service_timeout=TIMEOUT, service_max_bytes=10_000,
                service_map=((GOOD, good), (SLOW, local + "/slow"), (BAD, local + "/bad"),
                             (BIG, local + "/big"), (DRIP, local + "/drip"),
                             (DEAD, f"http://127.0.0.1:{free_port()}/q")),
            )  # fmt: skip
            app = create_app(settings)
            backend = app.extensions["cytokg"].backend
            # as many HTTP threads as workers: a relay served by these threads would deadlock
            server = create_server(app, host="127.0.0.1", port=0, threads=settings.workers)
            thread = threading.Thread(target=server.run, daemon=True)
            thread.start()
            url = f"http://127.0.0.1:{server.socket.getsockname()[1]}/sparql"
            try:
                wait_until_up(url)
                yield url, backend.relay
            finally:
                stop_waitress(server, thread)
                backend.close()
    finally:
        _StandIn.release.set()
        stand_in.shutdown()
        stand_in.server_close()


def _select(iri: str, silent: bool = False) -> str:
    service = "SERVICE SILENT" if silent else "SERVICE"
    return (f"SELECT ?drug WHERE {{ {service} <{iri}> "
            "{ GRAPH ?g { ?f <https://w3id.org/cytokg/drug> ?drug } } }")


def _post(url: str, query: str) -> tuple[requests.Response, float]:
    started = time.monotonic()
    r = requests.post(url, data={"query": query}, headers=JSON, timeout=10 * TIMEOUT + 20)
    return r, time.monotonic() - started


def test_federated_query_goes_through_the_relay(endpoint):
    url, relay = endpoint
    r, _ = _post(url, _select(GOOD))
    assert r.status_code == 200, r.text
    # 004: "blocking interleukin (IL)-6 with TCZ"; 001: "Anakinra, an interleukin-1 receptor
    # antagonist" (the seed facts the stand-in serves)
    assert {b["drug"]["value"] for b in r.json()["results"]["bindings"]} == {TOCILIZUMAB, ANAKINRA}
    assert relay.open_calls() == 0  # the query's relay ids were revoked


def test_slow_remote_is_504_within_the_call_timeout_naming_it(endpoint):
    url, _ = endpoint
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(_post, url, _select(SLOW))
        time.sleep(0.2)
        other, other_time = _post(url, "ASK { GRAPH ?g { ?s ?p ?o } }")  # meanwhile: answered
        r, elapsed = slow.result()
    assert other.status_code == 200 and other.json()["boolean"] is True
    assert other_time < TIMEOUT
    assert r.status_code == 504, r.text
    assert f"SERVICE <{SLOW}> did not answer within {TIMEOUT:g} s" in r.text
    assert TIMEOUT <= elapsed < TIMEOUT + MARGIN
    assert "python-requests" in _StandIn.agents[-1]  # the call came from the relay, not pyoxigraph


def test_slow_remote_silent_is_empty_and_fast(endpoint):
    url, _ = endpoint
    r, elapsed = _post(url, _select(SLOW, silent=True))
    assert r.status_code == 200, r.text
    assert all(not b for b in r.json()["results"]["bindings"])
    assert elapsed < TIMEOUT + MARGIN


def test_remote_dripping_its_answer_is_stopped_at_the_deadline(endpoint):
    url, _ = endpoint
    r, elapsed = _post(url, _select(DRIP))
    assert r.status_code == 504 and f"SERVICE <{DRIP}> did not answer within" in r.text
    assert TIMEOUT <= elapsed < TIMEOUT + MARGIN


def test_dead_remote_is_502_naming_it_and_silent_is_empty(endpoint):
    url, _ = endpoint
    r, _ = _post(url, _select(DEAD))
    assert r.status_code == 502 and f"SERVICE <{DEAD}> could not be reached" in r.text
    r, elapsed = _post(url, _select(DEAD, silent=True))
    assert r.status_code == 200 and all(not b for b in r.json()["results"]["bindings"])
    assert elapsed < TIMEOUT + MARGIN


def test_remote_error_status_and_oversized_answer_are_502(endpoint):
    url, _ = endpoint
    r, _ = _post(url, _select(BAD))
    assert r.status_code == 502
    assert f"SERVICE <{BAD}> answered HTTP 400: no such graph here" in r.text
    r, _ = _post(url, _select(BIG))
    assert r.status_code == 502 and f"SERVICE <{BIG}> answered more than 10000 bytes" in r.text


def test_concurrent_slow_calls_do_not_starve_the_server(endpoint):
    """Four slow silent queries on two workers and two HTTP threads all end, in worker turns."""
    url, _ = endpoint
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: _post(url, _select(SLOW, silent=True)), range(4)))
    assert [r.status_code for r, _ in results] == [200] * 4
    assert max(t for _, t in results) < 2 * TIMEOUT + MARGIN


def test_relay_refuses_unknown_ids(endpoint):
    _, relay = endpoint
    r = requests.post(f"{relay.base}/_service/not-issued", data="ASK {}", timeout=10,
                      headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 403 and "unknown SERVICE relay id" in r.text
    r = requests.get(f"{relay.base}/_service/https://example.org/sparql", timeout=10)
    assert r.status_code in (403, 404)  # a URL is never a relay id


def test_relay_refuses_other_machines(endpoint):
    _, relay = endpoint
    relay_url, token = relay.issue(GOOD, "http://127.0.0.1:9/never-called")
    try:
        client = relay.app.test_client()
        r = client.post(relay_url.removeprefix(relay.base), data="ASK {}",
                        environ_base={"REMOTE_ADDR": "192.0.2.7"})
        assert r.status_code == 403 and "192.0.2.7" in r.get_data(as_text=True)
    finally:
        assert relay.revoke([token]) == []  # refused before any call was made


def test_policy_sends_every_allowed_call_via_the_relay_and_still_refuses_others():
    policy = ServicePolicy(frozenset({GOOD, SLOW}), ((SLOW, "http://127.0.0.1:1/slow"),))
    seen = []

    def via(iri, url):
        seen.append((iri, url))
        return f"http://relay/{len(seen)}"

    query = f"SELECT * {{ SERVICE <{GOOD}> {{ ?s ?p ?o }} SERVICE SILENT <{SLOW}> {{ ?s ?p ?o }} }}"
    out = apply(policy, query, via)
    assert out == ("SELECT * { SERVICE <http://relay/1> { ?s ?p ?o } "
                   "SERVICE SILENT <http://relay/2> { ?s ?p ?o } }")
    assert seen == [(GOOD, GOOD), (SLOW, "http://127.0.0.1:1/slow")]
    with pytest.raises(ServiceRefused, match="example.net"):
        apply(policy, "ASK { SERVICE <http://example.net/s> { ?s ?p ?o } }", via)
