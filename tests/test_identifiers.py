"""The CURIE converter and the vocabulary namespace: one place for IRIs, no silent minting."""

import pytest

from cytokg.identifiers import compress, expand, verified_curies
from cytokg.terms import CY


def test_every_reference_curie_round_trips():
    curies = verified_curies()
    assert len(curies) == 537  # the reference README: 537 distinct CURIEs
    for curie in curies:
        assert compress(expand(curie)) == curie


@pytest.mark.parametrize(
    "curie, iri",
    [
        ("MONDO:0012727", "http://purl.obolibrary.org/obo/MONDO_0012727"),
        ("MESH:D012772", "http://id.nlm.nih.gov/mesh/D012772"),
        ("UniProtKB:P08887", "http://purl.uniprot.org/uniprot/P08887"),
        ("HGNC:6019", "http://identifiers.org/hgnc/6019"),
    ],
)
def test_rdf_flavoured_iris(curie, iri):
    assert expand(curie) == iri


def test_unknown_prefix_is_an_error():
    with pytest.raises(ValueError, match="NOTAPREFIX"):
        expand("NOTAPREFIX:123")


def test_vocabulary_namespace_is_closed():
    assert CY.TreatmentExposure == "https://w3id.org/cytokg/TreatmentExposure"
    with pytest.raises(AttributeError):
        CY.TreatmentExposur  # noqa: B018


def test_committed_prefix_map_is_what_bioregistry_gives():
    """converter() reads cytokg/data/prefixes.json for speed; it must not drift from its source
    (regenerate with `python -m cytokg.identifiers` after upgrading bioregistry)."""
    from cytokg.identifiers import converter, converter_from_bioregistry

    committed = {r.prefix: r for r in converter().records}
    fresh = {r.prefix: r for r in converter_from_bioregistry().records}
    assert committed == fresh
    assert len(committed) == 27
