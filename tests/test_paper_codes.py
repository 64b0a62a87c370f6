"""graph_build.paper_codes: the entity codes a paper ships, checked against the reference."""

from __future__ import annotations

import pytest

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.documents import discover, read_document
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.paper_codes import check_codes, check_paper_codes, paper_codes
from cytokg.graph_build.parse import parse_document
from cytokg.terms import CY


@pytest.fixture(scope="module")
def seed000():
    path = next(p for p in discover(PAPERS_DIR) if p.name.startswith("000"))
    parsed = parse_document(read_document(path))
    return parsed, find_mentions(parsed)


def test_codes_of_000_are_read_with_offsets(seed000):
    parsed, _ = seed000
    text = parsed.document.text
    codes = {(c.name, c.code) for c in paper_codes(text)}
    # "- **Diseases:** KD (MESH:D009080), CALs (MESH:D003324), coronary dilation (MESH:D002311)"
    # "- **Genes:** IL6 (interleukin 6) [NCBI Gene 3569] {aka ...}"
    # "- **Chemicals:** TCZ (MESH:C502936)"
    assert {("KD", "MESH:D009080"), ("CALs", "MESH:D003324"), ("coronary dilation", "MESH:D002311"),
            ("TCZ", "MESH:C502936"), ("IL6", "NCBIGene:3569"), ("Homo sapiens", "NCBITaxon:9606"),
            ("Kawasaki disease", "MONDO:0012727")} <= codes
    for c in paper_codes(text):
        assert text[c.name_start : c.name_end] == c.name
        assert text[c.line.start : c.line.end] == c.line.quote
        assert text[c.item.start : c.item.end] == c.item.quote
        assert c.item.quote.startswith(c.name) and c.code.split(":")[1] in c.item.quote


def test_000_agreements(seed000):
    verdicts = {(c.code.name, c.code.code): c.verdict for c in check_codes(*seed000)}
    # reference README: "Seed CURIEs MONDO:0012727, MESH:D009080, MESH:C502936, MESH:D000783,
    # MESH:D007249, NCBI Gene 3569 and taxon 9606 are correct."
    assert verdicts[("KD", "MESH:D009080")] == "agree"
    assert verdicts[("TCZ", "MESH:C502936")] == "agree"
    assert verdicts[("IL6", "NCBIGene:3569")] == "agree"
    assert verdicts[("aneurysm", "MESH:D000783")] == "agree"
    assert verdicts[("Kawasaki disease", "MONDO:0012727")] == "agree"


def test_000_two_disagreements(seed000):
    parsed, mentions = seed000
    facts = {f.key: f for f in check_paper_codes(parsed, mentions)}
    assert set(facts) == {"code-coronary-dilation", "code-cals"}
    # reference README: "MESH:D002311 given for 'coronary dilation' is Cardiomyopathy, Dilated
    # (wrong entity: use HP:0030882 / MESH:D003323)"
    dil = facts["code-coronary-dilation"]
    assert dil.kind == "CodeDisagreement"
    assert dil.value("paperCode") == "MESH:D002311"
    assert set(dil.values("referenceCode")) == {"HP:0030882", "MESH:D003323"}
    assert dil.value("aboutEntity") == "HP:0030882"
    # "MESH:D003324 for 'CALs' is Coronary Artery Disease (broad/approximate)"
    cals = facts["code-cals"]
    assert cals.value("paperCode") == "MESH:D003324"
    assert cals.values("referenceCode") == ["HP:0006704"]
    assert "broader" in cals.label
    text = parsed.document.text
    for f in facts.values():
        (span,) = f.spans
        assert text[span.start : span.end] == span.quote
        assert span.quote in {"coronary dilation (MESH:D002311)", "CALs (MESH:D003324)"}
        assert f.kind in CY
        assert all(name in CY for name, _ in f.properties)


def test_any_paper_with_a_code_section(tmp_path):
    path = tmp_path / "new.md"
    path.write_text(
        "# Anakinra and canakinumab in Still's disease\n\n"
        "Patients received anakinra, later canakinumab.\n\n"
        "## Full-text entities\n\n"
        "- **Chemicals:** anakinra (MESH:D053590), canakinumab (DRUGBANK:DB00026)\n",
        encoding="utf-8",
    )
    parsed = parse_document(read_document(path))
    mentions = find_mentions(parsed)
    verdicts = {c.code.name: c.verdict for c in check_codes(parsed, mentions)}
    # reference: anakinra is indexed in MeSH under D053590; DB00026 is anakinra, not canakinumab
    assert verdicts == {"anakinra": "agree", "canakinumab": "wrong"}
    (fact,) = check_paper_codes(parsed, mentions)
    assert fact.value("paperCode") == "DRUGBANK:DB00026"
    assert fact.value("referenceCode") == "DRUGBANK:DB06168"


def test_no_section_no_facts(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Tocilizumab (MESH:C502936) was given.\n", encoding="utf-8")
    parsed = parse_document(read_document(path))
    assert paper_codes(parsed.document.text) == []
    assert check_paper_codes(parsed, find_mentions(parsed)) == []
