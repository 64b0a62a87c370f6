"""Applies one change to an unpublished store copy in a child process that can be killed.

pyoxigraph cannot cancel an update (a slow LOAD, a huge DELETE/INSERT), so, as with queries, the
change runs in its own process: past its time limit the process is killed and the copy discarded,
and the published store was never touched. This module imports only pyoxigraph, so the spawned
child starts quickly.
"""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One write, as plain picklable values.

    kind: "update" (text is a SPARQL Update), "put" (replace the graph with the document at
    path), "post" (add the document at path to the graph) or "delete" (drop the graph).
    graph: the graph IRI, or None for the default graph.
    """

    kind: str
    text: str = ""
    graph: str | None = None
    path: str = ""
    media_type: str = ""
    base_iri: str | None = None


class ChangeFailed(Exception):
    """The change was refused by the engine; code is "syntax", "bad_request" or "engine"."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class ChangeTimeout(Exception):
    """The change ran past its time limit and its process was killed."""


def _graph(ox, iri: str | None):
    return ox.NamedNode(iri) if iri else ox.DefaultGraph()


def apply_change(store_dir: str, change: Change) -> tuple:
    """Apply change to the store at store_dir (opened read-write here); a picklable reply."""
    import pyoxigraph as ox

    store = ox.Store(store_dir)
    try:
        if change.kind == "update":
            store.update(change.text)
        elif change.kind in ("put", "post"):
            graph = _graph(ox, change.graph)
            if change.kind == "put":
                store.clear_graph(graph)  # PUT replaces the graph's content
            fmt = ox.RdfFormat.from_media_type(change.media_type)
            store.load(path=change.path, format=fmt, base_iri=change.base_iri, to_graph=graph)
        elif change.kind == "delete":
            graph = _graph(ox, change.graph)
            if change.graph:
                store.remove_graph(graph)
            else:
                store.clear_graph(graph)
        else:
            return ("error", "bad_request", f"unknown change kind {change.kind!r}")
        store.flush()
    except SyntaxError as err:
        return ("error", "syntax", str(err.msg or err))
    except (ValueError, RuntimeError) as err:
        return ("error", "bad_request", str(err))
    except OSError as err:  # e.g. LOAD of a URL that cannot be fetched
        return ("error", "engine", f"{type(err).__name__}: {err}")
    finally:
        del store
    return ("ok",)


def _child(conn, store_dir: str, change: Change) -> None:
    try:
        reply = apply_change(store_dir, change)
    except Exception as err:  # reported to the parent, which answers 500 and logs it
        reply = ("error", "engine", f"{type(err).__name__}: {err}")
    conn.send(reply)
    conn.close()


def run_change(store_dir: str, change: Change, timeout: float) -> None:
    """Apply change to store_dir in a fresh process; raises ChangeFailed or ChangeTimeout."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(child, store_dir, change), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            process.kill()
            raise ChangeTimeout(f"the write ran past its limit of {timeout:g} s and was stopped")
        try:
            reply = parent.recv()
        except EOFError:
            raise ChangeFailed("engine", "the update process died without an answer") from None
    finally:
        process.join(10)
        if process.is_alive():
            process.kill()
            process.join(5)
        parent.close()
    if reply[0] != "ok":
        raise ChangeFailed(reply[1], reply[2])
