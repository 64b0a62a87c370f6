"""How the saved-query API runs a query: one function, so the executor can be swapped.

For now the query runs in-process on a read-only pyoxigraph store opened once per store version,
with the union of named graphs as default graph (settings.union_default_graph).
"""

from __future__ import annotations

import threading

import pyoxigraph as ox
from cytokg.graph_build import store as store_dirs


class QueryFailed(Exception):
    """A query that could not produce a result; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 500):
        super().__init__(message)
        self.status = status


_lock = threading.Lock()
_open: dict[str, tuple[str, ox.Store]] = {}


def store_version(settings) -> str:
    try:
        return store_dirs.version_id(settings.store)
    except FileNotFoundError as exc:
        raise QueryFailed(str(exc), status=503) from exc


def _store(settings) -> ox.Store:
    version = store_version(settings)
    key = str(settings.store)
    with _lock:
        held = _open.get(key)
        if held is None or held[0] != version:
            held = (version, store_dirs.open_read_only(settings.store))
            _open[key] = held
        return held[1]


def execute(settings, query: str, substitutions: dict, fmt: str) -> bytes:
    """Run ``query`` with ``substitutions`` and serialize the result in format ``fmt``
    (a pyoxigraph QueryResultsFormat / RdfFormat attribute name, as conneg returns)."""
    try:
        result = _store(settings).query(
            query,
            substitutions=substitutions,
            use_default_graph_as_union=settings.union_default_graph,
        )
    except SyntaxError as exc:
        raise QueryFailed(f"query syntax error: {exc}", status=400) from exc
    except OSError as exc:
        raise QueryFailed(f"store read error: {exc}", status=500) from exc
    if isinstance(result, ox.QueryTriples):
        return ox.serialize(result, format=getattr(ox.RdfFormat, fmt)) or b""
    return result.serialize(format=getattr(ox.QueryResultsFormat, fmt)) or b""
