"""The vocabulary as typed records: names from vocabulary.yaml, definitions and mappings from
alignments.yaml.

One reader for the build, the docs and the tests, so a term without a definition or a mapping to an
unverified id is found in one place and reported by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rdflib.namespace import DCTERMS, PROV, SKOS

from cytokg.config import ONTOLOGY_DIR
from cytokg.identifiers import expand, reference_rows
from cytokg.terms import BASE, OA, PREFIXES, vocabulary

ALIGNMENTS_FILE = ONTOLOGY_DIR / "alignments.yaml"
OA_TERMS_FILE = ONTOLOGY_DIR / "oa_terms.txt"

KINDS = {
    "classes": "class",
    "object_properties": "object",
    "data_properties": "data",
    "annotation_properties": "annotation",
}
SKOS_PREDICATES = frozenset(
    {"exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"}
)
OWL_PREDICATES = frozenset({"subClassOf", "subPropertyOf", "equivalentProperty"})
# Reference categories whose rows are vocabulary terms (not entities) and may be mapping targets.
MAPPABLE_CATEGORIES = frozenset({
    "class", "relation", "evidence", "statistics_or_measurement", "measurement_vocabulary",
    "study_or_publication_type",
})
_W3C_CLOSED = {"prov": PROV, "dcterms": DCTERMS, "skos": SKOS}


class VocabularyError(ValueError):
    """The vocabulary or its alignments are incomplete or name an unverified id."""


@dataclass(frozen=True)
class Mapping:
    predicate: str  # one of SKOS_PREDICATES | OWL_PREDICATES
    curie: str
    iri: str


@dataclass(frozen=True)
class Term:
    name: str
    kind: str  # class | object | data | annotation | individual
    label: str
    definition: str
    parent: str | None = None
    domain: str | None = None
    range: str | None = None
    functional: bool = False
    defined: bool = False
    individual_of: str | None = None  # for kind == "individual"
    mappings: tuple[Mapping, ...] = ()

    @property
    def iri(self) -> str:
        return BASE + self.name


@dataclass(frozen=True)
class Metadata:
    version: str
    title: str
    description: str
    license: str
    creator: str
    defined_classes: tuple[tuple[str, tuple[str, ...]], ...]


@cache
def _oa_terms() -> frozenset[str]:
    lines = OA_TERMS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


@cache
def mappable_curies() -> frozenset[str]:
    return frozenset(r.curie for r in reference_rows() if r.category in MAPPABLE_CATEGORIES)


def mapping_iri(curie: str, where: str) -> str:
    """IRI of a mapping target, refusing anything that is not verified."""
    prefix, _, local = curie.partition(":")
    if prefix in _W3C_CLOSED:
        try:
            return str(getattr(_W3C_CLOSED[prefix], local))
        except AttributeError:
            raise VocabularyError(f"{where}: {curie} is not a term of {prefix}:") from None
    if prefix == "oa":
        if local not in _oa_terms():
            raise VocabularyError(f"{where}: {curie} is not listed in {OA_TERMS_FILE.name}")
        return OA + local
    if curie not in mappable_curies():
        raise VocabularyError(
            f"{where}: mapping {curie} is not a vocabulary row of identifiers.tsv"
        )
    return expand(curie)


def _mappings(raw: list | None, where: str) -> tuple[Mapping, ...]:
    out = []
    for item in raw or ():
        predicate, curie = item.get("predicate"), item.get("curie")
        if predicate not in SKOS_PREDICATES | OWL_PREDICATES:
            raise VocabularyError(f"{where}: unknown mapping predicate {predicate!r}")
        out.append(Mapping(predicate, curie, mapping_iri(curie, where)))
    return tuple(out)


@cache
def alignments(path: Path = ALIGNMENTS_FILE) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def metadata() -> Metadata:
    raw = alignments()["metadata"]
    defined = tuple((k, tuple(v)) for k, v in sorted(raw["defined_classes"].items()))
    return Metadata(
        version=str(raw["version"]), title=raw["title"], description=raw["description"],
        license=raw["license"], creator=raw["creator"], defined_classes=defined,
    )


@cache
def terms() -> tuple[Term, ...]:
    """Every vocabulary term with its definition and mappings, in file order."""
    voc = vocabulary()
    extra = alignments().get("terms") or {}
    out: list[Term] = []

    def definition(name: str, spec: dict) -> str:
        text = spec.get("definition") or (extra.get(name) or {}).get("definition")
        if not text:
            raise VocabularyError(f"term {name!r} has no definition in {ALIGNMENTS_FILE.name}")
        return " ".join(str(text).split())

    for section, kind in KINDS.items():
        for name, spec in (voc.get(section) or {}).items():
            spec = spec or {}
            where = f"{ALIGNMENTS_FILE.name}:{name}"
            out.append(Term(
                name=name, kind=kind, label=spec.get("label") or name,
                definition=definition(name, spec), parent=spec.get("parent"),
                domain=spec.get("domain"), range=spec.get("range"),
                functional=bool(spec.get("functional")), defined=bool(spec.get("defined")),
                mappings=_mappings(spec.get("mappings") or (extra.get(name) or {}).get("mappings"),
                                   where),
            ))
    for cls, names in (voc.get("individuals") or {}).items():
        for name in names:
            out.append(Term(
                name=name, kind="individual", label=_split_camel(name),
                definition=definition(name, {}), individual_of=cls,
                mappings=_mappings((extra.get(name) or {}).get("mappings"), name),
            ))
    unknown = set(extra) - {t.name for t in out}
    if unknown:
        raise VocabularyError(f"{ALIGNMENTS_FILE.name} defines unknown terms: {sorted(unknown)}")
    return tuple(out)


def _split_camel(name: str) -> str:
    words, current = [], ""
    for ch in name:
        if ch.isupper() and current and not current[-1].isupper():
            words.append(current)
            current = ch
        else:
            current += ch
    words.append(current)
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)


def w3c_iri(curie: str) -> str:
    """Expand a W3C CURIE (xsd:, prov: ...) with the one prefix table of cytokg.terms."""
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES:
        raise VocabularyError(f"unknown prefix in {curie!r}")
    return PREFIXES[prefix] + local
