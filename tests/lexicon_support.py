"""Ids for tests, looked up in the lexicon by name: tests look ids up, they never type them."""

from __future__ import annotations

from cytokg.graph_build.lexicon import default_lexicon, normalise_key


def grounded(name: str) -> str:
    """The lexicon's id for a name."""
    return next(iter(default_lexicon().lookup(normalise_key(name)))).curie
