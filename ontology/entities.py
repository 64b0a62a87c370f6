"""Drug and target entities from the reference table: what the reasoner classifies.

A drug is one label group of identifiers.tsv with drug rows; its IRI is its DrugBank id (MeSH when
DrugBank has none). Targets come from the drug_target rows (UniProtKB), each linked to its HGNC
gene when the gene group of identifiers.tsv lists both. Mechanism classes come from
drug_mechanisms.yaml and are checked against the reference notes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import yaml

from cytokg.config import ONTOLOGY_DIR
from cytokg.identifiers import ReferenceRow, expand, reference_rows
from cytokg.terms import CY

MECHANISMS_FILE = ONTOLOGY_DIR / "drug_mechanisms.yaml"
_TARGET_SEP = " target: "


@dataclass(frozen=True)
class DrugEntity:
    curie: str
    label: str
    classes: tuple[str, ...]  # cy: class names, Drug first
    targets: tuple[str, ...]  # UniProtKB CURIEs
    antagonist_of: tuple[str, ...]  # targets with DrugBank action "antagonist"

    @property
    def iri(self) -> str:
        return expand(self.curie)


@dataclass(frozen=True)
class TargetEntity:
    curie: str  # UniProtKB
    label: str
    gene: str | None  # HGNC CURIE
    gene_label: str | None

    @property
    def iri(self) -> str:
        return expand(self.curie)


def _groups(category: str) -> dict[str, list[ReferenceRow]]:
    groups: dict[str, list[ReferenceRow]] = defaultdict(list)
    for row in reference_rows():
        if row.category == category:
            groups[row.label].append(row)
    return groups


def _primary_drug(rows: list[ReferenceRow]) -> str:
    for prefix in ("DRUGBANK:", "MESH:"):
        for row in rows:
            if row.curie.startswith(prefix):
                return row.curie
    raise ValueError(f"drug {rows[0].label!r} has neither a DrugBank nor a MeSH row")


def _mechanisms(curie: str, label: str) -> tuple[str, ...]:
    """Mechanism classes of one drug, each checked against a reference note naming the drug."""
    table = yaml.safe_load(MECHANISMS_FILE.read_text(encoding="utf-8")) or {}
    name = label.split(" (")[0].lower()
    notes = [
        r.note for r in reference_rows()
        if r.curie == curie or r.label.startswith(label + _TARGET_SEP) or name in r.note.lower()
    ]
    out = []
    for item in table.get(curie) or ():
        cls, evidence = item["class"], item["evidence"]
        if cls not in CY:
            raise ValueError(f"{MECHANISMS_FILE.name}: {curie}: {cls!r} is not a cytokg class")
        if not any(evidence in note for note in notes):
            raise ValueError(
                f"{MECHANISMS_FILE.name}: {curie}: evidence {evidence!r} is not in a reference note"
            )
        out.append(cls)
    return tuple(out)


@cache
def drugs() -> tuple[DrugEntity, ...]:
    """Every drug of the reference table, sorted by CURIE."""
    targets: dict[str, list[ReferenceRow]] = defaultdict(list)
    for rows in _groups("drug_target").values():
        for row in rows:
            targets[row.label.split(_TARGET_SEP)[0]].append(row)
    out = []
    for label, rows in _groups("drug").items():
        curie = _primary_drug(rows)
        own = targets.get(label, [])
        out.append(DrugEntity(
            curie=curie, label=label, classes=("Drug", *_mechanisms(curie, label)),
            targets=tuple(sorted({r.curie for r in own})),
            antagonist_of=tuple(sorted({r.curie for r in own if "actions=antagonist" in r.note})),
        ))
    unknown = set(targets) - set(_groups("drug"))
    if unknown:
        raise ValueError(f"identifiers.tsv: drug_target rows for unknown drugs {sorted(unknown)}")
    return tuple(sorted(out, key=lambda d: d.curie))


@cache
def targets() -> tuple[TargetEntity, ...]:
    """Every protein of the reference table, with its HGNC gene, sorted by CURIE."""
    out = {}
    for label, rows in _groups("protein").items():
        genes = [r for r in reference_rows() if r.label == label and r.curie.startswith("HGNC:")]
        for row in rows:
            gene = genes[0] if genes else None
            out[row.curie] = TargetEntity(
                curie=row.curie, label=label, gene=gene.curie if gene else None,
                gene_label=label if gene else None,
            )
    used = {t for d in drugs() for t in d.targets}
    missing = used - set(out)
    if missing:
        raise ValueError(f"identifiers.tsv: drug targets without a protein row {sorted(missing)}")
    return tuple(sorted(out.values(), key=lambda t: t.curie))
