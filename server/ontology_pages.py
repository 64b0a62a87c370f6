"""/ontology: the OWL ontology as HTML documentation (ontology/docs/index.html when built, else a
page generated from vocabulary.yaml), Turtle (ontology/cytokg.ttl) or RDF/XML (ontology/cytokg.owl).
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request, send_file

from cytokg.config import ONTOLOGY_DIR
from cytokg.server import conneg, errors
from cytokg.terms import ONTOLOGY_IRI, vocabulary

bp = Blueprint("ontology_pages", __name__)

# media type -> file in ontology/
FILES = {"text/turtle": "cytokg.ttl", "application/rdf+xml": "cytokg.owl"}
FORMATS = {"turtle": "text/turtle", "ttl": "text/turtle", "rdfxml": "application/rdf+xml",
           "owl": "application/rdf+xml", "xml": "application/rdf+xml", "html": "text/html"}
SECTIONS = ("classes", "object_properties", "data_properties", "annotation_properties")


def _choose(accept: str | None, fmt: str | None) -> str:
    if fmt:
        if fmt.lower() not in FORMATS:
            raise errors.NotAcceptableError(
                f"format={fmt!r} is not offered for the ontology; use {', '.join(sorted(FORMATS))}"
            )
        return FORMATS[fmt.lower()]
    if conneg.wants_html(accept):
        return "text/html"
    ranges = conneg.parse_accept(accept)
    offered = ("text/turtle", "application/rdf+xml", "text/html")
    scored = [(conneg.quality(ranges, m), -i, m) for i, m in enumerate(offered)]
    q, _, media = max(scored)
    if q <= 0:
        raise errors.NotAcceptableError(f"the ontology is offered as {', '.join(offered)}")
    return media


def _html() -> Response:
    built = ONTOLOGY_DIR / "docs" / "index.html"
    if built.exists():
        return send_file(built, mimetype="text/html")
    voc = vocabulary()
    sections = []
    for section in SECTIONS:
        terms = voc.get(section) or {}
        rows = []
        for name, info in sorted(terms.items()):
            info = info or {}
            text = info.get("label", "") if isinstance(info, dict) else str(info)
            if isinstance(info, dict) and info.get("definition"):
                text = f"{text}: {info['definition']}"
            rows.append((name, text))
        sections.append((section.replace("_", " "), rows))
    page = render_template("ontology.html", iri=ONTOLOGY_IRI, sections=sections)
    return Response(page, content_type="text/html; charset=utf-8")


@bp.route("/ontology", methods=["GET"])
def ontology():
    media = _choose(request.headers.get("Accept"), request.args.get("format"))
    if media == "text/html":
        response = _html()
    else:
        path = ONTOLOGY_DIR / FILES[media]
        if not path.exists():
            raise errors.NotFound(f"{path.name} is not built yet: run `cytokg ontology`")
        response = send_file(path, mimetype=media)
    response.vary.add("Accept")
    return response
