"""The cyg:xrefs graph: each reference entity under its primary IRI, typed and labelled, with
skos:exactMatch (or closeMatch, when the reference calls the id approximate) to its other ids.

Primary ids follow docs/model.md: diseases MONDO (else MeSH, then HPO, with a cy:referenceNote
saying MONDO has none), findings HPO, drugs DrugBank (else MeSH), genes HGNC, proteins UniProtKB
(cy:geneProductOf their gene), lab measures LOINC. Every IRI is expand() of a row's CURIE.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from cytokg.identifiers import ReferenceRow, expand, reference_rows, verified_curies
from cytokg.ontology.graph_meta import graph_metadata, sources
from cytokg.terms import CY, RDF, RDFS, SKOS, graph

GRAPH = graph("xrefs")
# Entity kind of a label group -> (preferred primary prefixes, cy: class, categories kept)
_KINDS = {
    "drug": (("DRUGBANK", "MESH"), "Drug", {"drug"}),
    "gene": (("HGNC", "NCBIGene"), "Gene", {"gene"}),
    "lab_measure": (("LOINC", "MESH", "HP"), "LabMeasure", {"lab_measure"}),
    "disease": (("MONDO", "MESH", "HP"), "Disease", {"disease", "phenotype"}),
    "phenotype": (("HP", "MESH", "MONDO"), "Phenotype", {"disease", "phenotype"}),
    "procedure": (("MESH",), "Procedure", {"procedure"}),
    "drug_class": (("MESH",), None, {"drug_class"}),
}
_APPROXIMATE = re.compile(r"broad|closest|approximate|caution|post-coordination|generic", re.I)
_WARNING = re.compile(r"WARNING|WRONG|Caution")
_SOURCE_LABEL = re.compile(
    r"(?:MONDO label|MeSH heading|DO label|HPO label|DrugBank name|ChEBI name)[^:']*: '([^']+)'"
)
_HGNC_SYMBOL = re.compile(r"HGNC approved symbol (\S+);")
_LOINC2HPO = re.compile(r"loinc2hpo maps \S+ to (HP:\d{7})")


@dataclass(frozen=True)
class Entity:
    label: str  # the reference's entity label (the label column)
    kind: str
    primary: ReferenceRow
    others: tuple[ReferenceRow, ...]

    @property
    def has_mondo(self) -> bool:
        return self.primary.curie.startswith("MONDO:")


def source_label(row: ReferenceRow) -> str:
    """The label the source itself gives the id (from the note), else the reference label."""
    for pattern in (_SOURCE_LABEL, _HGNC_SYMBOL):
        match = pattern.search(row.note)
        if match:
            return match.group(1)
    return row.label


def is_approximate(row: ReferenceRow) -> bool:
    return bool(_APPROXIMATE.search(row.note))


def _kind(rows: list[ReferenceRow]) -> str | None:
    categories = {r.category for r in rows}
    for kind in ("drug", "gene", "lab_measure", "disease", "phenotype", "procedure", "drug_class"):
        if kind in categories:
            return kind
    return None


def entities() -> tuple[Entity, ...]:
    groups: dict[str, list[ReferenceRow]] = defaultdict(list)
    for row in reference_rows():
        groups[row.label].append(row)
    out = []
    for label, rows in groups.items():
        kind = _kind(rows)
        if kind is None:
            continue
        prefixes, _, categories = _KINDS[kind]
        rows = [r for r in rows if r.category in categories]
        # An exact id of a preferred source, else an approximate one (noted), else the first row.
        ranked = sorted(
            (r for r in rows if r.curie.split(":")[0] in prefixes),
            key=lambda r: (is_approximate(r), prefixes.index(r.curie.split(":")[0])),
        )
        primary = ranked[0] if ranked else rows[0]
        others = tuple(r for r in rows if r.curie != primary.curie)
        out.append(Entity(label, kind, primary, others))
    return tuple(out)


def _note(entity: Entity) -> str | None:
    row = entity.primary
    if entity.kind in ("disease", "phenotype") and not entity.has_mondo and not (
        entity.kind == "phenotype" and row.curie.startswith("HP:")
    ):
        missing = "MONDO class" if entity.kind == "disease" else "HPO term or MONDO class"
        return (f"No {missing} for '{entity.label}' in the verified reference: "
                f"{row.curie} ({row.id_source}) is used. {row.note}")
    if is_approximate(row):
        return (f"No exact identifier for '{entity.label}' in the verified reference: "
                f"{row.curie} is the closest. {row.note}")
    return None


def xref_quads() -> list[Quad]:
    """The xrefs graph, sorted."""
    g = NamedNode(GRAPH)
    label_of: dict[str, str] = {}
    for row in reference_rows():
        if row.curie:
            label_of.setdefault(row.curie, source_label(row))
    quads: set[Quad] = set()

    def add(s: str, p: str, o: NamedNode | Literal) -> None:
        quads.add(Quad(NamedNode(s), NamedNode(p), o, g))

    for curie, label in label_of.items():
        add(expand(curie), RDFS + "label", Literal(label))
    for row in reference_rows():
        if row.curie and _WARNING.search(row.note):
            add(expand(row.curie), CY.referenceNote, Literal(row.note))
        hp = _LOINC2HPO.search(row.note) if row.curie.startswith("LOINC:") else None
        if hp and hp.group(1) in verified_curies():
            add(expand(row.curie), SKOS + "relatedMatch", NamedNode(expand(hp.group(1))))
        if row.category == "protein":
            add(expand(row.curie), RDF + "type", NamedNode(CY.GeneProduct))
            genes = [r for r in reference_rows() if r.label == row.label and r.category == "gene"
                     and r.curie.startswith("HGNC:")]
            for gene in genes:
                add(expand(row.curie), CY.geneProductOf, NamedNode(expand(gene.curie)))
    for entity in entities():
        primary = expand(entity.primary.curie)
        cls = _KINDS[entity.kind][1]
        if cls:
            add(primary, RDF + "type", NamedNode(CY[cls]))
        note = _note(entity)
        if note:
            add(primary, CY.referenceNote, Literal(note))
        for other in entity.others:
            predicate = "closeMatch" if is_approximate(other) else "exactMatch"
            add(primary, SKOS + predicate, NamedNode(expand(other.curie)))
    meta = graph_metadata(
        GRAPH, "cytokg cross-references",
        "Labels, types and skos:exactMatch/closeMatch cross-references of the verified reference "
        "identifiers (cytokg/data/reference/identifiers.tsv).",
        sources(),
    )
    return sorted(quads | set(meta), key=str)
