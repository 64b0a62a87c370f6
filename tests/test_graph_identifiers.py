"""No identifier typed from memory reaches the graph: every external IRI of the built seed store
is an id of the verified reference tables, the MONDO slice, or the lexicon built from cited
releases."""

import csv

import pyoxigraph

from cytokg.config import LEXICON_DIR, REFERENCE_DIR
from cytokg.graph_build.store import current
from cytokg.identifiers import compress, verified_curies

# Vocabularies and our own namespace: not entity identifiers.
OWN_OR_VOCABULARY = (
    "https://w3id.org/cytokg/",
    "http://www.w3.org/",
    "http://purl.org/dc/",
    "http://rdfs.org/ns/void#",
    "http://www.nanopub.org/nschema#",
    "https://schema.org/",
    "https://creativecommons.org/",
    "http://creativecommons.org/",
    "https://w3id.org/biolink/vocab/",
)

ENDPOINT = "http://127.0.0.1:8000/sparql"


def known_curies() -> set[str]:
    known = set(verified_curies())
    with (REFERENCE_DIR / "mondo_slice.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            known.update((row["child_curie"], row["parent_curie"]))
    with (LEXICON_DIR / "lexicon.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            known.add(row["curie"])
            known.update(x.lstrip("~") for x in row["xrefs"].split("|") if x)
    return known


def test_every_external_iri_is_a_verified_id(built_store):
    store = pyoxigraph.Store.read_only(str(current(built_store)))
    iris = set()
    for quad in store.quads_for_pattern(None, None, None, None):
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, pyoxigraph.NamedNode) and not term.value.startswith(
                OWN_OR_VOCABULARY
            ):
                iris.add(term.value)
    assert iris, "the seed graph links no external entity at all"
    assert len(iris) > 100
    known = known_curies()
    # The one non-identifier IRI: the endpoint the examples graph names as schema:target.
    unknown = sorted(iri for iri in iris - {ENDPOINT} if compress(iri) not in known)
    assert unknown == []


def test_wrong_seed_codes_are_recorded_as_disagreements_not_used_as_entities(seed_query):
    # Seed 000 maps "coronary dilation" to MESH:D002311 (Cardiomyopathy, Dilated): the graph keeps
    # the paper's code only as cy:paperCode of a cy:CodeDisagreement, beside the verified term.
    rows = seed_query(
        """SELECT DISTINCT ?ref WHERE {
             ?d a cy:CodeDisagreement ; cy:paperCode <http://id.nlm.nih.gov/mesh/D002311> ;
                cy:referenceCode ?ref }"""
    )
    refs = {str(r["ref"].value) for r in rows}
    assert "http://purl.obolibrary.org/obo/HP_0030882" in refs
    used = seed_query(
        """ASK { ?fact cy:forDisease|cy:finding|cy:measuredVariable
                 <http://id.nlm.nih.gov/mesh/D002311> }"""
    )
    assert used is False
