"""The saved-query library as an OpenAPI 3 document (served at /api/openapi.json), built from the
same parsed headers the API itself uses, so the description cannot drift from the behaviour.
"""

from __future__ import annotations

from cytokg import __version__
from cytokg.server.conneg import RESULT_TYPES
from cytokg.server.query_library import Parameter, SavedQuery

_SCHEMA_TYPES = {
    "integer": {"type": "integer"}, "long": {"type": "integer"}, "int": {"type": "integer"},
    "nonNegativeInteger": {"type": "integer", "minimum": 0},
    "positiveInteger": {"type": "integer", "minimum": 1},
    "decimal": {"type": "number"}, "double": {"type": "number"}, "float": {"type": "number"},
    "boolean": {"type": "boolean"}, "date": {"type": "string", "format": "date"},
    "dateTime": {"type": "string", "format": "date-time"},
}
_ERROR = {"description": "error message", "content": {"application/json": {"schema": {
    "type": "object", "properties": {"error": {"type": "string"}, "parameter": {"type": "string"}},
}}}}


def _schema(param: Parameter) -> dict:
    if param.kind == "iri":
        schema = {"type": "string", "format": "iri",
                  "description": "an absolute IRI or a CURIE (e.g. MONDO:0012727)"}
    elif param.kind == "typed":
        local = param.datatype.rsplit("#", 1)[-1]
        schema = dict(_SCHEMA_TYPES.get(local, {"type": "string"}))
    else:
        schema = {"type": "string"}
    if param.enum:
        schema["enum"] = list(param.enum)
    if param.default is not None:
        schema["default"] = param.default
    return schema


def _parameters(saved: SavedQuery) -> list[dict]:
    multi = saved.query_type in {"select", "ask"}
    out = []
    for p in saved.parameters:
        schema = _schema(p)
        note = f"SPARQL variable ?{p.variable} ({p.type_label})"
        if multi:
            schema = {"type": "array", "items": schema}
            note += "; repeat the parameter to give several values (a VALUES block)"
        out.append({"name": p.name, "in": "query", "required": p.required and p.default is None,
                    "description": note, "schema": schema, "style": "form", "explode": True})
    if saved.pagination:
        out.append({"name": "page", "in": "query", "required": False,
                    "description": f"page number ({saved.pagination} rows each); see Link",
                    "schema": {"type": "integer", "minimum": 1, "default": 1}})
    out.append({"name": "format", "in": "query", "required": False,
                "description": "result format (overrides Accept), e.g. json, xml, csv, tsv, turtle",
                "schema": {"type": "string"}})
    out.append({"name": "timeout", "in": "query", "required": False,
                "description": "time limit in seconds (can only lower the server's limit)",
                "schema": {"type": "number", "exclusiveMinimum": 0}})
    return out


def _operation(saved: SavedQuery) -> dict:
    kind = "graph" if saved.query_type in {"construct", "describe"} else "results"
    media = dict.fromkeys(m for m, _ in RESULT_TYPES[kind])
    headers = {"ETag": {"schema": {"type": "string"}, "description": "strong validator"}}
    if saved.pagination:
        headers["Link"] = {"schema": {"type": "string"},
                           "description": 'RFC 8288 links, rel="first", "prev", "next"'}
    return {
        "operationId": saved.name.replace("-", "_"),
        "summary": saved.summary,
        "description": saved.description + "\n\n```sparql\n" + saved.query + "\n```",
        "tags": list(saved.tags) or ["queries"],
        "parameters": _parameters(saved),
        "responses": {
            "200": {"description": f"{saved.query_type.upper()} result", "headers": headers,
                    "content": {m: {} for m in media}},
            "304": {"description": "not modified (If-None-Match matched the ETag)"},
            "400": _ERROR,
            "404": _ERROR,
            "406": _ERROR,
            "504": {"description": "the query ran past its time limit and was stopped"},
        },
    }


def openapi_document(queries: dict[str, SavedQuery], server_url: str) -> dict:
    paths: dict = {"/api": {"get": {
        "operationId": "list_queries", "summary": "List the saved queries and their parameters",
        "tags": ["library"],
        "responses": {"200": {"description": "the library", "content": {"application/json": {}}}},
    }}}
    for saved in queries.values():
        methods = ["get"] + (["post"] if saved.method == "POST" else [])
        paths[f"/api/{saved.name}"] = {m: _operation(saved) for m in methods}
    tags = sorted({t for q in queries.values() for t in q.tags} | {"library"})
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "cytokg saved queries",
            "version": __version__,
            "description": "Saved SPARQL queries over the cytokg graph of cytokine blockade. "
            "Parameter values are bound as RDF terms (never pasted into the query text).",
        },
        "servers": [{"url": server_url}],
        "tags": [{"name": t} for t in tags],
        "paths": paths,
    }
