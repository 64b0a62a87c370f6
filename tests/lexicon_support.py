"""Ids for tests, looked up in the lexicon by name: tests look ids up, they never type them."""

from __future__ import annotations

from cytokg.graph_build.lexicon import default_lexicon, normalise_key


def grounded(name: str) -> str:
    """The lexicon's id for a name. A name the lexicon lacks raises LookupError, not
    StopIteration: inside ``tuple(map(grounded, ...))`` a StopIteration would silently end the
    tuple and make an assertion about it vacuous."""
    found = next(iter(default_lexicon().lookup(normalise_key(name))), None)
    if found is None:
        raise LookupError(f"no lexicon entry for {name!r}")
    return found.curie
