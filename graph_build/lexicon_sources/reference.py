"""The verified reference table (identifiers.tsv) as tier-1 concepts, and overrides.tsv as tier 0.

Rows sharing a label are one entity. Its category is the first row's; its primary id is that
category's preferred prefix (docs/model.md: disease -> MONDO, finding -> HP, drug -> DRUGBANK,
gene -> HGNC ...); the other rows become xrefs, except ids whose note says they are broader or
approximate for the label, which are kept apart (they let paper_codes tell "broad" from "agrees").
"""

from __future__ import annotations

import csv
from collections import OrderedDict
from pathlib import Path

from cytokg.graph_build.lexicon_sources.concepts import Concept, ConceptTable, Synonym
from cytokg.identifiers import ReferenceRow

PREFERRED = {
    "disease": ("MONDO", "MESH", "HP", "DOID"),
    "phenotype": ("HP", "MESH", "MONDO"),
    "drug": ("DRUGBANK", "MESH", "CHEBI"),
    "drug_class": ("MESH",),
    "gene": ("HGNC", "NCBIGene", "UniProtKB"),
    "protein": ("UniProtKB", "HGNC"),
    "lab_measure": ("LOINC", "MESH", "HP"),
    "procedure": ("MESH",),
}


def label_forms(
    label: str, qualifiers: frozenset[str], split: bool = True
) -> tuple[str, list[str]]:
    """Main name and synonyms of a reference label.

    'intravenous immunoglobulin (IVIG)' -> IVIG is a synonym; 'respiratory (tract) infection' ->
    both with and without the inner word; 'albumin (serum)' -> qualifier dropped; '(NOT ...)'
    dropped; 'a / b' and, when ``split``, '(a, b)' give several names. Gene names keep their
    commas.
    """
    extra: list[str] = []
    head, sep, rest = label.partition(" (")
    if sep and not rest.endswith(")"):  # inside: 'respiratory (tract) infection'
        inner, _, after = rest.partition(")")
        return label_forms(f"{head} {inner}{after}", qualifiers, split)[0], [f"{head}{after}"]
    if sep:
        text = rest[:-1].strip()
        if not text.startswith("NOT") and text not in qualifiers:
            parts = text.split(",") if split else [text]
            extra.extend(p.strip() for p in parts if p.strip())
    names = [p.strip() for p in head.split(" / ") if p.strip()]
    return names[0], names[1:] + extra


def _primary(category: str, rows: list[ReferenceRow]) -> ReferenceRow:
    same = [r for r in rows if r.category == category]
    for prefix in PREFERRED.get(category, ()):
        for r in same:
            if r.curie.split(":", 1)[0] == prefix:
                return r
    return same[0]


def reference_concepts(rows: tuple[ReferenceRow, ...], scope: dict) -> list[Concept]:
    categories = set(scope["reference_categories"])
    qualifiers = frozenset(scope["reference_qualifiers"])
    markers = [m.lower() for m in scope["reference_broad_markers"]]
    groups: OrderedDict[str, list[ReferenceRow]] = OrderedDict()
    for r in rows:
        if r.curie and r.category in categories and " target: " not in r.label:
            groups.setdefault(r.label, []).append(r)
    out = []
    for label, group in groups.items():
        primary = _primary(group[0].category, group)
        exact, broad = [], []
        for r in group:
            if r is primary:
                continue
            (broad if any(m in r.note.lower() for m in markers) else exact).append(r.curie)
        # an id that is an exact match of a broad id is broad too (DOID:3393 via MONDO:0005010)
        for r in group:
            if r.curie in exact and any(b in r.note for b in broad):
                exact.remove(r.curie)
                broad.append(r.curie)
        name, others = label_forms(label, qualifiers, primary.category not in {"gene", "protein"})
        synonyms = (Synonym(name, 1, True, "reference"),) + tuple(
            Synonym(o, 1, False, "reference") for o in others
        )
        out.append(Concept(primary.curie, name, primary.category, "reference", tuple(exact),
                           tuple(broad), synonyms))
    return out


def apply_overrides(table: ConceptTable, path: Path) -> int:
    """overrides.tsv: 'use' pins a surface form to a concept (tier 0), 'block' forbids one, 'label'
    names the concept as its ontology does."""
    count = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            where = f"{path.name}:{line}"
            if not row.get("synonym") or not row.get("curie") or not row.get("reason"):
                raise ValueError(f"{where}: synonym, curie and reason are required")
            if row["action"] == "use":
                table.add_synonym(row["curie"], row["synonym"], 0, "override")
            elif row["action"] == "block":
                table.block(row["synonym"], row["curie"])
            elif row["action"] == "label":
                table.relabel(row["curie"], row["synonym"])
            else:
                raise ValueError(
                    f"{where}: action must be 'use', 'block' or 'label', not {row['action']!r}")
            count += 1
    return count
