"""A runaway query is killed at its time limit (504 with a message, never a truncated 200) while
concurrent simple queries keep being answered; the pool replaces the killed worker."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from server_support import TOCILIZUMAB, make_store, waitress_thread

from cytokg.config import Settings
from cytokg.server.app import create_app
from cytokg.terms import CY

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(
    f"?s{i} ?p{i} ?o{i} ." for i in range(8)
) + " }"
SIMPLE = f"SELECT ?d WHERE {{ ?f <{CY.drug}> ?d }}"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("timeouts"))
    app = create_app(Settings(store=store, workers=2, query_timeout=5.0))
    with waitress_thread(app) as url:
        yield url + "/sparql"
    app.extensions["cytokg"].backend.close()


def test_runaway_killed_while_others_answer(base):
    with ThreadPoolExecutor(max_workers=4) as pool:
        started = time.monotonic()
        runaway = pool.submit(
            requests.get, base, params={"query": RUNAWAY, "timeout": "1"}, timeout=30
        )
        time.sleep(0.2)
        simple = []
        while not runaway.done() and time.monotonic() - started < 20:
            r = requests.get(base, params={"query": SIMPLE}, timeout=10)
            simple.append((r.status_code, TOCILIZUMAB in r.text))
        killed = runaway.result()
    elapsed = time.monotonic() - started
    assert killed.status_code == 504
    assert "time limit of 1 s" in killed.text
    assert 1.0 <= elapsed < 10
    assert simple and all(ok == (200, True) for ok in simple)
    # The pool is whole again: two parallel queries both succeed.
    with ThreadPoolExecutor(max_workers=2) as pool:
        args = {"params": {"query": SIMPLE}, "timeout": 30}
        calls = [pool.submit(requests.get, base, **args) for _ in "ab"]
        after = [c.result() for c in calls]
    assert [r.status_code for r in after] == [200, 200]


def test_timeout_parameter_only_lowers(base):
    r = requests.get(base, params={"query": SIMPLE, "timeout": "999"}, timeout=30)
    assert r.status_code == 200
    bad = requests.get(base, params={"query": SIMPLE, "timeout": "soon"}, timeout=30)
    assert bad.status_code == 400 and "timeout" in bad.text
