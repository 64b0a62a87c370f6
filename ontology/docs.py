"""HTML documentation of the ontology (ontology/docs/index.html), published by the server at
/ontology.

A Jinja2 template over the same vocabulary records the build uses, so the page cannot disagree
with the OWL. (pyLODE 3.4.1 was tried first: it fails on import, reading a pyproject.toml that
is not installed.)
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from cytokg.config import ONTOLOGY_DIR
from cytokg.identifiers import expand
from cytokg.ontology.build import target_label
from cytokg.ontology.vocab import metadata, terms
from cytokg.terms import BASE, ONTOLOGY_IRI

DOCS_DIR = ONTOLOGY_DIR / "docs"
TEMPLATE_DIR = ONTOLOGY_DIR / "templates"
_SECTIONS = (
    ("classes", "Classes", "class"),
    ("object-properties", "Object properties", "object"),
    ("data-properties", "Data properties", "data"),
    ("annotation-properties", "Annotation properties", "annotation"),
    ("individuals", "Individuals (controlled values)", "individual"),
)


def render_html() -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )
    meta = metadata()
    defined = {
        name: [{"curie": c, "iri": expand(c), "label": target_label(c)} for c in curies]
        for name, curies in meta.defined_classes
    }
    sections = [
        {"id": sid, "title": title,
         "terms": sorted((t for t in terms() if t.kind == kind), key=lambda t: t.name.lower())}
        for sid, title, kind in _SECTIONS
    ]
    return env.get_template("docs.html.j2").render(
        meta=meta, iri=ONTOLOGY_IRI, version_iri=f"{ONTOLOGY_IRI}/{meta.version}",
        namespace=BASE, sections=sections, defined=defined,
    )


def write_docs(directory: Path = DOCS_DIR) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "index.html"
    path.write_text(render_html(), encoding="utf-8")
    return path
