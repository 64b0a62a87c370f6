"""Source, version and licence of each imported named graph, stated inside the graph itself.

The facts come from the "Sources, versions, licences" table of cytokg/data/reference/README.md,
so the graph says exactly what the reference says and nothing is retyped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad

from cytokg.config import REFERENCE_DIR
from cytokg.terms import DCTERMS, OWL, PROV, RDF, VOID, resource

README = REFERENCE_DIR / "README.md"
_LICENCE_IRIS = (  # licence text prefix -> licence document IRI
    ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
)


@dataclass(frozen=True)
class Source:
    name: str
    version: str
    licence: str

    @property
    def iri(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")[:60].rstrip("-")
        return resource("source", slug)

    @property
    def licence_iri(self) -> str | None:
        return next((iri for text, iri in _LICENCE_IRIS if self.licence.startswith(text)), None)


@cache
def sources() -> tuple[Source, ...]:
    """Rows of the README's sources table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Sources, versions, licences", 1)
    if len(section) != 2:
        raise ValueError(f"{README}: no 'Sources, versions, licences' section")
    rows = []
    for line in section[1].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in {"source", ""} or set(cells[0]) <= {"-", " "}:
            continue
        rows.append(Source(*cells))
    if not rows:
        raise ValueError(f"{README}: the sources table is empty")
    return tuple(rows)


def sources_matching(*words: str) -> tuple[Source, ...]:
    """Sources whose name starts with one of ``words`` (e.g. 'MONDO')."""
    found = tuple(s for s in sources() if s.name.startswith(words))
    if not found:
        raise ValueError(f"{README}: no source named {words}")
    return found


def graph_metadata(graph_iri: str, title: str, description: str,
                   derived_from: tuple[Source, ...]) -> list[Quad]:
    """The graph describes itself: title, description, and each source's version and licence."""
    g = NamedNode(graph_iri)
    out = [
        Quad(g, NamedNode(RDF + "type"), NamedNode(VOID + "Dataset"), g),
        Quad(g, NamedNode(DCTERMS + "title"), Literal(title), g),
        Quad(g, NamedNode(DCTERMS + "description"), Literal(description), g),
    ]
    for source in derived_from:
        s = NamedNode(source.iri)
        out += [
            Quad(g, NamedNode(PROV + "wasDerivedFrom"), s, g),
            Quad(g, NamedNode(DCTERMS + "source"), s, g),
            Quad(s, NamedNode(RDF + "type"), NamedNode(PROV + "Entity"), g),
            Quad(s, NamedNode(DCTERMS + "title"), Literal(source.name), g),
            Quad(s, NamedNode(OWL + "versionInfo"), Literal(source.version), g),
            Quad(s, NamedNode(DCTERMS + "rights"), Literal(source.licence), g),
        ]
        if source.licence_iri:
            out.append(Quad(s, NamedNode(DCTERMS + "license"), NamedNode(source.licence_iri), g))
    return out
