"""The web UI at ``/``: YASGUI (vendored in server/static/yasgui, no CDN) on our /sparql endpoint,
with the saved queries as one-click example tabs and the project's prefixes.
"""

from __future__ import annotations

import json

from flask import Blueprint, Response, render_template, request, url_for

from cytokg.server.query_params import with_defaults_inlined
from cytokg.server.saved_queries import library
from cytokg.terms import PREFIXES

bp = Blueprint("ui", __name__, static_folder="static", static_url_path="/static")


def _examples() -> list[dict]:
    return [
        {
            "name": q.name,
            "summary": q.summary,
            "tags": list(q.tags),
            "query": with_defaults_inlined(q),
            "api": url_for("saved_queries.run_query", name=q.name),
        }
        for q in library().values()
    ]


def _longest_first(prefixes: dict[str, str]) -> dict[str, str]:
    """YASR shortens an IRI with the first namespace it starts with; longest first makes
    .../resource/x show as cyr:x rather than cy:resource/x."""
    return dict(sorted(prefixes.items(), key=lambda item: -len(item[1])))


def _prefix_block() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@bp.get("/")
def index() -> Response:
    config = {
        "endpoint": request.url_root.rstrip("/") + "/sparql",
        "prefixes": _longest_first(PREFIXES),
        "examples": _examples(),
        "starter": _prefix_block() + "\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 10\n",
    }
    html = render_template("ui.html", config_json=json.dumps(config).replace("</", "<\\/"))
    return Response(html, content_type="text/html; charset=utf-8")
