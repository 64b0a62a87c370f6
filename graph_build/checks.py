"""Checks of a loaded, not yet published store: the build publishes only when none fails.

A check returns findings: a string fails the build; a Problem is reported with the build. SHACL
violations fail it, except on text-mined facts: automatic extraction from a new paper is often
incomplete (an outcome without its group), and that must not block every other paper; such
violations are reported by document instead. SHACL warnings are reported too.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pyoxigraph

from cytokg.graph_build.records import Problem
from cytokg.terms import CY, PREFIXES, RESOURCE

Finding = str | Problem
QUERY = Path(__file__).resolve().parent / "data" / "queries" / "unsupported_facts.rq"
Validator = Callable[[Path], list[Finding]]


def default_validators() -> list[Validator]:
    validators: list[Validator] = [check_document_graphs]
    if importlib.util.find_spec("cytokg.ontology.validate") is not None:
        validators += [check_shapes, check_reasoner]
    return validators


def check_reasoner(store_path: Path) -> list[Finding]:
    """HermiT (cached by input digest): the ontology with the reference entities is consistent and
    has no unsatisfiable class; its inferences are what the store's inferred graph holds."""
    from cytokg.ontology import validate

    report = validate.check_reasoner()
    if report.ok:
        return []
    found = [f"reasoner: unsatisfiable class {iri}" for iri in report.unsatisfiable]
    if not report.consistent:
        found.insert(0, f"reasoner: ontology is inconsistent: {report.message}")
    return found


def check_document_graphs(store_path: Path) -> list[Finding]:
    """Every document has a head and a pubinfo graph; every fact has evidence with a span in its
    provenance graph and a publication pinned by digest (graph_build/data/queries)."""
    store = pyoxigraph.Store.read_only(str(store_path))
    try:
        graphs = {g.value for g in store.named_graphs()}
        rows = list(store.query(QUERY.read_text(encoding="utf-8")))
    finally:
        del store
    findings: list[Finding] = []
    for head in sorted(g for g in graphs if g.endswith("/head")):
        if head[: -len("head")] + "pubinfo" not in graphs:
            findings.append(f"graph {head[: -len('head')]}pubinfo is missing")
    findings += [f"{row['fact'].value}: {row['why'].value}" for row in rows]
    return findings


def _iri(short: str) -> str | None:
    """cyr:000/x -> full IRI (the validator prints focus nodes shortened by PREFIXES)."""
    for prefix, base in PREFIXES.items():
        if short.startswith(prefix + ":"):
            return base + short[len(prefix) + 1 :]
    return short[1:-1] if short.startswith("<") and short.endswith(">") else None


def _mined(store: pyoxigraph.Store, iri: str | None) -> bool:
    if not iri:
        return False
    query = (
        f"ASK {{ <{iri}> <{CY.hasEvidence}> ?ev . ?ev <{CY.agentType}> <{CY.TextMining}> }}"
    )
    return bool(store.query(query, use_default_graph_as_union=True))


def _document(iri: str | None) -> str:
    if iri and iri.startswith(RESOURCE):
        return iri[len(RESOURCE) :].split("/", 1)[0]
    return "graph"


def check_shapes(store_path: Path) -> list[Finding]:
    """SHACL (ontology/shapes.ttl via cytokg.ontology.validate) over the union of the store."""
    from cytokg.ontology import validate

    report = validate.validate_graph(validate.store_union(store_path))
    store = pyoxigraph.Store.read_only(str(store_path))
    findings: list[Finding] = []
    try:
        for v in report.violations:
            iri = _iri(v.focus)
            if v.severity == "Violation" and not _mined(store, iri):
                findings.append(f"SHACL {v.line()}")
            else:
                level = "text-mined fact" if v.severity == "Violation" else v.severity
                message = f"SHACL ({level}): {v.focus} {v.path or ''}: {v.message}"
                findings.append(Problem(_document(iri), "warning", message))
    finally:
        del store
    return findings
