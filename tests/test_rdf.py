"""Records -> quads (graph_build.rdf, provenance, sink) on paper 000, with hand-made records.

The records are written here from the paper's own sentences so the RDF layer is tested on its own;
the pipeline tests check the same properties on what the real extractors produce.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad, Store

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.documents import read_document
from cytokg.graph_build.provenance import SpanError, build_activity
from cytokg.graph_build.rdf import FactError, document_quads
from cytokg.graph_build.records import (
    DocumentResult,
    Fact,
    Mention,
    Metadata,
    ParsedDocument,
    Span,
)
from cytokg.graph_build.shards import write_shard
from cytokg.graph_build.sink import nquads_lines
from cytokg.identifiers import expand
from cytokg.terms import CY, graph, resource

PAPER = PAPERS_DIR / "000_a647327dfe4db4af.txt"
# 000, Methods: "We retrospectively analyzed four patients with IVIG-resistant KD who received TCZ
# as rescue therapy."
SENTENCE = "We retrospectively analyzed four patients with IVIG-resistant KD who received TCZ"
TCZ, KD, IL6R = "DRUGBANK:DB06273", "MONDO:0012727", "UniProtKB:P08887"
TIME = "2026-01-01T00:00:00Z"


def span_of(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start, start + len(quote), quote)


def make_result(extra_facts=(), agent="ManualCuration") -> DocumentResult:
    document = read_document(PAPER, doc_id="000")
    text = document.text
    sentence = span_of(text, SENTENCE)
    parsed = ParsedDocument(
        document=document,
        metadata=Metadata(
            title="Favorable coronary outcomes following IL-6 blockade with tocilizumab",
            authors=("Jing Zheng", "Yu Xu"),
            journal="Frontiers in Immunology",
            year=2026,
            doi="10.3389/fimmu.2026.1729717",
        ),
        sections=(),
        sentences=(),
    )
    facts = [
        Fact("Study", "study", (("hasStudyDesign", "CaseSeriesDesign"), ("numberOfPatients", 4)),
             (sentence,), agent=agent, label="case series"),
        Fact("DrugDiseaseUse", "use-tcz-kd", (("drug", TCZ), ("forDisease", KD)), (sentence,),
             agent=agent),
        Fact("DrugTargetLink", "tcz-il6r", (("drug", TCZ), ("target", IL6R)), (sentence,),
             agent=agent),
        Fact("AuthorClaim", "claim", (("supports", "#use-tcz-kd"),), (sentence,), agent=agent),
        *extra_facts,
    ]
    tcz = text.index("TCZ")
    mentions = [Mention(tcz, tcz + 3, "TCZ", "drug", TCZ, "tocilizumab")]
    return DocumentResult(parsed=parsed, mentions=mentions, facts=facts)


@pytest.fixture()
def loaded(tmp_path: Path):
    result = make_result()
    activity = build_activity(["doc:000"], TIME)
    store = Store(str(tmp_path / "store"))
    store.extend(document_quads(result, activity))
    yield store, result, activity
    del store


def ask(store: Store, body: str) -> bool:
    prefixes = f"PREFIX cy: <{CY.base}> PREFIX oa: <http://www.w3.org/ns/oa#> "
    return bool(store.query(prefixes + "ASK { " + body + " }", use_default_graph_as_union=True))


def test_named_graphs_per_document(loaded):
    store, _, _ = loaded
    names = {g.value for g in store.named_graphs()}
    assert names == {graph("000", part) for part in ("head", "assertion", "provenance", "pubinfo")}


def test_fact_typed_with_shortcut_and_case_series(loaded):
    store, _, _ = loaded
    use = resource("000", "drugdiseaseuse", "use-tcz-kd")
    assertion = graph("000", "assertion")
    assert ask(store, f"GRAPH <{assertion}> {{ <{use}> a cy:DrugDiseaseUse, cy:Fact ; "
                      f"cy:drug <{expand(TCZ)}> ; cy:forDisease <{expand(KD)}> }}")
    # a case series: the drug was applied to treat (not studied in a trial)
    assert ask(store, f"GRAPH <{assertion}> {{ <{expand(TCZ)}> cy:appliedToTreat <{expand(KD)}> }}")
    assert ask(store, f"<{expand(TCZ)}> cy:hasTarget <{expand(IL6R)}>")
    assert ask(store, f"<{resource('000', 'publication')}> a cy:CaseSeries ; cy:year ?y ; "
                      f"cy:doi '10.3389/fimmu.2026.1729717'")
    # a Study is not a Fact subclass in the vocabulary; the study is linked from the publication
    assert not ask(store, f"<{resource('000', 'study', 'study')}> a cy:Fact")
    assert ask(store, f"<{resource('000', 'publication')}> cy:hasStudy ?s")


def test_numbers_are_typed_by_vocabulary(loaded):
    store, _, _ = loaded
    rows = list(store.query(f"SELECT ?n WHERE {{ <{resource('000', 'study', 'study')}> "
                            f"<{CY.numberOfPatients}> ?n }}", use_default_graph_as_union=True))
    # 000: "four patients" -> numberOfPatients is xsd:integer in vocabulary.yaml
    assert rows[0]["n"].value == "4"
    assert rows[0]["n"].datatype.value.endswith("#integer")


def test_evidence_span_quote_matches_document(loaded):
    store, result, activity = loaded
    text = result.parsed.document.text
    rows = list(store.query(
        f"PREFIX cy: <{CY.base}> PREFIX oa: <http://www.w3.org/ns/oa#> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?q ?s ?e ?exact ?code ?act WHERE { "
        f"<{resource('000', 'drugdiseaseuse', 'use-tcz-kd')}>"
        " cy:hasEvidence ?ev . ?ev cy:derivedFrom ?span ; cy:evidenceCode ?code ;"
        " cy:agentType cy:ManualCuration ; prov:wasGeneratedBy ?act ."
        " ?span cy:quote ?q ; cy:startOffset ?s ; cy:endOffset ?e ;"
        " oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?exact ] }",
        use_default_graph_as_union=True,
    ))
    assert len(rows) == 1
    row = rows[0]
    start, end = int(row["s"].value), int(row["e"].value)
    assert text[start:end] == row["q"].value == row["exact"].value == SENTENCE
    assert row["code"].value == expand("ECO:0007121")  # clinical study evidence, manual assertion
    assert row["act"].value == activity.iri


def test_claims_get_author_statement_code_and_sha_in_pubinfo(loaded):
    store, result, _ = loaded
    claim_ev = resource("000", "evidence", "claim")
    assert ask(store, f"<{claim_ev}> cy:evidenceCode <{expand('ECO:0000302')}>")
    sha = result.parsed.document.sha256
    pubinfo = graph("000", "pubinfo")
    assert ask(store, f"GRAPH <{pubinfo}> {{ <{resource('000')}> cy:sha256 '{sha}' }}")


def test_mentions_become_entity_annotations(loaded):
    store, _, _ = loaded
    assert ask(store, f"GRAPH <{graph('000', 'provenance')}> {{ ?a a oa:Annotation ; "
                      f"oa:hasBody <{expand(TCZ)}> ; oa:hasTarget ?t . ?t cy:quote 'TCZ' }}")


def test_bad_curated_fact_fails_naming_fact():
    bad = Fact("Comparison", "p", (("pValue", "n.s."),), (span_of(PAPER.read_text(), "TCZ"),),
               agent="ManualCuration", origin="curation/000.yaml:12")
    result = make_result([bad])
    with pytest.raises(FactError, match=r"curation/000.yaml:12.*pValue"):
        document_quads(result, build_activity([], TIME))


def test_bad_mined_values_are_reported_and_the_rest_kept():
    text = PAPER.read_text()
    odd = Fact("Comparison", "p", (("noSuchProperty", 1), ("pValue", 0.04)),
               (span_of(text, "TCZ"),), agent="TextMining", origin="extract_outcomes")
    unanchored = Fact("Comparison", "q", (("pValue", 0.04),), (Span(0, 3, "TCZ"),),
                      agent="TextMining", origin="extract_outcomes")
    result = make_result([odd, unanchored])
    quads = document_quads(result, build_activity([], TIME))
    messages = [p.message for p in result.problems]
    # the unknown property is left out and reported; the p-value of the same fact is kept
    assert any("noSuchProperty" in m and "left out" in m for m in messages)
    comparison = resource("000", "comparison", "p")
    assert any(q.subject.value == comparison and q.predicate.value == CY.pValue for q in quads)
    # a fact whose quote is not at its offsets is dropped whole, and said so
    assert any("'q'" in m and "is not the text at 0-3" in m for m in messages)
    assert not any(q.subject.value == resource("000", "comparison", "q") for q in quads)
    assert any(q.subject.value.endswith("/drugdiseaseuse/use-tcz-kd") for q in quads)


def test_mined_fact_with_curated_key_lives_beside_it():
    text = PAPER.read_text()
    mined = Fact("DrugDiseaseUse", "use-tcz-kd", (("drug", TCZ), ("forDisease", KD)),
                 (span_of(text, "TCZ"),), agent="TextMining", confidence=0.65)
    quads = document_quads(make_result([mined]), build_activity([], TIME))
    subjects = {q.subject.value for q in quads}
    assert resource("000", "drugdiseaseuse", "use-tcz-kd") in subjects
    assert resource("000", "drugdiseaseuse", "use-tcz-kd-tm") in subjects
    assert Quad(NamedNode(resource("000", "evidence", "use-tcz-kd-tm")), NamedNode(CY.agentType),
                NamedNode(CY.TextMining), NamedNode(graph("000", "provenance"))) in quads


def test_wrong_quote_is_a_span_error():
    wrong = Fact("AuthorClaim", "w", (), (Span(0, 3, "TCZ"),), agent="ManualCuration")
    with pytest.raises(SpanError, match="000_a647327dfe4db4af.txt"):
        document_quads(make_result([wrong]), build_activity([], TIME))


def test_nquads_are_byte_identical_whatever_the_order(tmp_path: Path):
    quads = document_quads(make_result(), build_activity(["doc:000"], TIME))
    write_shard(tmp_path, "a.nq", quads)  # the writer the build uses for each paper
    write_shard(tmp_path, "b.nq", list(reversed(quads)) + quads[:10])
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()
    assert len(nquads_lines(quads)) == len(set(quads))


def test_build_time_fixes_the_activity():
    assert build_activity(["x"], TIME) == build_activity(["x"], "2026-01-01T01:00:00+01:00")
    assert build_activity(["x"], TIME).iri != build_activity(["y"], TIME).iri
    with pytest.raises(ValueError, match="not-a-time"):
        build_activity([], "not-a-time")
