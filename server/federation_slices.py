"""Stand-in slices of the external services, in THOSE services' own schemas, built only from the
verified reference tables (cytokg/data/reference/), so the federated queries run offline unchanged.

- Ubergraph (MONDO): asserted subClassOf edges and labels in <http://reasoner.renci.org/ontology>,
  the same direct edges in <.../nonredundant>, their transitive closure in <.../redundant>. Graph
  IRIs as used by OAK's Ubergraph adapter (RelationGraphEnum) and ubergraph's own Makefile.
- UniProt: up:Protein with up:encodedBy/skos:prefLabel (gene symbol) and, where the reference notes
  carry UniProt's name, up:recommendedName/up:fullName.
- Wikidata: items as blank nodes (no Q-id is verified in the reference tables, so none is invented),
  with wdt:P715 (DrugBank ID), wdt:P352 (UniProt protein ID), wdt:P354 (HGNC ID), wdt:P353 (HGNC
  gene symbol), wdt:P688 (encodes) and English rdfs:label.

`python -m cytokg.server.federation_slices` rewrites the files; a test checks they are current.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyoxigraph as ox

from cytokg.config import DATA_DIR, REFERENCE_DIR
from cytokg.identifiers import expand

FEDERATION_DIR = DATA_DIR / "federation"
UBERGRAPH = "http://reasoner.renci.org/"
UP = "http://purl.uniprot.org/core/"
WDT = "http://www.wikidata.org/prop/direct/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"

# The cytokine blockers' targets: accession -> (HGNC id, gene symbol, UniProt recommended name or
# None), all from identifiers.tsv rows (the HGNC table supplies the accession); full names only
# where the note quotes UniProt's (DrugMechDB: 'Interleukin-6', 'Interleukin-1 receptor type 1').
TARGETS = {
    "P08887": ("6019", "IL6R", None),
    "P14778": ("5993", "IL1R1", "Interleukin-1 receptor type 1"),
    "P05231": ("6018", "IL6", "Interleukin-6"),
    "P01584": ("5992", "IL1B", None),
}
# The five blockers: DrugBank id -> name (identifiers.tsv, DrugBank name).
DRUGS = {
    "DB06273": "tocilizumab",
    "DB11767": "sarilumab",
    "DB09036": "siltuximab",
    "DB00026": "anakinra",
    "DB06168": "canakinumab",
}


def _reference_rows(name: str) -> list[dict]:
    with open(REFERENCE_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _check_reference() -> None:
    """Every id used here must be in identifiers.tsv: fail loudly, naming it, if one is not."""
    known = {row["curie"] for row in _reference_rows("identifiers.tsv")}
    wanted = [f"DRUGBANK:{d}" for d in DRUGS] + [f"UniProtKB:{a}" for a in TARGETS]
    wanted += [f"HGNC:{h}" for h, _, _ in TARGETS.values()]
    missing = [c for c in wanted if c not in known]
    if missing:
        raise ValueError(f"federation slices use ids missing from identifiers.tsv: {missing}")


def ubergraph_quads() -> list[ox.Quad]:
    edges = _reference_rows("mondo_slice.tsv")
    labels: dict[str, str] = {}
    parents: dict[str, set[str]] = {}
    for row in edges:
        child, parent = expand(row["child_curie"]), expand(row["parent_curie"])
        labels[child], labels[parent] = row["child_label"], row["parent_label"]
        parents.setdefault(child, set()).add(parent)
    ontology, nonred, red = (ox.NamedNode(UBERGRAPH + g) for g in
                             ("ontology", "nonredundant", "redundant"))
    sub = ox.NamedNode(SUBCLASS)
    quads = []
    for iri, label in labels.items():
        quads.append(ox.Quad(ox.NamedNode(iri), ox.NamedNode(RDFS_LABEL), ox.Literal(label),
                             ontology))
    for child, direct in parents.items():
        for parent in direct:
            for g in (ontology, nonred):
                quads.append(ox.Quad(ox.NamedNode(child), sub, ox.NamedNode(parent), g))
        for ancestor in _closure(child, parents):
            quads.append(ox.Quad(ox.NamedNode(child), sub, ox.NamedNode(ancestor), red))
    return quads


def _closure(node: str, parents: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(parents.get(node, ()))
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo.extend(parents.get(p, ()))
    return seen


def uniprot_triples() -> list[ox.Triple]:
    triples = []
    for acc, (_, symbol, name) in TARGETS.items():
        protein = ox.NamedNode(expand(f"UniProtKB:{acc}"))
        gene = ox.BlankNode(f"gene{symbol}")
        triples += [
            ox.Triple(protein, ox.NamedNode(RDF_TYPE), ox.NamedNode(UP + "Protein")),
            ox.Triple(protein, ox.NamedNode(UP + "encodedBy"), gene),
            ox.Triple(gene, ox.NamedNode(PREF_LABEL), ox.Literal(symbol)),
        ]
        if name:
            structured = ox.BlankNode(f"name{symbol}")
            triples += [
                ox.Triple(protein, ox.NamedNode(UP + "recommendedName"), structured),
                ox.Triple(structured, ox.NamedNode(UP + "fullName"), ox.Literal(name)),
            ]
    return triples


def wikidata_triples() -> list[ox.Triple]:
    triples = []
    for dbid, name in DRUGS.items():
        item = ox.BlankNode(f"drug{dbid}")
        triples += [
            ox.Triple(item, ox.NamedNode(WDT + "P715"), ox.Literal(dbid)),
            ox.Triple(item, ox.NamedNode(RDFS_LABEL), ox.Literal(name, language="en")),
        ]
    for acc, (hgnc, symbol, _) in TARGETS.items():
        protein, gene = ox.BlankNode(f"protein{acc}"), ox.BlankNode(f"gene{symbol}")
        triples += [
            ox.Triple(protein, ox.NamedNode(WDT + "P352"), ox.Literal(acc)),
            ox.Triple(gene, ox.NamedNode(WDT + "P354"), ox.Literal(hgnc)),
            ox.Triple(gene, ox.NamedNode(WDT + "P353"), ox.Literal(symbol)),
            ox.Triple(gene, ox.NamedNode(WDT + "P688"), protein),
        ]
    return triples


SLICES = {
    "ubergraph-mondo.nq": (ubergraph_quads, ox.RdfFormat.N_QUADS),
    "uniprot.nt": (uniprot_triples, ox.RdfFormat.N_TRIPLES),
    "wikidata.nt": (wikidata_triples, ox.RdfFormat.N_TRIPLES),
}


def render(name: str) -> bytes:
    """The slice file's bytes: sorted lines, so regeneration is byte-identical."""
    make, fmt = SLICES[name]
    _check_reference()
    data = ox.serialize(make(), format=fmt) or b""
    return b"".join(sorted(data.splitlines(keepends=True)))


def write_all(folder: Path = FEDERATION_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in SLICES:
        path = folder / name
        path.write_bytes(render(name))
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_all():
        print(written)
