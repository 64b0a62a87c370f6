"""IRIs named once: the cytokg vocabulary (ontology/vocabulary.yaml) and the W3C vocabularies used.

``CY.Drug`` is the IRI string of a vocabulary term; a name that is not in vocabulary.yaml
raises AttributeError, so a typo never mints a new term.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

VOCABULARY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "vocabulary.yaml"

BASE = "https://w3id.org/cytokg/"
ONTOLOGY_IRI = BASE + "ontology"
RESOURCE = BASE + "resource/"  # individuals: documents, studies, facts, spans ...
GRAPH = BASE + "graph/"  # named graphs


class ClosedNamespace:
    """A namespace that only knows the names it was given."""

    def __init__(self, base: str, names: frozenset[str]):
        self._base = base
        self._names = names

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or name not in self._names:
            raise AttributeError(f"{name!r} is not a term of {self._base}")
        return self._base + name

    def __getitem__(self, name: str) -> str:
        return self.__getattr__(name)

    def __contains__(self, name: str) -> bool:
        return name in self._names

    @property
    def base(self) -> str:
        return self._base

    def names(self) -> frozenset[str]:
        return self._names


@cache
def vocabulary() -> dict:
    """The parsed vocabulary.yaml."""
    return yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8"))


def _vocabulary_names() -> frozenset[str]:
    voc = vocabulary()
    names: set[str] = set()
    for section in ("classes", "object_properties", "data_properties", "annotation_properties"):
        names.update(voc.get(section) or {})
    for values in (voc.get("individuals") or {}).values():
        names.update(values)
    return frozenset(names)


CY = ClosedNamespace(BASE, _vocabulary_names())

# W3C and community vocabularies (term lists from their specifications).
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
NP = "http://www.nanopub.org/nschema#"
VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"
SH = "http://www.w3.org/ns/shacl#"
SCHEMA = "https://schema.org/"
OBO = "http://purl.obolibrary.org/obo/"

PREFIXES: dict[str, str] = {
    "cy": BASE,
    "cyr": RESOURCE,
    "cyg": GRAPH,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "oa": OA,
    "np": NP,
    "void": VOID,
    "sh": SH,
    "schema": SCHEMA,
    "obo": OBO,
}


def resource(*parts: str) -> str:
    """IRI of an individual: resource('000', 'treatment', 'tcz')."""
    return RESOURCE + "/".join(parts)


def graph(*parts: str) -> str:
    """IRI of a named graph: graph('000', 'assertion')."""
    return GRAPH + "/".join(parts)
