"""Constants and helpers for building the seed papers in tests (fixtures are in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from cytokg.config import PAPERS_DIR, Settings

BUILD_TIME = "2026-01-01T00:00:00Z"
SEED_IDS = ("000", "001", "002", "003", "004")


@dataclass(frozen=True)
class SeedBuild:
    store: Path  # published store (symlink)
    nquads: Path  # the sorted N-Quads the store was loaded from
    report: object  # graph_build.report.BuildReport


def seed_settings(store: Path) -> Settings:
    """Settings for a reproducible build of the bundled papers into ``store``."""
    return replace(Settings(), store=store, documents=PAPERS_DIR, build_time=BUILD_TIME, jobs=1)


def curated_store(path: Path, docs: tuple[str, ...], documents: dict, facts: dict):
    """A store holding only the curated facts of docs (no text mining, no imports), so curation
    tests see exactly what the curation files say."""
    from pyoxigraph import Store

    from cytokg.graph_build.provenance import build_activity
    from cytokg.graph_build.rdf import document_quads
    from cytokg.graph_build.records import DocumentResult, Metadata, ParsedDocument

    store = Store(str(path))
    activity = build_activity([f"doc:{doc}" for doc in docs], BUILD_TIME)
    for doc in docs:
        parsed = ParsedDocument(documents[doc], Metadata(), (), ())
        result = DocumentResult(parsed=parsed, facts=list(facts[doc].values()))
        store.extend(document_quads(result, activity, documents))
    return store


def select_union(store, body: str) -> list:
    """SELECT over the union of all graphs, with the cy: prefix declared."""
    from cytokg.terms import CY

    return list(store.query(f"PREFIX cy: <{CY.base}> " + body, use_default_graph_as_union=True))
