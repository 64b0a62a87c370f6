"""MONDO is-a ancestry of disease ids, for rules that ask whether one disease is a form of another.

Two readings, kept apart on purpose: ``verified_ancestors`` reads only the verified slice of the
reference tables (reference/mondo_slice.tsv), and is what re-grounds a mention's id
(mentions_coreference), where a wrong edge would change an entity; ``ancestors`` adds the is-a
edges the lexicon build read from the MONDO release above the lexicon's diseases
(lexicon/mondo_isa.tsv), for the drug-use rules, which only choose among diseases already named.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import cache
from pathlib import Path

from cytokg.config import LEXICON_DIR, REFERENCE_DIR

SLICE = REFERENCE_DIR / "mondo_slice.tsv"
RELEASE_EDGES = LEXICON_DIR / "mondo_isa.tsv"


def _closure(paths: tuple[Path, ...]) -> dict[str, frozenset[str]]:
    parents: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                parents[row["child_curie"]].add(row["parent_curie"])
    closed: dict[str, frozenset[str]] = {}

    def walk(curie: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        if curie in closed:
            return closed[curie]
        found: set[str] = set()
        for parent in parents.get(curie, ()):
            if parent not in seen:
                found |= {parent} | walk(parent, seen | {curie})
        closed[curie] = frozenset(found)
        return closed[curie]

    for curie in list(parents):
        walk(curie)
    return closed


@cache
def verified_ancestors() -> dict[str, frozenset[str]]:
    """Every MONDO ancestor of each concept of the verified slice (transitive)."""
    return _closure((SLICE,))


@cache
def ancestors() -> dict[str, frozenset[str]]:
    """Every MONDO ancestor of each concept, from the slice and the release's is-a edges."""
    return _closure((SLICE, RELEASE_EDGES))


def is_a(curie: str, ancestor: str | None) -> bool:
    """Is ``curie`` a narrower form of ``ancestor`` (slice and release edges)?"""
    return bool(ancestor) and ancestor in ancestors().get(curie, frozenset())
