"""Service Description (SPARQL 1.1 SD) and VoID for GET /sparql without a query.

The statistics come from queries through the backend seam (so they describe a remote engine too)
and are cached per store version: the store only changes on rebuild.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from cytokg.terms import RDF, SD, VOID, XSD

RQ_DIR = Path(__file__).resolve().parent / "rq"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = (
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "N-Triples", "N-Quads", "TriG", "RDF_XML", "JSON-LD",
)  # fmt: skip

_cache: dict[str, tuple] = {}
_lock = threading.Lock()


@cache
def rq(name: str) -> str:
    """A query shipped with the server (server/rq/<name>.rq)."""
    return (RQ_DIR / f"{name}.rq").read_text(encoding="utf-8")


def select_rows(runtime, query: str, substitutions: dict | None = None) -> list[dict[str, dict]]:
    """SELECT through the seam; rows as SPARQL JSON bindings ({var: {type, value, ...}})."""
    from cytokg.server.backends import run_query

    result = run_query(runtime, query, format="json", substitutions=substitutions)
    return json.loads(result.read())["results"]["bindings"]


def statistics(runtime) -> tuple:
    """(graphs, classes, properties) as lists of (IRI, count), cached per backend version."""
    version = runtime.backend.version()
    with _lock:
        if version in _cache:
            return _cache[version]
    stats = tuple(
        [(row[key]["value"], int(row["n"]["value"])) for row in select_rows(runtime, rq(name))]
        for name, key in (("void_graphs", "g"), ("void_classes", "c"), ("void_properties", "p"))
    )
    with _lock:
        _cache.clear()
        _cache[version] = stats
    return stats


def triples(runtime, endpoint: str) -> list[ox.Triple]:
    """The service description of endpoint, with the VoID description of its dataset."""
    graphs, classes, properties = statistics(runtime)
    nn = ox.NamedNode
    a = nn(RDF + "type")
    service, dataset, default = nn(endpoint), ox.BlankNode(), ox.BlankNode()
    out = [
        ox.Triple(service, a, nn(SD + "Service")),
        ox.Triple(service, nn(SD + "endpoint"), service),
        ox.Triple(service, nn(SD + "supportedLanguage"), nn(SD + "SPARQL11Query")),
        ox.Triple(service, nn(SD + "feature"), nn(SD + "BasicFederatedQuery")),
        ox.Triple(service, nn(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, a, nn(SD + "Dataset")),
        ox.Triple(dataset, nn(SD + "defaultGraph"), default),
        ox.Triple(default, a, nn(SD + "Graph")),
        ox.Triple(default, a, nn(VOID + "Dataset")),
        ox.Triple(default, nn(VOID + "sparqlEndpoint"), service),
        ox.Triple(default, nn(VOID + "triples"), _count(sum(n for _, n in graphs))),
        ox.Triple(default, nn(VOID + "classes"), _count(len(classes))),
        ox.Triple(default, nn(VOID + "properties"), _count(len(properties))),
    ]
    out += [ox.Triple(service, nn(SD + "resultFormat"), nn(FORMATS + f)) for f in RESULT_FORMATS]
    if runtime.settings.union_default_graph:
        out.append(ox.Triple(service, nn(SD + "feature"), nn(SD + "UnionDefaultGraph")))
    for graph_iri, count in graphs:
        named, described = ox.BlankNode(), ox.BlankNode()
        out += [
            ox.Triple(dataset, nn(SD + "namedGraph"), named),
            ox.Triple(named, a, nn(SD + "NamedGraph")),
            ox.Triple(named, nn(SD + "name"), nn(graph_iri)),
            ox.Triple(named, nn(SD + "graph"), described),
            ox.Triple(described, a, nn(SD + "Graph")),
            ox.Triple(described, nn(VOID + "triples"), _count(count)),
        ]
    partitions = (
        ("classPartition", "class", classes),
        ("propertyPartition", "property", properties),
    )
    for prop, key, rows in partitions:
        for iri, count in rows:
            part = ox.BlankNode()
            measure = "entities" if key == "class" else "triples"
            out += [
                ox.Triple(default, nn(VOID + prop), part),
                ox.Triple(part, nn(VOID + key), nn(iri)),
                ox.Triple(part, nn(VOID + measure), _count(count)),
            ]
    return out


def _count(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def serialise(runtime, endpoint: str, fmt_name: str) -> bytes:
    """The description in a pyoxigraph RdfFormat (N-Quads and TriG put it in the default graph)."""
    fmt = getattr(ox.RdfFormat, fmt_name)
    data = triples(runtime, endpoint)
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        data = [ox.Quad(t.subject, t.predicate, t.object) for t in data]
    prefixes = {"sd": SD, "void": VOID, "rdf": RDF} if fmt_name in ("TURTLE", "TRIG") else None
    if prefixes:
        return ox.serialize(data, format=fmt, prefixes=prefixes)
    return ox.serialize(data, format=fmt)
