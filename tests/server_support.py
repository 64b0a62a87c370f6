"""Helpers for the server tests: a small published store built from facts of the seed papers,
and real HTTP servers (waitress in a thread, `oxigraph serve-read-only` in a process) on free ports.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from waitress import wasyncore

from cytokg.config import PAPERS_DIR
from cytokg.graph_build import store as store_mod
from cytokg.identifiers import expand
from cytokg.server.processes import free_port, oxigraph_binary, running, wait_until_up
from cytokg.terms import CY, RDF, RDFS, graph, resource

TOCILIZUMAB = expand("DRUGBANK:DB06273")  # identifiers.tsv: tocilizumab, DrugBank
ANAKINRA = expand("DRUGBANK:DB00026")  # identifiers.tsv: anakinra, DrugBank
TAKAYASU = expand("MONDO:0017991")  # identifiers.tsv: Takayasu arteritis, MONDO
KAWASAKI = expand("MONDO:0012727")  # identifiers.tsv: Kawasaki disease, MONDO

# 004 abstract: "We retrospectively assessed the outcome of blocking interleukin (IL)-6 with TCZ
# in 7 consecutive patients with refractory TA ..."
QUOTE_004 = "blocking interleukin (IL)-6 with TCZ in 7\nconsecutive patients with refractory TA"
# 001 abstract: "Anakinra, an interleukin-1 receptor antagonist, appears to be a promising ..."
QUOTE_001 = "Anakinra, an interleukin-1 receptor antagonist"
FILLER = 12  # filler triples, so a 7-way cartesian product runs for a long time


def _paper(prefix: str) -> str:
    (path,) = PAPERS_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def fact_quads() -> list[ox.Quad]:
    nn, lit = ox.NamedNode, ox.Literal
    xsd_int = nn("http://www.w3.org/2001/XMLSchema#integer")
    quads = []
    for doc, drug, disease, quote, key in (
        ("004", TOCILIZUMAB, TAKAYASU, QUOTE_004, "tcz"),
        ("001", ANAKINRA, KAWASAKI, QUOTE_001, "anakinra"),
    ):
        text = _paper(doc)
        start = text.index(quote)
        fact = nn(resource(doc, "treatmentexposure", key))
        evidence = nn(resource(doc, "evidence", key))
        span = nn(resource(doc, "span", f"{start}-{start + len(quote)}"))
        a_graph, p_graph = nn(graph(doc, "assertion")), nn(graph(doc, "provenance"))
        quads += [
            ox.Quad(fact, nn(RDF + "type"), nn(CY.TreatmentExposure), a_graph),
            ox.Quad(fact, nn(RDFS + "label"), lit(f"{key} exposure in {doc}"), a_graph),
            ox.Quad(fact, nn(CY.drug), nn(drug), a_graph),
            ox.Quad(fact, nn(CY.forDisease), nn(disease), a_graph),
            ox.Quad(fact, nn(CY.hasEvidence), evidence, a_graph),
            ox.Quad(evidence, nn(RDF + "type"), nn(CY.Evidence), p_graph),
            ox.Quad(evidence, nn(CY.derivedFrom), span, p_graph),
            ox.Quad(span, nn(RDF + "type"), nn(CY.TextSpan), p_graph),
            ox.Quad(span, nn(CY.quote), lit(quote), p_graph),
            ox.Quad(span, nn(CY.startOffset), lit(str(start), datatype=xsd_int), p_graph),
            ox.Quad(span, nn(CY.endOffset), lit(str(start + len(quote)), datatype=xsd_int),
                    p_graph),  # fmt: skip
        ]
    group = nn(resource("004", "studygroup", "all"))
    quads.append(
        ox.Quad(group, nn(CY.groupSize), lit("7", datatype=xsd_int), nn(graph("004", "assertion")))
    )
    filler = nn(graph("test", "filler"))
    for i in range(FILLER):
        subject = nn(resource("test", str(i)))
        quads.append(ox.Quad(subject, nn(RDFS + "comment"), lit(str(i)), filler))
    return quads


def make_store(root: Path) -> Path:
    """Publish a store with fact_quads() under root/store, the way the build publishes one."""
    store_path = root / "store"
    built = store_mod.new_version_dir(store_path)
    store = ox.Store(str(built))
    store.extend(fact_quads())
    store.flush()
    del store
    store_mod.publish(built, store_path, {"version": "test-1"})
    return store_path


@contextmanager
def waitress_thread(app):
    """Serve app with waitress on a free 127.0.0.1 port in a thread; yields the base URL."""
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=8)
    port = server.socket.getsockname()[1]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/sparql")
        yield base
    finally:
        stop_waitress(server, thread)


def stop_waitress(server, thread: threading.Thread) -> None:
    """Close the server's sockets from its own loop thread (through waitress's trigger), so the
    loop never selects on a closed descriptor: closing them from the test's thread raced the
    loop's select() ("Bad file descriptor" in the thread) when the machine was busy. Its map
    then empties and the loop returns; a server that does not is closed from outside.

    A CI run once found the trigger's descriptor already closed at this point (EBADF from the
    pull, after every request of the test had been answered; the cause was not found), so a pull
    that fails falls back to closing from outside as well (server.close() would raise on the
    trigger's closed descriptor, so waitress's close_all, which can ignore it, does that)."""
    def close_all():
        for channel in list(server._map.values()):
            channel.close()

    try:
        server.trigger.pull_trigger(close_all)
        thread.join(5)
    except OSError:
        pass
    if thread.is_alive():  # close what is left, ignoring descriptors already gone
        wasyncore.close_all(server._map, ignore_all=True)
        thread.join(5)


@contextmanager
def oxigraph_server(location: Path, union: bool = False):
    """`oxigraph serve-read-only` on a copy of the store (with --union-default-graph if union);
    yields its query URL."""
    port = free_port()
    args = [oxigraph_binary(), "serve-read-only", "--location", str(location),
            "--bind", f"127.0.0.1:{port}"]  # fmt: skip
    if union:
        args.append("--union-default-graph")
    with running(args, f"http://127.0.0.1:{port}/query"):
        yield f"http://127.0.0.1:{port}/query"
