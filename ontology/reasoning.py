"""Run HermiT over the ontology plus the reference drugs, and return what it infers.

Oxigraph does not reason, so the build materialises these class assertions (e.g. tocilizumab a
cy:IL6PathwayBlocker) into cyg:inferred. The result depends only on the vocabulary, its
alignments, the drug mechanism table and the reference table, so it is cached in
ontology/reasoning_cache.json keyed by their sha256: a build needs no Java unless they changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import owlready2

from cytokg.config import ONTOLOGY_DIR, REFERENCE_DIR
from cytokg.ontology import entities
from cytokg.ontology.build import Built, build_ontology
from cytokg.terms import VOCABULARY_FILE

CACHE_FILE = ONTOLOGY_DIR / "reasoning_cache.json"
_CACHE_FORMAT = 1  # bump when the reasoning code changes what it returns
_INPUTS = (
    VOCABULARY_FILE,
    ONTOLOGY_DIR / "alignments.yaml",
    entities.MECHANISMS_FILE,
    REFERENCE_DIR / "identifiers.tsv",
)


@dataclass(frozen=True)
class ReasonerReport:
    consistent: bool
    unsatisfiable: tuple[str, ...]  # class IRIs equivalent to owl:Nothing
    inferred: tuple[tuple[str, str], ...]  # (individual IRI, class IRI) not asserted, sorted
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable

    def classes_of(self, iri: str) -> frozenset[str]:
        return frozenset(c for i, c in self.inferred if i == iri)


def inputs_digest() -> str:
    digest = hashlib.sha256(f"cytokg-reasoning-{_CACHE_FORMAT}".encode())
    for path in _INPUTS:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _individual(built: Built, cls, iri: str):
    existing = built.world[iri]
    if existing is not None:
        if cls not in existing.is_a:
            existing.is_a.append(cls)
        return existing
    cut = max(iri.rfind("/"), iri.rfind("#"), iri.rfind(":")) + 1
    return cls(iri[cut:], namespace=built.ontology.get_namespace(iri[:cut]))


def add_reference_entities(built: Built) -> None:
    """The reference drugs, their targets and genes as individuals of the built ontology."""
    e = built.entities
    proteins = {}
    for target in entities.targets():
        protein = _individual(built, e["GeneProduct"], target.iri)
        protein.label = [owlready2.locstr(target.label, "en")]
        if target.gene:
            gene = _individual(built, e["Gene"], entities.expand(target.gene))
            e["geneProductOf"][protein].append(gene)
        proteins[target.curie] = protein
    for drug in entities.drugs():
        individual = _individual(built, e["Drug"], drug.iri)
        for name in drug.classes[1:]:
            individual.is_a.append(e[name])
        individual.label = [owlready2.locstr(drug.label, "en")]
        for curie in drug.targets:
            e["hasTarget"][individual].append(proteins[curie])
        for curie in drug.antagonist_of:
            e["isAntagonistOf"][individual].append(proteins[curie])
    # Distinct accessions are distinct proteins: without this, HermiT may not rule out that
    # DHFR is IL6R, and consistency says less.
    owlready2.AllDifferent(list(proteins.values()), ontology=built.ontology)


def _asserted(built: Built) -> dict[str, set[str]]:
    return {
        d.iri: {c.iri for c in built.world[d.iri].is_a if hasattr(c, "iri")}
        for d in entities.drugs()
    }


def run_reasoner() -> ReasonerReport:
    """HermiT over ontology + reference entities, in a fresh world (slow: starts Java)."""
    built = build_ontology()
    try:
        add_reference_entities(built)
        before = _asserted(built)
        try:
            # xsd:gYear (range of cy:year) is outside the OWL 2 datatype map: HermiT skips it.
            # owlready2 prints warnings about external classes on stderr: keep the CLI quiet.
            with contextlib.redirect_stderr(io.StringIO()):
                owlready2.sync_reasoner_hermit(
                    built.world, debug=0, ignore_unsupported_datatypes=True
                )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return ReasonerReport(False, (), (), f"HermiT: inconsistent ontology ({exc})")
        unsatisfiable = tuple(sorted(
            c.iri for c in built.world.inconsistent_classes() if hasattr(c, "iri")
        ))
        after = _asserted(built)
        inferred = tuple(sorted(
            (iri, cls) for iri, classes in after.items() for cls in classes - before[iri]
        ))
        return ReasonerReport(True, unsatisfiable, inferred, "HermiT: consistent")
    finally:
        built.world.close()


def reason(cache_file: Path | None = CACHE_FILE, refresh: bool = False) -> ReasonerReport:
    """The reasoner's report, from the cache when its inputs are unchanged."""
    key = inputs_digest()
    if cache_file is not None and cache_file.exists() and not refresh:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return ReasonerReport(
                cached["consistent"], tuple(cached["unsatisfiable"]),
                tuple(tuple(x) for x in cached["inferred"]), cached["message"] + " (cached)",
            )
    report = run_reasoner()
    if cache_file is not None:
        payload = {
            "key": key, "consistent": report.consistent, "message": report.message,
            "unsatisfiable": list(report.unsatisfiable),
            "inferred": [list(x) for x in report.inferred],
        }
        try:
            cache_file.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        except OSError:
            pass  # a read-only install still works, it just reasons every time
    return report
