"""SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graphs, indirect identification (the spec's
``?graph=<IRI>`` and ``?default``; Fuseki's and Oxigraph's layout too).

GET and HEAD read the published store (the stored default graph for ``?default``, not the union
the query endpoint uses as its default). PUT, POST and DELETE follow the SPARQL Update rules
(off by default, bearer token) and go through the same copy-and-publish path (server/updates.py).
Only the embedded store is served.
"""

from __future__ import annotations

import os
import tempfile

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from cytokg.graph_build import store as store_mod
from cytokg.server import conneg, errors, updates
from cytokg.server.update_worker import Change

bp = Blueprint("graph_store", __name__)

# Formats accepted for uploads: triples only, the graph is named by the request.
UPLOAD_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/n3": ox.RdfFormat.N3,
}


def _runtime():
    return current_app.extensions["cytokg"]


def _target() -> str | None:
    """The graph IRI from ?graph=, or None for ?default; 400 when neither or both are given."""
    graphs = request.args.getlist("graph")
    default = "default" in request.args
    if default == bool(graphs) or len(graphs) > 1:
        raise errors.BadRequest("name exactly one graph: either ?graph=<absolute IRI> or ?default")
    if default:
        return None
    iri = graphs[0]
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise errors.BadRequest(f"graph {iri!r} is not an absolute IRI") from None
    if ":" not in iri:
        raise errors.BadRequest(f"graph {iri!r} is not an absolute IRI")
    return iri


def _graph_term(iri: str | None):
    return ox.NamedNode(iri) if iri else ox.DefaultGraph()


def _embedded_store_path():
    if _runtime().settings.backend:
        raise errors.NotFound("the Graph Store Protocol is only served over the embedded store")
    return _runtime().settings.store


def _exists(db, iri: str | None) -> bool:
    return iri is None or db.contains_named_graph(ox.NamedNode(iri))


@bp.route("/rdf-graphs", methods=["GET"])
def read():
    """The graph's triples in the negotiated RDF format; 404 for a graph not in the store."""
    iri = _target()
    accept, fmt = request.headers.get("Accept"), request.args.get("format")
    media, fmt_name = conneg.choose(accept, fmt, "graph")
    store_path = _embedded_store_path()
    db = store_mod.open_read_only(store_path)
    try:
        if not _exists(db, iri):
            raise errors.NotFound(f"no graph <{iri}> in the store")
        triples = (q.triple for q in db.quads_for_pattern(None, None, None, _graph_term(iri)))
        limit = _runtime().settings.max_result_bytes
        with tempfile.TemporaryFile() as spool:
            ox.serialize(triples, spool, getattr(ox.RdfFormat, fmt_name))
            size = spool.tell()
            if size > limit:
                raise errors.ContentTooLarge(
                    f"the graph serialises to more than {limit} bytes; query it in pages instead"
                )
            spool.seek(0)
            body = spool.read()
    finally:
        del db
    response = Response(body, content_type=conneg.content_type_header(media))
    response.headers["ETag"] = f'"{store_mod.version_id(store_path)}"'
    response.vary.add("Accept")
    return response


def _upload(iri: str | None) -> tuple[str, str]:
    """Check the request body (type and syntax) and spool it; (path, media type)."""
    media = (request.mimetype or "").lower()
    fmt = UPLOAD_TYPES.get(media)
    if fmt is None:
        raise errors.UnsupportedMediaType(
            f"content type {media or '(none)'!r} is not supported for graph uploads; use one of "
            f"{', '.join(sorted(UPLOAD_TYPES))}"
        )
    body = request.get_data()
    base = iri or request.base_url
    try:
        for _ in ox.parse(body, format=fmt, base_iri=base):
            pass
    except SyntaxError as err:
        raise errors.BadRequest(f"the {media} body does not parse: {err.msg or err}") from None
    handle, path = tempfile.mkstemp(prefix="cytokg-upload-", suffix=".rdf")
    with os.fdopen(handle, "wb") as out:
        out.write(body)
    return path, media


def _write(kind: str) -> Response:
    settings = _runtime().settings
    updates.authorize(settings, "Graph Store writes")
    iri = _target()
    store_path = _embedded_store_path()
    db = store_mod.open_read_only(store_path)
    try:
        existed = _exists(db, iri)
    finally:
        del db
    if kind == "delete":
        if not existed:
            raise errors.NotFound(f"no graph <{iri}> in the store")
        updates.commit(settings, Change("delete", graph=iri), f"DELETE graph {iri or 'default'}")
        return Response(status=204)
    path, media = _upload(iri)
    try:
        base = iri or request.base_url
        change = Change(kind, graph=iri, path=path, media_type=media, base_iri=base)
        updates.commit(settings, change, f"{kind.upper()} graph {iri or 'default'} ({media})")
    finally:
        os.unlink(path)
    return Response(status=204 if existed else 201)


@bp.route("/rdf-graphs", methods=["PUT"])
def replace():
    return _write("put")


@bp.route("/rdf-graphs", methods=["POST"])
def merge():
    return _write("post")


@bp.route("/rdf-graphs", methods=["DELETE"])
def delete():
    return _write("delete")
