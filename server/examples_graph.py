"""The saved-query library as RDF, following the SIB sparql-examples convention, for the named graph
cyg:examples: each query is an ``sh:SPARQLExecutable`` (and the Select/Ask/Construct subclass) with
its text under ``sh:select`` / ``sh:ask`` / ``sh:construct``, ``rdfs:comment``, ``schema:target``
(the endpoint) and ``schema:keywords`` (its tags), so editors and other endpoints can load it.

The build adds ``examples_quads()`` to the store; SHACL and schema.org terms are checked against
rdflib's closed SH namespace and the SIB examples' usage.
"""

from __future__ import annotations

import pyoxigraph as ox

from cytokg.config import Settings
from cytokg.server.query_library import SavedQuery, default_library
from cytokg.terms import RDF, RDFS, SCHEMA, SH, graph, resource

EXAMPLES_GRAPH = graph("examples")
_FORMS = {
    "select": ("SPARQLSelectExecutable", "select"),
    "ask": ("SPARQLAskExecutable", "ask"),
    "construct": ("SPARQLConstructExecutable", "construct"),
}


def example_iri(name: str) -> str:
    return resource("examples", name)


def default_endpoint(settings: Settings | None = None) -> str:
    settings = settings or Settings.from_env()
    return f"http://{settings.host}:{settings.port}/sparql"


def example_quads(saved: SavedQuery, endpoint: str) -> list[ox.Quad]:
    if saved.query_type not in _FORMS:
        raise ValueError(f"{saved.name}: SHACL has no executable class for {saved.query_type}")
    cls, prop = _FORMS[saved.query_type]
    g, node, nn = ox.NamedNode(EXAMPLES_GRAPH), ox.NamedNode(example_iri(saved.name)), ox.NamedNode
    comment = saved.summary + (f"\n\n{saved.description}" if saved.description else "")
    quads = [
        ox.Quad(node, nn(RDF + "type"), nn(SH + "SPARQLExecutable"), g),
        ox.Quad(node, nn(RDF + "type"), nn(SH + cls), g),
        ox.Quad(node, nn(RDFS + "label"), ox.Literal(saved.name), g),
        ox.Quad(node, nn(RDFS + "comment"), ox.Literal(comment, language="en"), g),
        ox.Quad(node, nn(SH + prop), ox.Literal(saved.query), g),
        ox.Quad(node, nn(SCHEMA + "target"), nn(endpoint), g),
    ]
    quads += [ox.Quad(node, nn(SCHEMA + "keywords"), ox.Literal(tag), g) for tag in saved.tags]
    return quads


def examples_quads(endpoint: str | None = None,
                   library: dict[str, SavedQuery] | None = None) -> list[ox.Quad]:
    """Quads of every saved query, in graph cyg:examples (https://w3id.org/cytokg/graph/examples)."""
    endpoint = endpoint or default_endpoint()
    library = library if library is not None else default_library()
    return [q for saved in library.values() for q in example_quads(saved, endpoint)]
