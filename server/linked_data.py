"""Dereferencing the graph's own IRIs: https://w3id.org/cytokg/resource/X is served at /resource/X.

A browser gets an HTML page (label, types, statements in and out, the quoted sentence behind it);
an RDF client gets Turtle, JSON-LD or another RDF format by content negotiation. All data comes
through the backend seam with ?this bound, never spliced into query text.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request

from cytokg.server import conneg, errors
from cytokg.server.backends import run_query
from cytokg.server.description import rq, select_rows
from cytokg.terms import BASE, PREFIXES, RDF, RDFS, RESOURCE, SKOS

bp = Blueprint("linked_data", __name__)

LABELS = (RDFS + "label", SKOS + "prefLabel")


def local_href(iri: str) -> str:
    """Where a browser should go for an IRI: our resources and terms locally, others as they are."""
    if iri.startswith(RESOURCE):
        return "/resource/" + iri[len(RESOURCE) :]
    if iri.startswith(BASE) and "/" not in iri[len(BASE) :]:
        return "/ontology#" + iri[len(BASE) :]
    return iri


def short(iri: str) -> str:
    """A CURIE with our prefixes when one fits, for display only."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _this(iri: str) -> dict:
    try:
        return {"this": ox.NamedNode(iri)}
    except ValueError:
        raise errors.BadRequest(f"{iri!r} is not a valid IRI") from None


def _cell(binding: dict | None) -> dict:
    if not binding:
        return {"text": "", "href": None}
    if binding["type"] == "uri":
        return {"text": short(binding["value"]), "href": local_href(binding["value"])}
    return {"text": binding["value"], "href": None}


def _html(iri: str) -> Response:
    runtime = current_app.extensions["cytokg"]
    this = _this(iri)
    outgoing = select_rows(runtime, rq("resource_out"), this)
    incoming = select_rows(runtime, rq("resource_in"), this)
    quotes = [
        {k: row[k]["value"] for k in ("quote", "span", "start", "end") if k in row}
        for row in select_rows(runtime, rq("resource_quote"), this)
    ]
    label = next((r["o"]["value"] for r in outgoing if r["p"]["value"] in LABELS), None)
    types = sorted(
        {r["o"]["value"] for r in outgoing if r["p"]["value"] == RDF + "type"}, key=short
    )
    page = render_template(
        "resource.html",
        iri=iri,
        label=label,
        types=[{"text": short(t), "href": local_href(t)} for t in types],
        quotes=quotes,
        outgoing=[{k: _cell(row.get(k)) for k in ("p", "o", "g")} for row in outgoing],
        incoming=[{k: _cell(row.get(k)) for k in ("s", "p", "g")} for row in incoming],
    )
    return Response(page, content_type="text/html; charset=utf-8")


@bp.route("/resource/<path:rest>", methods=["GET"])
def resource(rest: str):
    iri = RESOURCE + rest
    accept, fmt = request.headers.get("Accept"), request.args.get("format")
    runtime = current_app.extensions["cytokg"]
    known = run_query(runtime, rq("resource_exists"), format="json", substitutions=_this(iri))
    if not json.loads(known.read())["boolean"]:
        raise errors.NotFound(f"nothing is known about <{iri}>")
    if not fmt and conneg.wants_html(accept):
        response = _html(iri)
    else:
        result = run_query(
            runtime,
            rq("resource_describe"),
            accept=accept,
            format=fmt,
            substitutions=_this(iri),
        )
        response = Response(result.chunks(), content_type=result.content_type)
        response.call_on_close(result.close)
    response.vary.add("Accept")
    return response
