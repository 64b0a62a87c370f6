"""What a curation file may say: fact kinds, property names and values and ids.

The names come from ontology/vocabulary.yaml and the ids from the verified reference table, so a
curator cannot mint a term or type an identifier from memory: anything else is a CurationError
upstream, raised with the file and line of the offending value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cytokg.graph_build.records import Value
from cytokg.identifiers import expand, verified_curies
from cytokg.terms import vocabulary

CURIE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9._]*:[^\s:]\S*$")
# Roots whose subclasses may be curated (Fact itself is abstract).
_KIND_ROOTS = ("Fact", "Study", "StudyGroup", "Patient", "Publication")


class ValueProblem(ValueError):
    """A value that breaks the contract; the loader adds file and line."""


@dataclass(frozen=True)
class CurationVocabulary:
    kinds: frozenset[str]
    object_ranges: dict[str, str | None]  # object property -> range class
    data_ranges: dict[str, str | None]  # data property -> xsd range
    annotations: frozenset[str]
    individuals: dict[str, frozenset[str]]  # controlled class -> its individual names

    @property
    def all_individuals(self) -> frozenset[str]:
        return frozenset().union(*self.individuals.values())


@cache
def curation_vocabulary() -> CurationVocabulary:
    voc = vocabulary()
    classes = voc.get("classes") or {}

    def ancestors(name: str) -> list[str]:
        chain = [name]
        while (parent := (classes.get(chain[-1]) or {}).get("parent")) and parent not in chain:
            chain.append(parent)
        return chain

    kinds = frozenset(
        c for c in classes if c != "Fact" and any(r in ancestors(c) for r in _KIND_ROOTS)
    )
    return CurationVocabulary(
        kinds=kinds,
        object_ranges={k: (v or {}).get("range") for k, v in voc["object_properties"].items()},
        data_ranges={k: (v or {}).get("range") for k, v in voc["data_properties"].items()},
        annotations=frozenset(voc.get("annotation_properties") or {}),
        individuals={k: frozenset(v) for k, v in (voc.get("individuals") or {}).items()},
    )


def check_curie(curie: str) -> str:
    """A CURIE whose prefix expands and which is in the verified reference table."""
    try:
        expand(curie)
    except Exception as err:  # curies raises its own error types for unknown prefixes
        raise ValueProblem(f"CURIE {curie!r} has a prefix the converter cannot expand") from err
    if curie not in verified_curies():
        raise ValueProblem(
            f"CURIE {curie!r} is not in cytokg/data/reference/identifiers.tsv (verified ids only)"
        )
    return curie


def normalise(name: str, raw: object, keys: frozenset[str]) -> Value:
    """One property value, validated and typed; ``keys`` are the fact keys of the file."""
    cv = curation_vocabulary()
    if name in cv.object_ranges:
        return _object_value(name, raw, cv.object_ranges[name], keys, cv)
    if name in cv.data_ranges:
        return _data_value(name, raw, cv.data_ranges[name])
    if name in cv.annotations:
        if not isinstance(raw, str):
            raise ValueProblem(f"{name} expects text, got {raw!r}")
        return raw
    raise ValueProblem(f"unknown property {name!r} (not in ontology/vocabulary.yaml)")


def _object_value(name, raw, range_, keys, cv: CurationVocabulary) -> Value:
    if not isinstance(raw, str) or not raw:
        raise ValueProblem(f"{name} expects a '#key', a CURIE or an individual name, got {raw!r}")
    if range_ in cv.individuals:
        if raw not in cv.individuals[range_]:
            allowed = ", ".join(sorted(cv.individuals[range_]))
            raise ValueProblem(f"{name}: {raw!r} is not a {range_} (one of: {allowed})")
        return raw
    if raw.startswith("#"):
        if raw[1:] not in keys:
            raise ValueProblem(f"{name}: {raw!r} refers to no fact key of this file")
        return raw
    if CURIE_RE.match(raw):
        return check_curie(raw)
    if raw in cv.all_individuals:
        return raw
    raise ValueProblem(
        f"{name}: {raw!r} is neither a '#key', a CURIE nor a vocabulary individual"
        " (use a data property such as variableLabel or routeLabel for free text)"
    )


def _data_value(name: str, raw: object, range_: str | None) -> Value:
    if isinstance(raw, (dict, list)) or raw is None:
        raise ValueProblem(f"{name} expects a single literal, got {raw!r}")
    if range_ == "xsd:boolean":
        if not isinstance(raw, bool):
            raise ValueProblem(f"{name} expects true or false, got {raw!r}")
        return raw
    if range_ == "xsd:integer":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueProblem(f"{name} expects a whole number, got {raw!r}")
        return raw
    if range_ == "xsd:decimal":
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise ValueProblem(f"{name} expects a number, got {raw!r}")
        return float(raw)
    if range_ == "xsd:gYear":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueProblem(f"{name} expects a year, got {raw!r}")
        return raw
    if isinstance(raw, bool):
        raise ValueProblem(f"{name} expects text, got {raw!r}")
    # xsd:string: numbers written bare (caseNumber: 1) are kept as their text.
    return raw if isinstance(raw, str) else str(raw)
