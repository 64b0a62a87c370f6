"""Helpers for the write-side tests: a writable server (updates enabled, a bearer token) on a port
chosen before the app is built, so the server's own address can be put on the SERVICE/LOAD
allowlist."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import requests
from server_support import free_port, make_store, stop_waitress

from cytokg.config import Settings
from cytokg.graph_build import store as store_mod
from cytokg.server.app import create_app

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
T = 60  # seconds per request: an update spawns a process, and the test machine is shared


def wait_up(url: str, timeout: float = 90.0) -> None:
    """Poll until the server answers (a first request may be slow while workers start)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=30)
            return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up within {timeout} s")


@contextmanager
def serve(root: Path, **overrides):
    """A published test store under root and our app on 127.0.0.1; yields (base URL, store path).

    Updates are enabled with TOKEN unless overrides say otherwise; the server's own origin is on
    the allowlist."""
    from waitress.server import create_server

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    store = make_store(root)
    values = {"allow_updates": True, "update_token": TOKEN, "workers": 1,
              "service_allowlist": (base + "/sparql",), **overrides}  # fmt: skip
    app = create_app(Settings(store=store, **values))
    server = create_server(app, host="127.0.0.1", port=port, threads=8)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_up(base + "/sparql")
        yield base, store
    finally:
        stop_waitress(server, thread)
        app.extensions["cytokg"].backend.close()


def version(store: Path) -> str:
    return store_mod.version_id(store)


def ask(base: str, query: str) -> bool:
    r = requests.get(base + "/sparql", params={"query": query}, timeout=T)
    assert r.status_code == 200, r.text
    return r.json()["boolean"]
