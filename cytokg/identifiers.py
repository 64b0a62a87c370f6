"""CURIE <-> IRI conversion (bioregistry prefixes, kept as data); the verified reference tables.

No hand-written prefix table: bioregistry decides, preferring each resource's RDF IRIs
(MeSH id.nlm.nih.gov, UniProt purl.uniprot.org, OBO PURLs, Biolink w3id) and the CURIE prefixes
used in cytokg/data/reference/identifiers.tsv.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

import curies

from cytokg.config import DATA_DIR, REFERENCE_DIR

# Prefix spellings as in the reference tables (bioregistry knows each as a synonym).
_REFERENCE_PREFIXES = (
    "MONDO", "MESH", "HP", "DOID", "HGNC", "NCBIGene", "UniProtKB", "DRUGBANK", "CHEBI",
    "CHEMBL.COMPOUND", "RXNORM", "PHARMGKB.DRUG", "UNII", "LOINC", "Orphanet", "OMIM", "UMLS",
    "EFO", "NCBITaxon", "RO", "BFO", "ECO", "IAO", "OBI", "STATO", "SIO", "biolink",
)

# Resources whose "rdf" IRI in bioregistry is a web page (HGNC: ".../#!/hgnc_id/") or another
# resource's namespace (NCBIGene: UniProt's geneid/): use their identifiers.org IRIs instead.
_IDENTIFIERS_ORG = frozenset({"HGNC", "NCBIGene", "DRUGBANK"})


PREFIX_MAP_FILE = DATA_DIR / "prefixes.json"


def converter_from_bioregistry() -> curies.Converter:
    """The project's prefixes as bioregistry gives them: reference-table spellings, RDF IRIs.

    Building bioregistry's converters takes seconds per process, so ``converter()`` reads the
    extended prefix map this writes (``python -m cytokg.identifiers``); a test checks it is current.
    """
    import bioregistry

    rdf = bioregistry.manager.get_converter(uri_prefix_priority=["rdf", "obofoundry", "default"])
    legacy = bioregistry.manager.get_converter(uri_prefix_priority=["miriam.legacy", "default"])
    records = []
    for prefix in _REFERENCE_PREFIXES:
        source = legacy if prefix in _IDENTIFIERS_ORG else rdf
        record = source.get_record(prefix)
        if record is None:
            raise LookupError(f"bioregistry has no prefix {prefix}")
        records.append(
            curies.Record(
                prefix=prefix,
                uri_prefix=record.uri_prefix,
                prefix_synonyms=sorted({record.prefix, *record.prefix_synonyms} - {prefix}),
                uri_prefix_synonyms=sorted(set(record.uri_prefix_synonyms) - {record.uri_prefix}),
            )
        )
    return curies.Converter(records)


@cache
def converter() -> curies.Converter:
    """The project's one converter, from the committed prefix map (generated from bioregistry)."""
    return curies.load_extended_prefix_map(PREFIX_MAP_FILE)


def expand(curie: str) -> str:
    """CURIE -> IRI; an unknown prefix is an error, never a silently minted IRI."""
    return converter().expand(curie, strict=True)


def compress(iri: str) -> str | None:
    return converter().compress(iri)


@dataclass(frozen=True)
class ReferenceRow:
    label: str
    category: str
    curie: str
    id_source: str
    seen_in: str
    note: str


@cache
def reference_rows() -> tuple[ReferenceRow, ...]:
    """Rows of identifiers.tsv (verified ids only)."""
    with (REFERENCE_DIR / "identifiers.tsv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple(ReferenceRow(**{k: (v or "") for k, v in row.items()}) for row in reader)


@cache
def verified_curies() -> frozenset[str]:
    return frozenset(r.curie for r in reference_rows() if r.curie)


if __name__ == "__main__":  # regenerate the prefix map from the installed bioregistry
    curies.write_extended_prefix_map(converter_from_bioregistry(), PREFIX_MAP_FILE)
    print(f"wrote {PREFIX_MAP_FILE}")
