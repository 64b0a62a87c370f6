"""Shared fixtures: the five seed papers built once per session into a real, published store.

``seed_build`` runs the real pipeline (``graph_build.pipeline.build``) with a fixed build time;
``built_store`` is its store path (a symlink to the published version), ready for
``pyoxigraph.Store.read_only``, the server app factory or ``cytokg query --store``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from seed_support import SeedBuild, seed_settings

from cytokg.config import PAPERS_DIR


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> SeedBuild:
    """The five seeds built once per session: real parse, mentions, curation, mining, RDF, store."""
    from cytokg.graph_build.pipeline import build

    root = tmp_path_factory.mktemp("seed-build")
    store = root / "store"
    nquads = root / "seeds.nq"
    report = build(seed_settings(store), PAPERS_DIR, store, 1, quiet=True, emit_nquads=nquads)
    return SeedBuild(store=store, nquads=nquads, report=report)


@pytest.fixture(scope="session")
def built_store(seed_build: SeedBuild) -> Path:
    """Path of the published seed store (read it with ``pyoxigraph.Store.read_only``)."""
    return seed_build.store


@pytest.fixture(scope="session")
def seed_query(built_store: Path) -> Callable[[str], list]:
    """SPARQL over the union of the seed store's graphs: SELECT -> rows, ASK -> bool."""
    import pyoxigraph

    from cytokg.graph_build.store import current
    from cytokg.terms import PREFIXES

    db = pyoxigraph.Store.read_only(str(current(built_store)))
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

    def run(sparql: str):
        result = db.query(header + sparql, use_default_graph_as_union=True)
        if isinstance(result, pyoxigraph.QueryBoolean):
            return bool(result)
        return list(result)

    return run


@pytest.fixture
def use_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The use rules alone, without the learned second reading (uses_model): for tests that pin
    what a rule reads on an invented probe. The model's own reading is tested in
    tests/test_uses_model.py and measured on whole papers (docs/evaluation.md)."""
    from cytokg.graph_build import uses_model

    monkeypatch.setattr(uses_model, "model", lambda: None)
