"""graph_build.abbreviations: definitions each paper makes, in running text and in legends."""

from __future__ import annotations

import pytest

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.abbreviations import best_long_form, find_abbreviations
from cytokg.graph_build.documents import discover, read_document
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.parse import parse_document


def mentions_in(tmp_path, text: str):
    """The grounded mentions of an invented paper."""
    paper = tmp_path / "paper.txt"
    paper.write_text(text, encoding="utf-8")
    return find_mentions(parse_document(read_document(paper)))


def pairs(doc_id: str) -> dict[str, str]:
    path = next(p for p in discover(PAPERS_DIR) if p.name.startswith(doc_id))
    return dict(parse_document(read_document(path)).abbreviations)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        # 000: "tocilizumab (TCZ) in patients with intravenous immunoglobulin (IVIG)-resistant
        # Kawasaki disease (KD)"; "no new coronary artery lesions (CALs) were identified"
        ("000", {"TCZ": "tocilizumab", "IVIG": "intravenous immunoglobulin",
                 "KD": "Kawasaki disease", "CALs": "coronary artery lesions"}),
        # 001: "2 g/kg intravenous im-\nmunoglobulin (IVIG)" (hyphenated across a line break);
        # "left anterior descending coronary artery (LDCA)"
        ("001", {"KD": "Kawasaki disease", "IVIG": "intravenous immunoglobulin",
                 "CAA": "coronary artery aneurysms",
                 "LDCA": "left anterior descending coronary artery"}),
        # 002: "Guidelines from the American Heart Association (AHA)"; legend "PLT, platelet;"
        ("002", {"AHA": "American Heart Association", "KD": "Kawasaki disease",
                 "NT-proBNP": "N-terminal probrain natriuretic peptide", "PLT": "platelet"}),
        # 003: "the Vascular Reactiv-\nity Index (VRI)";
        # legend "PRISM, Pediatric Risk of Mortality;"
        ("003", {"VRI": "Vascular Reactivity Index", "SVRI": "systemic vascular resistance index",
                 "PRISM": "Pediatric Risk of Mortality"}),
        # 004: "tocilizumab (TCZ) for\nrefractory Takayasu arteritis (TA)"; legend "AKR: anakinra;"
        ("004", {"TCZ": "tocilizumab", "TA": "Takayasu arteritis", "AKR": "anakinra",
                 "MMF": "mycophenolate mofetil", "IL-6": "Interleukin 6"}),
    ],
)
def test_seed_abbreviations(doc_id, expected):
    found = pairs(doc_id)
    for short, long in expected.items():
        assert found.get(short) == long, short


def test_no_false_definitions_from_figures_or_citations():
    found = pairs("004")
    assert "A1" not in found and "A2" not in found  # "(arrowheads; A1, October 2008; A2, ...)"
    assert found["TNF"] == "tumor necrosis factor"
    assert all(len(s) <= 10 for s in pairs("001"))  # "(Hb:9.9 g/dL, ...)" is no definition


def test_first_definition_wins_and_order_is_stable():
    text = "Kawasaki disease (KD) first. Later, knee dislocation (KD) again."
    assert find_abbreviations(text) == (("KD", "Kawasaki disease"),)


def test_schwartz_hearst_long_form():
    assert best_long_form("SF", "the short form") == "short form"
    assert best_long_form("TNF", "anti-tumor necrosis factor") == "tumor necrosis factor"
    assert best_long_form("XYZ", "something else") is None


def test_new_paper_definitions_with_entities_and_thin_spaces():
    text = "Patients with cytokine release&nbsp;syndrome (CRS) got sarilumab\u2009(SAR)."
    found = dict(find_abbreviations(text))
    assert found == {"CRS": "cytokine release syndrome", "SAR": "sarilumab"}


def test_two_names_with_two_short_forms_define_each():
    """'A / B (SA/SB)' defines SA for A and SB for B, not 'SA/SB' for the pair."""
    pairs = dict(find_abbreviations(
        "The syndromes are mevalonate kinase deficiency / hyper-IgD syndrome (MKD/HIDS) and "
        "familial Mediterranean fever (FMF)."))
    assert pairs == {"MKD": "mevalonate kinase deficiency", "HIDS": "hyper-IgD syndrome",
                     "FMF": "familial Mediterranean fever"}
    # blindtest359 ff01: "A and B (SA/SB)" likewise; TEN is then the paper's necrolysis, not the
    # lexicon's thymic epithelial neoplasm
    assert dict(find_abbreviations(
        "It can look like Stevens-Johnson syndrome and toxic epidermal necrolysis (SJS/TEN).")) == {
        "SJS": "Stevens-Johnson syndrome", "TEN": "toxic epidermal necrolysis"}
    # a plain definition is read as before
    assert dict(find_abbreviations("secondary hemophagocytic lymphohistiocytosis (sHLH)")) == {
        "sHLH": "secondary hemophagocytic lymphohistiocytosis"}


def test_short_forms_of_coordinated_names_are_each_defined(tmp_path):
    """'physical and mental component summary (PCS, MCS)': MCS is the paper's score, not the
    lexicon's mast cell sarcoma."""
    text = ("Tocilizumab in giant cell arteritis: quality of life\n\nWe compared the physical and "
            "mental component summary (PCS, MCS) of patients with giant cell arteritis given "
            "tocilizumab. The MCS rose with tocilizumab.\n")
    assert dict(find_abbreviations(text))["MCS"] == "mental component summary"
    assert not [m for m in mentions_in(tmp_path, text) if m.text == "MCS" and m.curie]


def test_a_short_form_beside_a_product_name_means_the_product(tmp_path):
    """'recombinant human interleukin-1 receptor antagonist (rhIL-1ra, anakinra)': rhIL-1ra is
    the drug, and the words before it name its kind, not the IL1RN gene."""
    text = ("Interleukin-1 blockade in gout: a pilot study\n\nWe gave recombinant human "
            "interleukin-1 receptor antagonist (rhIL-1ra, anakinra) to twelve men with gout. The "
            "rhIL-1ra was stopped after three days.\n")
    assert dict(find_abbreviations(text))["rhIL-1ra"] == "anakinra"
    found = mentions_in(tmp_path, text)
    assert [m.label for m in found if m.text == "rhIL-1ra"] == ["anakinra", "anakinra"]
    assert not [m for m in found if m.curie == "HGNC:6000"]


def test_a_capitals_acronym_takes_the_words_whose_initials_spell_it():
    """Round 381: Schwartz & Hearst's shortest form starts inside the name when a letter recurs
    in a word ("thrombocyTopenic Purpura" spells "TP"); the words whose initials spell the short
    form win. Short forms with lower case or digits keep the shortest form."""
    assert find_abbreviations("Thrombotic thrombocytopenic purpura (TTP) is rare.") == (
        ("TTP", "Thrombotic thrombocytopenic purpura"),)
    assert find_abbreviations("Patients had immune thrombocytopenia (ITP).") == (
        ("ITP", "immune thrombocytopenia"),)
    assert find_abbreviations("given anti-tumor necrosis factor (TNF) agents") == (
        ("TNF", "tumor necrosis factor"),)
